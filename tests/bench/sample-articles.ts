/**
 * Realistic news articles about fictional people, places and organizations, made on demand: a
 * deterministic generator (same seed, same articles) for benchmarks and hostile-input tests, so
 * that no megabytes are committed and no quote is put in a real person's mouth.
 *
 * An archive grows the way a real one does: the pool of speakers grows with the number of
 * articles, a few speakers are quoted often and most rarely (a Zipf-like draw), titles are all
 * distinct, and each article belongs to one beat with its own vocabulary.
 */

// Given names in two lists, so that the pronoun of a speaker agrees with the name.
const feminineNames = `Ada Alma Anouk Beatrix Calla Dagny Delphine Edda Esme Fiora Greta Hanne Ilse
Isaura Jolien Katya Leontine Maren Marta Nadira Odile Petronella Rosalind Saskia Tamsin Ulla Vesna
Wilma Yara Zelie Amara Dorit Elspeth Gwen Ines Kerensa Mireille Oona Priya Selma Una Wren`.split(
  /\s+/,
)
const masculineNames = `Anders Aurelio Bram Cedric Corin Dario Elio Emeric Fennick Gideon Halvard
Idris Jasper Kasimir Linus Lorcan Milo Nils Oren Quentin Rune Soren Teodor Wendel Xavi Yusuf Zoran
Benedek Caius Ferris Hollis Jovan Lisandro Nestor Ravi Tobiah Vito Paz Ivo Mattias`.split(/\s+/)

const familyNames = `Quillon Brenner Okonkwo Halloway Vantreight Marsk Ellery Castellane Dunmore
Fairweather Grimsby Hartwell Ivarsson Jessup Kettering Lindqvist Merriwether Northcote Oakhurst
Pemberly Quenneville Rookwood Saltmarsh Thorncliffe Underhay Valcourt Whitlock Yarrowby Zellweger
Ashdown Blackmere Crowhurst Delacroix-Finn Esterbrook Foxley Gallowglass Hazeldine Inchbald
Juniper Kilbride Larkspur Mossgiel Nettlefold Ormsby Pryderi Quarrington Redfern Stonebridge
Tenterden Umberleigh Vasquez-Ortolan Wexcombe Yelverton Abernethy Birchall Coldharbour Dewhurst
Elsworth Fennimore Gladwin Holloway Ilkley Jarrow Kilnsey Lowestoft Marchbank Nantwich Otterburn
Penhallow Quantock Rushmere Sedgwick Trevethan Uckfield Verulam Wimborne Yoxall`.split(/\s+/)

const places = `Marlow Bay|Eastbrook|Kestrel Point|Ashford Vale|Northwick|Saltcombe|Ravensmoor|
Linden Cross|Harrowgate Heights|Port Ellery|Westmere|Thistledown|Copper Ridge|Fernhollow|
Glenmorrow|Stillwater Falls|Brackenfield|Oldhaven|Cinder Flats|Larkmouth`
  .split('|')
  .map((place) => place.trim())

const publishers = ['Coastline Gazette', 'Valley Courier', 'The Northwick Ledger', 'Harbour Post']

interface Beat {
  topic: string
  organizations: string[]
  roles: string[]
  subjects: string[]
  verbs: string[]
  facts: string[]
  claims: string[]
}

