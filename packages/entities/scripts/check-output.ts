/**
 * Regression check for refactors that must not change results: save the plugin's output
 * (`file.data.entities` and `file.data.entityMentions`, with and without compromise) for every
 * corpus article and the seed article, or compare it with a saved copy byte for byte.
 *
 *     pnpm exec tsx --conditions=@newsroom/source scripts/check-output.ts --save <dir>
 *     pnpm exec tsx --conditions=@newsroom/source scripts/check-output.ts --compare <dir>
 *
 * Reads `../shared/corpus/articles` beside the repository and `content/`; skips cleanly when
 * the corpus is absent. Exits 1 when any output differs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import retextEntities from '../src/index.js'
import { body, repository } from './corpus.js'

const articles = resolve(repository, '../shared/corpus/articles')
const content = resolve(repository, 'content')

function inputs(): Array<[string, string]> {
  const found: Array<[string, string]> = []
  for (const name of readdirSync(articles)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    found.push([name, body(readFileSync(join(articles, name), 'utf8'))])
  }
  if (existsSync(content)) {
    for (const name of readdirSync(content)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      found.push([`content-${name}`, body(readFileSync(join(content, name), 'utf8'))])
    }
  }
  return found
}

async function outputOf(text: string, compromise: boolean): Promise<string> {
  const processor = unified().use(retextEnglish).use(retextEntities, { compromise })
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return `${JSON.stringify(
    { entities: file.data.entities, entityMentions: file.data.entityMentions },
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
  if (!existsSync(articles)) {
    console.log(`Skipping: no shared corpus at ${articles}`)
    return
  }
  if (mode === '--save') mkdirSync(directory, { recursive: true })
  let differing = 0
  let checked = 0
  for (const [name, text] of inputs()) {
    for (const compromise of [true, false]) {
      const path = join(
        directory,
        `${name.replace(/\.txt$/, '')}${compromise ? '' : '.no-compromise'}.json`,
      )
      const output = await outputOf(text, compromise)
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
