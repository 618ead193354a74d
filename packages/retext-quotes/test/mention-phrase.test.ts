import { describe, expect, it } from 'vitest'
import {
  isCue,
  isCueModifier,
  type MentionPhrase,
  phraseAfter,
  phraseBefore,
  pronounOf,
  speakerPronounOf,
} from '../src/lib/mention-phrase.js'
import { paragraphOf } from './helpers/article.js'

/** The phrase read backwards from the first token `cue` of a one-paragraph text. */
function before(text: string, cue: string): MentionPhrase | null {
  const paragraph = paragraphOf(text)
  const at = paragraph.tokens.findIndex((token) => token.text === cue)
  if (at < 0) throw new Error(`No ${cue} in ${text}`)
  return phraseBefore(paragraph.text, paragraph.tokens, at)
}

/** The phrase read forwards from the first token `word` of a one-paragraph text. */
function after(text: string, word: string, withApposition = true) {
  const paragraph = paragraphOf(text)
  const at = paragraph.tokens.findIndex((token) => token.text === word)
  if (at < 0) throw new Error(`No ${word} in ${text}`)
  return phraseAfter(paragraph.text, paragraph.tokens, at, withApposition)
}

/** A phrase as `[text, form]`, to compare many at a glance. */
function brief(phrase: MentionPhrase | null | undefined): [string, string] | null {
  return phrase ? [phrase.text, phrase.form] : null
}

describe('phraseBefore', () => {
  it('reads a name with its role words back from the cue, with its offsets', () => {
    const text = '“We stay,” State Department spokesman Tomas Brio said.'
    const phrase = before(text, 'said')
    expect(phrase).toEqual({
      text: 'State Department spokesman Tomas Brio',
      start: 11,
      end: 48,
      form: 'name',
      appositions: [],
    })
    expect(text.slice(phrase?.start, phrase?.end)).toBe(phrase?.text)
  })

  it('reads descriptions, pronouns and plural people', () => {
    expect(brief(before('“We stay,” a senior official said.', 'said'))).toEqual([
      'a senior official',
      'description',
    ])
    expect(brief(before('“We stay,” the city’s mayor said.', 'said'))).toEqual([
      'the city’s mayor',
      'description',
    ])
    expect(brief(before('“We stay,” local fishermen said.', 'said'))).toEqual([
      'local fishermen',
      'description',
    ])
    expect(brief(before('“We stay,” he said.', 'said'))).toEqual(['he', 'pronoun'])
  })

  it('reads `her` before a phrase word as its determiner, not as the object pronoun', () => {
    expect(brief(before('Her campaign said: “We will win.”', 'said'))).toEqual([
      'Her campaign',
      'description',
    ])
    expect(brief(before('“We will win,” her campaign said.', 'said'))).toEqual([
      'her campaign',
      'description',
    ])
  })

  it('skips an apposition set off by commas and keeps it', () => {
    expect(before('“We stay,” Ann Vale, the mayor of Rellmark, said.', 'said')).toMatchObject({
      text: 'Ann Vale',
      form: 'name',
      appositions: [{ text: 'the mayor of Rellmark', start: 21, end: 42 }],
    })
    expect(
      before('“We stay,” an official, speaking on condition of anonymity, said.', 'said'),
    ).toMatchObject({
      text: 'an official',
      appositions: [{ text: 'speaking on condition of anonymity' }],
    })
  })

  it('skips a short parenthesis after a name', () => {
    expect(brief(before('“We stay,” Ann Vale (D-Rellmark) told reporters.', 'told'))).toEqual([
      'Ann Vale',
      'name',
    ])
  })

  it('skips a party tag after a name', () => {
    expect(before('“We stay,” Senator Ann Vale, R-Ky., said.', 'said')).toMatchObject({
      text: 'Senator Ann Vale',
      form: 'name',
      appositions: [{ text: 'R-Ky.' }],
    })
    expect(brief(before('Ann Vale, D-N.Y., told reporters “we stay.”', 'told'))).toEqual([
      'Ann Vale',
      'name',
    ])
  })

  it('skips a party tag before another apposition, and marks it', () => {
    expect(
      before('Ann Vale, R-Ky., the board’s chairwoman, said “we stay.”', 'said'),
    ).toMatchObject({
      text: 'Ann Vale',
      form: 'name',
      appositions: [{ text: 'R-Ky.', partyTag: true }, { text: 'the board’s chairwoman' }],
    })
    expect(before('Ann Vale, R-Ky., D-Ohio, said “we stay.”', 'said')).toMatchObject({
      text: 'Ann Vale',
      appositions: [{ text: 'R-Ky.' }, { text: 'D-Ohio' }],
    })
    expect(brief(before('Ann Vale, D‑Ohio, said “we stay.”', 'said'))).toEqual(['Ann Vale', 'name'])
  })

  it('takes in the person before an organization they belong to', () => {
    expect(
      brief(before('“We stay,” Ann Vale of the Rellmark Fisheries Board said.', 'said')),
    ).toEqual(['Ann Vale of the Rellmark Fisheries Board', 'name'])
  })

  it('reads an organization as a name', () => {
    expect(
      brief(before('“We stay,” the Rellmark Harbour Authority said in a statement.', 'said')),
    ).toEqual(['the Rellmark Harbour Authority', 'name'])
  })

  it('reads two names joined by "and" as a pair, unless they follow a preposition', () => {
    expect(brief(before('“We stay,” Ann Vale and Tomas Brio said.', 'said'))).toEqual([
      'Ann Vale and Tomas Brio',
      'description',
    ])
    expect(brief(before('A deal between Ann Vale and Tomas Brio said “we stay.”', 'said'))).toEqual(
      ['Tomas Brio', 'name'],
    )
  })

  it('reads role words alone as a description, not a name', () => {
    expect(brief(before('“We stay,” Current Prime Minister said.', 'said'))).toEqual([
      'Current Prime Minister',
      'description',
    ])
  })

  it('finds nothing before a cue that opens its paragraph', () => {
    const paragraph = paragraphOf('Said nothing.')
    expect(phraseBefore(paragraph.text, paragraph.tokens, 0)).toBeNull()
  })
})

