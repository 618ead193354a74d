/**
 * Score people, organizations and places against the dev gold of the evaluation corpus
 * (`../shared/corpus` next to the repository). Skips cleanly when the corpus is absent.
 *
 *     pnpm exec tsx --conditions=@newsroom/source scripts/evaluate.ts
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { foldName } from '@newsroom/names'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import retextEntities from '../src/index.js'

const repository = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const corpus = join(repository, '..', 'shared', 'corpus')
const goldPath = join(corpus, 'gold', 'dev.jsonl')
if (!existsSync(goldPath)) {
  console.log(`Skipping: no evaluation corpus at ${corpus}`)
  process.exit(0)
}

interface Gold {
  file: string
  people: Array<{ name: string }>
  organizations: string[]
  places: string[]
}

/**
 * One line of the dev gold, checked field by field. `readGold` of `@newsroom/evaluate` is the
 * validated reader, but that package depends on this one (its quote scripts run
 * retext-entities), and a dependency back would make the workspace graph cyclic.
 */
function parseGold(line: string, number: number): Gold {
  const fail = (field: string): never => {
    throw new Error(
      `Unexpected gold line ${number} of ${goldPath}: \`${field}\` is missing or invalid`,
    )
  }
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (cause) {
    throw new Error(`Expected JSON on gold line ${number} of ${goldPath}`, { cause })
  }
  if (typeof value !== 'object' || value === null) return fail('(root)')
  const record = value as Record<string, unknown>
  const strings = (field: string): string[] => {
    const list = record[field] ?? []
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) return fail(field)
    return list as string[]
  }
  if (typeof record.file !== 'string' || record.file === '') return fail('file')
  const people = record.people ?? []
  if (
    !Array.isArray(people) ||
    people.some((person) => typeof (person as { name?: unknown })?.name !== 'string')
  )
    return fail('people')
  return {
    file: record.file,
    people: people as Array<{ name: string }>,
    organizations: strings('organizations'),
    places: strings('places'),
  }
}

/** Body paragraphs of a corpus article: the title line and Wikinews date line dropped. */
function paragraphsOf(text: string): string[] {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
  blocks.shift()
  if (/^\w+day, \w+ \d{1,2}, \d{4}$/.test(blocks[0] ?? '')) blocks.shift()
  return blocks
}

const key = (name: string) => foldName(name).replace(/^the /, '')

// The schema package is the contract; validate against it when it loads.
const schema = await import('@newsroom/schema').catch(() => null)
if (schema === null) console.log('Warning: @newsroom/schema did not load; outputs not validated')

const processor = unified()
  .use(retextEnglish)
  .use(retextEntities, { compromise: !process.argv.includes('--no-compromise') })
const totals = {
  people: { tp: 0, fp: 0, fn: 0 },
  organizations: { tp: 0, fp: 0, fn: 0 },
  places: { tp: 0, fp: 0, fn: 0 },
}
const misses: string[] = []
let invalid = 0
let elapsed = 0
const golds = readFileSync(goldPath, 'utf8')
  .split(/\r?\n/)
  .flatMap((line, index) => (line.trim() === '' ? [] : [parseGold(line, index + 1)]))

for (const gold of golds) {
  const text = readFileSync(join(corpus, 'articles', gold.file), 'utf8')
  const file = new VFile({ value: paragraphsOf(text).join('\n\n') })
  const started = performance.now()
  await processor.run(processor.parse(file), file)
  elapsed += performance.now() - started
  const entities = file.data.entities
  if (entities === undefined || (schema !== null && !schema.Entities.safeParse(entities).success)) {
    invalid++
    continue
  }
  const lists = {
    people: [gold.people.map((person) => person.name), entities.people],
    organizations: [gold.organizations, entities.organizations],
    places: [gold.places, entities.places],
  } as const
  for (const kind of ['people', 'organizations', 'places'] as const) {
    const [expectedNames, found] = lists[kind]
    const expected = new Set(expectedNames.map(key))
    const actual = new Set(found.map((entity) => key(entity.name)))
    for (const name of actual) {
      if (expected.has(name)) totals[kind].tp++
      else {
        totals[kind].fp++
        misses.push(`${gold.file.slice(0, 40)}  ${kind}  false positive  ${name}`)
      }
    }
    for (const name of expected) {
      if (!actual.has(name)) {
        totals[kind].fn++
        misses.push(`${gold.file.slice(0, 40)}  ${kind}  missed          ${name}`)
      }
    }
  }
}

const show = (kind: keyof typeof totals) => {
  const { tp, fp, fn } = totals[kind]
  const precision = tp / (tp + fp || 1)
  const recall = tp / (tp + fn || 1)
  const f1 = (2 * precision * recall) / (precision + recall || 1)
  console.log(
    `${kind.padEnd(14)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`,
  )
}
if (process.argv.includes('--details')) for (const line of misses) console.log(line)
else for (const line of misses.filter((line) => line.includes('people'))) console.log(line)
console.log(`\n${golds.length} articles, ${invalid} invalid outputs, ${elapsed.toFixed(0)} ms`)
show('people')
show('organizations')
show('places')
