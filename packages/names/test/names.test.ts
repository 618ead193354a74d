import { describe, expect, it } from 'vitest'
import { givenNameGender } from '../src/gender.js'
import * as names from '../src/index.js'
import {
  acronymOf,
  casedNameInCapitals,
  foldName,
  headlineSupportKey,
  isHeadlineCase,
  isHeadlineNameWord,
  isRoleWord,
  likelyGivenNameGender,
  likelyPersonGender,
  mentionNameKeys,
  nameKeys,
  numberedAcronym,
  parsePersonName,
  personGender,
  resolveOrganizations,
  resolvePeople,
  titleGender,
} from '../src/index.js'
import { nameTradition } from '../src/name-order.js'

describe('@newsroom/names exports', () => {
  it('exposes a stable API', () => {
    expect(Object.keys(names).sort()).toEqual([
      'BoundedCache',
      'acronymOf',
      'breaksHeadlineCase',
      'casedNameInCapitals',
      'cleanOrganizationName',
      'foldName',
      'headlineNameFacts',
      'headlineSupportKey',
      'isDictionaryWord',
      'isGivenName',
      'isHeadlineCase',
      'isHeadlineNameByFacts',
      'isHeadlineNameWord',
      'isHeadlineTally',
      'isHonorific',
      'isNameParticle',
      'isOrdinaryWord',
      'isOrganizationHead',
      'isRoleHead',
      'isRoleWord',
      'isSurnameFirstFamilyName',
      'likelyGivenNameGender',
      'likelyPersonGender',
      'mentionNameKeys',
      'monthNames',
      'nameKeys',
      'numberedAcronym',
      'parsePersonName',
      'personGender',
      'resolveOrganizations',
      'resolvePeople',
      'slugify',
      'splitAfterOrganization',
      'stripPossessive',
      'titleGender',
      'weekdayNames',
    ])
  })
})

describe('casedNameInCapitals', () => {
  it('writes a name set in capitals as running text writes names, and leaves any other as it is', () => {
    expect(
      [
        'TOMAS BRILL',
        "SEAN O'BRIEN",
        'ANN SMITH-JONES',
        'ANN DE VRIES',
        'RUBEN MCNAIR',
        'JOHN VALE III',
        'J. R. VALE',
        'ÉLODIE CRÉPIN',
        'Tomas Brill',
        'ann vale',
      ].map(casedNameInCapitals),
    ).toEqual([
      'Tomas Brill',
      "Sean O'Brien",
      'Ann Smith-Jones',
      'Ann de Vries',
      'Ruben McNair',
      'John Vale III',
      'J. R. Vale',
      'Élodie Crépin',
      'Tomas Brill',
      'ann vale',
    ])
  })
})