describe('relation phrases', () => {
  it('reads people tied to someone named after a connector as a description, whole', () => {
    for (const [text, phrase] of [
      ['“We appeal,” lawyers for Tom Rusk, who was charged Tuesday, said.', 'lawyers for Tom Rusk'],
      ['“She was kind,” the parents of Ann Vale said.', 'the parents of Ann Vale'],
      ['“It is tight,” an aide to Brandt said.', 'an aide to Brandt'],
      ['“We grieve,” relatives of Tom Rusk said.', 'relatives of Tom Rusk'],
      ['“It is over,” the regional envoy for Ruritania said.', 'the regional envoy for Ruritania'],
      [
        '“It works,” a chief of staff to President Hugo Varga said.',
        'a chief of staff to President Hugo Varga',
      ],
    ] as const)
      expect(brief(before(text, 'said'))).toEqual([phrase, 'description'])
    // Two people after the connector: the relation's people speak, not the second one.
    expect(
      brief(before('“Too late,” the children of Ann Vale and Tom Rusk said.', 'said')),
    ).toEqual(['the children of Ann Vale and Tom Rusk', 'description'])
    // A place after the relation phrase is its people's, as after a name ("Ann Vale of Kent").
    expect(brief(before('“We object,” two members of Parliament from Kent said.', 'said'))).toEqual(
      ['two members of Parliament from Kent', 'description'],
    )
    expect(brief(after('“We appeal,” said an aide to Brandt.', 'an')?.phrase)).toEqual([
      'an aide to Brandt',
      'description',
    ])
  })

  it('reads a bare plural, a plural without -s, `counsel` and a headline-case link', () => {
    for (const [text, phrase] of [
      ['“She was kind,” children of Ann Vale said.', 'children of Ann Vale'],
      ['“It is safe,” staff for Carl Brandt said.', 'staff for Carl Brandt'],
      ['“We will appeal,” Counsel for Ann Vale said.', 'Counsel for Ann Vale'],
      ['“He is innocent,” Lawyers For Tom Rusk said.', 'Lawyers For Tom Rusk'],
    ] as const)
      expect(brief(before(text, 'said'))).toEqual([phrase, 'description'])
  })

  it('takes in a person before an affiliation only when the person opens the clause', () => {
    expect(brief(before('“It is weak,” Ann Vale for the defence said.', 'said'))).toEqual([
      'Ann Vale for the defence',
      'name',
    ])
    // The name is a verb's or a preposition's object: the subject stands further back.
    for (const text of [
      '“He will be charged,” police who arrested Tom Rusk for the attack said.',
      '“She was brave,” the charity that thanked Ann Vale for the rescue said.',
      '“We found him,” the officers who arrested Tom Rusk at the docks said.',
      '“He must pay,” the council that fined Tom Rusk at the hearing said.',
      '“She was tireless,” the crew who worked with Ann Vale for the Red Cross said.',
    ])
      expect(before(text, 'said')?.text).not.toMatch(/Rusk|Vale/)
  })

  it('keeps a name before the connector, a title before a name, and `to` that ties no one', () => {
    expect(brief(after('“It is fine,” said Ann Vale of Kent.', 'Ann')?.phrase)).toEqual([
      'Ann Vale of Kent',
      'name',
    ])
    for (const [text, phrase] of [
      ['“It is done,” President of Ruritania Tom Rusk said.', 'President of Ruritania Tom Rusk'],
      [
        '“It is sold,” chief executive of Acme Ltd Dana Meyer said.',
        'chief executive of Acme Ltd Dana Meyer',
      ],
      ['“We march,” Veterans for Peace said.', 'Veterans for Peace'],
    ] as const)
      expect(brief(before(text, 'said'))).toEqual([phrase, 'name'])
    // A possessive goes on to what is owned: no relation phrase, whatever else it reads.
    expect(before('“It is late,” a witness to Clinton’s said.', 'said')?.text).not.toMatch(
      /witness/,
    )
    expect(
      brief(
        after('“No,” said Lam, who named two members to Ostrava’s police council.', 'two')?.phrase,
      ),
    ).toEqual(['two members', 'description'])
  })
})