const beats: Beat[] = [
  {
    topic: 'housing',
    organizations: ['Housing Trust', 'Tenants Union', 'Planning Board'],
    roles: ['housing officer', 'tenant organizer', 'planning director'],
    subjects: ['affordable homes', 'the rent freeze', 'the zoning change', 'new apartments'],
    verbs: ['approves', 'delays', 'debates', 'rejects', 'expands'],
    facts: [
      'Rents in the district rose by {n} percent over the past two years, according to the county register.',
      'The plan would add {n} units on land now used as a bus depot.',
      'Waiting lists for social housing have grown to {n} families.',
    ],
    claims: [
      'We cannot ask families to wait another decade for a home they can afford',
      'The numbers in this plan simply do not add up',
      'Every month of delay means more people leaving the town they grew up in',
      'This is the first real step forward in years',
    ],
  },
  {
    topic: 'transport',
    organizations: ['Transit Authority', 'Cyclists Association', 'Rail Commission'],
    roles: ['transit manager', 'rail engineer', 'commuter advocate'],
    subjects: ['the ferry timetable', 'the new tram line', 'bus fares', 'the bridge repairs'],
    verbs: ['cuts', 'restores', 'funds', 'postpones', 'extends'],
    facts: [
      'About {n} commuters use the line each weekday.',
      'The bridge was last resurfaced {n} years ago.',
      'Fares have gone up twice since the spring, by {n} cents each time.',
    ],
    claims: [
      'People need to be able to get to work without a car',
      'We are running trains on tracks that were laid for another century',
      'The timetable was written for the operator, not for the passenger',
      'Safety comes first, and the repairs cannot wait',
    ],
  },
  {
    topic: 'environment',
    organizations: ['Water Board', 'Coastal Conservancy', 'Climate Council'],
    roles: ['hydrologist', 'conservation officer', 'marine biologist'],
    subjects: ['the sea wall', 'river pollution', 'the wetland reserve', 'flood defences'],
    verbs: ['backs', 'questions', 'studies', 'protects', 'warns over'],
    facts: [
      'Water levels at the estuary gauge were {n} centimetres above the long-term average.',
      'The reserve covers {n} hectares of salt marsh and reed bed.',
      'Samples from {n} sites showed nitrate levels above the legal limit.',
    ],
    claims: [
      'The sea is not waiting for us to agree',
      'We have the data, and it points in one direction',
      'Protecting the marsh is cheaper than rebuilding the quay every winter',
      'Nobody wants to be the council that let the river die',
    ],
  },
  {
    topic: 'education',
    organizations: ['School District', 'Teachers Guild', 'Parents Forum'],
    roles: ['head teacher', 'school governor', 'union representative'],
    subjects: ['class sizes', 'the school merger', 'free school meals', 'teacher pay'],
    verbs: ['approves', 'opposes', 'reviews', 'funds', 'scraps'],
    facts: [
      'Average class sizes have reached {n} pupils in the primary schools.',
      'The district employs {n} teachers across its schools.',
      'Applications for free meals rose to {n} this term.',
    ],
    claims: [
      'Children learn best when teachers have time for each of them',
      'Closing a school is never only about buildings',
      'We were not consulted, and parents deserve better than that',
      'The budget forces choices none of us want to make',
    ],
  },
  {
    topic: 'health',
    organizations: ['Health Board', 'Nurses Association', 'Community Clinic'],
    roles: ['chief nurse', 'public health director', 'general practitioner'],
    subjects: ['waiting times', 'the night clinic', 'the vaccination drive', 'the hospital wing'],
    verbs: ['opens', 'closes', 'expands', 'reviews', 'delays'],
    facts: [
      'Patients waited an average of {n} minutes in the emergency department last month.',
      'The new wing would add {n} beds.',
      'The clinic saw {n} patients in its first week.',
    ],
    claims: [
      'Staff are doing extraordinary work under extraordinary pressure',
      'Prevention is always cheaper than cure',
      'We will not close a single bed without a plan to replace it',
      'People should not have to travel two hours to see a doctor',
    ],
  },
  {
    topic: 'business',
    organizations: ['Chamber of Commerce', 'Fishing Cooperative', 'Orchard Growers'],
    roles: ['economist', 'shop owner', 'cooperative treasurer'],
    subjects: ['the harvest', 'the harbour market', 'local jobs', 'the new factory'],
    verbs: ['doubles', 'loses', 'reports', 'plans', 'shelves'],
    facts: [
      'The cooperative reported sales of {n} thousand crates this season.',
      'The factory would employ {n} people at full capacity.',
      'Footfall in the high street fell by {n} percent year on year.',
    ],
    claims: [
      'Small businesses are the backbone of this town',
      'We had the best season in living memory',
      'Without investment, the jobs will go elsewhere',
      'Prices at the market are fair for growers and buyers alike',
    ],
  },
  {
    topic: 'culture',
    organizations: ['Arts Council', 'Heritage Society', 'Library Service'],
    roles: ['museum curator', 'festival director', 'librarian'],
    subjects: ['the summer festival', 'the old library', 'the harbour museum', 'public art'],
    verbs: ['celebrates', 'saves', 'reopens', 'funds', 'cancels'],
    facts: [
      'The festival drew {n} visitors last year.',
      'The library holds {n} volumes, some dating back two centuries.',
      'Restoration of the museum roof is expected to take {n} months.',
    ],
    claims: [
      'Culture is not a luxury; it is what makes a place worth living in',
      'These buildings tell the story of everyone who came before us',
      'We found a way to keep the doors open',
      'The arts bring the whole town together',
    ],
  },
  {
    topic: 'politics',
    organizations: ['Town Council', 'County Assembly', 'Electoral Commission'],
    roles: ['council chair', 'opposition leader', 'county clerk'],
    subjects: ['the budget vote', 'the council election', 'the new bylaw', 'the audit'],
    verbs: ['passes', 'blocks', 'calls', 'publishes', 'challenges'],
    facts: [
      'The council voted {n} to 4 in favour after a debate that ran past midnight.',
      'Turnout in the last local election was {n} percent.',
      'The audit examined {n} contracts signed over three years.',
    ],
    claims: [
      'This budget protects the services people rely on',
      'The public has a right to know how its money is spent',
      'We will keep asking questions until we get answers',
      'Democracy works best when everyone takes part',
    ],
  },
]

const connectives = [
  'Meanwhile,',
  'Earlier this week,',
  'At the meeting,',
  'In a statement,',
  'By contrast,',
  'According to officials,',
]

/** A small fast deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface SampleArticle {
  /** File name in the content folder. */
  file: string
  title: string
  date: string
  publisher: string
  byline: string
  paragraphs: string[]
  /** The article as a content file (raw text as pasted, or Markdown with front matter). */
  text: string
  /** The article as plain Eleventy Markdown, for the baseline build. */
  markdown: string
}