describe('parsePersonName', () => {
  it('shares one frozen parse per text, so no caller can change what the next one reads', () => {
    const parse = parsePersonName('Mayor Ann Vale')
    expect(parsePersonName('Mayor Ann Vale')).toBe(parse)
    expect(() => {
      ;(parse as { name: string }).name = 'Nobody'
    }).toThrow(TypeError)
    expect(() => (parse.roles as string[]).push('Harbour Master')).toThrow(TypeError)
    expect(() => (parse.given as string[]).push('Xavier')).toThrow(TypeError)
    expect(parsePersonName('Mayor Ann Vale')).toMatchObject({
      name: 'Ann Vale',
      roles: ['Mayor'],
      given: ['Ann'],
    })
  })

  it('reads a name opening with a lowercase particle as a family name alone', () => {
    expect(parsePersonName('von der Halden')).toMatchObject({
      given: [],
      surname: 'von der Halden',
      full: false,
    })
    expect(parsePersonName('bin Qasem')).toMatchObject({ given: [], surname: 'bin Qasem' })
    // A capitalized particle may open a given name or a title ("Van Morrison", "El País").
    expect(parsePersonName('Van Halden').given).toEqual(['Van'])
  })

  it('reads a name opening with a capitalized particle that is no given name as a family name', () => {
    // At a sentence's start or by house style: "De Vries said", "Van der Kolk said".
    expect(parsePersonName('De Wittendaal')).toMatchObject({
      given: [],
      surname: 'De Wittendaal',
      full: false,
    })
    expect(parsePersonName('Van der Halden')).toMatchObject({
      given: [],
      surname: 'Van der Halden',
      full: false,
    })
    expect(nameKeys(parsePersonName('De Wittendaal'))).toContain('de wittendaal')
    expect(nameKeys(parsePersonName('Jan-Willem de Wittendaal'))).toContain('de wittendaal')
    // "Van", "Al", "Ben" are given names as well: alone before a family name they stay one.
    expect(parsePersonName('Al Brannock').given).toEqual(['Al'])
  })

  it('splits roles from the name', () => {
    const minister = parsePersonName('Deputy Trade Minister Oskar Vellmar')
    expect(minister.name).toBe('Oskar Vellmar')
    expect(minister.roles).toEqual(['Deputy Trade Minister'])
    const spokesman = parsePersonName('Harbour Authority spokesman Tilde Brannock')
    expect(spokesman).toMatchObject({
      name: 'Tilde Brannock',
      roles: ['Harbour Authority spokesman'],
    })
    const secretary = parsePersonName('Ruritanian Secretary of State Ines Marrow')
    expect(secretary).toMatchObject({
      name: 'Ines Marrow',
      roles: ['Ruritanian Secretary of State'],
    })
    expect(parsePersonName('Mayor of Port Elsin Dario Quell').roles).toEqual([
      'Mayor of Port Elsin',
    ])
  })

  it('keeps honorifics apart and drops possessives', () => {
    expect(parsePersonName('Mr Vellmar’s')).toMatchObject({
      name: 'Vellmar',
      honorifics: ['Mr'],
      full: false,
    })
    expect(parsePersonName('Dr. Ada Penhallow')).toMatchObject({
      name: 'Ada Penhallow',
      honorifics: ['Dr.'],
    })
  })

  it('finds no name in a bare role', () => {
    expect(parsePersonName('Secretary of State')).toMatchObject({
      name: '',
      roles: ['Secretary of State'],
    })
  })

  it('takes the words of the lexicon that name no one off the edges of a name', () => {
    // A sentence start sweeps up an auxiliary, a clause adverb or a conjunction.
    expect(parsePersonName('Does Vellmar')).toMatchObject({ name: 'Vellmar', full: false })
    expect(parsePersonName('Had Penhallow')).toMatchObject({ name: 'Penhallow', full: false })
    expect(parsePersonName('Maybe Vellmar').name).toBe('Vellmar')
    expect(parsePersonName('While Oskar Vellmar').name).toBe('Oskar Vellmar')
    expect(parsePersonName('Ostravia Oskar Vellmar He').name).toBe('Ostravia Oskar Vellmar')
    // A role modifier with no role names nothing; a noun of people is a role.
    expect(parsePersonName('Former Vellmar')).toMatchObject({ name: 'Vellmar', roles: [] })
    expect(parsePersonName('Moderator Ada Penhallow')).toMatchObject({
      name: 'Ada Penhallow',
      roles: ['Moderator'],
    })
    expect(parsePersonName('Tories Ada Penhallow')).toMatchObject({
      name: 'Ada Penhallow',
      roles: ['Tories'],
    })
    // An owner before the name is part of the role.
    expect(parsePersonName('Harbour News’ Tilde Brannock')).toMatchObject({
      name: 'Tilde Brannock',
      roles: ['Harbour News’'],
    })
    expect(parsePersonName("Ostravia Times' Ines Marrow").roles).toEqual(["Ostravia Times'"])
    // A noun phrase or a group names no one.
    for (const text of [
      'A Vellmar',
      'Another Ostravian',
      'Team Vellmar',
      'Supporters of Vellmar',
      'Attorneys for Ada Penhallow',
      'Ostravia Republican',
      'Wednesday',
      'Nov.',
    ])
      expect(parsePersonName(text).name, text).toBe('')
  })

  it('keeps the name words that are also function words', () => {
    // Given names that are auxiliaries, an initial, a month and a family name read first.
    expect(parsePersonName('Will Penhallow')).toMatchObject({ name: 'Will Penhallow', full: true })
    expect(parsePersonName('Tilde May')).toMatchObject({ name: 'Tilde May', full: true })
    expect(parsePersonName('A. Vellmar').name).toBe('A. Vellmar')
    expect(parsePersonName('Jan Brannock').name).toBe('Jan Brannock')
    expect(parsePersonName('He Haoran')).toMatchObject({ name: 'He Haoran', surname: 'He' })
    // Only a mention's first word can open a sentence: after a title or an owner, a function
    // word is a given name.
    expect(parsePersonName('Senator Can Vellmar')).toMatchObject({
      name: 'Can Vellmar',
      roles: ['Senator'],
    })
    expect(parsePersonName('Harbour News’ Do Brannock').name).toBe('Do Brannock')
    expect(parsePersonName('Dr. Per Penhallow').name).toBe('Per Penhallow')
    // Right after an owner, a preposition opens a title (an event, a show, a column), not a
    // name, unless it is a given name or a family name no dictionary holds follows it.
    for (const text of [
      'Brannocks’ Under',
      "Brannocks' Under",
      'Vells’ After Hours',
      'Brannock’s Inside Politics',
      'Tarno Times’ Over the Line',
    ])
      expect(parsePersonName(text).name, text).toBe('')
    expect(parsePersonName('Harbour News’ Per Brannock')).toMatchObject({
      name: 'Per Brannock',
      roles: ['Harbour News’'],
    })
    // A preposition people bear as a given name stays one before a family name the dictionary
    // holds too.
    expect(parsePersonName('Harbour News’ Per Baker')).toMatchObject({
      name: 'Per Baker',
      roles: ['Harbour News’'],
    })
    expect(parsePersonName('Acme’s Till Brook').name).toBe('Till Brook')
    // Not before a common noun written capitalized in a title: the words are the owner's work.
    for (const text of ['Vale’s Till Death', "Vale's Till Eternity", 'Brannock’s Per Hour'])
      expect(parsePersonName(text).name, text).toBe('')
    // A party word that is also a family name.
    expect(parsePersonName('Mayor Ada Tory')).toMatchObject({ name: 'Ada Tory', roles: ['Mayor'] })
    expect(parsePersonName('Ada Backer').name).toBe('Ada Backer')
    expect(parsePersonName('Backer').name).toBe('Backer')
  })

  it('keeps the title of one-word regnal and papal names', () => {
    expect(parsePersonName('Pope Clement').name).toBe('Pope Clement')
    expect(parsePersonName('Queen Odile III').name).toBe('Odile III')
  })

  it('knows family-name-first order', () => {
    expect(parsePersonName('Foreign Minister Lu Haoran')).toMatchObject({
      name: 'Lu Haoran',
      surname: 'Lu',
      given: ['Haoran'],
      surnameFirst: true,
    })
    expect(nameTradition(['Pak', 'Min-jae'])).toBe('korean')
    expect(nameTradition(['Kim', 'Tessaly'])).toBe('western')
    expect(nameTradition(['Lee', 'Hartigan'])).toBe('western')
    expect(nameTradition(['Tran', 'Van', 'Thuc'])).toBe('vietnamese')
  })

  it('reads particles into the family name', () => {
    const name = parsePersonName('Aurelio dela Cruzada')
    expect(name.surname).toBe('dela Cruzada')
    expect(nameKeys(name)).toContain('cruzada')
    expect(nameKeys(parsePersonName('Samir al-Haddaf'))).toEqual(
      expect.arrayContaining(['al-haddaf', 'haddaf']),
    )
    expect(nameKeys(parsePersonName('Tran Van Thuc'))).toContain('thuc')
    // English-language news writes a Vietnamese family name alone too ("Tran said").
    expect(nameKeys(parsePersonName('Tran Van Thuc'))).toContain('tran')
  })

  it('keeps the keys of a mention with its parse', () => {
    const text = 'Senator Odile M. Varenko'
    expect(mentionNameKeys(text)).toEqual(nameKeys(parsePersonName(text)))
    expect(mentionNameKeys(text)).toContain('odile varenko')
    // Every caller shares the kept list: it is read-only.
    expect(Object.isFrozen(mentionNameKeys(text))).toBe(true)
    // A title is no key, and a particle or a hyphen stays in the family name's keys.
    expect(mentionNameKeys('Mayor Aurelio dela Cruzada')).toEqual([
      'aurelio dela cruzada',
      'dela cruzada',
      'cruzada',
    ])
    expect(mentionNameKeys('Dr. Samir al-Haddaf')).toEqual([
      'samir al-haddaf',
      'al-haddaf',
      'haddaf',
      'al haddaf',
    ])
  })
})

