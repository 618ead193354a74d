import { franc } from 'franc-min'
import { englishMarkers } from '../data/english-markers.js'

/** ISO 639-3 codes that franc-min can return, to the ISO 639-1 code when there is one. */
const toIso6391: Readonly<Record<string, string>> = {
  amh: 'am',
  arb: 'ar',
  azj: 'az',
  bel: 'be',
  ben: 'bn',
  bos: 'bs',
  bul: 'bg',
  ces: 'cs',
  ckb: 'ckb',
  cmn: 'zh',
  deu: 'de',
  ell: 'el',
  eng: 'en',
  fra: 'fr',
  fuv: 'ff',
  guj: 'gu',
  hau: 'ha',
  hin: 'hi',
  hrv: 'hr',
  hun: 'hu',
  ibo: 'ig',
  ind: 'id',
  ita: 'it',
  jav: 'jv',
  jpn: 'ja',
  kan: 'kn',
  kaz: 'kk',
  kin: 'rw',
  kor: 'ko',
  lin: 'ln',
  mal: 'ml',
  mar: 'mr',
  mya: 'my',
  nld: 'nl',
  npi: 'ne',
  nya: 'ny',
  pan: 'pa',
  pbu: 'ps',
  pes: 'fa',
  plt: 'mg',
  pol: 'pl',
  por: 'pt',
  qug: 'qu',
  ron: 'ro',
  run: 'rn',
  rus: 'ru',
  sin: 'si',
  som: 'so',
  spa: 'es',
  srp: 'sr',
  sun: 'su',
  swe: 'sv',
  swh: 'sw',
  tam: 'ta',
  tel: 'te',
  tgl: 'tl',
  tha: 'th',
  tur: 'tr',
  ukr: 'uk',
  urd: 'ur',
  uzn: 'uz',
  vie: 'vi',
  yor: 'yo',
  zlm: 'ms',
  zul: 'zu',
  zyb: 'za',
}

/** Below this many characters franc's guesses are unreliable, so none is made. */
export const minimumDetectionLength = 200

/**
 * Detect the language of `text` with franc (trigram model, the languages franc-min covers).
 * Returns an ISO 639-1 code where one exists, else the ISO 639-3 code (both valid BCP 47), or
 * null when the text is too short or the language is undetermined.
 */
export function detectLanguage(text: string): string | null {
  if (text.length < minimumDetectionLength) return null
  if (isClearlyEnglish(text)) return 'en'
  const code = franc(text, { minLength: minimumDetectionLength })
  if (code === 'und') return null
  return toIso6391[code] ?? code
}

/** franc reads this many characters from the start of a text; the English test reads the same. */
const francSample = 2048

/**
 * Share of marker words (`englishMarkers`) that each half of the sample must reach for the text
 * to count as English. In the first 2,048 characters of the 1,000 English texts of the corpus
 * and PolNeAR, the poorer half has 0.18 or more in five texts of six (median 0.21); text in
 * another language has next to none, and of thousands of texts made of English and French
 * paragraphs, those franc calls French have at most 0.163 in one of their halves. Mixed with
 * other languages the margin is thinner: of 84,175 texts mixing English with the Universal
 * Declaration of Human Rights in 528 languages, 81 that franc calls another language pass
 * (their poorer half up to 0.223). Such a text is then called English, which half of it is.
 */
const englishShare = 0.18

/**
 * A sample with one half short of `englishShare` is still English when the whole sample reaches
 * `wholeEnglishShare` and its poorer half `poorerHalfEnglishShare`. News dense with names and
 * figures falls short in one half: 156 of the 1,004 English texts of the corpus and PolNeAR (10
 * of the 79 corpus articles, their poorer half 0.142-0.175, the whole 0.179 or more) went to
 * franc, 45 still do. Text in another language is far below: of samples of the declaration of
 * human rights in 528 languages, the richest outside English and Scots has 0.136 as a whole. Of
 * 639,936 texts mixing 101 of those English texts with each of them (a quarter to three fifths
 * of the sample's characters foreign, before, after or between the English paragraphs), 660
 * that franc calls another language pass where 285 did: 25 of them half or more foreign by
 * characters where 121 were (113 of those half Chinese, Japanese or Korean, now left to franc by
 * `nonLatinLetter`), each with the other language's paragraphs between the English ones (Zulu,
 * Quechua, Malay, Hungarian, Polish…). The cost of the lower bar is more mixed texts called
 * English (660 against 285 of the 639,936, most a quarter foreign), for franc run on 111 fewer
 * of the 1,004 English texts.
 */
const wholeEnglishShare = 0.175
const poorerHalfEnglishShare = 0.14
/**
 * A letter of another script than Latin. A sample with one is left to franc, which weighs the
 * scripts first: a run of Han characters is one word, so a sample half Chinese by its characters
 * can still be mostly English function words by its words. No English text of the corpus and
 * PolNeAR has one in its sample.
 */
const nonLatinLetter = /^(?!\p{Script=Latin})\p{L}$/u

