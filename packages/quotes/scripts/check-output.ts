/**
 * Regression check for refactors that must not change results: save the plugin's output
 * (`file.data.quotes`, `file.data.speakers` and the messages, with and without retext-entities)
 * for every corpus article, every PolNeAR dev text and the seed article, or compare it with a
 * saved copy byte for byte.
 *
 *     pnpm exec tsx --conditions=@newsroom/source scripts/check-output.ts --save <dir>
 *     pnpm exec tsx --conditions=@newsroom/source scripts/check-output.ts --compare <dir>
 *
 * Reads `../shared/corpus` beside the repository and `content/`; skips cleanly when the corpus
 * is absent. Exits 1 when any output differs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import retextEntities from '@newsroom/retext-entities'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import retextQuotes from '../src/index.js'
import { body, repository } from './corpus.js'

const corpus = resolve(repository, '../shared/corpus')
const sources: Array<[prefix: string, directory: string]> = [
  ['', join(corpus, 'articles')],
  ['polnear-', join(corpus, 'polnear-dev/text')],
  ['content-', resolve(repository, 'content')],
]

function inputs(): Array<[string, string]> {
  const found: Array<[string, string]> = []
  for (const [prefix, directory] of sources) {
    if (!existsSync(directory)) continue
    for (const name of readdirSync(directory)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      found.push([`${prefix}${name}`, body(readFileSync(join(directory, name), 'utf8'))])
    }
  }
  return found
}

const withEntities = unified().use(retextEnglish).use(retextEntities).use(retextQuotes)
const withoutEntities = unified().use(retextEnglish).use(retextQuotes)

async function outputOf(text: string, entities: boolean): Promise<string> {
  const processor = entities ? withEntities : withoutEntities
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  const messages = file.messages.map((message) => ({
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    place: message.place,
    fatal: message.fatal,
    actual: message.actual,
  }))
  return `${JSON.stringify(
    { quotes: file.data.quotes, speakers: file.data.speakers, messages },
    null,
    1,
  )}\n`
}

async function main(): Promise<void> {
  const [mode, directory] = process.argv.slice(2)
  if ((mode !== '--save' && mode !== '--compare') || directory === undefined) {
    console.error('Usage: check-output.ts --save <dir> | --compare <dir>')
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
  for (const [name, text] of inputs()) {
    for (const entities of [true, false]) {
      const path = join(
        directory,
        `${name.replace(/\.txt$/, '')}${entities ? '' : '.no-entities'}.json`,
      )
      const output = await outputOf(text, entities)
      checked++
      if (mode === '--save') writeFileSync(path, output)
      else if (!existsSync(path) || readFileSync(path, 'utf8') !== output) {
        differing++
        console.log(`Differs: ${path}`)
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