describe('resolvePeople', () => {
  const mentions = (texts: string[]) => texts.map((text, position) => ({ text, position }))

  it('resolves short mentions to the fullest form, earlier or later', () => {
    const result = resolvePeople(
      mentions(['Lu', 'Vellmar', 'Foreign Minister Lu Haoran', 'Oskar Vellmar', 'Mr Vellmar']),
    )
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['Lu Haoran', 'Oskar Vellmar'])
    expect(result.clusterOf).toEqual([0, 1, 0, 1, 1])
    expect(result.clusters[0]?.roles).toEqual(['Foreign Minister'])
    expect(result.clusters[1]?.aliases).toEqual(['Vellmar'])
  })

  it('does not merge two people who share a family name', () => {
    const result = resolvePeople(
      mentions(['Greta Quill', 'Quill', 'Martin Quill', 'Quill', 'Greta Quill']),
    )
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['Greta Quill', 'Martin Quill'])
    // Each bare "Quill" goes to a full mention right before it, else to the person introduced
    // first, and is reported.
    expect(result.clusterOf).toEqual([0, 0, 1, 1, 0])
    const far = resolvePeople([
      { text: 'Greta Quill', position: 0 },
      { text: 'Martin Quill', position: 500 },
      { text: 'Quill', position: 2000 },
    ])
    expect(far.clusterOf).toEqual([0, 1, 0])
    expect(result.ambiguities).toHaveLength(2)
  })

  it('merges compatible full names to the longest', () => {
    const result = resolvePeople(mentions(['Hal Brisket', 'Hal T. Brisket', 'Brisket']))
    expect(result.clusters).toHaveLength(1)
    expect(result.clusters[0]?.name).toBe('Hal T. Brisket')
  })

  it('gives a misspelled family name to the one person it is an edit away from', () => {
    const result = resolvePeople(mentions(['Orla Brennick', 'Brenick', 'Brennik', 'Brenmick']))
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['Orla Brennick'])
    expect(result.clusterOf).toEqual([0, 0, 0, 0])
    // Two people one edit away, a short name, or a different first letter: no guess.
    const open = resolvePeople(
      mentions(['Orla Brennick', 'Tam Brenicks', 'Brenick', 'Ada Penn', 'Pen', 'Frennick']),
    )
    expect(open.clusterOf).toEqual([0, 1, 3, 2, 4, 5])
  })

  it('never gives a titled short name to a person of the other gender', () => {
    const result = resolvePeople(mentions(['Mrs. Orla Brennick', 'Mr. Brennick', 'Ms. Brennick']))
    expect(result.clusterOf).toEqual([0, 1, 0])
  })

  it('joins the tail of a name with no single family name, not a name with a title stuck on', () => {
    const tail = resolvePeople(mentions(['Daw Khin Thiri Aye', 'Thiri Aye']))
    expect(tail.clusters.map((cluster) => cluster.name)).toEqual(['Daw Khin Thiri Aye'])
    // "Hal Brisket" opens with a given name: a whole name, not the tail of a longer one.
    const titled = resolvePeople(mentions(['Represenative Hal Brisket', 'Hal Brisket']))
    expect(titled.clusters.map((cluster) => cluster.name)).toEqual([
      'Represenative Hal Brisket',
      'Hal Brisket',
    ])
  })

  it('weighs nearness only for names that are not in passing, and keeps a bare name steady', () => {
    // "Tomas Brio accused Ada Brio, his aunt, … Brio said": the aunt is named in passing.
    const passing = resolvePeople([
      { text: 'Tomas Brio', position: 0 },
      { text: 'Brio', position: 400 },
      { text: 'Ada Brio', position: 900, inPassing: true },
      { text: 'Brio', position: 1000 },
    ])
    expect(passing.clusterOf).toEqual([0, 0, 1, 0])
    // "Secretary Hal Brio says… Brio tells… (long paragraph) Brio said": the second bare name
    // keeps meaning whom the first meant, though the full name is far behind by then.
    const steady = resolvePeople([
      { text: 'Ada Brio', position: 0 },
      { text: 'Secretary Hal Brio', position: 5000 },
      { text: 'Brio', position: 5100 },
      { text: 'Brio', position: 5600 },
    ])
    expect(steady.clusterOf).toEqual([0, 1, 1, 1])
  })

  it('gives a shared bare name to the person most other short mentions can only mean', () => {
    const result = resolvePeople(
      mentions([
        'President Quillon',
        'Margaret Quillon',
        'Mr. Quillon',
        'Mr. Quillon',
        'Mr. Quillon',
        'Hal Quillon',
      ]),
    )
    // Three "Mr." mentions can only be Hal: the untitled "President Quillon" is his too.
    expect(result.clusters[result.clusterOf[0] ?? -1]?.name).toBe('Hal Quillon')
  })

  it('leaves a quoted nickname out of the name', () => {
    expect(parsePersonName('Marta "Pip" Salo').name).toBe('Marta Salo')
  })

  it('gives a name with a word of no name glued to it to the person it names', () => {
    const result = resolvePeople(
      mentions(['Oskar Vellmar', 'Does Vellmar', 'Former Vellmar', 'Team Vellmar', 'Vellmar']),
    )
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['Oskar Vellmar'])
    expect(result.clusterOf).toEqual([0, 0, 0, -1, 0])
  })

  it('joins a full name to the first compatible person, not a later one', () => {
    // "N. Garrow" fits both Nils and Nat, who share the family name: the first one takes it.
    const result = resolvePeople(mentions(['Nils Garrow', 'Nat Garrow', 'N. Garrow']))
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['Nils Garrow', 'Nat Garrow'])
    expect(result.clusterOf).toEqual([0, 1, 0])
  })

  it('finds a person by the last word of a name ending a longer one, in either order', () => {
    // The family name of "Sein San Khet Varo" is "San Khet Varo", that of "Khet Varo" "Varo":
    // only the shared last word brings the two together.
    for (const texts of [
      ['Khet Varo', 'Sein San Khet Varo'],
      ['Sein San Khet Varo', 'Khet Varo'],
    ]) {
      const result = resolvePeople(mentions(texts))
      expect(result.clusters.map((cluster) => cluster.name)).toEqual(['Sein San Khet Varo'])
      expect(result.clusterOf).toEqual([0, 0])
    }
  })

  it('finds a person by the family name of the fuller form that renamed them', () => {
    // "S. San Khet Varo Jr." shares no word-key with "Khet Varo" (family name "Varo", its last
    // word "Jr."): only the family name "San Khet Varo" of the fuller form it was renamed to.
    const result = resolvePeople(
      mentions(['Khet Varo', 'Sein San Khet Varo', 'S. San Khet Varo Jr.', 'Ida Marsh']),
    )
    expect(result.clusters.map((cluster) => cluster.name)).toEqual([
      'S. San Khet Varo Jr.',
      'Ida Marsh',
    ])
    expect(result.clusterOf).toEqual([0, 0, 0, 1])
  })

  it('keeps a short name nobody owns as its own person', () => {
    const result = resolvePeople(mentions(['Xu', 'President Xu', 'Ada Penhallow']))
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['Ada Penhallow', 'Xu'])
    expect(result.clusters[1]?.roles).toEqual(['President'])
  })
})

