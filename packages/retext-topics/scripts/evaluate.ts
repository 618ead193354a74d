/**
 * Topic agreement with the news editor's labels of the dev gold (`topics` in
 * ../shared/corpus/gold/dev.jsonl), mapped to this package's vocabulary by
 * `data/gold-label-map.json`; then topic groupings over every corpus article.
 *
 *   pnpm exec tsx --conditions=@newsroom/source scripts/evaluate.ts [--verbose]
 *
 * Skips cleanly when the shared corpus is absent. Uses @newsroom/retext-entities when it can be
 * loaded (as in the pipeline), else runs on the text alone.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { readGold } from '@newsroom/evaluate'
import { slugify } from '@newsroom/names'
import type { ArticleTopic } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { type Plugin, unified } from 'unified'
import { VFile } from 'vfile'
import taxonomy from '../src/data/taxonomy.json' with { type: 'json' }
import retextTopics from '../src/index.js'

const broaderOf = new Map(
  taxonomy.topics.map((topic) => [topic.id, 'broader' in topic ? topic.broader : undefined]),
)

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const corpus = fileURLToPath(new URL('../shared/corpus/', `file://${repoRoot}`))
const verbose = process.argv.includes('--verbose')

if (!existsSync(`${corpus}gold/dev.jsonl`)) {
  console.log(`Skipping topic evaluation: no corpus at ${corpus}`)
  process.exit(0)
}

interface LabelMap {
  labels: Record<string, string[]>
}

const labelMap = JSON.parse(
  await readFile(new URL('../data/gold-label-map.json', import.meta.url), 'utf8'),
) as LabelMap

let entitiesPlugin: Plugin | undefined
try {
  const name = '@newsroom/retext-entities'
  entitiesPlugin = ((await import(name)) as { default: Plugin }).default
} catch {
  entitiesPlugin = undefined
}

const processor = unified().use(retextEnglish)
if (entitiesPlugin) processor.use(entitiesPlugin)
processor.use(retextTopics)

/** Title on line 1, paragraphs separated by blank lines (see the corpus README). */
async function topicsOf(file: string): Promise<ArticleTopic[]> {
  const raw = await readFile(`${corpus}articles/${file}`, 'utf8')
  const [title = '', ...rest] = raw.split(/\r?\n/u)
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim())
    .filter((paragraph) => paragraph !== '')
  const vfile = new VFile({
    path: file,
    value: paragraphs.join('\n\n'),
    data: {
      article: { title, publisher: null, overrides: { addTopics: [], removeTopics: [] } },
      blockIds: paragraphs.map((_, index) => `p${index + 1}`),
    } as Record<string, unknown>,
  })
  await processor.run(processor.parse(vfile), vfile)
  return vfile.data.topics ?? []
}

/** The vocabulary ids a gold label maps to: the table, else the label's slug (an entity id). */
function mapLabel(label: string): string[] {
  return labelMap.labels[label] ?? [slugify(label)]
}

// readGold validates every line and names the line and field of the first bad one.
const gold = readGold(await readFile(`${corpus}gold/dev.jsonl`, 'utf8'))

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
  const topics = await topicsOf(article.file)
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
console.log(
  `Topic agreement on ${gold.length} dev-gold articles${entitiesPlugin ? ' (with retext-entities)' : ' (text only: retext-entities not loadable)'}`,
)
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
const files = (await readdir(`${corpus}articles`)).filter((file) => file.endsWith('.txt')).sort()
const groups = new Map<string, { label: string; source: string; articles: string[] }>()
let totalTopics = 0
let withoutTopic = 0
const allStarted = performance.now()
for (const file of files) {
  const topics = await topicsOf(file)
  if (topics.length === 0) withoutTopic++
  totalTopics += topics.length
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
  `  topics per article: ${(totalTopics / files.length).toFixed(2)}; articles without a topic: ${withoutTopic}`,
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
