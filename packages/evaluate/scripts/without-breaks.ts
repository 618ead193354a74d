/**
 * Write a copy of a corpus with each article's body paragraph breaks taken out (see
 * `withoutParagraphBreaks`), to score attribution on text pasted as one paragraph with gold we
 * may fit on:
 *
 *   pnpm --filter @newsroom/evaluate without-breaks <corpus> <out>
 *
 * A brat corpus (`text/` and `attributions/`, as PolNeAR train) is copied as one: its texts
 * joined, its annotations linked, since every offset holds. Any other folder has its `.txt`
 * files joined. Then, for example:
 *
 *   pnpm newsroom eval --split validation --content <out>
 *   pnpm newsroom eval --gold polnear-dev.jsonl --content <out>
 *
 * Write the copy outside the repository (the shared corpus is never copied into it).
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join, resolve } from 'node:path'
import { withoutParagraphBreaks } from '../src/index.js'

function joinTexts(from: string, to: string): number {
  mkdirSync(to, { recursive: true })
  const names = readdirSync(from).filter((name) => name.endsWith('.txt'))
  for (const name of names)
    writeFileSync(join(to, name), withoutParagraphBreaks(readFileSync(join(from, name), 'utf8')))
  return names.length
}

const [from, to] = process.argv.slice(2).map((path) => resolve(path))
if (from === undefined || to === undefined) {
  console.error('usage: without-breaks <corpus> <out>')
  process.exit(2)
}
const annotations = join(from, 'attributions')
if (existsSync(join(from, 'text')) && existsSync(annotations)) {
  const count = joinTexts(join(from, 'text'), join(to, 'text'))
  if (!existsSync(join(to, 'attributions'))) symlinkSync(annotations, join(to, 'attributions'))
  console.log(`${count} texts joined into ${join(to, 'text')}, annotations linked`)
} else {
  console.log(`${joinTexts(from, to)} texts joined into ${to}`)
}