describe('phraseAfter', () => {
  it('reads an inverted subject with its apposition, and where reading stopped', () => {
    const result = after('“We stay,” said Ann Vale, the mayor of Rellmark.', 'Ann')
    expect(result?.phrase).toMatchObject({
      text: 'Ann Vale',
      form: 'name',
      appositions: [{ text: 'the mayor of Rellmark' }],
    })
    const paragraph = paragraphOf('“We stay,” said Ann Vale, the mayor of Rellmark.')
    expect(paragraph.tokens[result?.next ?? -1]?.text).toBe('.')
  })

  it('reads a front-runner as the head of a description, not its party word as a name', () => {
    const text = 'The Harbour presidential front-runner said the pier “needs a review”.'
    expect(brief(after(text, 'The')?.phrase)).toEqual([
      'The Harbour presidential front-runner',
      'description',
    ])
    expect(brief(after('The Tidal frontrunner said it “needs a review”.', 'The')?.phrase)).toEqual([
      'The Tidal frontrunner',
      'description',
    ])
  })

  it('leaves the apposition when not asked for it', () => {
    const result = after('“We stay,” said Ann Vale, the mayor of Rellmark.', 'Ann', false)
    expect(result?.phrase.appositions).toEqual([])
  })

  it('ends a name before the plain words after it', () => {
    expect(
      brief(after('“We stay,” said lawyer Ann Vale outside the court.', 'lawyer')?.phrase),
    ).toEqual(['lawyer Ann Vale', 'name'])
  })

  it('keeps the noun of people of a description', () => {
    expect(brief(after('“We stay,” said one Rellmark source.', 'one')?.phrase)).toEqual([
      'one Rellmark source',
      'description',
    ])
    expect(brief(after('“We stay,” said the city’s mayor.', 'the')?.phrase)).toEqual([
      'the city’s mayor',
      'description',
    ])
  })

  it('keeps a plural noun of people after the name that modifies it', () => {
    expect(
      brief(after('Rellmark protesters interrupted her, shouting “we stay!”', 'Rellmark')?.phrase),
    ).toEqual(['Rellmark protesters', 'description'])
    expect(
      brief(after('“We stay,” said Harbour Union officials on Friday.', 'Harbour')?.phrase),
    ).toEqual(['Harbour Union officials', 'description'])
    // A possessive name owns its noun: read as before, to the noun of people it owns.
    expect(brief(after('“We stay,” said Vale’s aides.', 'Vale’s')?.phrase)).toEqual([
      'Vale’s aides',
      'description',
    ])
  })

  it('leaves a verb of office after a name, before its object', () => {
    expect(
      brief(after('Ann Vale heads the union and calls it “a family.”', 'Ann')?.phrase),
    ).toEqual(['Ann Vale', 'name'])
    expect(brief(after('Ann Vale coaches the team, “a fair side.”', 'Ann')?.phrase)).toEqual([
      'Ann Vale',
      'name',
    ])
  })

  it('ends a phrase before a verb in the present', () => {
    expect(brief(after('The union wants “a fair deal.”', 'The')?.phrase)).toEqual([
      'The union',
      'description',
    ])
    expect(brief(after('The freshman senator seeks “a new start.”', 'The')?.phrase)).toEqual([
      'The freshman senator',
      'description',
    ])
    // A plural noun is no verb, whatever it could be: "officials", "reports".
    expect(brief(after('Harbour officials promised “a new start.”', 'Harbour')?.phrase)).toEqual([
      'Harbour officials',
      'description',
    ])
    // Brill's lexicon has `suspects` as a verb first; it is a noun of people.
    expect(brief(after('“We did nothing,” the two suspects said.', 'the')?.phrase)).toEqual([
      'the two suspects',
      'description',
    ])
  })

  it('reads a description opening a sentence with a capitalized article', () => {
    expect(brief(after('“We will rebuild.” The ministry said.', 'The')?.phrase)).toEqual([
      'The ministry',
      'description',
    ])
    expect(brief(after('“We will rebuild.” A senior official said.', 'A')?.phrase)).toEqual([
      'A senior official',
      'description',
    ])
  })

  it('takes an age or a party tag set off after a name as an apposition', () => {
    expect(after('“We stay,” said Ann Vale, 45, on Monday.', 'Ann')?.phrase.appositions).toEqual([
      { text: '45', start: 26, end: 28 },
    ])
    expect(
      after('“We stay,” said Ann Vale, R-Rel., on Monday.', 'Ann')?.phrase.appositions[0]?.text,
    ).toBe('R-Rel.')
  })

  it('reads a pronoun without its contraction', () => {
    expect(after('“We stay,” she’s said.', 'she’s')?.phrase).toMatchObject({
      text: 'she',
      form: 'pronoun',
    })
  })

  it('reads two names joined by "and" as a pair', () => {
    expect(brief(after('“We stay,” said Ann Vale and Tomas Brio.', 'Ann')?.phrase)).toEqual([
      'Ann Vale and Tomas Brio',
      'description',
    ])
  })

  it('reads `her` before a phrase word as its determiner', () => {
    expect(brief(after('“We will win,” said her spokesman.', 'her')?.phrase)).toEqual([
      'her spokesman',
      'description',
    ])
    expect(after('“We will win,” Tomas Brio told her.', 'her')).toBeNull()
  })

  it('finds nothing at punctuation', () => {
    const paragraph = paragraphOf('“We stay,” said Ann Vale.')
    const comma = paragraph.tokens.findIndex((token) => token.text === '.')
    expect(phraseAfter(paragraph.text, paragraph.tokens, comma, true)).toBeNull()
  })

  // Bug: a day glued after the name stays in the phrase ("said Tomas Brio Thursday"), and the
  // plugin publishes the speaker "Tomas Brio Thursday". The name runs of article-names leave
  // calendar words out; the phrase readers do not.
  it('leaves a day after a name out of it', () => {
    expect(brief(after('“We stay,” said Tomas Brio Thursday.', 'Tomas')?.phrase)).toEqual([
      'Tomas Brio',
      'name',
    ])
  })
})