describe('resolveOrganizations', () => {
  it('joins acronyms, head-of forms and "the"', () => {
    const result = resolveOrganizations(
      [
        'the Harbour Safety Agency',
        'HSA',
        'Department of Lighthouses',
        'Lighthouses Department',
      ].map((text, position) => ({ text, position })),
    )
    expect(result.clusters.map((cluster) => cluster.name)).toEqual([
      'Harbour Safety Agency',
      'Department of Lighthouses',
    ])
    expect(result.clusterOf).toEqual([0, 0, 1, 1])
    expect(acronymOf('Organisation of Coastal Towns')).toBe('OCT')
  })

  it('abbreviates a body with its number in digits', () => {
    expect(numberedAcronym('Group of Nine')).toBe('G9')
    expect(numberedAcronym('Group of 20')).toBe('G20')
    expect(numberedAcronym('Rellmark Fisheries Authority')).toBeNull()
  })

  it.each([
    ['Group of Twenty', 'G20'],
    ['Group of Thirty', 'G30'],
    ['Group of Ninety', 'G90'],
    ['Group of Seventy-Seven', 'G77'],
    ['Group of Twenty Four', 'G24'],
    ['Council of One Hundred', 'C100'],
    ['Council of One Hundred and Twelve', 'C112'],
    ['Club of Two Thousand Five Hundred', 'C2500'],
  ])('abbreviates %s, whatever its number, as %s', (name, acronym) => {
    expect(numberedAcronym(name)).toBe(acronym)
  })

  it('reads no number in a multiplier that follows none', () => {
    expect(numberedAcronym('Million Voices March')).toBeNull()
    expect(numberedAcronym('Hundred Harbours Trust')).toBeNull()
  })

  it('joins a one-word short form to the one longer name it ends', () => {
    const result = resolveOrganizations(
      ['The Rellmark Evening Times', 'the Times', 'Harbour Post', 'Coast Post', 'Post'].map(
        (text, position) => ({ text, position }),
      ),
    )
    // "Post" ends two names, so it stays on its own.
    expect(result.clusterOf).toEqual([0, 0, 1, 2, 3])
  })

  it('joins a multi-word name to the first longer name it ends, among bodies ending alike', () => {
    const result = resolveOrganizations(
      [
        'Harbour Safety Agency',
        'Coast Safety Agency',
        'Safety Agency',
        'Lighthouse Agency',
        'Agency',
      ].map((text, position) => ({ text, position })),
    )
    // "Agency" ends three longer names, so it stays on its own.
    expect(result.clusterOf).toEqual([0, 1, 0, 2, 3])
  })

  it('finds a body by the last word of a key it registered, not only of its name', () => {
    // "Bank of Linden" ends in "Linden", but registers "Linden Bank", which "Old Linden Bank" ends.
    const result = resolveOrganizations(
      ['Bank of Linden', 'Old Linden Bank', 'Linden Post'].map((text, position) => ({
        text,
        position,
      })),
    )
    expect(result.clusters.map((cluster) => cluster.name)).toEqual([
      'Bank of Linden',
      'Linden Post',
    ])
    expect(result.clusterOf).toEqual([0, 0, 1])
  })

  it('folds names for comparison', () => {
    expect(foldName('Jõrgen  Brûlé-Smith')).toBe('jorgen brule-smith')
  })
})

