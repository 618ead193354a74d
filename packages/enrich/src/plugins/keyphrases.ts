import { isOrganizationHead } from '@newsroom/names'
import { type Lexeme, wordFact } from '@newsroom/nlcst-tokens'
import type { Keyphrase } from '@newsroom/schema'
import type { Root } from 'nlcst'
import { stemmer } from 'stemmer'
import type { VFile } from 'vfile'
import { type PartOfSpeechTagger, partOfSpeechTagger } from './part-of-speech.js'
import { type SentenceWords, sentenceWords } from './sentence-words.js'

declare module 'vfile' {
  interface DataMap {
    /** Key phrases as schema `Keyphrase`s, best first. Populated by the keyphrases plugin. */
    keyphraseList?: Keyphrase[]
  }
}

/** Configuration of `keyphrases`. */
export interface KeyphrasesOptions {
  /** Most key phrases to keep (default: `10`). */
  maximum?: number | null | undefined
}

/** What `keyphrases` writes on `file.data.keyphraseList`. */
export type KeyphrasesResult = Keyphrase[]

const emptyOptions: Readonly<KeyphrasesOptions> = Object.freeze({})

/**
 * Extract key phrases on `file.data.keyphraseList`, with the method of `retext-keywords`: the
 * important words (nouns, capitalized adjectives) are counted by stem; a phrase is a whole run
 * of important words with only white space between them, scored by how often its stems occur and
 * how often it occurs itself; the best are kept, with a 0..1 score relative to the best phrase.
 * Unlike retext-keywords, a phrase is never part of a name: a capitalized word the tagger did not
 * call a noun (`United` of `United States`) joins the capitalized words around it. Words are
 * tagged by the Brill tagger of `pos`, as `retext-pos` tags them.
 */
export default function keyphrases(options?: Readonly<KeyphrasesOptions> | null) {
  const settings = options ?? emptyOptions
  const maximum = settings.maximum ?? 10
  if (!Number.isInteger(maximum) || maximum < 1) {
    throw new TypeError(`Expected \`maximum\` to be a positive integer, not \`${maximum}\``)
  }

  return function transformer(tree: Root, file: VFile): undefined {
    const tagger = partOfSpeechTagger()
    const phrases = findPhrases(sentenceWords(tree), tagger)
    file.data.keyphraseList = rank(phrases, maximum)
  }
}

/** One phrase of the text, by the stems of its words, with every place it occurs. */
interface Phrase {
  occurrences: number
  /** retext-keywords' score: the stems' frequencies (less one) times occurrences squared. */
  score: number
  /**
   * The runs of each occurrence. Their words' surface forms are read only for the few phrases
   * `rank` keeps: a map of forms made for every phrase, a form joined and then a copy of the
   * words kept for every occurrence, were among the largest allocations of this plugin.
   */
  runs: Run[]
}

/** Tags of words that never belong to a name, even capitalized at the start of a sentence. */
const closedClass = new Set([
  'CC',
  'DT',
  'EX',
  'IN',
  'MD',
  'PDT',
  'POS',
  'PRP',
  'PRP$',
  'TO',
  'UH',
  'WDT',
  'WP',
  'WP$',
  'WRB',
])
const capitalizedStart = /^\p{Lu}/u
/** A pronoun or adverb with a verb contracted onto it (`I've`, `it's`), which the tagger may
 * take for a noun. */