describe('pronounOf', () => {
  it('drops a contraction from a pronoun', () => {
    expect(pronounOf('he’s')).toBe('he')
    expect(pronounOf("they've")).toBe('they')
    expect(pronounOf('she')).toBe('she')
    expect(pronounOf('we’ll')).toBe('we')
  })

  it('drops what the contraction pattern drops, on every short word of its letters', () => {
    const letters = ["'", '’', 's', 'd', 'l', 'v', 'e', 'r', 'm', 'h']
    let words = ['']
    for (let length = 1; length <= 4; length++) {
      words = words.flatMap((word) => letters.map((letter) => word + letter))
      for (const word of words)
        expect(pronounOf(word), word).toBe(word.replace(/['’](?:s|d|ll|ve|re|m)$/u, ''))
    }
  })
})

describe('speakerPronounOf', () => {
  it('reads the owner of a statement as its subject pronoun', () => {
    expect(speakerPronounOf('her')).toBe('she')
    expect(speakerPronounOf('their')).toBe('they')
    expect(speakerPronounOf('he’s')).toBe('he')
  })
})

describe('isCue and isCueModifier', () => {
  it('take lowercase cue verbs only, and words between a speaker and the cue', () => {
    const paragraph = paragraphOf('Ann Vale said so. State Post also quickly Said it.')
    const flags = Object.fromEntries(
      paragraph.tokens.map((token) => [token.text, [isCue(token), isCueModifier(token)]]),
    )
    expect(flags.said).toEqual([true, false])
    // Capitalized, "Said" and "Post" are names or sentence openers, not cues.
    expect(flags.Said).toEqual([false, false])
    expect(flags.Post).toEqual([false, false])
    expect(flags.also).toEqual([false, true])
    expect(flags.quickly).toEqual([false, true])
    expect(isCue(undefined)).toBe(false)
    expect(isCueModifier(undefined)).toBe(false)
  })

  it('answer for each written form of a word, whichever was asked first', () => {
    // The answer is kept per written form: "Warned" and "WARNED" asked first leave "warned" a cue.
    const paragraph = paragraphOf('Warned by WARNED, Tomas Brio warned “Stop” and Vale warned.')
    const cues = paragraph.tokens.filter((token) => isCue(token)).map((token) => token.text)
    expect(cues).toEqual(['warned', 'warned'])
    const quotation = paragraph.tokens.find((token) => token.kind === 'quote')
    expect(quotation && isCue(quotation)).toBe(false)
  })
})

describe('phraseAfter: sentence openers and ages', () => {
  it('reads a description opened by a capitalized determiner, not a name', () => {
    expect(brief(after('The survey asks whether anyone lives there.', 'The')?.phrase)).toEqual([
      'The survey',
      'description',
    ])
    expect(brief(after('The Rellmark Authority said so.', 'The')?.phrase)).toEqual([
      'The Rellmark Authority',
      'name',
    ])
  })

  it('reads an age as a word of a description', () => {
    expect(brief(after('“We won,” said the 46-year-old.', 'the')?.phrase)).toEqual([
      'the 46-year-old',
      'description',
    ])
  })
})

describe('phrase heads a word list would take for something else', () => {
  it('reads a cue verb that is a noun too as the head of a phrase a determiner opens', () => {
    expect(brief(after('“We stay,” the report stated.', 'the')?.phrase)).toEqual([
      'the report',
      'description',
    ])
    expect(brief(after('“We stay,” the final report said.', 'the')?.phrase)).toEqual([
      'the final report',
      'description',
    ])
    expect(brief(before('The report said: “We stay.”', 'said'))).toEqual([
      'The report',
      'description',
    ])
    expect(brief(after('“We stay,” its post also read.', 'its')?.phrase)).toEqual([
      'its post',
      'description',
    ])
    // Before no cue, nothing tells the noun from the verb: the word stays out.
    expect(brief(after('Nobody on the council reports to Ann Vale.', 'the')?.phrase)).toEqual([
      'the council',
      'description',
    ])
  })

  it('reads a count after an article as the head of its phrase', () => {
    expect(brief(after('“We stay,” the two write.', 'the')?.phrase)).toEqual([
      'the two',
      'description',
    ])
    expect(brief(after('“We stay,” the three officials said.', 'the')?.phrase)).toEqual([
      'the three officials',
      'description',
    ])
    expect(brief(before('The two wrote: “We stay.”', 'wrote'))).toEqual(['The two', 'description'])
  })

  it('reads a participle between a determiner and its noun as an adjective', () => {
    expect(brief(after('“We stay,” the retired surgeon told Tomas Brio.', 'the')?.phrase)).toEqual([
      'the retired surgeon',
      'description',
    ])
    expect(brief(before('“We stay,” an unnamed official said.', 'said'))).toEqual([
      'an unnamed official',
      'description',
    ])
  })

  it('goes on after `of` through the determiner of the noun it leads to', () => {
    expect(brief(after('“We stay,” said one of her advisers.', 'one')?.phrase)).toEqual([
      'one of her advisers',
      'description',
    ])
    expect(brief(after('“We stay,” said one of two witnesses who saw it.', 'one')?.phrase)).toEqual(
      ['one of two witnesses', 'description'],
    )
  })

  it('reads a capitalized function word between a quotation and its cue as a name', () => {
    expect(brief(after('“We stay,” From said.', 'From')?.phrase)).toEqual(['From', 'name'])
    expect(after('“We stay.” From there, Tomas Brio left.', 'From')).toBeNull()
  })

  it('reads a part of a group ("one of them") as a description of no one in particular', () => {
    expect(brief(before('“We stay,” one of them said later.', 'said'))).toEqual([
      'one of them',
      'description',
    ])
    expect(brief(after('“We stay,” said two of us.', 'two')?.phrase)).toEqual([
      'two of us',
      'description',
    ])
    expect(brief(before('“We stay,” most of them wrote.', 'wrote'))).toEqual([
      'most of them',
      'description',
    ])
    // Not a part: `of them` after a word that counts no one ("the rest", "because").
    expect(before('“We stay,” the rest of them said.', 'said')).toBeNull()
    expect(after('“We stay,” said because of them.', 'because')).toBeNull()
    // A part reaches no further back than the cue's own clause.
    expect(brief(before('“We stay,” because of them Ines Marrow said.', 'said'))).toEqual([
      'Ines Marrow',
      'name',
    ])
  })

  it('leaves an age written before a name out of the name', () => {
    expect(
      brief(
        after(
          '76-year-old Dorian Halvorsen, a founder of the guild, backed the plan.',
          '76-year-old',
        )?.phrase,
      ),
    ).toEqual(['Dorian Halvorsen', 'name'])
    // Alone after its article, the age is the description.
    expect(brief(after('The 46-year-old said it was over.', 'The')?.phrase)).toEqual([
      'The 46-year-old',
      'description',
    ])
  })

  it('reads no speaker phrase from a pronoun with a contracted verb', () => {
    expect(
      before('Vale also asked how it’s conservative to add a trillion dollars.', 'to'),
    ).toBeNull()
    expect(before('“No,” it’s conservative voters said.', 'said')).toBeNull()
  })
})