describe('roles, gender and short given names', () => {
  const mentions = (texts: string[]) => texts.map((text, position) => ({ text, position }))
  it('strips occupations and role modifiers, and keeps a name that only looks like a title', () => {
    expect(parsePersonName('Broadcaster Tamsin Orrell')).toMatchObject({
      name: 'Tamsin Orrell',
      roles: ['Broadcaster'],
    })
    // Occupations news copy writes before a name: the arts, sport and trades too.
    for (const [text, role] of [
      ['Saxophonist Marcus Oyelade', 'Saxophonist'],
      ['goalkeeper Tomas Brell', 'goalkeeper'],
      ['Street vendor Amina Quist', 'Street vendor'],
    ])
      expect(parsePersonName(text as string)).toMatchObject({ roles: [role] })
    expect(parsePersonName('Current Prime Minister of Ostravia Ivo Brenk')).toMatchObject({
      name: 'Ivo Brenk',
      roles: ['Current Prime Minister of Ostravia'],
    })
    // "Don" is a given name before a one-word family name, a title before a full name.
    expect(parsePersonName('Don Pellham')).toMatchObject({ name: 'Don Pellham', full: true })
    expect(parsePersonName('Secretary of State John F. Quarrie').name).toBe('John F. Quarrie')
    // "Earl" is a given name, and a title only before "of".
    expect(parsePersonName('Gov. Earl Ray Pellham')).toMatchObject({
      name: 'Earl Ray Pellham',
      roles: ['Gov.'],
    })
    expect(parsePersonName('Earl of Ostravia').roles).toEqual(['Earl of'])
    expect(isRoleWord('former')).toBe(true)
    expect(isRoleWord('Current')).toBe(true)
    expect(isRoleWord('Pellham')).toBe(false)
  })

  it('reads a service rank before a full name as a role, not a given name', () => {
    // "Marine" is a rank before a given name and a family name, a given name before "Le Pen".
    expect(parsePersonName('Marine Owen Harrow')).toMatchObject({
      name: 'Owen Harrow',
      roles: ['Marine'],
    })
    expect(parsePersonName('Navy SEAL Owen Harrow')).toMatchObject({
      name: 'Owen Harrow',
      roles: ['Navy SEAL'],
    })
    expect(parsePersonName('Marine Le Brisket')).toMatchObject({ name: 'Marine Le Brisket' })
    expect(personGender(parsePersonName('Marine Owen Harrow'))).toBe('male')
    // A rank in "-man" says nothing of the holder's gender: the given name tells.
    expect(personGender(parsePersonName('Airman Ann Harrow'))).toBe('female')
    expect(personGender(parsePersonName('Guardsman Ann Harrow'))).toBe('female')
  })

  it('reads gender from titles, role words and unambiguous given names', () => {
    expect(titleGender('Mrs')).toBe('female')
    expect(titleGender('congresswoman')).toBe('female')
    expect(titleGender('spokesman')).toBe('male')
    expect(titleGender('spokesperson')).toBe(null)
    expect(titleGender('witness')).toBe(null)
    expect(givenNameGender('Margaret')).toBe('female')
    expect(givenNameGender('Michael')).toBe('male')
    expect(personGender(parsePersonName('Mr Pellham'))).toBe('male')
    expect(personGender(parsePersonName('Hal Brisket'))).toBe('male')
  })

  it('reads the majority gender of a given name both lists hold only when asked', () => {
    // Both stdlib lists hold "Hillary" and "Terry": no sure gender, a likely one.
    expect(givenNameGender('Hillary')).toBe(null)
    expect(likelyGivenNameGender('Hillary')).toBe('female')
    expect(likelyGivenNameGender('Donald')).toBe('male')
    expect(likelyPersonGender(parsePersonName('Hillary Brisket'))).toBe('female')
    expect(likelyPersonGender(parsePersonName('Mr Terry Brisket'))).toBe('male')
    expect(likelyPersonGender(parsePersonName('Brisket'))).toBe(null)
  })

  it('leans on no gender for a name languages give to both (Andrea: a woman in England, a man in Italy)', () => {
    for (const name of ['Andrea', 'Nicola', 'Simone', 'Gabriele']) {
      expect(givenNameGender(name)).toBe(null)
      expect(likelyGivenNameGender(name)).toBe(null)
    }
    expect(likelyPersonGender(parsePersonName('Andrea Brisket'))).toBe(null)
    // A title still tells.
    expect(likelyPersonGender(parsePersonName('Mr Andrea Brisket'))).toBe('male')
    expect(likelyGivenNameGender('Mary')).toBe('female')
  })

  it('states no gender for a name one list holds that most of its bearers are of the other', () => {
    // The stdlib lists have "Madison" and "Taylor" as men's names only, "Claude" as a woman's.
    for (const name of ['Madison', 'Taylor', 'Avery', 'Riley', 'Claude', 'Kai']) {
      expect(givenNameGender(name)).toBe(null)
    }
    expect(personGender(parsePersonName('Madison Brisket'))).toBe(null)
    expect(likelyGivenNameGender('Madison')).toBe('female')
    expect(likelyGivenNameGender('Claude')).toBe('male')
  })

  it('joins a nickname to the formal given name, and picks the first-introduced of two namesakes', () => {
    const scott = resolvePeople(mentions(['Robert C. Tamblyn', 'Bobby Tamblyn', 'Tamblyn']))
    expect(scott.clusters.map((cluster) => cluster.name)).toEqual(['Robert C. Tamblyn'])
    const ray = resolvePeople(mentions(['Raymond Castell', 'Ray Castell', 'Doug Castell']))
    expect(ray.clusters.map((cluster) => cluster.name)).toEqual(['Raymond Castell', 'Doug Castell'])
    const couple = resolvePeople(
      ['Ted Quill', 'Margaret Quill', 'Quill', 'Mrs. Quill'].map((text, index) => ({
        text,
        position: index * 1000,
      })),
    )
    expect(couple.clusterOf).toEqual([0, 1, 0, 1])
  })
})

