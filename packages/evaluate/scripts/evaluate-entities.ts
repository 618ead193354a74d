/**
 * Score retext-entities (people, organizations and places) against the dev gold of the shared
 * corpus, on the text @newsroom/ingest gives.
 *
 *   pnpm --filter @newsroom/evaluate evaluate-entities [--details] [--no-compromise]
 *
 * Reads `../shared/corpus` beside the repository; prints a note and exits 0 when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { foldName } from '@newsroom/names'
import retextEntities from '@newsroom/retext-entities'
import { Entities } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { readGold } from '../src/index.js'
import { articleFile, corpus } from './corpus.js'

const goldPath = join(corpus, 'gold', 'dev.jsonl')
const key = (name: string) => foldName(name).replace(/^the /, '')

async function main(): Promise<void> {
  if (!existsSync(goldPath)) {
    console.log(`Skipping: no evaluation corpus at ${corpus}`)
    return
  }
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
  const golds = readGold(readFileSync(goldPath, 'utf8'))
  for (const gold of golds) {
    const file = articleFile(gold.file, readFileSync(join(corpus, 'articles', gold.file)))
    const started = performance.now()
    await processor.run(processor.parse(file), file)
    elapsed += performance.now() - started
    const entities = file.data.entities
    if (entities === undefined || !Entities.safeParse(entities).success) {
      invalid++
      continue
    }
    const lists = {
      people: [(gold.people ?? []).map((person) => person.name), entities.people],
      organizations: [gold.organizations ?? [], entities.organizations],
      places: [gold.places ?? [], entities.places],
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
}

await main()
