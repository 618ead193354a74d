/**
 * The turns of a transcript printed without quotation marks: paragraphs opened by a speaker's
 * label and a colon (`VALE: We will not vote for it.`, `Q: Will you run again?`). A label and a
 * colon also open headings, notes, datelines and lists (`UPDATE:`, `Editor's note:`, `Vale: Win
 * in a walk.`, `Ohio: Ann Vale, Tom Brill`), so a paragraph is a turn only when its label names
 * a person or an interview's party and the article holds a run of such paragraphs: two of them
 * next to each other; for an interview, questions and answers, the answers in the first person
 * somewhere (an explainer's are the outlet's own text).
 */
import { calendarWords, stateNames } from '@newsroom/lexicon'
import { isGivenName, isHonorific, isRoleWord } from '@newsroom/names'

/** Who a turn's label names: a person by name, the interviewer (`Q:`) or the interviewee (`A:`). */
export type TurnSpeaker = 'named' | 'interviewer' | 'interviewee'

/** A paragraph that is a transcript's turn without quotation marks. */
export interface UnmarkedTurn {
  /** Where the label begins (after any leading space). */
  labelStart: number
  /** Where the turn's words begin, after the label, its colon and the space after it. */
  wordsStart: number
  speaker: TurnSpeaker
}

/** The furthest a label's colon may stand from its paragraph's start: spaces, five words of 21. */
const labelReach = 120

/**
 * A label at a paragraph's start: one to five capitalized words of at most 21 characters each
 * (`Q`, `MORRIS`, `SEN. ANN VALE`, `Dr. Ines Okafor`), a colon, then space. Read from the start
 * only (sticky) and bounded, so it costs a few characters a paragraph.
 */
const labelPattern = /\s*(\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,4}):[ \t]+/uy

/** The interview's labels: the question's asker and the one answering. */
const interviewLabels: ReadonlyMap<string, TurnSpeaker> = new Map([
  ['Q', 'interviewer'],
  ['QUESTION', 'interviewer'],
  ['Question', 'interviewer'],
  ['A', 'interviewee'],
  ['ANSWER', 'interviewee'],
  ['Answer', 'interviewee'],
])

/** Words that name a time or a place, never a speaker (`Monday:`, `Ohio:`). */
const notNames: ReadonlySet<string> = new Set([...calendarWords, ...stateNames].map(fold))

