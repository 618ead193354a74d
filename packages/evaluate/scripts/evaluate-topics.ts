/**
 * Topic agreement of @newsroom/retext-topics with the news editor's labels of the dev gold
 * (`topics` in ../shared/corpus/gold/dev.jsonl), mapped to the plugin's vocabulary by the table
 * below; then topic groupings over every corpus article. Texts are read through
 * @newsroom/ingest, as in `newsroom process`, and run through retext-entities first, as in the
 * pipeline.
 *
 *   pnpm --filter @newsroom/evaluate evaluate-topics [--verbose] [--articles]
 *
 * `--articles` also prints every corpus article's topics, one a line with source, score and
 * evidence (`003-… politics taxonomy 0.52 vote ×4; …`): save two runs and diff them to read
 * which topics a change of the taxonomy or its scoring adds or removes.
 *
 * Skips cleanly when the shared corpus is absent.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { slugify } from '@newsroom/names'
import retextEntities from '@newsroom/retext-entities'
import retextTopics from '@newsroom/retext-topics'
import taxonomy from '@newsroom/retext-topics/taxonomy.json' with { type: 'json' }
import type { ArticleTopic } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { readGold } from '../src/index.js'
import { articleFile, corpus, type RetextProcessor, runOn, textFiles } from './corpus.js'

/**
 * How the editor's free labels map to the plugin's vocabulary: taxonomy ids, entity-topic ids
 * (slugs of place and organization names) and relation ids. A label absent from this table maps
 * to its own slug (so `Poland` matches the entity topic `poland`). An empty list marks a label
 * the vocabulary has no topic for (a named event, a person, a very fine subject): it counts
 * against recall, honestly. When a label names a place and a subject (`US politics`), either
 * topic agrees.
 */
const labelMap: Readonly<Record<string, readonly string[]>> = {
  Abortion: ['abortion'],
  'Animal rights': ['wildlife-and-conservation'],
  'Antibiotic resistance': ['infectious-diseases'],
  Art: ['visual-arts-and-heritage'],
  'Art theft': ['theft-and-fraud'],
  Astronomy: ['astronomy'],
  Athletics: ['athletics'],
  Aviation: ['aviation'],
  Bangsamoro: [],
  Bombings: ['terrorism'],
  'Border wall': ['immigration'],
  Brexit: ['brexit'],
  CIA: ['intelligence', 'central-intelligence-agency', 'cia'],
  'Civil rights': ['human-rights'],
  'Clinical trials': ['medical-research'],
  'Constitutional affairs': ['legislation'],
  'COVID-19': ['covid-19'],
  Crime: ['crime-and-justice'],
  'Cultural heritage': ['visual-arts-and-heritage'],
  Defamation: ['courts-and-trials'],
  Diplomacy: ['diplomacy'],
  'Diplomatic immunity': ['diplomacy'],
  Disasters: ['disasters-and-accidents'],
  'Donald Trump': [],
  'E. coli': ['infectious-diseases'],
  Ebola: ['infectious-diseases'],
  Economy: ['economy'],
  Elections: ['elections'],
  England: ['england', 'united-kingdom'],
  'English Channel': ['english-channel'],
  Entertainment: ['culture'],
  'Escape rooms': [],
  'European migrant crisis': ['immigration'],
  'European Union law': ['european-union', 'courts-and-trials'],
  Exoplanets: ['astronomy'],
  'Extradition bill': ['legislation'],
  'Face coverings': ['covid-19'],
  Facebook: ['facebook', 'internet-and-social-media'],
  Film: ['film'],
  Fire: ['fire'],
  'Foreign policy': ['diplomacy'],
  'Freedom of expression': ['press-freedom', 'human-rights'],
  'Gender equality': ['womens-rights'],
  'Government shutdown': ['politics'],
  Habitability: ['astronomy'],
  'Hagia Sophia': ['hagia-sophia'],
  'Harry Dunn case': [],
  'Hong Kong politics': ['politics', 'hong-kong'],
  'Hong Kong protests': ['protests', 'hong-kong'],
  'Human rights': ['human-rights'],
  Hygiene: ['health'],
  Immigration: ['immigration'],
  Impeachment: ['impeachment'],
  'Indian politics': ['politics', 'india'],
  Intelligence: ['intelligence'],
  'Internet regulation': ['internet-and-social-media'],
  Inventions: ['technology'],
  'Iran hostage crisis': ['iran'],
  ISIS: ['terrorism', 'islamic-state'],
  'Jamal Khashoggi': [],
  'Knife crime': ['knife-crime'],
  Kurds: [],
  Legislation: ['legislation'],
  'London Bridge attack': ['terrorism'],
  Marathon: ['athletics'],
  'Medical research': ['medical-research'],
  Medicine: ['medical-research', 'health'],
  Migration: ['immigration'],
  'Military withdrawal': ['military'],
  Music: ['music'],
  'National emergency': [],
  'National security': ['military'],
  Obituaries: ['obituaries'],
  Policing: ['policing'],
  'Policy address': [],
  'Press freedom': ['press-freedom'],
  'Prorogation of Parliament': ['legislation'],
  Pseudoscience: [],
  'Public health': ['health'],
  'Public safety': [],
  'Public transport': ['transport'],
  Refugees: ['immigration'],
  Religion: ['religion'],
  'Road traffic collision': ['transport-accidents'],
  'Rugby union': ['rugby'],
  'Sea rescue': ['immigration'],
  'Space science': ['space', 'science'],
  Sport: ['sport'],
  'State legislatures': ['legislation'],
  'Streatham attack': ['terrorism'],
  'Sunshine Coast': ['sunshine-coast'],
  Technology: ['technology'],
  Terrorism: ['terrorism'],
  'Trump administration': ['politics'],
  'Trump–Ukraine scandal': ['impeachment'],
  'UK politics': ['politics', 'united-kingdom'],
  'UK–US relations': ['united-kingdom-united-states-relations'],
  'United Nations': ['united-nations'],
  'US foreign policy': ['diplomacy', 'united-states'],
  'US politics': ['politics', 'united-states'],
  'US-China relations': ['china-united-states-relations'],
  'Women in politics': ['womens-rights', 'politics'],
  "Women's rights": ['womens-rights'],
  'World records': ['athletics', 'sport'],
}

