/**
 * Ingest a folder of the evaluation corpus and check that no body text is lost: every gold
 * quotation must still be present, whole, in the ingested blocks. Used by `check-corpus.ts` and
 * by `test/corpus.test.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ingest } from '../src/index.js'

export const repository = fileURLToPath(new URL('../../../', import.meta.url))
export const corpus = fileURLToPath(new URL('../shared/corpus/', `file://${repository}`))

interface GoldLine {
  file: string
  quotes: Array<{ text: string }>
}

/**
 * Fold what may legitimately differ between a gold quote and the article text: quotation marks
 * (a quote running over paragraphs is joined in the gold without the marks that close and reopen
 * it) and runs of whitespace. Both sides are folded the same way, so no text can be "found" that
 * is not there.
 */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B\u2060\uFEFF\u00AD]/g, '')
    .replace(/["“”„‟«»‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Editorial elisions in a gold quote ("[...]", "[…]") stand for text left out between parts. */
function parts(quote: string): string[] {
  return fold(quote)
    .split(/\s*\[(?:\.\.\.|…)\]\s*/)
    .filter((part) => part.length > 0)
}

function containsInOrder(haystack: string, pieces: string[]): boolean {
  let from = 0
  for (const piece of pieces) {
    const index = haystack.indexOf(piece, from)
    if (index < 0) return false
    from = index + piece.length
  }
  return true
}

export interface Tally {
  articles: number
  failed: number
  errors: number
  warnings: number
  infos: number
  quotes: number
  inOneBlock: number
  acrossBlocks: number
  missing: string[]
}

export function check(
  label: string,
  folder: string,
  goldFile: string | undefined,
  log: (line: string) => void = console.log,
): Tally {
  const extension = '.txt'
  const tally: Tally = {
    articles: 0,
    failed: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    quotes: 0,
    inOneBlock: 0,
    acrossBlocks: 0,
    missing: [],
  }
  const gold = new Map<string, GoldLine>()
  if (goldFile && existsSync(goldFile)) {
    for (const line of readFileSync(goldFile, 'utf8').split('\n')) {
      if (line.trim() === '') continue
      const entry = JSON.parse(line) as GoldLine
      gold.set(entry.file, entry)
    }
  }
  const names = readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .sort()
  for (const name of names) {
    const file = ingest({ path: name, contents: readFileSync(`${folder}/${name}`) })
    tally.articles++
    for (const message of file.messages) {
      if (message.fatal === true) {
        tally.errors++
        log(`  ${name}:${message.line}:${message.column} error ${message.reason} ${message.ruleId}`)
      } else if (message.fatal === false) {
        tally.warnings++
        log(
          `  ${name}:${message.line}:${message.column} warning ${message.reason} ${message.ruleId}`,
        )
      } else tally.infos++
    }
    const article = file.data.article
    if (!article) tally.failed++
    const blocks = (article?.blocks ?? []).map((block) => fold(block.text))
    const joined = blocks.join(' ')
    for (const quote of gold.get(name)?.quotes ?? []) {
      tally.quotes++
      const pieces = parts(quote.text)
      if (blocks.some((block) => containsInOrder(block, pieces))) tally.inOneBlock++
      else if (containsInOrder(joined, pieces)) tally.acrossBlocks++
      else tally.missing.push(`${name}: ${quote.text.slice(0, 100)}`)
    }
  }
  log(`${label}: ${tally.articles} articles ingested, ${tally.failed} without an article`)
  log(`  messages: ${tally.errors} errors, ${tally.warnings} warnings, ${tally.infos} infos`)
  if (tally.quotes > 0) {
    const found = tally.inOneBlock + tally.acrossBlocks
    log(
      `  gold quotes found whole: ${found} / ${tally.quotes} (${tally.inOneBlock} within one block, ${tally.acrossBlocks} across paragraph breaks)`,
    )
    for (const missing of tally.missing) log(`  missing: ${missing}`)
  }
  return tally
}