/** A possessive (`Editor's`), never the whole of a speaker's name in a label. */
const possessive = /['’]s$/u

/** A word at least two letters long: a turn says something, a tally (`Vale: 1,769.`) does not. */
const letterWord = /\p{L}{2}/gu

/** A word of the first person singular (`I`, `my`), as an interview's answers use. */
const firstPersonSingular = /(?<![\p{L}'’])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?!\p{L})/u

/** A word of the article's text, read in one pass for the name index. */
const wordPattern = /\p{L}[\p{L}'’.-]*/gu

/** Only white space between two words: they stand in one run of capitalized words. */
const spaceOnly = /^\s+$/u

function fold(word: string): string {
  return word.toLowerCase().replace(/\.$/u, '')
}

function capitalized(word: string): boolean {
  const first = word[0] as string
  return first !== first.toLowerCase()
}

/** A word that stands before a person's name: a courtesy title or a role (`Dr.`, `Sen.`, `chief`). */
function titleWord(word: string): boolean {
  return isHonorific(word) || isRoleWord(word)
}

/** A label's reading: who it names, and the family word to look up when that needs evidence. */
interface LabelReading {
  speaker: TurnSpeaker
  /** Set when the label is a bare name whose being a person's the article must show. */
  needsEvidence: string | null
}

/**
 * Read a label: an interview's party; a title and a name (`SEN. VALE`, `Dr. Ines Okafor`); a given
 * and a family name (`Ann Vale`, `JAKE TAPPER`); or a bare name (`MORRIS`), a person's only when
 * the article names a person so elsewhere. Null for anything else: `UPDATE`, `Editor's note`,
 * `Monday`, `Ohio`, a title with no name (`PRESIDENT`).
 */
function readLabel(label: string): LabelReading | null {
  const interview = interviewLabels.get(label)
  if (interview) return { speaker: interview, needsEvidence: null }
  const words = label.split(' ')
  let first = 0
  while (first < words.length && titleWord(words[first] as string)) first++
  const name = words.slice(first)
  // `New Hampshire`: a place's name of several words.
  if (name.length === 0 || notNames.has(fold(name.join(' ')))) return null
  for (const word of name) {
    if (word.length < 2 || possessive.test(word) || titleWord(word) || notNames.has(fold(word)))
      return null
  }
  if (first > 0) return { speaker: 'named', needsEvidence: null }
  if (name.length >= 2 && isGivenName(name[0] as string)) {
    return { speaker: 'named', needsEvidence: null }
  }
  return { speaker: 'named', needsEvidence: fold(name.at(-1) as string) }
}

/**
 * The words the article uses as a person's name after a given name or a title: `Morris` of
 * `Paul Morris`, `Okafor` of `Mayor Okafor` or `fire chief Okafor`. One pass over the words of
 * the text (a label's own words left out), each looked up in cached word lists.
 */
function personNameWords(paragraphs: readonly string[], labelled: ReadonlyMap<number, number>) {
  const found = new Set<string>()
  for (const [index, text] of paragraphs.entries()) {
    wordPattern.lastIndex = labelled.get(index) ?? 0
    let previousEnd = -1
    let previous = ''
    // Whether the run of capitalized words under way opened with a given name or a title.
    let titled = false
    for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
      const word = match[0]
      const joined = previousEnd >= 0 && spaceOnly.test(text.slice(previousEnd, match.index))
      if (capitalized(word)) {
        const inRun = joined && capitalized(previous)
        if (inRun && titled) found.add(fold(word))
        else if (!inRun) {
          // `fire chief Ines Okafor`: a lowercase role right before the name.
          const afterTitle = joined && titleWord(previous)
          if (afterTitle) found.add(fold(word))
          titled = afterTitle || isGivenName(word) || titleWord(word)
        }
      }
      previous = word
      previousEnd = match.index + word.length
    }
  }
  return found
}

/** Whether two of the labelled paragraphs stand next to each other. */
function hasRun(labelled: ReadonlyMap<number, unknown>): boolean {
  for (const index of labelled.keys()) if (labelled.has(index + 1)) return true
  return false
}

/**
 * The paragraphs of an article that are transcript turns without quotation marks, by index.
 * One pass over the paragraphs' starts; when some label needs evidence of naming a person, one
 * more over the article's words.
 */
export function unmarkedTurns(paragraphs: readonly string[]): Map<number, UnmarkedTurn> {
  const turns = new Map<number, UnmarkedTurn>()
  const readings = new Map<number, LabelReading & UnmarkedTurn & { label: string }>()
  for (const [index, text] of paragraphs.entries()) {
    // Most paragraphs have no colon near their start: a look back from the label's reach, before
    // the pattern, keeps them at a few characters' cost.
    if (text.lastIndexOf(':', labelReach) < 0) continue
    labelPattern.lastIndex = 0
    const match = labelPattern.exec(text)
    if (!match) continue
    const label = match[1] as string
    const wordsStart = labelPattern.lastIndex
    letterWord.lastIndex = wordsStart
    if (!letterWord.test(text)) continue
    const reading = readLabel(label)
    if (reading === null) continue
    readings.set(index, {
      ...reading,
      label,
      labelStart: match.index + match[0].indexOf(label),
      wordsStart,
    })
  }
  // No two labels next to each other, whatever their evidence: no run, and no name pass.
  if (!hasRun(readings)) return turns
  if ([...readings.values()].some((reading) => reading.needsEvidence !== null)) {
    const labelled = new Map([...readings].map(([index, reading]) => [index, reading.wordsStart]))
    const names = personNameWords(paragraphs, labelled)
    // A full name in one label names the person a bare one shortens (`ANN VALE:`, then `VALE:`).
    for (const reading of readings.values())
      if (reading.speaker === 'named' && reading.needsEvidence === null)
        names.add(fold(reading.label.split(' ').at(-1) as string))
    for (const [index, reading] of readings) {
      if (reading.needsEvidence !== null && !names.has(reading.needsEvidence))
        readings.delete(index)
    }
  }
  // An interview's answers speak in the first person somewhere (`I`, `my`); an explainer's
  // questions and answers (`Q: What does the levy cost? A: About $40 a year.`) are the
  // outlet's own text, no one's quotation.
  const interviewed = [...readings].some(
    ([index, reading]) =>
      reading.speaker === 'interviewee' &&
      firstPersonSingular.test((paragraphs[index] as string).slice(reading.wordsStart)),
  )
  if (!interviewed)
    for (const [index, reading] of readings)
      if (reading.speaker === 'interviewee') readings.delete(index)
  const speakers = new Set([...readings.values()].map((reading) => reading.speaker))
  // An answer needs a question, and a question an answer or a named speaker (a reporter's
  // `QUESTION:` at a briefing): one of them alone is a list's or a heading's form.
  const kept: Record<TurnSpeaker, boolean> = {
    named: true,
    interviewer: speakers.has('interviewee') || speakers.has('named'),
    interviewee: speakers.has('interviewer'),
  }
  for (const [index, reading] of readings) {
    if (!kept[reading.speaker]) readings.delete(index)
  }
  if (!hasRun(readings)) return turns
  for (const [index, { labelStart, wordsStart, speaker }] of readings) {
    turns.set(index, { labelStart, wordsStart, speaker })
  }
  return turns
}
