import { readFileSync } from 'node:fs'

/** Word as written → its Penn tags, likeliest first: Eric Brill's lexicon, as `pos` ships it. */
export type PosLexicon = ReadonlyMap<string, readonly string[]>

/** Where `scripts/build-pos-lexicon.ts` writes the lexicon (from `src/plugins` and `dist/plugins`). */
export const posLexiconFile = new URL('../../data/pos-lexicon.txt', import.meta.url)

/** The lexicon as text: one line per word, the word, a tab, then its tags separated by spaces. */
export function posLexiconText(lexicon: Readonly<Record<string, readonly string[]>>): string {
  return Object.keys(lexicon)
    .map((word) => `${word}\t${lexicon[word]?.join(' ') ?? ''}\n`)
    .join('')
}

/**
 * Read the lexicon from `data/pos-lexicon.txt`. `pos` ships it as a 4 MB JavaScript object
 * literal: compiling and running that module, then copying its 92,000 keys into a map, took a
 * third of each worker's start-up; reading the same entries from text takes a fraction of it.
 */
export function readPosLexicon(file: URL = posLexiconFile): PosLexicon {
  const text = readFileSync(file, 'utf8')
  const lexicon = new Map<string, readonly string[]>()
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const tab = text.indexOf('\t', start)
    if (tab !== -1 && tab < end) {
      const tags = text.slice(tab + 1, end)
      lexicon.set(text.slice(start, tab), tags === '' ? [] : tags.split(' '))
    }
    start = end + 1
  }
  return lexicon
}
