import type { RawQuote } from './find-quotes.js'
import { opensSentence } from './marks.js'
import { type PreparedParagraph, sentenceIndexAt } from './paragraphs.js'

// Patterns of the hot paths, made once: a regular expression literal in a function body makes a
// new RegExp object each time it is evaluated (some 55 bytes to allocate and collect).
const startsUppercaseOrDigit = /^[\p{Lu}\p{N}]/u

const countedWord = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu
const endsInFullStop = /\.["'”’]*$/
const endsInCryOrQuestion = /[!?]["'”’]*$/
const titleWord = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

const space = /\s/
const closingMark = /["'”’)\]]/

/**
 * Whether a text ends in a mark, after any closing quotation marks or brackets (when
 * `pastClosers`) and spaces. Read backwards from the end, so that asking it of a paragraph for
 * each of its quotations costs the length of the paragraph's tail, not of the paragraph.
 */
export function endsInMark(text: string, mark: string, pastClosers: boolean): boolean {
  let at = text.length - 1
  while (at >= 0 && space.test(text[at] as string)) at--
  if (pastClosers) while (at >= 0 && closingMark.test(text[at] as string)) at--
  return text[at] === mark
}

/**
 * Whether a paragraph follows one that asks a question: an interview's answer, whose "I" is
 * the one interviewed, not the writer who asked.
 */
export function answersQuestion(
  paragraphs: readonly PreparedParagraph[],
  paragraph: number,
): boolean {
  // A paragraph ending in a question mark, as an interviewer's question does.
  return endsInMark(paragraphs[paragraph - 1]?.text ?? '', '?', true)
}

/** Words of a text, counted up to `limit`: callers only ask whether there are that many. */
function wordCount(text: string, limit: number): number {
  let count = 0
  countedWord.lastIndex = 0
  // `test` moves on as `exec` does, without making a match.
  while (count < limit && countedWord.test(text)) count++
  return count
}

/** A title of a work or a name in quotation marks: every long word capitalized, no sentence end. */
export function looksLikeTitle(text: string): boolean {
  // Most quotations are sentences: stop reading words as soon as there are too many.
  const words: string[] = []
  titleWord.lastIndex = 0
  for (let match = titleWord.exec(text); match !== null; match = titleWord.exec(text)) {
    words.push(match[0])
    if (words.length > 7) return false
  }
  if (words.length === 0) return false
  // A full stop ends a sentence ("Soon." after a quotation Vale said), never a title; a title
  // may end in a question or an exclamation mark, but not a long one.
  const trimmed = text.trim()
  if (endsInFullStop.test(trimmed)) return false
  if (endsInCryOrQuestion.test(trimmed) && words.length > 3) return false
  // "a con" is a phrase, not a title: a title has at least one capitalized word.
  return (
    words.some((word) => startsUppercaseOrDigit.test(word)) &&
    words.every((word) => word.length < 4 || startsUppercaseOrDigit.test(word))
  )
}

const opensCapitalized = /^\p{Lu}/u
/** What may open the sentence after a quoted one: a capital or another quotation's mark. */
const opensNextSentence = /["“‘'«„\p{Lu}]/u
const letter = /\p{L}/u

/** Whether a text ends with an exclamation or a question mark, past closing marks. */
function criesOrAsks(text: string): boolean {
  return endsInMark(text, '!', true) || endsInMark(text, '?', true)
}

/**
 * Whether a quotation is a sentence of its own: it opens its paragraph or follows a sentence's
 * end (`… to reporters. "Not now."`), opens with a capital, ends with a sentence's end inside
 * its marks, and the paragraph ends after it or a new sentence opens (a capital, a quotation
 * mark). A writer's scare quote or a title sits inside the writer's sentence (`the so-called
 * "plan"`, `she loves "Harbour Nights."`, `"Jeopardy!" was her show`); a quoted sentence standing
 * alone is someone's words. Read from the marks outwards over spaces, so it costs a few
 * characters.
 */
export function standsAsSentence(
  quote: RawQuote,
  paragraphs: readonly PreparedParagraph[],
): boolean {
  const first = quote.segments[0]
  const last = quote.segments.at(-1)
  // Single marks alone around a short sentence are a subhead's (`'Pretty cool working there.'`,
  // headlines quote in single marks), seldom a speaker's own sentence.
  if (!first || !last?.closed || quote.family !== 'double') return false
  if (!opensCapitalized.test(quote.text)) return false
  if (!endsInMark(quote.text, '.', true) && !criesOrAsks(quote.text)) return false
  // `…," Vale said. "Soon."` or `"We will." "Soon."`: after a sentence's end, or a quoted one.
  const text = (paragraphs[first.paragraph] as PreparedParagraph).text
  if (!opensSentence(text, first.open)) return false
  const lastText = (paragraphs[last.paragraph] as PreparedParagraph).text
  let after = last.close
  while (after < lastText.length && space.test(lastText[after] as string)) after++
  return after === lastText.length || opensNextSentence.test(lastText[after] as string)
}

/** Whether a colon stands right before a quotation's opening mark, past spaces (`Vale: "…"`). */
export function colonBeforeMark(text: string, open: number): boolean {
  let at = open - 1
  while (at >= 0 && space.test(text[at] as string)) at--
  return text[at] === ':'
}

/**
 * The word just before a quotation's opening mark, past spaces and one comma or colon
 * (`yelled "…"`, `asked, "…"`, `asked: "…"`), lowercased. Empty when anything else stands
 * between. Reads at most a word's length back.
 */
export function wordBeforeMark(text: string, open: number): string {
  let at = open - 1
  while (at >= 0 && space.test(text[at] as string)) at--
  if (text[at] === ',' || text[at] === ':') at--
  const end = at + 1
  // 40 letters: longer than any cue word, so a long run of letters costs no more.
  while (at >= 0 && end - at <= 40 && letter.test(text[at] as string)) at--
  return text.slice(at + 1, end).toLowerCase()
}

/** What the cue patterns found for a quotation, as far as deciding whether it is speech goes. */
export interface CueEvidence {
  /** Some pattern ties a phrase to it. */
  attributed: boolean
  /** A pattern after it does (`"…," said Vale`), which titles need. */
  attributedAfter: boolean
  /**
   * A cue before it stands right before its mark (`yelled "…"`, `asked, "…"`): what it says is
   * its object, a cry or a question said; a cue farther back (`said her song was "…"`) is not.
   */
  cuedRightBefore: boolean
}

/**
 * Whether a quotation is speech, not a scare quote, a title or a coined term: it stands as a
 * sentence of its own (`ownSentence`, see `standsAsSentence`), or has a cue, or follows an
 * attributed quotation in its paragraph, or is long enough to be a statement.
 */
export function isSpeech(
  quote: RawQuote,
  evidence: CueEvidence,
  minUnattributedWords: number,
  followsAttributed: boolean,
  ownSentence = false,
): boolean {
  if (wordCount(quote.text, 1) === 0) return false
  // A cue after the quotation makes it speech whatever its shape: a title takes such a cue (see
  // below), and any other quotation a pattern attributes is speech. Its shape and length are not
  // read then (a third of the quotations of the bench's texts): reading whether it looks like a
  // title took a quarter of finding which quotations are speech.
  if (evidence.attributed && evidence.attributedAfter) return true
  const titleShaped = looksLikeTitle(quote.text)
  // A chant or a banner stands alone as a sentence does (`"Strike! Strike!"`): only a cue makes
  // a title-shaped quotation speech. So does a cry (`"Shame on you, Vale!"` after a sentence
  // naming Vale, a crowd's `"Vale out, Vale out!"`): standing alone, it is no one's in
  // particular, and the one just named is as often its target as its voice.
  if (ownSentence && !titleShaped && !endsInMark(quote.text, '!', true)) return true
  // A title takes a cue before it as an object (`named "Harbour Nights"`); a short cry or
  // question right after one is said (`yelled "You lie!"`, `asked, "Really?"`).
  if (titleShaped)
    return evidence.attributedAfter || (evidence.cuedRightBefore && criesOrAsks(quote.text))
  if (evidence.attributed) return true
  // `"…," Ann said. "Short."`: a quote after an attributed one in the same paragraph is theirs.
  return (
    followsAttributed ||
    wordCount(quote.text, Math.max(minUnattributedWords, 1)) >= minUnattributedWords
  )
}

/**
 * Whether only the previous quote's attribution clause separates two quotes of a paragraph:
 * `"…," Ann said. "Short."` or `"…." Ann said. "Short."`, not a sentence of narration between.
 */
export function startsSentenceAfterQuote(
  previous: RawQuote,
  quote: RawQuote,
  paragraphs: readonly PreparedParagraph[],
): boolean {
  const last = previous.segments.at(-1)
  const first = quote.segments[0]
  if (!last || !first || last.paragraph !== first.paragraph) return false
  if (first.open - last.close >= 80) return false
  const paragraph = paragraphs[first.paragraph] as PreparedParagraph
  // Whole sentences between the two: the attribution clause is one when the previous quote
  // ended its own sentence, and part of the quote's sentence otherwise.
  const previousSentence = sentenceIndexAt(paragraph, last.open)
  const [, previousEnd] = paragraph.sentences[previousSentence] as [number, number]
  const between = sentenceIndexAt(paragraph, first.open) - previousSentence - 1
  return between <= (previousEnd <= last.close ? 1 : 0)
}

/** Whether a quotation opens its paragraph (spaces aside). */
export function opensParagraph(quote: RawQuote, paragraphs: readonly PreparedParagraph[]): boolean {
  const first = quote.segments[0]
  if (!first) return false
  const text = (paragraphs[first.paragraph] as PreparedParagraph).text
  return first.open === text.length - text.trimStart().length
}
