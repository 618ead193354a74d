import type { TokenParagraph } from '@newsroom/nlcst-tokens'
import { type KnownMention, type NameChain, nameChains } from './article-names.js'
import { findQuotes, type RawQuote } from './find-quotes.js'
import type { MarkProblem, QuotedSegment } from './marks.js'
import type { MentionPhrase } from './mention-phrase.js'
import { type PreparedParagraph, prepareParagraph, sentenceIndexAt } from './paragraphs.js'
import type { PhraseFacts } from './phrase-facts.js'

/** A place in the article: a paragraph and an offset in its text. */
export interface Position {
  paragraph: number
  offset: number
}

/** Order of two positions: negative when `a` comes first. */
export function comparePositions(a: Position, b: Position): number {
  return a.paragraph - b.paragraph || a.offset - b.offset
}

/**
 * One article as every stage reads it: its paragraphs (quotations masked, tokens, sentences),
 * its quotations, the names found in it, and the entity mentions of retext-entities when it ran.
 */
export interface ArticleModel {
  paragraphs: PreparedParagraph[]
  quotes: RawQuote[]
  /** Unbalanced quotation marks, reported as warnings. */
  problems: MarkProblem[]
  /** Mentions found by retext-entities, by paragraph, in text order. */
  known: KnownMention[]
  /** Whether retext-entities ran: its list of mentions came with the article, even empty. */
  finderRan: boolean
  knownByParagraph: Map<number, KnownMention[]>
  /** Capitalized runs of words outside quotations (names), by paragraph, in text order. */
  chains: NameChain[]
  chainsByParagraph: Map<number, NameChain[]>
  /** The article's title, when known: full names there count as the article's. */
  title: string | null
  /** The people its byline names (ingest's `authors`), when known: who "I" outside quotes is. */
  authors: readonly string[]
  /** Sentences before each paragraph: a sentence's number in the article is this plus its index. */
  sentenceBase: number[]
  /** What the stages read of the article once and ask again (see `ArticleMemo`). */
  memo: ArticleMemo
}

/**
 * What the stages compute of one article when first asked and read again, kept on its model. Not
 * in tables of the module keyed by the model or its lists: such a table lives through every
 * article, and the garbage collector's young-generation passes keep what it holds of the article
 * being read alive, so every article's lists and phrases were copied and promoted to the old
 * generation, to be collected there later at a greater cost.
 */
export interface ArticleMemo {
  /** For each list of spans sorted by start asked about, the furthest end up to each span. */
  reaches: Map<readonly { end: number }[], number[]>
  /** The mentions that may name a speaker near a quotation, by paragraph (see `candidates`). */
  nearby: Map<number, MentionPhrase[]>
  /** The cue tokens a relative pronoun may be the subject of, by paragraph (see `candidates`). */
  relativeCues: Map<number, number[]>
  /** The words of name runs the article capitalizes inside a sentence (see `candidates`). */
  capitalized: Set<string> | undefined
  /** What describes each candidate phrase whatever the quotation, by phrase (see `candidates`). */
  phraseFacts: Map<MentionPhrase, PhraseFacts>
}

function byParagraph<T extends { paragraph: number }>(items: readonly T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>()
  for (const item of items) {
    const list = grouped.get(item.paragraph)
    if (list) list.push(item)
    else grouped.set(item.paragraph, [item])
  }
  return grouped
}

/** Read an article into its model: find its quotations, prepare its paragraphs, find its names. */
export function buildModel(
  texts: readonly string[],
  parsed: readonly TokenParagraph[],
  known: readonly KnownMention[] | undefined,
  title: string | null,
  authors: readonly string[] = [],
): ArticleModel {
  const { quotes, problems } = findQuotes(texts)
  const segments = texts.map((): QuotedSegment[] => [])
  for (const quote of quotes)
    for (const segment of quote.segments) segments[segment.paragraph]?.push(segment)
  const paragraphs = texts.map((text, index) =>
    prepareParagraph(index, text, parsed[index], segments[index] ?? []),
  )
  const chains = nameChains(paragraphs)
  const sentenceBase: number[] = []
  let sentences = 0
  for (const paragraph of paragraphs) {
    sentenceBase.push(sentences)
    sentences += paragraph.sentences.length
  }
  const sortedKnown = [...(known ?? [])].sort(
    (a, b) => a.paragraph - b.paragraph || a.start - b.start,
  )
  return {
    paragraphs,
    quotes,
    problems,
    known: sortedKnown,
    finderRan: known !== undefined,
    authors,
    knownByParagraph: byParagraph(sortedKnown),
    chains,
    chainsByParagraph: byParagraph(chains),
    title,
    sentenceBase,
    memo: {
      reaches: new Map(),
      nearby: new Map(),
      relativeCues: new Map(),
      capitalized: undefined,
      phraseFacts: new Map(),
    },
  }
}

/** The number of the sentence holding a position, counted over the whole article. */
export function sentenceNumber(model: ArticleModel, position: Position): number {
  const paragraph = model.paragraphs[position.paragraph]
  if (!paragraph) return 0
  return (model.sentenceBase[position.paragraph] ?? 0) + sentenceIndexAt(paragraph, position.offset)
}

/** The entity mention of retext-entities that covers a span, if any (it ends where the span does). */
export function knownAt(
  model: ArticleModel,
  paragraph: number,
  start: number,
  end: number,
): KnownMention | undefined {
  const mentions = model.knownByParagraph.get(paragraph)
  if (!mentions) return undefined
  for (let at = firstReaching(model, mentions, start); at < mentions.length; at++) {
    const mention = mentions[at] as KnownMention
    // Sorted by start: none from here on starts before the span ends.
    if (mention.start >= end) return undefined
    if (mention.end > start && mention.end >= end - 1) return mention
  }
  return undefined
}

/**
 * Index of the first of spans sorted by start (a list of the article's `model`) that, or one
 * before it, ends after an offset: the spans before it all end at or before the offset. Found by
 * bisection, so that a long paragraph costs no walk over all its spans for each look-up.
 */
export function firstReaching(
  model: ArticleModel,
  spans: readonly { end: number }[],
  offset: number,
): number {
  // Callers pass a new `[]` for a paragraph without spans: keying a table on it would cost more
  // than the bisection it saves.
  if (spans.length === 0) return 0
  const { reaches } = model.memo
  let reach = reaches.get(spans)
  if (!reach || reach.length !== spans.length) {
    reach = []
    let furthest = Number.NEGATIVE_INFINITY
    for (const span of spans) {
      furthest = Math.max(furthest, span.end)
      reach.push(furthest)
    }
    reaches.set(spans, reach)
  }
  let low = 0
  let high = reach.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((reach[middle] as number) <= offset) low = middle + 1
    else high = middle
  }
  return low
}