export interface SampleOptions {
  seed?: number
  /** First article number (to add articles to an existing set). Default 0. */
  start?: number
}

interface Person {
  name: string
  family: string
  role: string
  organization: string
  pronoun: 'she' | 'he'
}

function personOf(index: number, beat: Beat, place: string): Person {
  const feminine = index % 2 === 0
  const names = feminine ? feminineNames : masculineNames
  const half = Math.floor(index / 2)
  const given = names[half % names.length] as string
  // A family name shifted with the given name: every index below names × families is one person.
  const family = familyNames[
    (Math.floor(half / names.length) + (half % names.length) * 31) % familyNames.length
  ] as string
  const role = beat.roles[index % beat.roles.length] as string
  const organization = `${place} ${beat.organizations[index % beat.organizations.length]}`
  return {
    name: `${given} ${family}`,
    family,
    role,
    organization,
    pronoun: feminine ? 'she' : 'he',
  }
}

/** `count` articles, numbered from `start`: the same ones for the same seed. */
export function sampleArticles(count: number, options: SampleOptions = {}): SampleArticle[] {
  const start = options.start ?? 0
  const seed = options.seed ?? 1
  return Array.from({ length: count }, (_, offset) => sampleArticle(start + offset, seed))
}

export function sampleArticle(number: number, seed = 1): SampleArticle {
  const next = random(seed * 1_000_003 + number)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const beat = beats[number % beats.length] as Beat
  const place = pick(places)
  // The pool of speakers grows with the archive; low indexes are drawn far more often.
  const poolSize = Math.max(8, Math.floor((number + 1) * 0.8))
  const speakerIndex = () => Math.floor(poolSize ** next())
  const people = [speakerIndex(), speakerIndex(), speakerIndex()].map((index) =>
    personOf(index, beat, place),
  )
  const subject = pick(beat.subjects)
  const verb = pick(beat.verbs)
  const organization = `${place} ${pick(beat.organizations)}`
  const title = `${organization} ${verb} ${subject} (report ${number + 1})`
  const day = 1 + (number % 28)
  const month = 1 + (Math.floor(number / 28) % 12)
  const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const publisher = pick(publishers)
  const bylinePerson = personOf(number * 7 + 3, beat, place)
  const byline = bylinePerson.name
  const figure = () => String(2 + Math.floor(next() * 400))

  const paragraphs: string[] = []
  const lead = people[0] as Person
  paragraphs.push(
    `${place.toUpperCase()} — The ${organization} ${verb} ${subject} on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][number % 5]}, a decision that ${pick(['divided', 'surprised', 'relieved', 'angered'])} residents who had followed the issue for months.`,
  )
  paragraphs.push(
    `"${pick(beat.claims)}," said ${lead.name}, ${lead.role} at the ${lead.organization}.`,
  )
  const body = 4 + Math.floor(next() * 8)
  for (let index = 0; index < body; index++) {
    const person = people[index % people.length] as Person
    const fact = pick(beat.facts).replace('{n}', figure())
    const claims = [pick(beat.claims), pick(beat.claims)]
    if (claims[0] === claims[1]) claims.pop()
    switch (Math.floor(next() * 4)) {
      case 0:
        paragraphs.push(
          `${pick(connectives)} ${fact.charAt(0).toLowerCase()}${fact.slice(1)} "${claims[0]}," ${person.family} said. ${person.pronoun === 'she' ? 'She' : 'He'} added that a decision on ${pick(beat.subjects)} was expected ${pick(['next month', 'before the summer', 'by the end of the year'])}.`,
        )
        break
      case 1:
        paragraphs.push(
          `${person.name}, who has worked as ${person.role} for ${figure()} months, disagreed. "${claims.join('. ')}," ${person.pronoun} said.`,
        )
        break
      case 2:
        paragraphs.push(
          `${fact} Officials at the ${organization} did not respond to a request for comment on ${subject} by the time of publication.`,
        )
        break
      default:
        paragraphs.push(
          `"${pick(beat.claims)}," ${person.family} told the ${publisher}. The ${person.organization} has called for a public meeting on ${pick(beat.subjects)} in ${pick(places)}.`,
        )
    }
  }
  paragraphs.push(
    `The ${organization} is expected to return to the question of ${subject} at its next session.`,
  )

  const base = `report-${String(number + 1).padStart(6, '0')}`
  const asMarkdown = number % 3 === 2
  const text = asMarkdown
    ? `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\npublisher: ${publisher}\nauthor: ${byline}\ntopics: [${beat.topic}]\n---\n\n${paragraphs.join('\n\n')}\n`
    : `${title}\n\nBy ${byline}\n${publisher}\n${date}\n\n${paragraphs.join('\n\n')}\n`
  const markdown = `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nlayout: article.njk\n---\n\n${paragraphs.join('\n\n')}\n`
  return {
    file: `${base}.${asMarkdown ? 'md' : 'txt'}`,
    title,
    date,
    publisher,
    byline,
    paragraphs,
    text,
    markdown,
  }
}