const broaderOf = new Map(
  taxonomy.topics.map((topic) => [topic.id, 'broader' in topic ? topic.broader : undefined]),
)
const verbose = process.argv.includes('--verbose')
const listArticles = process.argv.includes('--articles')
const articles = new Map(
  textFiles(join(corpus, 'articles')).map(({ name, contents }) => [name, contents]),
)
if (articles.size === 0) {
  console.log(`Skipping topic evaluation: no corpus at ${corpus}`)
  process.exit(0)
}

const processor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextTopics) as unknown as RetextProcessor

/** An article's topics, and whether they are the weak-topic fallback (no topic passed). */
async function topicsOf(name: string): Promise<{ topics: ArticleTopic[]; weak: boolean }> {
  const contents = articles.get(name)
  if (!contents) throw new Error(`Expected \`${name}\` among the corpus articles`)
  const file = articleFile(name, contents)
  await runOn(processor, file)
  const weak = file.messages.some((message) => message.ruleId === 'weak-topic')
  return { topics: file.data.topics ?? [], weak }
}

/** The vocabulary ids a gold label maps to: the table, else the label's slug (an entity id). */
function mapLabel(label: string): string[] {
  return [...(labelMap[label] ?? [slugify(label)])]
}

// readGold validates every line and names the line and field of the first bad one.
const gold = readGold(await readFile(join(corpus, 'gold/dev.jsonl'), 'utf8'))

