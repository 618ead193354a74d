import { describe, expect, it } from 'vitest'
import { findQuotes } from '../src/lib/find-quotes.js'
import { unmarkedTurns } from '../src/lib/unmarked-turns.js'

/** The turns of an article as `[paragraph, label, who it names]`. */
function turnsOf(paragraphs: readonly string[]) {
  return [...unmarkedTurns(paragraphs)].map(([index, turn]) => [
    index,
    (paragraphs[index] as string).slice(turn.labelStart, turn.wordsStart).trim(),
    turn.speaker,
  ])
}

describe('unmarkedTurns', () => {
  it('reads a run of labelled paragraphs as a transcript, names in capitals', () => {
    const paragraphs = [
      'Senator Ann Vale and Paul Morris, the governor, met on Monday. A transcript follows:',
      'SEN. VALE: We will not vote for this bill.',
      'MORRIS: Then you will vote against your own state.',
      'QUESTION: Senator, will you run again?',
      'SEN. VALE: I have not decided.',
    ]
    expect(turnsOf(paragraphs)).toEqual([
      [1, 'SEN. VALE:', 'named'],
      [2, 'MORRIS:', 'named'],
      [3, 'QUESTION:', 'interviewer'],
      [4, 'SEN. VALE:', 'named'],
    ])
  })

  it('reads an interview’s questions and answers', () => {
    const paragraphs = [
      'Ines Okafor spoke to us in her office.',
      'Q: Why leave now?',
      'A: Because twelve years is enough for me.',
    ]
    expect(turnsOf(paragraphs)).toEqual([
      [1, 'Q:', 'interviewer'],
      [2, 'A:', 'interviewee'],
    ])
    // An explainer's answers, never in the first person, are the outlet's text.
    const explainer = ['The levy, explained.', 'Q: What does it cost?', 'A: About $40 a year.']
    expect(turnsOf(explainer)).toEqual([])
  })

  it('reads full names and a title with a name, no name elsewhere needed', () => {
    const paragraphs = [
      'The panel met on Tuesday.',
      'Tomas Brill: The levy is too high.',
      'DR. OKAFOR: It is the lowest in the region.',
    ]
    expect(turnsOf(paragraphs).map(([index]) => index)).toEqual([1, 2])
  })

  it('takes a bare name for a speaker only when the article names a person so', () => {
    const named = ['Paul Morris met fire chief Dario Quell.', 'MORRIS: Go.', 'QUELL: We stay here.']
    expect(turnsOf(named).map(([index]) => index)).toEqual([1, 2])
    // `Hampshire` follows `New`, no given name or title: a place, as `Iowa` is.
    const places = [
      'Insiders were polled in New Hampshire and Iowa.',
      'HAMPSHIRE: Tim Albrecht, Rob Barron.',
      'New Hampshire: Ann Vale, Ed Marsh.',
      'IOWA: Ann Vale, Ed Marsh.',
    ]
    expect(turnsOf(places)).toEqual([])
  })

  it('takes a bare name for the person a full-name label names', () => {
    const paragraphs = [
      'Video transcript:',
      'KATE OSTRANDER: Why not debate?',
      'TOMAS BRILL: We will, in time.',
      'OSTRANDER: When?',
      'BRILL: After the primary.',
    ]
    expect(turnsOf(paragraphs).map(([index]) => index)).toEqual([1, 2, 3, 4])
  })

  it('reads no notes, datelines, times, headings or calendar words as turns', () => {
    const paragraphs = [
      'UPDATE: The pier reopened at noon.',
      'Editor’s note: An earlier version misspelled a name.',
      'WASHINGTON: The vote was delayed.',
      '10:42 a.m.: The doors opened.',
      'Photo: Ann Vale at the pier.',
      'Related: Harbour dues rise again.',
      'Monday: Talks resume.',
      'Ohio: Polls close at 7:30.',
    ]
    expect(turnsOf(paragraphs)).toEqual([])
  })

  it('needs a run: labels each followed by prose are headings', () => {
    const paragraphs = [
      'What each candidate needs on Tuesday.',
      'Ann Vale: Win in a walk.',
      'Vale has led Tomas Brill in every poll this year.',
      'Tomas Brill: Finish second.',
      'Brill is following a strategy of patience.',
    ]
    expect(turnsOf(paragraphs)).toEqual([])
  })

  it('needs both questions and answers, and words, not a tally', () => {
    expect(turnsOf(['Ann Vale spoke.', 'A: Yes, I will.', 'A: No, I will not.'])).toEqual([])
    expect(turnsOf(['The count.', 'Ann Vale: 1,769.', 'Tomas Brill: 1,501.'])).toEqual([])
  })
})

describe('findQuotes with turns printed without marks', () => {
  it('makes each turn a quotation of its words, the label left out', () => {
    const paragraphs = [
      'Paul Morris and Senator Ann Vale spoke on Monday.',
      'SEN. VALE: We will not vote for this bill.',
      'MORRIS: Then you will vote against your own state.',
    ]
    const { quotes, problems } = findQuotes(paragraphs)
    expect(problems).toEqual([])
    expect(quotes.map((quote) => [quote.text, quote.segments[0]?.turnSpeaker])).toEqual([
      ['We will not vote for this bill.', 'named'],
      ['Then you will vote against your own state.', 'named'],
    ])
  })

  it('keeps a turn’s own quotation marks, never counting its words twice', () => {
    const paragraphs = [
      'Paul Morris and Senator Ann Vale spoke on Monday.',
      'SEN. VALE: We will not vote for this bill.',
      'MORRIS: My father told me, "Never trust a senator," and he was right.',
    ]
    const { quotes } = findQuotes(paragraphs)
    expect(quotes.map((quote) => quote.text)).toEqual([
      'We will not vote for this bill.',
      'Never trust a senator,',
    ])
  })
})
