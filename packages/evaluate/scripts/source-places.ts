/**
 * Where an annotated source mention stands against its quotation, and what shape it has: read
 * by `speaker-errors --missing` for the sources the plugin did not offer as candidates, so that
 * candidate generation is extended where most sources are missed, not for one sentence.
 *
 * Sentences are cut with a plain rule (a stop, a question or exclamation mark, closing marks,
 * a space, then a capital or an opening mark), never inside a quotation: enough to count
 * places, not a tokenizer.
 */
import type { MentionSpan } from '../src/index.js'

/** The blocks of an article: texts and ids, in order. */
export interface Blocks {
  texts: readonly string[]
  ids: readonly string[]
}

/** Where a source stands, in paragraphs and sentences from its quotation. */
export interface SourcePlace {
  /** `same-before`, `same-after`, `inside-quote`, `previous-sentence`, `two-back`, … */
  place: string
  /** Sentences from the source to the quotation's first (negative: after its last). */
  sentences: number
  /** Paragraphs from the source to the quotation's first (negative: after its last). */
  paragraphs: number
}

// Matched from the first mark of a run only: tried from each mark of a long run ("!!!…"), the
// run would be read again to its end each time, a cost that grows with the square of the run.
const sentenceEnd = /(?<![.!?])[.!?]+["”’)\]]*\s+(?=["“‘(]?[\p{Lu}\d])/gu

/** The offsets where sentences start in a text, none inside the given spans (quotations). */
export function sentenceStarts(text: string, masked: ReadonlyArray<[number, number]>): number[] {
  const starts = [0]
  for (const match of text.matchAll(sentenceEnd)) {
    const at = (match.index ?? 0) + match[0].length
    if (masked.some(([start, end]) => match.index >= start && match.index < end)) continue
    starts.push(at)
  }
  return starts
}

function sentenceAt(starts: readonly number[], offset: number): number {
  let found = 0
  for (const [at, start] of starts.entries()) if (start <= offset) found = at
  return found
}

/** Where a source mention stands against a quotation whose spans are given in text order. */
export function placeOfSource(
  blocks: Blocks,
  quote: readonly MentionSpan[],
  source: MentionSpan,
): SourcePlace {
  const block = (id: string): number => blocks.ids.indexOf(id)
  const first = quote[0] as MentionSpan
  const last = quote.at(-1) as MentionSpan
  const sourceBlock = block(source.blockId)
  const firstBlock = block(first.blockId)
  const lastBlock = block(last.blockId)
  // Quotation spans exclude their marks: a mark stands just outside.
  const masks = (index: number): Array<[number, number]> =>
    quote
      .filter((span) => block(span.blockId) === index)
      .map((span) => [span.start - 1, span.end + 1] as [number, number])
  // Each block is cut once: the three sentence numbers below count over the same blocks.
  const cut = new Map<number, number[]>()
  const startsOf = (index: number): number[] => {
    let starts = cut.get(index)
    if (!starts) {
      starts = sentenceStarts(blocks.texts[index] ?? '', masks(index))
      cut.set(index, starts)
    }
    return starts
  }
  // Sentence numbers over the article, from the first block that matters.
  const base = Math.min(sourceBlock, firstBlock)
  const numberAt = (index: number, offset: number): number => {
    let count = 0
    for (let at = base; at < index; at++) count += startsOf(at).length
    return count + sentenceAt(startsOf(index), offset)
  }
  const sourceSentence = numberAt(sourceBlock, source.start)
  const firstSentence = numberAt(firstBlock, first.start)
  const lastSentence = numberAt(lastBlock, last.end)
  const inside = quote.some(
    (span) =>
      span.blockId === source.blockId && source.start >= span.start && source.end <= span.end,
  )
  const before =
    sourceBlock < firstBlock || (sourceBlock === firstBlock && source.end <= first.start)
  let place: string
  if (inside) place = 'inside-quote'
  else if (sourceSentence >= firstSentence && sourceSentence <= lastSentence)
    place = before ? 'same-before' : 'same-after'
  else if (sourceSentence === firstSentence - 1) place = 'previous-sentence'
  else if (sourceSentence === firstSentence - 2) place = 'two-back'
  else if (sourceSentence < firstSentence) place = 'far-before'
  else if (sourceSentence === lastSentence + 1) place = 'next-sentence'
  else place = 'far-after'
  if (!inside && sourceBlock !== firstBlock && sourceBlock < firstBlock)
    place += firstBlock - sourceBlock === 1 ? ' (previous paragraph)' : ' (paragraphs back)'
  else if (!inside && sourceBlock > lastBlock) place += ' (later paragraph)'
  return {
    place,
    sentences: before ? firstSentence - sourceSentence : lastSentence - sourceSentence,
    paragraphs: before ? firstBlock - sourceBlock : lastBlock - sourceBlock,
  }
}

const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which', 'that', 'you'])
const openers = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'some',
  'many',
  'several',
  'two',
  'three',
  'one',
  'other',
  'most',
  'both',
  'all',
  'this',
  'these',
  'those',
])

/** The shape of a source mention, read from its words and the words around it. */
export function shapeOfSource(text: string, before: string, after: string): string[] {
  const words = text.trim().split(/\s+/u)
  const firstWord = (words[0] ?? '').toLowerCase()
  const shapes: string[] = []
  if (words.length === 1 && pronouns.has(firstWord)) shapes.push(`pronoun ${firstWord}`)
  else if (/[,(]/u.test(text)) shapes.push('apposition')
  else if (/\p{L}['’]s?\s+\p{L}/u.test(text)) shapes.push('possessive')
  else if (openers.has(firstWord))
    shapes.push(/s$/u.test(words.at(-1) ?? '') ? 'group' : 'description')
  else if (/^\p{Lu}/u.test(text)) shapes.push(words.length === 1 ? 'name (one word)' : 'name')
  else shapes.push(/s$/u.test(words.at(-1) ?? '') ? 'bare plural' : 'bare noun')
  const lead = before.slice(-40).toLowerCase()
  if (/according to\s*$/u.test(lead)) shapes.push('after "according to"')
  else if (/\b(?:by|from|of|with|to|for)\s*$/u.test(lead)) shapes.push('after a preposition')
  else if (/\b(?:said|says|told|asked|added|wrote|tweeted)\s*$/u.test(lead))
    shapes.push('after a cue verb')
  else if (/,\s*$/u.test(lead)) shapes.push('after a comma')
  if (/^\s*:/u.test(after)) shapes.push('colon after')
  if (
    /\bin (?:a|an|his|her|their|its) (?:statement|interview|email|letter|tweet|post)/u.test(
      `${lead} ${after.slice(0, 40).toLowerCase()}`,
    )
  )
    shapes.push('statement')
  return shapes
}
