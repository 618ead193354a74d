import {
  type LabelKind,
  type MarkFamily,
  type MarkProblem,
  opensWithCapitalsLabelNotTurn,
  opensWithMark,
  paragraphLabelKind,
  type QuotedSegment,
  scanParagraph,
  turnLabelKind,
  turnWordsStart,
} from './marks.js'
import { type UnmarkedTurn, unmarkedTurns } from './unmarked-turns.js'
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

/**
 * Whether the character at `at` is white space (`\s`). A printable ASCII character (`!` to `~`)
 * is none, told by its code: the pattern is asked only of the others, so that the first and last
 * characters of every quotation, mostly letters and marks, cost no regular expression.
 */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code > 0x20 && code < 0x7f) return false
  return space.test(text[at] as string)
}

/**
 * Trim the whitespace just inside the marks so spans cover words only. The copy is written out
 * field by field, in the order `scanParagraph` makes them, rather than spread: a spread copies
 * through a generic path, for every quotation of every paragraph.
 */
function tighten(text: string, segment: QuotedSegment): QuotedSegment {
  let { innerStart, innerEnd } = segment
  while (innerStart < innerEnd && isSpaceAt(text, innerStart)) innerStart++
  while (innerEnd > innerStart && isSpaceAt(text, innerEnd - 1)) innerEnd--
  return {
    paragraph: segment.paragraph,
    open: segment.open,
    close: segment.close,
    innerStart,
    innerEnd,
    family: segment.family,
    closed: segment.closed,
    turn: false,
  }
}

/**
 * A cue right after a quotation's closing mark (`…," Vale said`, `…," said Vale`, `…," she
 * added`, `…," the mayor, Nora Lake, added`): a few words, an apposition's commas among them,
 * then a cue verb. Read from one place (sticky), so it costs a few words.
 */
const cueAfter = new RegExp(
  `\\s*(?:[\\p{L}.'’-]+,?\\s+){0,5}?(?:${[...cueVerbs].join('|')})\\b`,
  'uy',
)

/** Whether a quotation closing in its paragraph has its own cue after it. */
function cuedAfterClose(text: string, segment: QuotedSegment): boolean {
  if (!segment.closed) return false
  cueAfter.lastIndex = segment.close
  return cueAfter.test(text)
}

/** What around a paragraph tells whether its label-shaped opening is a transcript's turn. */
interface TurnContext {
  /** Another's quotation is still running into the paragraph. */
  running: boolean
  /** A transcript is under way: the running quotation is a turn, or one ended just before. */
  underWay: boolean
  /** The paragraph before introduces a transcript, ending with a colon (`A transcript follows:`). */
  introduced: boolean
  /** The kind of label the next paragraph's quotation opens with, if any. */
  nextLabel: LabelKind | null
}

/**
 * Whether a paragraph's first quotation, label-shaped (`wordsStart`, see `turnWordsStart`), is
 * a transcript's turn. A transcript is consecutive paragraphs each opening with a speaker's
 * label, all of one kind: in capitals ("WALLACE:", "MS. VALE:") or full names ("Chris
 * Matthews:"). Under way, a label of either kind opens the next turn. Else a label opens the
 * first turn only when something shows a transcript: the next paragraph opens with a label of
 * the same kind, or (capitals) the paragraph before introduces one; a placard's `"BRILL: OUT."`
 * or a flyer's `"BRILL: you had four years."` stands alone. Never inside another's quotation
 * still running (`"FEMA: the agency…` continues the speaker before), nor when the quotation
 * closes with its own cue after it (`"NOTE: the pier stays closed," Vale said.`): that cue, not
 * the label, gives the speaker. A mixed-case word and a colon opening a quotation is most often
 * the speaker's own words ("Look:", "Mr. Brill: you…", "Dear Tomas Brill:").
 */
function opensTurn(
  text: string,
  segment: QuotedSegment,
  wordsStart: number,
  context: TurnContext,
): boolean {
  if (cuedAfterClose(text, segment)) return false
  const kind = turnLabelKind(text, segment.open, wordsStart)
  if (kind === null) return false
  if (context.underWay) return true
  if (context.running) return false
  return context.nextLabel === kind || (kind === 'capitals' && context.introduced)
}

/**
 * A turn printed without quotation marks as a quotation's segment: from its label, which stays
 * words of the paragraph for the cue patterns to read as they read `Vale: "…"`, to the
 * paragraph's end, closed there, as the next label or the transcript's end closes it.
 */
