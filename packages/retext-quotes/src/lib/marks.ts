/**
 * Find quotation marks in paragraph text and pair them into quoted stretches.
 * Works on plain strings so it is fast and independent of the tokenizer; callers map the
 * paragraph-relative offsets to block spans.
 */

import { leadingElisions } from '@newsroom/lexicon'
import type { TurnSpeaker } from './unmarked-turns.js'

export type MarkFamily = 'double' | 'single'

/** A quoted stretch inside one paragraph. `innerStart`/`innerEnd` exclude the marks. */
export interface QuotedSegment {
  paragraph: number
  /** Offset of the opening mark. */
  open: number
  /** Offset just after the closing mark, or the paragraph end when unclosed. */
  close: number
  innerStart: number
  innerEnd: number
  family: MarkFamily
  /** False when the paragraph ended before a closing mark. */
  closed: boolean
  /**
   * Set by `findQuotes`: the quotation is a transcript's turn, its speaker's label between the
   * opening mark and `innerStart` (`"PENCE: Well, …`).
   */
  turn?: boolean
  /**
   * Set by `findQuotes` on a turn printed without quotation marks (`Q: …`, `VALE: …`): who its
   * label names.
   */
  turnSpeaker?: TurnSpeaker
}

/** A problem with the marks of a paragraph, reported as a VFile warning by the plugin. */
export interface MarkProblem {
  paragraph: number
  offset: number
  ruleId: 'unclosed' | 'unopened' | 'doubled-apostrophes'
  mark: string
  /** How many such marks the article has, when one problem stands for all of them. */
  count?: number
}