let systemTopics = 0
let systemAgreeing = 0
let systemAgreeingWithImplied = 0
let goldLabels = 0
let goldMapped = 0
let goldFound = 0
let goldFoundOfMapped = 0
let articlesWithAgreement = 0
const started = performance.now()
for (const article of gold) {
  const { topics } = await topicsOf(article.file)
  const ids = new Set(topics.map((topic) => topic.id))
  const labels = article.topics ?? []
  const mapped = labels.map((label) => ({ label, ids: mapLabel(label) }))
  const accepted = new Set(mapped.flatMap((entry) => entry.ids))
  let agreeing = 0
  for (const topic of topics) if (accepted.has(topic.id)) agreeing++
  // A broader topic the taxonomy implies from an agreeing narrower one (`disasters-and-accidents`
  // from `fire`) is not a disagreement: the editor just did not spell it out.
  const implied = new Set<string>()
  for (const topic of topics) {
    if (!accepted.has(topic.id)) continue
    for (let id = broaderOf.get(topic.id); id !== undefined; id = broaderOf.get(id)) implied.add(id)
  }
  systemAgreeingWithImplied += topics.filter((t) => accepted.has(t.id) || implied.has(t.id)).length
  const found = mapped.filter((entry) => entry.ids.some((id) => ids.has(id)))
  const mappable = mapped.filter((entry) => entry.ids.length > 0)
  systemTopics += topics.length
  systemAgreeing += agreeing
  goldLabels += labels.length
  goldMapped += mappable.length
  goldFound += found.length
  goldFoundOfMapped += found.length
  if (agreeing > 0) articlesWithAgreement++
  if (verbose) {
    console.log(`\n${article.file}`)
    console.log(
      `  gold:   ${mapped.map((e) => `${e.label} → ${e.ids.join('|') || '∅'}`).join('; ')}`,
    )
    console.log(
      `  system: ${topics.map((t) => `${accepted.has(t.id) ? '✓' : '✗'} ${t.id} ${t.score}`).join('; ')}`,
    )
  }
}
const evaluatedMs = performance.now() - started

const pct = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`
console.log(`Topic agreement on ${gold.length} dev-gold articles (with retext-entities)`)
console.log(
  `  precision (system topics matching a mapped gold label): ${pct(systemAgreeing, systemTopics)} (${systemAgreeing}/${systemTopics})`,
)
console.log(
  `  precision, broader topics implied by agreeing ones counted as agreeing: ${pct(systemAgreeingWithImplied, systemTopics)} (${systemAgreeingWithImplied}/${systemTopics})`,
)
console.log(
  `  recall (gold labels found, all labels):                 ${pct(goldFound, goldLabels)} (${goldFound}/${goldLabels})`,
)
console.log(
  `  recall (gold labels found, mappable labels only):       ${pct(goldFoundOfMapped, goldMapped)} (${goldFoundOfMapped}/${goldMapped})`,
)
console.log(
  `  articles with at least one agreeing topic:              ${pct(articlesWithAgreement, gold.length)} (${articlesWithAgreement}/${gold.length})`,
)
console.log(`  time: ${evaluatedMs.toFixed(0)} ms`)

// Groupings over the whole corpus: how many articles each topic gathers.
const files = [...articles.keys()]
const groups = new Map<string, { label: string; source: string; articles: string[] }>()
let totalTopics = 0
let withoutTopic = 0
let weakTopic = 0
const allStarted = performance.now()
for (const file of files) {
  const { topics, weak } = await topicsOf(file)
  if (topics.length === 0) withoutTopic++
  if (weak) weakTopic++
  totalTopics += topics.length
  if (listArticles) {
    if (topics.length === 0) console.log(`${file} (no topic)`)
    for (const topic of topics) {
      console.log(`${file} ${topic.id} ${topic.source} ${topic.score} ${topic.evidence.join('; ')}`)
    }
  }
  for (const topic of topics) {
    const group = groups.get(topic.id) ?? { label: topic.label, source: topic.source, articles: [] }
    group.articles.push(file.slice(0, 3))
    groups.set(topic.id, group)
  }
}
const allMs = performance.now() - allStarted
const sorted = [...groups].sort(
  ([a, x], [b, y]) => y.articles.length - x.articles.length || a.localeCompare(b, 'en'),
)
const singletons = sorted.filter(([, group]) => group.articles.length === 1)
console.log(
  `\nTopic groupings over ${files.length} corpus articles (${allMs.toFixed(0)} ms, ${(allMs / files.length).toFixed(1)} ms/article)`,
)
console.log(
  `  topics per article: ${(totalTopics / files.length).toFixed(2)}; articles without a topic: ${withoutTopic}; on the weak-topic fallback: ${weakTopic}`,
)
console.log(
  `  distinct topics: ${groups.size}; with 2+ articles: ${groups.size - singletons.length}; singletons: ${singletons.length}`,
)
for (const [id, group] of sorted) {
  if (group.articles.length < 2 && !verbose) continue
  console.log(
    `  ${String(group.articles.length).padStart(3)}  ${id} (${group.source})${verbose ? `  ${group.articles.join(' ')}` : ''}`,
  )
}
if (!verbose) console.log(`  singletons: ${singletons.map(([id]) => id).join(', ')}`)
