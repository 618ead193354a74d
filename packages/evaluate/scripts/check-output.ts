/**
 * Regression check for refactors that must not change results: save what retext-entities
 * (`entities`, `entityMentions`; with and without compromise) and retext-quotes (`quotes`,
 * `speakers` and the messages; with and without retext-entities; and the `speakerCandidates`
 * with their features, which `fit-speaker-model` reads) write for every corpus article,
 * every PolNeAR dev text and every `content/` article, or compare it with a saved copy byte for
 * byte.
 *
 *   pnpm --filter @newsroom/evaluate check-output --save <dir> | --compare <dir> [--train]
 *
 * With `--train`, the 840 PolNeAR train texts are checked too, in the retext-quotes
 * configurations only (a refactor of attribution meant to change nothing has five times as
 * much text to prove it on; their entities are those of retext-entities, which the corpus
 * articles already cover). A save and a compare must both use it or both not.
 *
 * Reads `../shared/corpus` beside the repository and `content/`; skips cleanly when the corpus
 * is absent. Exits 1 when any output differs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import {
  articleFile,
  corpus,
  type RetextProcessor,
  repository,
  runOn,
  textFiles,
} from './corpus.js'

const sources: Array<[prefix: string, directory: string]> = [
  ['', join(corpus, 'articles')],
  ['polnear-', join(corpus, 'polnear-dev/text')],
  ['content-', resolve(repository, 'content')],
]

/** With `--train`: texts checked in the retext-quotes configurations only. */
const trainSource: [prefix: string, directory: string] = [
  'polnear-train-',
  join(corpus, 'polnear-train/text'),
]

type Processor = RetextProcessor

const processor = (value: unknown): Processor => value as Processor

/** Each configuration, by the suffix of its output files, with what it writes. */
const configurations: Array<[suffix: string, processor: Processor, keys: readonly string[]]> = [
  [
    'entities',
    processor(unified().use(retextEnglish).use(retextEntities)),
    ['entities', 'entityMentions'],
  ],
  [
    'entities.no-compromise',
    processor(unified().use(retextEnglish).use(retextEntities, { compromise: false })),
    ['entities', 'entityMentions'],
  ],
  [
    'quotes',
    processor(unified().use(retextEnglish).use(retextEntities).use(retextQuotes)),
    ['quotes', 'speakers'],
  ],
  [
    'quotes.no-entities',
    processor(unified().use(retextEnglish).use(retextQuotes)),
    ['quotes', 'speakers'],
  ],
  [
    'quotes.candidates',
    processor(
      unified().use(retextEnglish).use(retextEntities).use(retextQuotes, { candidates: true }),
    ),
    ['speakerCandidates'],
  ],
]

async function outputOf(
  file: VFile,
  processor: Processor,
  keys: readonly string[],
): Promise<string> {
  await runOn(processor, file)
  const data = file.data as Record<string, unknown>
  const messages = file.messages.map((message) => ({
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    place: message.place,
    fatal: message.fatal,
    actual: message.actual,
  }))
  return `${JSON.stringify({ ...Object.fromEntries(keys.map((key) => [key, data[key]])), messages }, null, 1)}\n`
}

async function main(): Promise<void> {
  const [mode, directory, ...rest] = process.argv.slice(2)
  const withTrain = rest.includes('--train')
  if ((mode !== '--save' && mode !== '--compare') || directory === undefined) {
    console.error('Usage: check-output.ts --save <dir> | --compare <dir> [--train]')
    process.exitCode = 2
    return
  }
  if (!existsSync(corpus)) {
    console.log(`Skipping: no shared corpus at ${corpus}`)
    return
  }
  if (mode === '--save') mkdirSync(directory, { recursive: true })
  let differing = 0
  let checked = 0
  const checkedSources = withTrain ? [...sources, trainSource] : sources
  for (const [prefix, folder] of checkedSources) {
    const quotesOnly = prefix === trainSource[0]
    for (const { name, contents } of textFiles(folder)) {
      for (const [suffix, processor, keys] of configurations) {
        if (quotesOnly && !suffix.startsWith('quotes')) continue
        const path = join(directory, `${prefix}${name.replace(/\.txt$/, '')}.${suffix}.json`)
        const output = await outputOf(articleFile(name, contents), processor, keys)
        checked++
        if (mode === '--save') writeFileSync(path, output)
        else if (!existsSync(path) || readFileSync(path, 'utf8') !== output) {
          differing++
          console.log(`Differs: ${path}`)
        }
      }
    }
  }
  if (mode === '--save') console.log(`Saved ${checked} outputs to ${directory}`)
  else {
    console.log(`${checked - differing} of ${checked} outputs identical`)
    if (differing > 0) process.exitCode = 1
  }
}

await main()