/**
 * A code unit that may be or begin a `nonLatinLetter`: where `hasNonLatinLetter` reads on
 * (`lastIndex`). News text is full of characters that are none, and stopping at each to ask the
 * definition made text of accented letters twice as slow, and of emoji three times, as a loop
 * over its codes. Left out: ASCII; Latin-1 and Latin Extended (0x80-0x24F), whose one such
 * letter is µ, the micro sign; general punctuation, super- and subscripts and currency signs
 * (0x2000-0x20FF: curly quotes, dashes); the high halves of the pairs of the emoji's planes
 * (0xD83C-0xD83F, 0x1F000-0x1FFFF), and every low half, which alone is no letter, and which
 * follows a high half read with it. A test holds the class to the definition, character by
 * character.
 */
const mayBeNonLatinLetter = /[\xB5\u0250-\u1FFF\u2100-\uD83B\uD840-\uDBFF\uE000-\uFFFF]/g

/**
 * Whether `sample` has a `nonLatinLetter`. Only the characters `mayBeNonLatinLetter` finds are
 * asked of the regular expression, one at a time: run over the whole sample, its look-ahead at
 * every character cost some 30 µs an article (measured on the bench's articles), more than half
 * of the English test, though news text has few such characters. A search finds them, with no
 * match made (`test`, whose `lastIndex` is past the one found): a loop over the codes took some
 * three times as long on ASCII text.
 */
export function hasNonLatinLetter(sample: string): boolean {
  mayBeNonLatinLetter.lastIndex = 0
  while (mayBeNonLatinLetter.test(sample)) {
    const point = sample.codePointAt(mayBeNonLatinLetter.lastIndex - 1) as number
    if (nonLatinLetter.test(String.fromCodePoint(point))) return true
  }
  return false
}

const markers = new Set(englishMarkers)
/** No marker is longer: a longer word of ASCII letters (its lowercase as long) is none. */
const longestMarker = Math.max(...englishMarkers.map((marker) => marker.length))
/** A letter: the words the English test reads are the runs of them. */
const letter = /^\p{L}$/u

/**
 * Whether the start of `text` is plainly English, by the share of English function words in
 * each half of what franc would read (a text half in another language fails in that half), or
 * in the whole of it when one half falls a little short.
 * franc compares the trigrams of its sample with the model of every language of the script,
 * which costs some times more than parsing the whole article: this test, a fraction of that,
 * spares it for most English articles and leaves every other text to franc.
 */
function isClearlyEnglish(text: string): boolean {
  const end = Math.min(text.length, francSample)
  if (hasNonLatinLetter(text.length > end ? text.slice(0, end) : text)) return false
  // Read up to `end` in `text` itself: a slice of it is a view of the text that every
  // `charCodeAt` must first see through.
  const marked = markedWords(text, end)
  const middle = Math.floor(marked.length / 2)
  if (middle === 0) return false
  const poorerHalf = Math.min(share(marked, 0, middle), share(marked, middle, marked.length))
  if (poorerHalf >= englishShare) return true
  return (
    poorerHalf >= poorerHalfEnglishShare && share(marked, 0, marked.length) >= wholeEnglishShare
  )
}

/** Five bits a letter (`a` 1 … `z` 26), as `markerKeys` holds a word of ASCII letters. */
function asciiKey(word: string): number {
  let key = 0
  for (let index = 0; index < word.length; index++)
    key = key * 32 + ((word.charCodeAt(index) | 0x20) - 0x60)
  return key
}

/**
 * The markers as numbers (every marker is lowercase ASCII, of at most six letters, so its key is
 * a small integer): a word of ASCII letters is looked up by the key `markedWords` adds up as it
 * reads the letters, case folded, with no string made of it.
 */
const markerKeys = new Set(englishMarkers.map(asciiKey))

/**
 * Whether each run of letters of `sample` up to `end` (split on anything but `\p{L}`) is a
 * marker, read in one pass over the characters: a word of ASCII letters is looked up by its key,
 * made as its letters are read, and the regular expression is asked only of other characters.
 */
export function markedWords(sample: string, end = sample.length): boolean[] {
  const marked: boolean[] = []
  let start = -1
  let ascii = true
  let key = 0
  for (let index = 0; index < end; index++) {
    const code = sample.charCodeAt(index)
    const lower = code | 0x20
    if (code < 0x80 && lower >= 0x61 && lower <= 0x7a) {
      if (start === -1) {
        start = index
        ascii = true
        key = 0
      }
      // Past the longest marker the key stops growing: the length says it is none.
      if (index - start < longestMarker) key = key * 32 + (lower - 0x60)
      continue
    }
    if (code >= 0x80) {
      // The half of a pair cut off at `end` is read alone, as in a slice ending there.
      const point = index + 1 < end ? (sample.codePointAt(index) as number) : code
      if (letter.test(String.fromCodePoint(point))) {
        if (start === -1) start = index
        ascii = false
        if (point > 0xffff) index++
        continue
      }
    }
    if (start !== -1) {
      marked.push(isMarker(sample, start, index, ascii, key))
      start = -1
    }
  }
  if (start !== -1) marked.push(isMarker(sample, start, end, ascii, key))
  return marked
}

function isMarker(
  sample: string,
  start: number,
  end: number,
  ascii: boolean,
  key: number,
): boolean {
  if (!ascii) return markers.has(sample.slice(start, end).toLowerCase())
  return end - start <= longestMarker && markerKeys.has(key)
}

function share(marked: readonly boolean[], start: number, end: number): number {
  let found = 0
  for (let index = start; index < end; index++) if (marked[index]) found++
  return found / (end - start)
}

/** English name of a language code, for messages ("French"). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}
