import {
  labelInCapitals,
  labelIsFullName,
  type MarkFamily,
  type MarkProblem,
  opensWithLabel,
  opensWithMark,
  type QuotedSegment,
  scanParagraph,
  turnWordsStart,
} from './marks.js'
import { cueVerbs } from './words.js'

// Patterns of the hot paths, made once: a regular expression literal in a function body makes a
// new RegExp object each time it is evaluated (some 55 bytes to allocate and collect).
const space = /\s/u

/** One quotation: its segments, one per paragraph it covers, in order. */
export interface RawQuote {
  segments: QuotedSegment[]
  family: MarkFamily
  text: string
}

function quoteText(paragraphs: readonly string[], segments: readonly QuotedSegment[]): string {
  return segments
    .map((segment) =>
      (paragraphs[segment.paragraph] as string).slice(segment.innerStart, segment.innerEnd).trim(),
    )
    .filter((part) => part !== '')
    .join(' ')
}

const attributionInside = new RegExp(
  `[,.!?]\\s+(?:[\\p{L}.'’-]+\\s+){0,5}?(?:${[...cueVerbs].join('|')})\\b`,
  'u',
)

/**
 * An unclosed quote most often lost its closing mark before its attribution
 * ("We will appeal, said lawyer Ann Vale.): end it there, else at the paragraph end.
 */
function recoverEnd(paragraphs: readonly string[], segment: QuotedSegment): QuotedSegment {
  const text = (paragraphs[segment.paragraph] as string).slice(segment.innerStart, segment.innerEnd)
  const match = attributionInside.exec(text)
  if (!match || match.index === 0) return segment
  const innerEnd = segment.innerStart + match.index + 1
  return { ...segment, innerEnd, close: innerEnd }
}

/** Trim the whitespace just inside the marks so spans cover words only. */
function tighten(text: string, segment: QuotedSegment): QuotedSegment {
  let { innerStart, innerEnd } = segment
  while (innerStart < innerEnd && space.test(text[innerStart] as string)) innerStart++
  while (innerEnd > innerStart && space.test(text[innerEnd - 1] as string)) innerEnd--
  return { ...segment, innerStart, innerEnd, turn: false }
}

/**
 * Whether a paragraph's first quotation, label-shaped (`wordsStart`, see `turnWordsStart`), is
 * a transcript's turn. A transcript is consecutive paragraphs each opening with a speaker's
 * label. One in capitals ("WALLACE:", "MS. VALE:") may open one, unless it stands inside
 * another's quotation still running (`"FEMA: the agency…` continues the speaker before). A full
 * name ("Chris Matthews:") labels a turn of one under way, or opens one when the next paragraph
 * opens with a label too. A mixed-case word and a colon opening a quotation is most often the
 * speaker's own words ("Look:", "Mr. Brill: you…", "Tomas Brill: you…" inside Vale's).
 */
function opensTurn(
  text: string,
  segment: QuotedSegment,
  wordsStart: number,
  running: boolean,
  underWay: boolean,
  nextLabelled: boolean,
): boolean {
  if (labelInCapitals(text, segment.open, wordsStart)) return underWay || !running
  if (!labelIsFullName(text, segment.open, wordsStart)) return false
  return underWay || (!running && nextLabelled)
}

/** Add a quotation of its segments (the unclosed ones ended where they likely end). */
function finish(quotes: RawQuote[], paragraphs: readonly string[], given: QuotedSegment[]): void {
  // A transcript's turn is left open by its form, and its label is its attribution: no
  // closing mark was lost before a cue inside it.
  const turn = (given[0] as QuotedSegment).turn === true
  const segments = given.map((segment) =>
    segment.closed || turn ? segment : recoverEnd(paragraphs, segment),
  )
  const text = quoteText(paragraphs, segments)
  if (text !== '') {
    quotes.push({ segments, family: (segments[0] as QuotedSegment).family, text })
  }
}