describe('isDictionaryWord', () => {
  it('finds every word of the list, those out of alphabetical order too', async () => {
    const { readFileSync } = await import('node:fs')
    const { default: wordListPath } = await import('word-list')
    const words = readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean)
    expect(words.length).toBeGreaterThan(200_000)
    // The list has lines out of order ("manlily" before "manlihood"): the search must not miss them.
    expect(words.indexOf('manlily')).toBeLessThan(words.indexOf('manlihood'))
    expect(words.filter((word) => !names.isDictionaryWord(word))).toEqual([])
  })

  it('ignores case and rejects what is not in the list', () => {
    expect(names.isDictionaryWord('Miller')).toBe(true)
    expect(names.isDictionaryWord('MANLIHOOD')).toBe(true)
    expect(names.isDictionaryWord('Vantrelli')).toBe(false)
    expect(names.isDictionaryWord('aaq')).toBe(false)
    expect(names.isDictionaryWord('zzzzz')).toBe(false)
    expect(names.isDictionaryWord('')).toBe(false)
  })
})

describe('data/given-names.txt', () => {
  it('is what scripts/build-name-data.ts makes of the name lists', async () => {
    const { readFileSync } = await import('node:fs')
    const { nameDataText } = await import('../scripts/name-data.js')
    const shipped = readFileSync(new URL('../data/given-names.txt', import.meta.url), 'utf8')
    expect(shipped === nameDataText()).toBe(true)
  })

  it('gives the genders of the lists', () => {
    expect(givenNameGender('Mary')).toBe('female')
    expect(givenNameGender('Hillary')).toBe(null)
    expect(likelyGivenNameGender('Hillary')).toBe('female')
    expect(names.isGivenName('Hillary')).toBe(true)
    expect(names.isGivenName('Vantrelli')).toBe(false)
  })
})