const doubleOpeners = new Set(['“', '„', '«', '‟'])
const doubleClosers = new Set(['”', '»'])
const singleOpeners = new Set(['‘', '‚', '‹'])
const singleClosers = new Set(['’', '›'])
const markPattern = /["“”„‟«»'‘’‚‹›]/g

const letterOrDigit = /[\p{L}\p{N}]/u
const letter = /\p{L}/u
const digit = /\p{N}/u
const space = /\s/u
const sentenceEnd = /[.!?]/
const closingMarkOrBracket = /["'”’»)\]]/
/** Characters after which a mark can open a quote: start, space, brackets, dashes, slashes. */
const openingContext = /[\s([{\-–—/:;]/u
/** Punctuation that ends a clause inside a sentence, which no opening mark comes right before. */
const clausePunctuation = /[,;:]/
/** Characters before which a mark can close a quote: space, end, punctuation. */
const closingContext = /[\s)\]}.,;:!?\-–—/…'"’”»]/u

/** The elided words written with a leading apostrophe, lowercased: `'til`, `'em`, `'n'`. */
const elisions = leadingElisions.map((form) => form.toLowerCase())

function isSingleMark(char: string | undefined): boolean {
  return char === "'" || char === '‘' || char === '’'
}

/** Whether `form` is written at `at` (any single mark for its marks, any case for its letters). */
function writtenAt(text: string, at: number, form: string): boolean {
  if (at < 0 || at + form.length > text.length) return false
  for (let index = 0; index < form.length; index++) {
    const want = form[index] as string
    const have = text[at + index] as string
    if (want === "'" ? !isSingleMark(have) : have.toLowerCase() !== want) return false
  }
  return true
}

/**
 * Whether the single mark at `offset` belongs to an elided word (`'til`, `'em`, `in 't Veld`,
 * both marks of `rock 'n' roll`): the word stands alone, after a space or an opening bracket and
 * before no letter. Each form is a few characters long, so this reads a bounded stretch.
 */
function elisionMark(text: string, offset: number): boolean {
  for (const form of elisions) {
    // The mark opens the form or, for `'n'`, closes it.
    const starts = form.endsWith("'") ? [offset, offset - form.length + 1] : [offset]
    for (const start of starts) {
      if (!writtenAt(text, start, form)) continue
      const before = start > 0 ? (text[start - 1] as string) : ''
      const after = text[start + form.length] ?? ''
      if ((before === '' || openingContext.test(before)) && !letterOrDigit.test(after)) return true
    }
  }
  return false
}

/**
 * A closing-shaped single mark after a letter and before a lowercase word (`the students' union`,
 * `sittin' there`). The caller takes it for an apostrophe when the next single mark of the
 * paragraph can only close, as the quotation's own closing mark would (`'The students' union
 * voted,' Vale said`); before an opening mark or none it closes a word quoted in passing
 * (`called them 'cowards' and left`).
 */
function midClauseShape(text: string, offset: number): boolean {
  if (!letter.test(text[offset - 1] ?? '') || text[offset + 1] !== ' ') return false
  const next = text[offset + 2] ?? ''
  return next !== next.toUpperCase() && letter.test(next)
}

interface Mark {
  offset: number
  char: string
  family: MarkFamily
  canOpen: boolean
  canClose: boolean
  /**
   * The mark of an elided word that opens a sentence (`'Tis the season…`): an apostrophe, unless
   * a closing mark follows in the paragraph, when it is also the quotation's opening mark.
   */
  elision?: boolean
}

/**
 * The narrow spaces typesetters put between two quotation marks that meet (`…a drummer' ", he
 * said`, `" 'Hello,' she said`), so that the marks do not run together.
 */
const markSpacers = new Set(['\u2009', '\u200A', '\u202F'])
const markCharacter = /["“”„‟«»'‘’‚‹›]/

/**
 * The character beside a mark at `offset` (`step` -1 before it, 1 after it), reading through a
 * narrow space that only keeps it apart from another mark: that mark is its neighbour, so a
 * closing pair stays closing and an opening pair opening, where the space would have made the
 * second of two closing marks look like an opening one (left open to the end of its paragraph).
 */
function neighbour(text: string, offset: number, step: -1 | 1): string {
  const next = text[offset + step] ?? ''
  if (!markSpacers.has(next)) return next
  const beyond = text[offset + 2 * step] ?? ''
  return markCharacter.test(beyond) ? beyond : next
}

function classify(text: string, offset: number, char: string): Mark | null {
  const before = neighbour(text, offset, -1)
  const after = neighbour(text, offset, 1)
  const family: MarkFamily =
    char === '"' || doubleOpeners.has(char) || doubleClosers.has(char) ? 'double' : 'single'
  const leftFlanking =
    after !== '' && !space.test(after) && (before === '' || openingContext.test(before))
  const rightFlanking =
    before !== '' && !space.test(before) && (after === '' || closingContext.test(after))
  // A straight mark between a space and a comma, a semicolon or a colon may close a quotation
  // the space kept apart from it (`…a drummer' ", he recalled`: a gap between two marks that
  // meet, which ingest makes a plain space of, or a typist's), as well as open one (`the order:
  // ", and no further…"`): pairing decides, as for a mark between two spaces. Curly marks say
  // which they are.
  const spacedBeforeClause =
    (char === '"' || char === "'") && space.test(before) && clausePunctuation.test(after)

  if (family === 'single') {
    // Apostrophes: inside words (don't, Lai's, rock'n'roll) and elided years ('90s) or words.
    if (letterOrDigit.test(before) && letter.test(after)) return null
    if ((before === '' || space.test(before)) && digit.test(after)) return null
    if (elisionMark(text, offset)) {
      if (!leftFlanking || !opensSentence(text, offset)) return null
      return { offset, char, family, canOpen: true, canClose: false, elision: true }
    }
  }

  let canOpen = leftFlanking
  let canClose = rightFlanking
  if (doubleOpeners.has(char) || singleOpeners.has(char)) {
    canOpen = !rightFlanking || leftFlanking
    canClose = rightFlanking && !leftFlanking
  } else if (doubleClosers.has(char) || singleClosers.has(char)) {
    canClose = !leftFlanking || rightFlanking
    canOpen = leftFlanking && !rightFlanking
  } else if ((!canOpen && !canClose) || spacedBeforeClause) {
    // A straight mark between two non-spaces ("a"b) or two spaces, or spaced before a clause's
    // punctuation (above): let pairing decide.
    canOpen = true
    canClose = true
  }
  if (!canOpen && !canClose) return null
  return { offset, char, family, canOpen, canClose }
}

interface OpenQuote {
  mark: Mark
  /** Where the quoted words start: after the mark, or the paragraph start for continuations. */
  innerStart: number
}

/** The result of scanning one paragraph. */
export interface ParagraphScan {
  segments: QuotedSegment[]
  problems: MarkProblem[]
  /** The outer quote left open at the paragraph end, if any. */
  openAtEnd: QuotedSegment | null
  /**
   * The double quotes closed inside a single quote left open inside a sentence (`openAtEnd`, or
   * a straight mark, which no `openAtEnd` stands for): should no paragraph continue it, its mark
   * was an apostrophe (`how ‘bout this: "…"`, `in 't Veld`) and they stand alone.
   */
  nestedInOpen: QuotedSegment[]
}

/** A double quote closed inside single marks only, and how many single marks held it. */
interface HeldQuote {
  segment: QuotedSegment
  depth: number
}

/**
 * Close the innermost open quote; closing the outermost one adds its segment. A double quote
 * closed inside single marks only (`'Get "out" now`) is held (`held`): should the single marks
 * never close, they were apostrophes ('t Hooft, 'em), and the double quote is outermost. A
 * single quote that closes takes back the double quotes held inside it: they were nested.
 */
function closeTop(
  stack: OpenQuote[],
  segments: QuotedSegment[],
  held: HeldQuote[],
  paragraph: number,
  end: number,
  closeOffset: number,
): void {
  const top = stack.pop() as OpenQuote
  if (top.mark.family === 'single') {
    while ((held.at(-1)?.depth ?? 0) > stack.length) held.pop()
    // A nested single quote is part of the outer one's words.
    if (stack.length > 0) return
  }
  const segment: QuotedSegment = {
    paragraph,
    open: top.mark.offset,
    close: closeOffset,
    innerStart: top.innerStart,
    innerEnd: end,
    family: top.mark.family,
    closed: true,
  }
  if (stack.length === 0) segments.push(segment)
  else held.push({ segment, depth: stack.length })
}

/** A period after a lone letter is an abbreviation's (`the U.S.`, `J.`), maybe no sentence end. */
function abbreviationPeriod(text: string, at: number): boolean {
  const before = text[at - 2]
  return (
    text[at] === '.' &&
    letter.test(text[at - 1] ?? '') &&
    (before === undefined || before === '.' || space.test(before))
  )
}

/**
 * Whether a sentence opens at `offset`: only spaces before it in the paragraph, or a sentence's
 * end (`.`, `!`, `?`, past one closing mark or bracket) that is no abbreviation's. Reads back
 * over the spaces only.
 */
export function opensSentence(text: string, offset: number): boolean {
  let at = offset - 1
  while (at >= 0 && space.test(text[at] as string)) at--
  if (at < 0) return true
  if (closingMarkOrBracket.test(text[at] as string)) at--
  return sentenceEnd.test(text[at] ?? '') && !abbreviationPeriod(text, at)
}

/**
 * For each double mark that can only open, whether the double marks from it on pair off
 * inside a double quote already open: it is closed by the next double mark, and the mark after
 * that either can only close (the open quote's closing mark) or is another such opening
 * (`"I said "no" twice, then "no" again," Vale said.`). Read back once over the marks, each
 * looking two double marks ahead, so it costs one step a mark however many quotes are nested.
 * False for marks of the single family, which nest by their own rule.
 */
function pairsBeforeCloser(marks: readonly Mark[], nextDouble: readonly number[]): boolean[] {
  const pairsOff: boolean[] = new Array(marks.length).fill(false)
  for (let index = marks.length - 1; index >= 0; index--) {
    const mark = marks[index] as Mark
    if (mark.family !== 'double' || mark.canClose || !mark.canOpen) continue
    const inner = nextDouble[index] as number
    const after = nextDouble[inner] ?? marks.length
    const innerClose = marks[inner]
    const next = marks[after]
    if (innerClose === undefined || next === undefined || !innerClose.canClose) continue
    // A mark that could open as well (`."It`, `" It`, `…"and`) may open the next quotation
    // after a missing closing mark: only one that can only close says the open quote goes on.
    pairsOff[index] = next.canClose ? !next.canOpen : (pairsOff[after] as boolean)
  }
  return pairsOff
}

/**
 * Whether the double mark at `index`, which can only open, met while a double quote (`open`'s)
 * is open, opens a quote nested in it rather than showing that the open one was never closed:
 * the double marks from it on pair off and then one can only close, so closes the open one
 * (`pairsOff`, see `pairsBeforeCloser`). Nesting then leaves no mark unpaired, where reading the
 * open quote as unclosed leaves two (it, and the last mark closing nothing); with no closing
 * mark for the open quote after the nested ones, the open quote is more likely the unclosed one
 * (`"We are done, he said. "We go," she added.`). Straight and curly marks alike, either inside
 * the other (`“He told me "never" and left,”`), as writers mix them where the nested quote
 * should take single marks; but not a mark that follows the open one with nothing between
 * (`"“We go,” Vale said…"`): a nested quote comes after some of the outer quote's words, and
 * two opening marks in a row are one quotation's opening and a stray mark, such as a straight
 * pair wrapping a paragraph that holds a quotation.
 */
function nestsDouble(
  text: string,
  marks: readonly Mark[],
  pairsOff: readonly boolean[],
  open: Mark,
  index: number,
): boolean {
  // A mark that can close never gets here: it closes the open quote first.
  if (!pairsOff[index]) return false
  // Read back over the spaces right before the mark only: each stretch is read once.
  let at = (marks[index] as Mark).offset - 1
  while (at > open.offset && space.test(text[at] as string)) at--
  return at > open.offset
}

/**
 * Pair the quotation marks of one paragraph. Double marks are quotes at any level; single
 * marks are quotes at the top level (British style) and nested quotes inside double ones,
 * which stay inside the outer quote. Only outermost quotes are returned.
 */
export function scanParagraph(text: string, paragraph: number): ParagraphScan {
  const segments: QuotedSegment[] = []
  const problems: MarkProblem[] = []
  const stack: OpenQuote[] = []
  const held: HeldQuote[] = []
  // Where the innermost open double quote is on the stack, or -1, and where the one holding it
  // is when it is nested (`nestsDouble`), or -1: at most two double quotes are open at once.
  // Kept here, not searched for, so that a run of single marks left open costs nothing per
  // double mark.
  let doubleAt = -1
  let outerDoubleAt = -1

  // `exec` on the shared global pattern, not `matchAll`: that copies the pattern every call.
  const marks: Mark[] = []
  markPattern.lastIndex = 0
  for (let match = markPattern.exec(text); match !== null; match = markPattern.exec(text)) {
    const mark = classify(text, match.index, match[0])
    if (mark) marks.push(mark)
  }
  // For each mark, whether the next single mark after it can only close: read back once.
  const closerFollows: boolean[] = new Array(marks.length)
  let nextSingleClosesOnly = false
  for (let index = marks.length - 1; index >= 0; index--) {
    closerFollows[index] = nextSingleClosesOnly
    const mark = marks[index] as Mark
    // A doubled mark (`''`, some papers' double quote) closes no single quote: it is not one.
    const doubled = isSingleMark(text[mark.offset - 1]) || isSingleMark(text[mark.offset + 1])
    // A mid-clause mark (`the fans' anger`) or an elided word's is no closer, nor does it hide
    // the one after it (`'Our members' jobs and the owners' money,' …`).
    if (mark.family === 'single' && !mark.elision && !midClauseShape(text, mark.offset)) {
      nextSingleClosesOnly = mark.canClose && !mark.canOpen && !doubled
    }
  }

  // For each mark, the index of the next double mark after it (`marks.length`: none).
  const nextDouble: number[] = new Array(marks.length)
  let following = marks.length
  for (let index = marks.length - 1; index >= 0; index--) {
    nextDouble[index] = following
    if ((marks[index] as Mark).family === 'double') following = index
  }
  const pairsOff = pairsBeforeCloser(marks, nextDouble)

  for (const [index, mark] of marks.entries()) {
    const top = stack.at(-1)
    // Inside an open quote, `'Tis` opens no nested one.
    if (mark.elision && (!closerFollows[index] || stack.length > 0)) continue
    // Inside a single quote nested in another (`'He called it 'madness' and left,'`), a mark
    // before a lowercase word closes the nested quote: only the outer one's closer makes it an
    // apostrophe.
    const nestedSingle = top?.mark.family === 'single' && stack.length > 1
    if (
      mark.family === 'single' &&
      !nestedSingle &&
      closerFollows[index] &&
      midClauseShape(text, mark.offset)
    ) {
      continue
    }

    if (top && top.mark.family === mark.family && mark.canClose) {
      closeTop(stack, segments, held, paragraph, mark.offset, mark.offset + 1)
      if (mark.family === 'double') {
        doubleAt = outerDoubleAt
        outerDoubleAt = -1
      }
      continue
    }

    if (mark.family === 'single') {
      if (mark.canOpen && !(mark.canClose && singleClosers.has(mark.char))) {
        stack.push({ mark, innerStart: mark.offset + 1 })
      }
      // Otherwise a closing single mark with nothing to close is an apostrophe (leaders’).
      continue
    }

    // A double mark.
    if (doubleAt !== -1 && mark.canClose) {
      // Close the double quote, dropping single marks left open inside it.
      stack.length = doubleAt + 1
      closeTop(stack, segments, held, paragraph, mark.offset, mark.offset + 1)
      doubleAt = outerDoubleAt
      outerDoubleAt = -1
      continue
    }
    if (
      doubleAt !== -1 &&
      outerDoubleAt === -1 &&
      nestsDouble(text, marks, pairsOff, (stack[doubleAt] as OpenQuote).mark, index)
    ) {
      // `"The "United States" is not holding them."`: a double quote inside the open one, its
      // words part of the outer quote's.
      outerDoubleAt = doubleAt
      doubleAt = stack.length
      stack.push({ mark, innerStart: mark.offset + 1 })
      continue
    }
    if (doubleAt !== -1 && mark.canOpen) {
      // A new opening mark while a double quote is open: the earlier one was never closed.
      const earlier = stack[doubleAt] as OpenQuote
      problems.push({
        paragraph,
        offset: earlier.mark.offset,
        ruleId: 'unclosed',
        mark: earlier.mark.char,
      })
      if (doubleAt === 0) {
        segments.push({
          paragraph,
          open: earlier.mark.offset,
          close: mark.offset,
          innerStart: earlier.innerStart,
          innerEnd: mark.offset,
          family: 'double',
          closed: false,
        })
      }
      stack.length = doubleAt
      doubleAt = -1
    }
    if (mark.canOpen) {
      doubleAt = stack.length
      stack.push({ mark, innerStart: mark.offset + 1 })
    } else {
      problems.push({ paragraph, offset: mark.offset, ruleId: 'unopened', mark: mark.char })
    }
  }

  let openAtEnd: QuotedSegment | null = null
  let nestedInOpen: QuotedSegment[] = []
  const outer = stack[0]
  if (outer) {
    const double = doubleAt === -1 ? undefined : (stack[doubleAt] as OpenQuote)
    // A lone straight single mark left open inside a sentence is most likely an apostrophe
    // (`a whole 'nother`); one opening a sentence, the elided words known (`'Twas`, `'Cause`),
    // opens a quotation the next paragraph may continue (`'It was late.` then `'We left,' …`).
    // Its word must follow it: `Jr.'s` opens nothing.
    const before = text[outer.mark.offset - 1]
    const straightOpensQuote =
      outer.mark.char !== "'" ||
      ((before === undefined || openingContext.test(before)) &&
        opensSentence(text, outer.mark.offset))
    if (outer.mark.family === 'double' || (straightOpensQuote && !double)) {
      openAtEnd = {
        paragraph,
        open: outer.mark.offset,
        close: text.length,
        innerStart: outer.innerStart,
        innerEnd: text.length,
        family: outer.mark.family,
        closed: false,
      }
    } else if (double) {
      openAtEnd = {
        paragraph,
        open: double.mark.offset,
        close: text.length,
        innerStart: double.innerStart,
        innerEnd: text.length,
        family: 'double',
        closed: false,
      }
    }
    // A single mark left open inside a sentence may be an apostrophe (`in 't Veld`, `how ‘bout`),
    // and the double quotes held inside it outermost ones; one opening a sentence opens a
    // quotation left unclosed, the double quotes in it nested (`'He stood up. "No." Then…`).
    if (outer.mark.family === 'single' && !opensSentence(text, outer.mark.offset)) {
      const heldQuotes = held.map((item) => item.segment)
      // Before an unclosed double quote, the single mark can be nothing but an apostrophe;
      // else it is one only if no paragraph continues it, which the caller knows.
      if (double) for (const segment of heldQuotes) segments.push(segment)
      else nestedInOpen = heldQuotes
    }
  }
  return { segments, problems, openAtEnd, nestedInOpen }
}

/** Whether a paragraph opens with a quotation mark of the given family (a continued quote). */
export function opensWithMark(text: string, family: MarkFamily): boolean {
  const first = text.trimStart()[0]
  if (first === undefined) return false
  if (family === 'double') return first === '"' || doubleOpeners.has(first)
  return first === "'" || singleOpeners.has(first)
}

/**
 * A transcript speaker's label just inside a quotation's opening mark: "WALLACE:", "MS. VALE:",
 * "Ann Vale:": one to four capitalized words of two letters or more, so neither a sentence
 * (`"To those I say the following:`) nor a title (`"I am Malala: The Story…`) before a colon.
 * Each word at most 20 characters, so the pattern cannot run on.
 */
const labelWords = String.raw`\p{Lu}[\p{L}'’.-]{1,20}(?: \p{Lu}[\p{L}'’.-]{1,20}){0,3}:`
const turnLabel = new RegExp(String.raw`\s*${labelWords}\s+`, 'uy')

/**
 * Where the words after a label-shaped opening of a quotation begin (`"PENCE: Well, …`), or -1
 * when the quotation opens with no such label. Only the shape: whether it is a transcript's turn
 * is `findQuotes`'s to judge, as "Look:" or "Mr. Vale:" opens one speaker's words as often. A
 * turn opens its paragraph: inside a sentence a capitalized word and a colon open a title's
 * subtitle (`read “Collapse: How Societies…”`).
 */
export function turnWordsStart(text: string, segment: QuotedSegment): number {
  for (let at = 0; at < segment.open; at++) if (!space.test(text[at] as string)) return -1
  turnLabel.lastIndex = segment.open + 1
  return turnLabel.test(text) && turnLabel.lastIndex <= segment.innerEnd ? turnLabel.lastIndex : -1
}

/** How a transcript writes its speakers' labels: in capitals ("WALLACE:") or in full ("Chris Matthews:"). */
export type LabelKind = 'capitals' | 'full-name'

/**
 * "WALLACE:", "MS. VALE:": a label in capitals, optionally after a courtesy title ("Ms." or
 * "MS."), the form of a transcript's labels, seldom of a quoted sentence's opening word.
 */
const capitalsLabel = /^\s*(?:\p{Lu}\p{L}{1,3}\.\s+)?[\p{Lu}'’.-]+(?: [\p{Lu}'’.-]+)*:\s*$/u

/**
 * "Chris Matthews:": a mixed-case label of a given and a family name, two to four capitalized
 * words, no courtesy title and no common-word shape ("Look:", "Mr. Brill:"), nor a letter's
 * salutation ("Dear Tomas Brill:" addresses the person, it does not let them speak).
 */
const fullNameLabel =
  /^\s*(?!Dear(?:est)? )\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}:\s*$/u

function labelKind(label: string): LabelKind | null {
  if (capitalsLabel.test(label)) return 'capitals'
  return fullNameLabel.test(label) ? 'full-name' : null
}

/** The kind of the label of a turn-shaped opening (`open`–`wordsStart`), or null for neither. */
export function turnLabelKind(text: string, open: number, wordsStart: number): LabelKind | null {
  return labelKind(text.slice(open + 1, wordsStart))
}

/**
 * Whether a quotation that is not a transcript's turn opens with a label in capitals
 * (`"BRILL: you had four years."`, `"WARNING: the pier is closed."`): a placard's, a flyer's
 * or a notice's words, which its label or its own cue attributes, never the speaker before it.
 */
export function opensWithCapitalsLabelNotTurn(text: string, segment: QuotedSegment): boolean {
  if (segment.turn === true) return false
  const wordsStart = turnWordsStart(text, segment)
  return wordsStart >= 0 && turnLabelKind(text, segment.open, wordsStart) === 'capitals'
}

/**
 * A paragraph opening with a quotation mark and a label-shaped opening (see `turnLabel`), read
 * on the paragraph's first characters only; the label is the group.
 */
const labelledParagraph = new RegExp(
  String.raw`^\s*["“„«](\s*(?:\p{Lu}\p{L}{1,3}\.\s+)?${labelWords}\s)`,
  'u',
)

/**
 * The kind of label a paragraph's quotation opens with, as the turns of a transcript do, or
 * null when it opens with none of a transcript's kinds ("Look:" opens a speaker's own words).
 */
export function paragraphLabelKind(text: string | undefined): LabelKind | null {
  const label = text === undefined ? undefined : labelledParagraph.exec(text)?.[1]
  return label === undefined ? null : labelKind(label)
}