/** A quote left open at the end of its paragraph, not continued by the next one. */
function reportUnclosed(
  problems: MarkProblem[],
  paragraphs: readonly string[],
  segment: QuotedSegment,
): void {
  problems.push({
    paragraph: segment.paragraph,
    offset: segment.open,
    ruleId: 'unclosed',
    mark: (paragraphs[segment.paragraph] as string)[segment.open] as string,
  })
}

/**
 * Find every outermost quotation in a list of paragraphs. A quote left open at the end of a
 * paragraph continues when the next paragraph opens with a mark of the same kind (the
 * newspaper convention); otherwise it is reported as unclosed and runs to its paragraph end.
 */
export function findQuotes(paragraphs: readonly string[]): {
  quotes: RawQuote[]
  problems: MarkProblem[]
} {
  const quotes: RawQuote[] = []
  const problems: MarkProblem[] = []
  let pending: QuotedSegment[] | null = null
  // The paragraph where a transcript's turn last ended.
  let turnEndedAt = -2
  const end = (segments: QuotedSegment[]): void => {
    const first = segments[0] as QuotedSegment
    if (first.turn) turnEndedAt = (segments.at(-1) as QuotedSegment).paragraph
    finish(quotes, paragraphs, segments)
  }

  for (const [index, text] of paragraphs.entries()) {
    const scan = scanParagraph(text, index)
    problems.push(...scan.problems)
    const segments = scan.openAtEnd ? [...scan.segments, scan.openAtEnd] : [...scan.segments]
    segments.sort((a, b) => a.open - b.open)
    const tight = segments.map((segment) => tighten(text, segment))

    const next = tight[0]
    const wordsStart = next === undefined ? -1 : turnWordsStart(text, next)
    // A transcript is under way when the running quotation is a turn, or when it (else this
    // paragraph) follows right after one: `"(CROSSTALK.)` between two turns.
    const stretch = pending ? (pending[0] as QuotedSegment) : undefined
    const underWay =
      stretch?.turn === true || turnEndedAt === (stretch ? stretch.paragraph : index) - 1
    const newTurn =
      next !== undefined &&
      wordsStart >= 0 &&
      opensTurn(
        text,
        next,
        wordsStart,
        pending !== null,
        underWay,
        opensWithLabel(paragraphs[index + 1]),
      )
    // A turn's label is its attribution, not its words.
    if (newTurn) tight[0] = { ...next, innerStart: wordsStart, turn: true }
    let first = 0
    if (pending) {
      const previous = pending.at(-1) as QuotedSegment
      // A transcript quoted whole opens each turn with its speaker's label ("WALLACE: …",
      // then "PENCE: …"): each turn is a quotation of its own, not one speaker's continuation.
      if (
        next &&
        !newTurn &&
        next.open <= text.length - text.trimStart().length &&
        opensWithMark(text, previous.family)
      ) {
        pending.push(next)
        first = 1
        if (next.closed) {
          end(pending)
          pending = null
        }
      } else {
        // A turn left open before the next turn's label is the transcript's form, not a slip.
        if (!newTurn) reportUnclosed(problems, paragraphs, previous)
        end(pending)
        pending = null
      }
    }
    for (const segment of tight.slice(first)) {
      const leftOpenAtEnd = !segment.closed && segment.close === text.length
      if (leftOpenAtEnd) pending = [segment]
      else end([segment])
    }
  }
  if (pending) {
    reportUnclosed(problems, paragraphs, pending.at(-1) as QuotedSegment)
    finish(quotes, paragraphs, pending)
  }
  quotes.sort(
    (a, b) =>
      (a.segments[0] as QuotedSegment).paragraph - (b.segments[0] as QuotedSegment).paragraph ||
      (a.segments[0] as QuotedSegment).open - (b.segments[0] as QuotedSegment).open,
  )
  return { quotes, problems }
}