const contractionForm = /^(?:i|you|we|they|he|she|it|that|there|here|what|who|let)['’]\p{L}+$/iu
/** Most words of a key phrase (the longest on the corpus has 9: a title and a name). */
const maxPhraseWords = 12

/**
 * Every whole phrase of the text: in each sentence, the maximal runs of important words that
 * only white space separates. Linear in the number of words.
 */
function findPhrases(sentences: readonly SentenceWords[], tagger: PartOfSpeechTagger): Phrase[] {
  const runs: Run[] = []
  let previous: SentenceWords | undefined
  for (const sentence of sentences) {
    const important = importantWords(sentence, tagger.tag(sentence.lexemes))
    // The parser may end a sentence at an initial's period (`Ines W.` | `Marrow said`).
    const lastBefore =
      previous?.paragraph === sentence.paragraph ? previous.lexemes.at(-1) : undefined
    pushRuns(sentence, important, lastBefore, runs)
    previous = sentence
  }

  // One table for the stems' counts and the phrases: a one-word phrase's key is its stem, and no
  // stem has a space, as the key of a longer phrase has. An entry is looked up once per word.
  const entries = new Map<string, Entry>()
  const phrases: PhraseDraft[] = []
  for (const run of runs) {
    const { sentence, start, end, fragment } = run
    let keyEntry: Entry
    let stemEntries: Entry[] | undefined
    if (end - start === 1) {
      // Most runs are one word, whose key is its stem: no list of stems made for it.
      keyEntry = entryOf(entries, stemFact(sentence.lexemes[start] as Lexeme))
      keyEntry.count++
      // A run cut off a name by an initial's period is not a whole phrase: its word still counts.
      if (fragment) continue
    } else {
      const stems: string[] = new Array(end - start)
      stemEntries = new Array(end - start)
      for (let index = start; index < end; index++) {
        const stem = stemFact(sentence.lexemes[index] as Lexeme)
        const entry = entryOf(entries, stem)
        entry.count++
        stems[index - start] = stem
        stemEntries[index - start] = entry
      }
      // A longer run is a list of nouns (a text without punctuation), and a fragment a run cut
      // off a name by an initial's period: neither is a phrase, so neither is given a key, but
      // their words still count.
      if (fragment || stems.length > maxPhraseWords) continue
      keyEntry = entryOf(entries, stems.join(' '))
    }
    let phrase = keyEntry.phrase
    if (phrase === undefined) {
      phrase = new PhraseDraft(stemEntries ?? [keyEntry])
      keyEntry.phrase = phrase
      phrases.push(phrase)
    }
    phrase.runs.push(run)
  }
  // Each phrase is made whole here rather than given its score afterwards: storing into a field
  // an object literal had set made V8 throw away and recompile this function again and again
  // (28 times in 800 articles, "Storing to a constant field").
  return phrases.map(({ stemEntries, runs: phraseRuns }) => {
    let weight = -1
    for (const entry of stemEntries) weight += entry.count
    const occurrences = phraseRuns.length
    return { occurrences, score: weight * occurrences ** 2, runs: phraseRuns }
  })
}

/**
 * A stem's count in the text, or a longer phrase's key (whose count stays 0), with the phrase
 * of that key once it occurs. A class, so that its fields, written after it is made, keep one
 * shape.
 */
class Entry {
  count = 0
  phrase: PhraseDraft | undefined = undefined
}

function entryOf(entries: Map<string, Entry>, key: string): Entry {
  let entry = entries.get(key)
  if (entry === undefined) {
    entry = new Entry()
    entries.set(key, entry)
  }
  return entry
}

/** A phrase as it is counted: its stems' entries are read for its weight once all are counted. */
class PhraseDraft {
  runs: Run[] = []
  constructor(readonly stemEntries: readonly Entry[]) {}
}

/** A run of important words of one sentence, whole or cut off a name. */
interface Run {
  sentence: SentenceWords
  /** `[start, end)` word indices in the sentence. */
  start: number
  end: number
  /** Part of a name that an initial's period cuts (`Stefan W` of `Stefan W. Hell`). */
  fragment: boolean
}

/** Lowercase words inside a name between capitalized parts (`Group of Seven`, `Bank of the West`). */
const nameConnectors: ReadonlyArray<readonly string[]> = [['of', 'the'], ['of'], ['for'], ['de']]
const initial = /^\p{Lu}\.?$/u

/** The word of a lexeme of `SentenceWords.lexemes`: the word as the parser split it. */
function lexemeValue(lexeme: Lexeme): string {
  return lexeme.value
}

/**
 * Push onto `runs` the maximal runs of a sentence's important words that only white space
 * separates, with the names that span them joined: two capitalized runs that a middle initial
 * alone separates, or a name connector after the head of an organization's name, are one name
 * (`Ines W. Marrow`, `University of California`), and a run that an initial cuts off a name is
 * marked a fragment. Each run is made once, on the text's list, and widened when a name joins
 * the next onto it: a list of spans, one of joined spans and one of runs made for every sentence
 * were the larger part of this plugin's allocation after its phrase table.
 */
function pushRuns(
  sentence: SentenceWords,
  important: readonly boolean[],
  lastBefore: Lexeme | undefined,
  runs: Run[],
): void {
  const { words, adjoins } = sentence
  const first = runs.length
  let start = -1
  for (let index = 0; index < words.length; index++) {
    if (!important[index]) {
      if (start !== -1) addSpan(sentence, runs, first, start, index)
      start = -1
    } else if (start === -1) {
      start = index
    } else if (!adjoins[index]) {
      addSpan(sentence, runs, first, start, index)
      start = index
    }
  }
  if (start !== -1) addSpan(sentence, runs, first, start, words.length)
  for (let index = first; index < runs.length; index++) markFragment(runs[index] as Run, lastBefore)
}

/**
 * Add the words `[start, end)` of a sentence to its runs, which start at `first` in `runs`: onto
 * the sentence's last run when a name connects them, else as a run of their own.
 */
function addSpan(
  sentence: SentenceWords,
  runs: Run[],
  first: number,
  start: number,
  end: number,
): void {
  const previous = runs.length > first ? (runs[runs.length - 1] as Run) : undefined
  if (previous && connects(sentence, previous, start)) previous.end = end
  else runs.push({ sentence, start, end, fragment: false })
}

/** Mark a run whose ends an initial cuts off a name; `lastBefore` is the word before its sentence. */
function markFragment(run: Run, lastBefore: Lexeme | undefined): void {
  const { sentence, start, end } = run
  const { lexemes, adjoins } = sentence
  const next = lexemes[end]
  const before = start === 0 ? lastBefore : lexemes[start - 1]
  const endsInInitial =
    (end - start > 1 && isInitial(lexemes[end - 1] as Lexeme)) ||
    (next !== undefined && adjoins[end] === true && isInitial(next))
  const afterInitial =
    before !== undefined &&
    isInitial(before) &&
    !adjoins[start] &&
    (wordTraits(lexemes[start] as Lexeme) & capitalized) !== 0
  run.fragment = endsInInitial || afterInitial
}

/**
 * Whether only a name connector, in white space, separates two capitalized runs: `left` and
 * the one that starts at `rightStart`.
 */
function connects({ lexemes, adjoins }: SentenceWords, left: Run, rightStart: number): boolean {
  // A connector or an initial is at most two words.
  if (rightStart - left.end > 2) return false
  const lastLeft = lexemes[left.end - 1] as Lexeme
  if ((wordTraits(lastLeft) & capitalized) === 0) return false
  if ((wordTraits(lexemes[rightStart] as Lexeme) & capitalized) === 0) return false
  for (let index = left.end; index <= rightStart; index++) if (!adjoins[index]) return false
  const gap = lexemes.slice(left.end, rightStart).map(lexemeValue)
  // A middle initial between the given and family names (`Ines W. Marrow`).
  if (gap.length === 1 && isInitial(lexemes[left.end] as Lexeme)) return true
  // `University of California`, not `Ines Marrow of Port Ellery`: the part before the
  // connector must end in a word that heads an organization's name.
  if (!isOrganizationHead(lastLeft.value)) return false
  return nameConnectors.some(
    (connector) =>
      connector.length === gap.length && connector.every((part, index) => gap[index] === part),
  )
}

/**
 * Which words of a sentence are important: nouns and capitalized adjectives, and the
 * capitalized words of a name around them.
 */
function importantWords({ lexemes, adjoins }: SentenceWords, tags: readonly string[]): boolean[] {
  const important: boolean[] = new Array(lexemes.length)
  // A capitalized word beside a capitalized important word is part of its name when the
  // lexicon knows it mostly as a proper noun (`United` in `United States`, which the tagger's
  // rules turn into a participle). Abbreviations (`Mr.`, `R.`) stay as the tagger has them.
  const nameWord: boolean[] = new Array(lexemes.length)
  for (let index = 0; index < lexemes.length; index++) {
    const traits = wordTraits(lexemes[index] as Lexeme)
    const tag = tags[index] as string
    // As retext-keywords: an adjective whose first character has no lowercase form counts.
    const isImportant =
      (tag.startsWith('N') || (tag === 'JJ' && (traits & noLowercaseStart) !== 0)) &&
      (traits & contraction) === 0
    important[index] = isImportant
    nameWord[index] =
      (traits & capitalized) !== 0 &&
      (isImportant || ((traits & mostlyProperNoun) !== 0 && !closedClass.has(tag)))
  }
  for (let index = 0; index < lexemes.length; index++) {
    if (important[index] || !nameWord[index]) continue
    const joinsPrevious = adjoins[index] === true && nameWord[index - 1] === true
    const joinsNext = adjoins[index + 1] === true && nameWord[index + 1] === true
    if (joinsPrevious || joinsNext) important[index] = true
  }
  return important
}

/** Bits of `wordTraits`. */
const contraction = 1
const capitalized = 2
const noLowercaseStart = 4
/** Mostly a proper noun to the lexicon, and no abbreviation (no final period). */
const mostlyProperNoun = 8
/** A capital letter alone, or with a period (`W`, `W.`): an initial of a name. */
const initialLetter = 16

function isInitial(lexeme: Lexeme): boolean {
  return (wordTraits(lexeme) & initialLetter) !== 0
}

/**
 * What the stages of keyphrases ask of a word as the parser split it, as bits kept on its lexeme: a
 * number read once per occurrence, rather than the word's characters tested again and the
 * lexicon looked up at every occurrence.
 */
const wordTraits = wordFact(
  (value: string): number =>
    (isContraction(value) ? contraction : 0) |
    (isCapitalized(value) ? capitalized : 0) |
    (initial.test(value) ? initialLetter : 0) |
    (hasNoLowercaseStart(value) ? noLowercaseStart : 0) |
    (!value.endsWith('.') && partOfSpeechTagger().isMostlyProperNoun(value) ? mostlyProperNoun : 0),
)

// Most words are plain ASCII: the tests below decide those without a regular expression or a
// copy of the word.

function isContraction(value: string): boolean {
  return (value.includes("'") || value.includes('’')) && contractionForm.test(value)
}

/** Whether the first character has no lowercase form (`first === first.toUpperCase()`). */
function hasNoLowercaseStart(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 0x80) return code < 0x61 || code > 0x7a
  const first = value.charAt(0)
  return first === first.toUpperCase()
}

