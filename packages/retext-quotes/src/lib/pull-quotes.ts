/**
 * Pull quotes: a web article sets a speaker's words apart in a paragraph of their own
 * (`“Iowa happened. The minute it became possible…”`) and quotes them again where it says who
 * spoke (`“Iowa happened. …,” he said.`). Read on its own, the pull quote has no cue, and its
 * nearest names are whoever the paragraphs around it are about: its speaker is the one of the
 * repetition.
 *
 * Found by word runs, not by comparing every pair of quotations: each quotation that is not a
 * pull quote itself is indexed by the runs of `runLength` words it holds, and a pull quote looks
 * up its first run only, then checks the few quotations holding it.
 */
import type { QuotedSegment } from './marks.js'

/** Words a pull quote holds at least: a shorter repetition is as likely a phrase two people use. */
export const runLength = 6

/** Quotations that hold one run checked per pull quote (a bound for repetitive text). */
const checkedPerRun = 4

const word = /[\p{L}\p{N}]+/gu
const letterOrDigit = /[\p{L}\p{N}]/u

/** The words of a text, lowercased (punctuation and marks dropped). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(word) ?? []
}

/** A quotation as this module reads it: its segments and its text. */
export interface QuotedText {
  segments: readonly QuotedSegment[]
  text: string
}

/**
 * Whether a quotation is the whole of its one paragraph: nothing but marks and punctuation
 * outside it.
 */
export function standsAlone(quote: QuotedText, paragraphs: readonly string[]): boolean {
  if (quote.segments.length !== 1) return false
  const segment = quote.segments[0] as QuotedSegment
  const text = paragraphs[segment.paragraph]
  if (text === undefined) return false
  return (
    !letterOrDigit.test(text.slice(0, segment.open)) &&
    !letterOrDigit.test(text.slice(segment.close))
  )
}

/** Whether the words of `inner` run, in order and together, inside `outer`. */
function holdsRun(outer: readonly string[], inner: readonly string[], from: number): boolean {
  if (from + inner.length > outer.length) return false
  for (let at = 0; at < inner.length; at++) if (outer[from + at] !== inner[at]) return false
  return true
}

/**
 * For each pull quote (a quotation alone in its paragraph, of `runLength` words or more, whose
 * words all come again, in order, in a quotation of another paragraph that is not alone in it),
 * the index of that repetition, the first in text order.
 */
export function repetitions(
  quotes: readonly QuotedText[],
  paragraphs: readonly string[],
): Map<number, number> {
  const found = new Map<number, number>()
  const alone = quotes.map((quote) => standsAlone(quote, paragraphs))
  if (!alone.includes(true)) return found
  const words = quotes.map((quote) => wordsOf(quote.text))
  // Where each run of words starts, in the quotations a pull quote may repeat.
  const runs = new Map<string, Array<[number, number]>>()
  for (const [index, list] of words.entries()) {
    if (alone[index]) continue
    for (let at = 0; at + runLength <= list.length; at++) {
      const key = list.slice(at, at + runLength).join(' ')
      const places = runs.get(key)
      if (!places) runs.set(key, [[index, at]])
      else if (places.length < checkedPerRun) places.push([index, at])
    }
  }
  for (const [index, list] of words.entries()) {
    if (!alone[index] || list.length < runLength) continue
    const paragraph = quotes[index]?.segments[0]?.paragraph
    const places = runs.get(list.slice(0, runLength).join(' ')) ?? []
    for (const [other, at] of places) {
      if (quotes[other]?.segments[0]?.paragraph === paragraph) continue
      if (holdsRun(words[other] as string[], list, at)) {
        found.set(index, other)
        break
      }
    }
  }
  return found
}