function unmarkedSegment(text: string, paragraph: number, turn: UnmarkedTurn): QuotedSegment {
  const segment: QuotedSegment = {
    paragraph,
    open: turn.labelStart,
    close: text.length,
    innerStart: turn.wordsStart,
    innerEnd: text.length,
    family: 'double',
    closed: true,
    turn: true,
  }
  const tight = tighten(text, segment)
  return { ...tight, turn: true, turnSpeaker: turn.speaker }
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
  // The double quotes held inside the running single quote (see `nestedInOpen`).
  let pendingNested: QuotedSegment[] = []
  // Those held inside a straight single mark left open, which no running quotation stands for.
  let heldNested: QuotedSegment[] = []
  // Whether the running quotation opens with a label in capitals that is no turn (`"VALE: …`).
  let pendingLabelled = false
  // The paragraph where a transcript's turn last ended.
  let turnEndedAt = -2
  // Turns without marks, found in one pass over the paragraphs' starts.
  const unmarked = unmarkedTurns(paragraphs)
  const end = (segments: QuotedSegment[]): void => {
    const first = segments[0] as QuotedSegment
    if (first.turn) turnEndedAt = (segments.at(-1) as QuotedSegment).paragraph
    finish(quotes, paragraphs, segments)
  }
  // Double quotes held inside a single mark no paragraph continues: it was an apostrophe.
  const release = (held: readonly QuotedSegment[]): void => {
    for (const nested of held) end([tighten(paragraphs[nested.paragraph] as string, nested)])
  }
  // A quotation left open that no paragraph continues: unclosed, it runs to its paragraph's
  // end; but a single mark left open around closed double quotes was an apostrophe.
  const endUnclosed = (segments: QuotedSegment[], report: boolean): void => {
    if (segments.length === 1 && pendingNested.length > 0) {
      release(pendingNested)
      return
    }
    if (report) reportUnclosed(problems, paragraphs, segments.at(-1) as QuotedSegment)
    end(segments)
  }

  for (const [index, text] of paragraphs.entries()) {
    // A paragraph opening with a single mark continues the straight one left open.
    if (!opensWithMark(text, 'single')) release(heldNested)
    heldNested = []
    const scan = scanParagraph(text, index)
    if (!scan.openAtEnd) heldNested = scan.nestedInOpen
    problems.push(...scan.problems)
    const segments = scan.openAtEnd ? [...scan.segments, scan.openAtEnd] : [...scan.segments]
    segments.sort((a, b) => a.open - b.open)
    const tight = segments.map((segment) => tighten(text, segment))
    // A turn that holds quotation marks of its own keeps them: its quotations are read as ever
    // (`VALE: "We will not," she said.`), never counted a second time as the turn's.
    const unmarkedTurn = segments.length === 0 ? unmarked.get(index) : undefined
    if (unmarkedTurn) tight.push(unmarkedSegment(text, index, unmarkedTurn))

    const next = tight[0]
    const wordsStart = next === undefined ? -1 : turnWordsStart(text, next)
    // A transcript is under way when the running quotation is a turn, or when it (else this
    // paragraph) follows right after one: `"(CROSSTALK.)` between two turns.
    const stretch = pending ? (pending[0] as QuotedSegment) : undefined
    const underWay =
      stretch?.turn === true || turnEndedAt === (stretch ? stretch.paragraph : index) - 1
    const newTurn =
      unmarkedTurn !== undefined ||
      (next !== undefined &&
        wordsStart >= 0 &&
        opensTurn(text, next, wordsStart, {
          running: pending !== null,
          underWay,
          introduced: paragraphs[index - 1]?.trimEnd().endsWith(':') === true,
          nextLabel: paragraphLabelKind(paragraphs[index + 1]),
        }))
    // A turn's label is its attribution, not its words.
    if (newTurn && next && !unmarkedTurn) tight[0] = { ...next, innerStart: wordsStart, turn: true }
    let first = 0
    if (pending) {
      const previous = pending.at(-1) as QuotedSegment
      // A transcript quoted whole opens each turn with its speaker's label ("WALLACE: …",
      // then "PENCE: …"): each turn is a quotation of its own, not one speaker's continuation.
      // A quotation with its own cue after a turn (`"…," Brill replied.`) ends the transcript:
      // its words are the cue's speaker's, not more of the turn's. So after a lone label's
      // words (`"VALE: …`): the label says whose they are, the cue whose the next are.
      if (
        next &&
        !newTurn &&
        !((stretch?.turn === true || pendingLabelled) && cuedAfterClose(text, next)) &&
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
        endUnclosed(pending, !newTurn)
        pending = null
      }
    }
    for (const segment of tight.slice(first)) {
      const leftOpenAtEnd = !segment.closed && segment.close === text.length
      if (leftOpenAtEnd) {
        pending = [segment]
        pendingNested = scan.nestedInOpen
        pendingLabelled = opensWithCapitalsLabelNotTurn(text, segment)
      } else end([segment])
    }
  }
  if (pending) endUnclosed(pending, true)
  release(heldNested)
  quotes.sort(
    (a, b) =>
      (a.segments[0] as QuotedSegment).paragraph - (b.segments[0] as QuotedSegment).paragraph ||
      (a.segments[0] as QuotedSegment).open - (b.segments[0] as QuotedSegment).open,
  )
  return { quotes, problems }
}