function isCapitalized(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return capitalizedStart.test(value)
}

/** `stemmer` takes time quadratic in the length of a word: longer words are their own stem. */
const maxStemmedWord = 64

/** Stems are kept on the word's lexeme: news vocabulary repeats a lot, and stemming is costly. */
const stemFact = wordFact((word: string) =>
  word.length > maxStemmedWord ? word.toLowerCase() : stemmer(word).toLowerCase(),
)

const hasLetter = /\p{L}/u

/**
 * The best `maximum` phrases as schema `Keyphrase`s: phrases scoring above zero, grouped by
 * score from the best down until there are twice `maximum` (as retext-keywords returns them),
 * then case variants merged, non-words dropped, ordered by score then text.
 */
function rank(phrases: readonly Phrase[], maximum: number): Keyphrase[] {
  const byScore = new Map<number, Phrase[]>()
  for (const phrase of phrases) {
    if (phrase.score <= 0) continue
    const group = byScore.get(phrase.score)
    if (group) group.push(phrase)
    else byScore.set(phrase.score, [phrase])
  }
  const ordered = [...byScore.keys()].sort((a, b) => b - a)
  const best = ordered[0] ?? 1
  const kept: Array<{ phrase: Phrase; score: number }> = []
  for (const score of ordered) {
    for (const phrase of byScore.get(score) ?? []) kept.push({ phrase, score: score / best })
    if (kept.length >= maximum * 2) break
  }

  const byText = new Map<string, Keyphrase>()
  for (const { phrase, score: relative } of kept) {
    const text = surfaceForm(phrase)
    if (!hasLetter.test(text)) continue
    const key = text.toLowerCase()
    const score = Math.round(Math.min(1, Math.max(0, relative)) * 1000) / 1000
    const known = byText.get(key)
    if (!known || score > known.score) byText.set(key, { text, score })
  }
  return [...byText.values()]
    .sort((a, b) => b.score - a.score || a.text.localeCompare(b.text, 'en'))
    .slice(0, maximum)
}

