/**
 * Turns of an exchange: a quoted question (`"Was it rigged?" Orrin asked.`) or a sentence of
 * asking someone (`Haddon asked Orrin why…`, `Orrin asked him why.`) opens a turn that a
 * quotation opening the next sentence answers, and an answer is the one asked's, never the
 * asker's.
 */
import { askedObjectFollowers, askingCueVerbs, continuingCueVerbs } from '@newsroom/lexicon'
import {
  firstTokenFrom,
  type PreparedParagraph,
  sentenceIndexAt,
  type Token,
} from './paragraphs.js'
import { endsInMark } from './speech.js'

const askingCues: ReadonlySet<string> = new Set(askingCueVerbs)
const afterAskedObject: ReadonlySet<string> = new Set(askedObjectFollowers)
const goingOnCues: ReadonlySet<string> = new Set(continuingCueVerbs)

/** Tokens read from a cue's subject to its verb (adverbs, `also`, `then`): a bound. */
const verbReach = 3

/** Where a turn was opened: its paragraph and the sentence of it the turn ends. */
export interface TurnPlace {
  paragraph: number
  sentence: number
}

/** The place of a turn ending at `offset` of a paragraph. */
export function turnPlace(paragraph: PreparedParagraph, offset: number): TurnPlace {
  return { paragraph: paragraph.index, sentence: sentenceIndexAt(paragraph, offset) }
}

/**
 * Whether what starts at `offset` of a paragraph opens the sentence right after a turn's: the
 * next of its paragraph, or the first of the next paragraph after the turn's last.
 */
export function opensNextSentence(
  turn: TurnPlace,
  turnParagraph: PreparedParagraph,
  paragraph: PreparedParagraph,
  offset: number,
): boolean {
  const sentence = sentenceIndexAt(paragraph, offset)
  if (paragraph.index === turn.paragraph) return sentence === turn.sentence + 1
  return (
    paragraph.index === turn.paragraph + 1 &&
    sentence === 0 &&
    turn.sentence >= turnParagraph.sentences.length - 1
  )
}

/**
 * Whether the cue subject ending at `subjectEnd` asks a person the sentence names or points to:
 * `asked Mark Orrin why…`, `asked him why` (not `asked not to be named`, `asked whether…`,
 * `asked her assistant`, where no one asked is named), its verb within a few tokens of the
 * subject.
 */
export function asksSomeone(
  paragraph: PreparedParagraph,
  subjectEnd: number,
  cue: string,
): boolean {
  if (!askingCues.has(cue)) return false
  const { tokens } = paragraph
  const from = firstTokenFrom(tokens, subjectEnd)
  for (let at = from; at < tokens.length && at <= from + verbReach; at++) {
    const token = tokens[at] as Token
    if (token.kind !== 'word') return false
    if (!askingCues.has(token.lower)) continue
    const object = tokens[at + 1]
    if (object?.kind !== 'word') return false
    if (object.lower === 'him') return true
    if (object.lower === 'her') {
      const next = tokens[at + 2]
      return next?.kind !== 'word' || afterAskedObject.has(next.lower)
    }
    return object.capital
  }
  return false
}

/** Whether the mention ending at `mentionEnd` is the subject of a cue of going on (`he added`). */
export function goesOn(paragraph: PreparedParagraph, mentionEnd: number): boolean {
  const next = paragraph.tokens[firstTokenFrom(paragraph.tokens, mentionEnd)]
  return next?.kind === 'word' && goingOnCues.has(next.lower)
}

/** Whether the quotation ending at `end` in a paragraph's text asks a question. */
export function quotationAsks(paragraphText: string, end: number): boolean {
  return endsInMark(paragraphText.slice(0, end), '?', true)
}