describe('word classes', () => {
  it('answer each question of a word as written, the same however often it is asked', () => {
    for (let round = 0; round < 2; round++) {
      expect(names.isRoleHead('Minister')).toBe(true)
      expect(names.isRoleHead('Secretary-General')).toBe(true)
      expect(names.isRoleHead('Del.')).toBe(true)
      expect(names.isRoleHead('Vale')).toBe(false)
      expect(names.isHonorific('Dr.')).toBe(true)
      expect(names.isHonorific('Ministry')).toBe(false)
      expect(names.isOrganizationHead('Ministry')).toBe(true)
      expect(names.isOrganizationHead('Minister')).toBe(false)
      expect(names.isNameParticle('van')).toBe(true)
      expect(names.isNameParticle('al-Rellmar')).toBe(true)
      expect(names.isNameParticle('Vale')).toBe(false)
      expect(names.isRoleWord('Foreign')).toBe(true)
      expect(names.isGivenName('Mary')).toBe(true)
      expect(names.isGivenName('Rellmark')).toBe(false)
      expect(names.isDictionaryWord('Bridge')).toBe(true)
      expect(names.isDictionaryWord('Rellmark')).toBe(false)
    }
  })
})

describe('headline case', () => {
  const words = (sentence: string) => sentence.split(/[\s:[\]()]+/).filter(Boolean)

  it('reads titles and captions as headline case', () => {
    expect(isHeadlineCase(words('Vorn Sees Personal Insult if Voters Stay Home.'))).toBe(true)
    expect(
      isHeadlineCase(
        words('[Video: Full Speech: Mayor Vorn Speech at Harbor Hall Watch on YouTube.]'),
      ),
    ).toBe(true)
  })

  it('reads a sentence with a long lowercase word, or one that only lists names, as running text', () => {
    expect(isHeadlineCase(words('Mayor Vorn gave a speech at Harbor Hall on Friday.'))).toBe(false)
    expect(isHeadlineCase(words('Ansel Vorn, Mira Kettle and Tomas Brill.'))).toBe(false)
    expect(
      isHeadlineCase(
        words(
          'Ansel Vorn, Grant Young, Will Folks, Mira White, Tomas Brill, Ada Penhallow, Oskar Hart.',
        ),
      ),
    ).toBe(false)
    expect(isHeadlineCase(words('On Friday, Vorn met Deputy Harbour Minister Mira Kettle.'))).toBe(
      false,
    )
  })

  it('reads a lowercase verb of any length as running text', () => {
    // Surnames that are English words count as ordinary capitalized words.
    expect(
      isHeadlineCase(words('Ines Tarrow met Grant Young, Will Folks, Rose Marsh and Bill Gates.')),
    ).toBe(false)
    expect(isHeadlineCase(words('Vorn won the Harbor Cup for Young Farmers.'))).toBe(false)
    expect(isHeadlineCase(words('Vorn Beats Young in the Harbor Cup Final Race.'))).toBe(true)
    expect(isHeadlineCase(words('Full Speech by Ansel van Vorn on Cold River Floods.'))).toBe(true)
  })

  it('takes a headline word into a name only where running text capitalizes it too, or it is a role, a title or a given name', () => {
    const runningText = new Set([headlineSupportKey('Vorn’s')])
    expect(isHeadlineNameWord('Vorn', runningText)).toBe(true)
    expect(isHeadlineNameWord('Speech', runningText)).toBe(false)
    expect(isHeadlineNameWord('Mayor', runningText)).toBe(true)
    expect(isHeadlineNameWord('Mr.', runningText)).toBe(true)
  })

  it('takes into a name a headline word that is no English word after a given name', () => {
    const runningText = new Set<string>()
    expect(isHeadlineNameWord('Vornholt', runningText, 'Janet')).toBe(true)
    expect(isHeadlineNameWord('Vornholt’s', runningText, 'Janet')).toBe(true)
    expect(isHeadlineNameWord('Vornholt', runningText)).toBe(false)
    expect(isHeadlineNameWord('Vornholt', runningText, 'Harbor')).toBe(false)
    expect(isHeadlineNameWord('Speech', runningText, 'Janet')).toBe(false)
  })
})