/**
 * The form of the phrase the text uses most (ties: the first in sort order): its words as the
 * parser split them, white space collapsed.
 */
function surfaceForm(phrase: Phrase): string {
  const { runs } = phrase
  const first = runForm(runs[0] as Run)
  // Most phrases `rank` reads are written one way only: no table of forms made and sorted for
  // them (it was most of what ranking allocated).
  let forms: Map<string, number> | undefined
  for (let index = 1; index < runs.length; index++) {
    const form = runForm(runs[index] as Run)
    if (forms === undefined) {
      if (form === first) continue
      forms = new Map([[first, index]])
    }
    forms.set(form, (forms.get(form) ?? 0) + 1)
  }
  if (forms === undefined) return first
  let best = ''
  let bestCount = 0
  for (const [form, count] of [...forms].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    if (count > bestCount) {
      best = form
      bestCount = count
    }
  }
  return best
}

/** The words of a run as the parser split them, white space collapsed. */
function runForm({ sentence, start, end }: Run): string {
  // A lexeme's value is the word as the parser split it; most phrases are one word, whose form
  // is that value as it is (no string joined).
  return end - start === 1
    ? (sentence.lexemes[start] as Lexeme).value
    : sentence.lexemes.slice(start, end).map(lexemeValue).join(' ')
}
