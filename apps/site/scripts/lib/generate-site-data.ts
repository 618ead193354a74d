import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { buildSpeakerIndex, buildTopicIndex } from '@newsroom/enrich'
import { Article, type Report } from '@newsroom/schema'

/**
 * Processed data for measuring the site at scale, without processing thousands of articles: the
 * articles of a processed folder, copied again and again with a unique slug, title and date, and
 * their quoted people renamed to fictional people, so that speaker pages multiply as in a real
 * archive instead of 79 people collecting thousands of quotes. Organizations keep their names:
 * a few institutions quoted everywhere are realistic too. Block text is left as it is, so every
 * quote span stays valid.
 */

// Each fictional person stands in for one real speaker over this many copies of the source set.
const COPIES_PER_PERSON = 3
const DAY = 24 * 60 * 60 * 1000
// Each copy of the source set is dated this much earlier than the one before.
const COPY_SPACING_DAYS = 7

const givenNames = [
  'Arden',
  'Belen',
  'Corin',
  'Dagny',
  'Elio',
  'Fenna',
  'Galen',
  'Hester',
  'Ilse',
  'Joren',
  'Kaia',
  'Lorcan',
  'Maren',
  'Niall',
  'Oriel',
  'Perrin',
  'Quilla',
  'Rosalind',
  'Soren',
  'Tamsin',
  'Ulric',
  'Vesna',
  'Wendeline',
  'Xavi',
  'Yara',
  'Zoltan',
  'Anouk',
  'Bram',
  'Cosima',
  'Dorian',
  'Esme',
  'Fintan',
  'Greer',
  'Hollis',
  'Isolde',
  'Jasper',
  'Kestrel',
  'Linnea',
  'Mattias',
  'Nerys',
] // prettier-ignore
const familyNames = [
  'Abernethy',
  'Brightwater',
  'Calloway',
  'Dunmore',
  'Elsworth',
  'Fairweather',
  'Greymoor',
  'Hartsell',
  'Ingleby',
  'Jessop',
  'Kettering',
  'Larkspur',
  'Merriwether',
  'Northcote',
  'Oakhurst',
  'Pendleford',
  'Quarrington',
  'Rookwood',
  'Saltmarsh',
  'Thistlewood',
  'Underhill',
  'Valecourt',
  'Whitlock',
  'Yarborough',
  'Ashdown',
  'Blackthorn',
  'Coldwell',
  'Draycott',
  'Everleigh',
  'Foxley',
  'Gillingham',
  'Holloway',
  'Ivesdale',
  'Kingsmere',
  'Lowther',
  'Marchbank',
  'Netherby',
  'Ormsby',
  'Prestwick',
  'Redmayne',
] // prettier-ignore
const initials = 'ABCDEFGHJKLMNPRSTVW'

/** The fictional name of person number `n`: distinct for every `n` up to 40 × 40 × 19. */
export function fictionalName(n: number): string {
  const given = givenNames[n % givenNames.length] as string
  const family = familyNames[Math.floor(n / givenNames.length) % familyNames.length] as string
  const round = Math.floor(n / (givenNames.length * familyNames.length))
  return round === 0 ? `${given} ${family}` : `${given} ${initials[round - 1]}. ${family}`
}

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * Write `count` articles, `speakers.json`, `topics.json` and `report.json` into `outDir`.
 * Returns the articles' slugs in the order they were made: the first `n` are the articles of
 * `count: n`.
 *
 * @param sourceDir a folder `newsroom process --out` wrote
 */
export async function generateSiteData(options: {
  sourceDir: string
  outDir: string
  count: number
}): Promise<{ articles: number; slugs: string[] }> {
  const articlesDir = path.join(options.sourceDir, 'articles')
  const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.json')).sort()
  const sources = await Promise.all(
    names.map(async (name) =>
      Article.parse(JSON.parse(await readFile(path.join(articlesDir, name), 'utf8'))),
    ),
  )
  if (sources.length === 0) throw new TypeError(`Expected processed articles in ${articlesDir}`)
  await mkdir(path.join(options.outDir, 'articles'), { recursive: true })

  /** `<real speaker id>:<group of copies>` → fictional person number */
  const people = new Map<string, number>()
  const personOf = (id: string, copy: number) => {
    const key = `${id}:${Math.floor(copy / COPIES_PER_PERSON)}`
    let n = people.get(key)
    if (n === undefined) {
      n = people.size
      people.set(key, n)
    }
    const name = fictionalName(n)
    return { id: slugOf(name), name, family: name.split(' ').at(-1) as string }
  }

  // What the index builders read: everything but the text, kept small for 50,000 articles.
  const skeletons: Article[] = []
  const slugs: string[] = []
  for (let index = 0; index < options.count; index++) {
    const source = sources[index % sources.length] as Article
    const copy = Math.floor(index / sources.length)
    const article = copyOf(source, copy, personOf)
    await writeFile(
      path.join(options.outDir, 'articles', `${article.slug}.json`),
      `${JSON.stringify(article, null, 2)}\n`,
    )
    skeletons.push({ ...article, blocks: [], keyphrases: [] })
    slugs.push(article.slug)
  }
  const report: Report = {
    pipelineVersion: 'benchmark',
    articles: skeletons.length,
    failed: 0,
    counts: { error: 0, warning: 0, info: 0 },
    diagnostics: [],
  }
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  await writeFile(path.join(options.outDir, 'speakers.json'), json(buildSpeakerIndex(skeletons)))
  await writeFile(path.join(options.outDir, 'topics.json'), json(buildTopicIndex(skeletons)))
  await writeFile(path.join(options.outDir, 'report.json'), json(report))
  return { articles: skeletons.length, slugs }
}

/** Copy number `copy` of an article: unique slug and title, earlier date, fictional people. */
function copyOf(
  source: Article,
  copy: number,
  personOf: (id: string, copy: number) => { id: string; name: string; family: string },
): Article {
  if (copy === 0) return source
  const renamed = new Map<string, { id: string; name: string; family: string }>()
  for (const speaker of source.speakers) {
    if (speaker.kind === 'person') renamed.set(speaker.id, personOf(speaker.id, copy))
  }
  const date = source.publishedAt
    ? new Date(Date.parse(source.publishedAt) - copy * COPY_SPACING_DAYS * DAY).toISOString()
    : null
  return {
    ...source,
    slug: `${source.slug}-n${copy}`,
    title: `${source.title} (${copy + 1})`,
    publishedAt: date,
    speakers: source.speakers.map((speaker) => {
      const person = renamed.get(speaker.id)
      return person
        ? { ...speaker, id: person.id, name: person.name, aliases: [person.family] }
        : speaker
    }),
    quotes: source.quotes.map((quote) => {
      const person = quote.speaker && renamed.get(quote.speaker.id)
      return person && quote.speaker
        ? { ...quote, speaker: { ...quote.speaker, id: person.id, name: person.name } }
        : quote
    }),
    entities: {
      ...source.entities,
      people: source.entities.people.map((entity) => {
        const person = renamed.get(entity.id)
        return person
          ? { ...entity, id: person.id, name: person.name, aliases: [person.family] }
          : entity
      }),
    },
  }
}
