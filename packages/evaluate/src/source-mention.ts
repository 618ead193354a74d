/**
 * The one judgement of whether a mention the system offers for a quotation names its annotated
 * source, shared by `scoreSourceMentions` (`newsroom eval --split validation`), the labels of
 * `fit-speaker-model` and the listings of `speaker-errors`.
 *
 * A mention names the source when it stands where the source is marked (or is the phrase a
 * marked `who` or a marked cue verb stands for), or when the system's coreference resolves it
 * to the same entity as the marked mention: the annotators mark one mention of a speaker ("he",
 * "the senator", "Vale"), and the name beside it is the same speaker, not an error. The entity
 * of the marked mention is read off the system's candidates at its place, so it is known only
 * when the system offered it.
 */
import { cueVerbs, subjectRelativePronouns } from '@newsroom/lexicon'
import type { MentionSpan } from './polnear.js'

/** A gold source mention: its words and its place. */
export interface SourceMention {
  text: string
  span: MentionSpan
}

/**
 * A candidate mention of a quotation: its place and the entity the system's coreference
 * resolves it to (null or absent: none, or not known).
 */
export interface ResolvedMention {
  span: MentionSpan
  entity?: string | null | undefined
}

/** Whether two mention places share a character of the same block. */
export function spansOverlap(a: MentionSpan, b: MentionSpan): boolean {
  return a.blockId === b.blockId && a.start < b.end && b.start < a.end
}

/** Relative pronouns: a source marked on one of them means the phrase just before it. */
const relatives: ReadonlySet<string> = new Set(subjectRelativePronouns)

/** Lowercase cue verbs: a source marked on one alone means the phrase beside it. */
const cues: ReadonlySet<string> = new Set(cueVerbs)

/** Whether `mention` ends right before `span` in its block (at most `gap` characters apart). */
function endsJustBefore(mention: MentionSpan, span: MentionSpan, gap: number): boolean {
  return (
    mention.blockId === span.blockId && mention.end <= span.start && span.start - mention.end <= gap
  )
}

/**
 * Whether a mention stands where the source is marked, is the antecedent of a marked `who`, or
 * is the subject of a marked cue verb: annotators sometimes mark the verb of an attribution as
 * its source (Vale *asked*; "…," *said* Vale), and the speaker is then its subject. English puts
 * the subject before the verb, and after it only in an inversion, where nothing stands before
 * it: so the phrase right after the verb is its subject only when none of `others` (the
 * quotation's other candidate mentions) ends right before it ("Vale *told* Brio": Brio is
 * the one told). Only a lowercase verb counts: "State" marks a department.
 */
export function isSourceMention(
  mention: MentionSpan,
  source: SourceMention,
  others: readonly MentionSpan[] = [],
): boolean {
  if (spansOverlap(mention, source.span)) return true
  if (mention.blockId !== source.span.blockId) return false
  const marked = source.text.trim()
  if (relatives.has(marked.toLowerCase())) return endsJustBefore(mention, source.span, 3)
  if (!cues.has(marked)) return false
  if (endsJustBefore(mention, source.span, 2)) return true
  return (
    mention.start >= source.span.end &&
    mention.start - source.span.end <= 2 &&
    !others.some((other) => endsJustBefore(other, source.span, 2))
  )
}

/**
 * What ends the head of a marked source: an apposition or parenthesis ("Ann Vale*,* the harbour
 * master", "Ann Vale *(*D-Ost.)"), a dash, or a prepositional or relative post-modifier ("Ann
 * Vale *of* the port", "Ann Vale, *who* …").
 */
const postModifier = /,|\(|\s[–—-]\s|\s(?:of|from|for|at|with|in|who|which|that)\s/u

/**
 * The marks and spaces a source can end with ("The candidates*’*"), from the start of their run
 * only, so that the search stays linear.
 */
const trailingMarks = /(?<![\s.,;:!?'"’”)])[\s.,;:!?'"’”)]+$/u

/** A generational suffix after a name ("Tom Brio *Jr.*"): the head is the name before it. */
const nameSuffix = /(?<!\S)(?:Jr|Sr|II|III|IV)$/u

/** A source's words without the marks and the suffix after its head. */
function withoutTrailing(words: string): string {
  const head = words.replace(trailingMarks, '')
  const suffix = nameSuffix.exec(head)
  return suffix ? head.slice(0, suffix.index).replace(trailingMarks, '') : head
}

/**
 * A conjunction joining the people or bodies of a marked source ("Ann Vale and Tom Brio", "Vale
 * and his aides"), not words in front of its head ("harbour and coast guard chief Tom Brio"):
 * what follows it opens a noun phrase of its own (a capital, a determiner or a pronoun). "&"
 * is left out: it mostly joins the names of one firm.
 */
const coordinator =
  /\s(?:and|or)\s+(?=\p{Lu}|(?:the|a|an|his|her|its|their|our|other|others|some|several|many|both|he|she|they|we)\s)/u

/**
 * Where a candidate must reach to stand for a marked source: its head, the end of its words
 * before any post-modifier (its head noun or name being the last of them in English:
 * "Ostravia spokesman Tom *Brio*"), or for a coordination ("Ann Vale and Tom Brio"), which is
 * no one of its people, the conjunction itself (null: the source text is empty).
 */
function headOf(source: SourceMention): { start: number; end: number } | null {
  const cut = postModifier.exec(source.text)
  const words = cut ? source.text.slice(0, cut.index) : source.text
  const joined = coordinator.exec(words)
  if (joined)
    return {
      start: source.span.start + joined.index,
      end: source.span.start + joined.index + joined[0].length,
    }
  const head = withoutTrailing(words)
  if (head === '') return null
  return { start: source.span.start + head.length - 1, end: source.span.start + head.length }
}

/**
 * Whether a candidate stands for the marked source, to read the source's entity off: it is the
 * antecedent of a marked `who`, or it overlaps the source and covers its head (`headOf`). A
 * modifier or owner inside the source ("*Vale* spokesman Tom Brio", "*Vale*’s aide Tom Brio"),
 * an apposition after it ("Tom Brio, *Vale*’s aide") and one person of a coordination ("*Ann
 * Vale* and Tom Brio") overlap it but are other entities.
 */
function standsForSource(
  candidate: MentionSpan,
  source: SourceMention,
  others: readonly MentionSpan[],
): boolean {
  if (!isSourceMention(candidate, source, others)) return false
  if (!spansOverlap(candidate, source.span)) return true
  const head = headOf(source)
  return head !== null && candidate.start <= head.start && candidate.end >= head.end
}

/**
 * Whether a mention names the source of its quotation: it stands where the source is marked
 * (`isSourceMention`), or one of the quotation's `candidates` standing for the source (at its
 * place and reaching its head, `standsForSource`) resolves to the entity the mention resolves to
 * (the mention's entity is that of the candidate at its exact place).
 */
export function namesSource(
  mention: MentionSpan,
  source: SourceMention,
  candidates: readonly ResolvedMention[],
): boolean {
  const spans = candidates.map((candidate) => candidate.span)
  if (isSourceMention(mention, source, spans)) return true
  const entity = candidates.find(
    (candidate) =>
      candidate.span.blockId === mention.blockId &&
      candidate.span.start === mention.start &&
      candidate.span.end === mention.end,
  )?.entity
  if (entity === null || entity === undefined) return false
  return candidates.some(
    (candidate) => candidate.entity === entity && standsForSource(candidate.span, source, spans),
  )
}
