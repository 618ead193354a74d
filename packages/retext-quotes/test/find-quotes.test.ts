import { describe, expect, it } from 'vitest'
import { findQuotes } from '../src/lib/find-quotes.js'

describe('findQuotes', () => {
  it('finds each quotation with its text, family and one segment', () => {
    const { quotes, problems } = findQuotes([
      'Ann Vale spoke first.',
      '“We will rebuild the harbour,” Ann Vale said. ‘It will take a year,’ she added.',
    ])
    expect(problems).toEqual([])
    expect(quotes.map((quote) => [quote.text, quote.family, quote.segments.length])).toEqual([
      ['We will rebuild the harbour,', 'double', 1],
      ['It will take a year,', 'single', 1],
    ])
    expect(quotes[0]?.segments[0]).toMatchObject({ paragraph: 1, open: 0, innerStart: 1 })
  })

  it('joins a quote left open when the next paragraph opens with a mark of its kind', () => {
    const paragraphs = [
      'Ann Vale said:',
      '“The river rose all night.',
      '“Then the wall gave way.',
      '“By morning the town was an island.”',
    ]
    const { quotes, problems } = findQuotes(paragraphs)
    expect(problems).toEqual([])
    expect(quotes).toHaveLength(1)
    const [quote] = quotes
    expect(quote?.text).toBe(
      'The river rose all night. Then the wall gave way. By morning the town was an island.',
    )
    expect(quote?.segments.map((segment) => [segment.paragraph, segment.closed])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ])
    // Each segment's words, in the coordinates of its own paragraph.
    expect(
      quote?.segments.map((segment) =>
        paragraphs[segment.paragraph]?.slice(segment.innerStart, segment.innerEnd),
      ),
    ).toEqual([
      'The river rose all night.',
      'Then the wall gave way.',
      'By morning the town was an island.',
    ])
  })

  it('ends a continued quote at the next turn of a transcript quoted whole', () => {
    const paragraphs = [
      'A partial transcript follows:',
      '"BRILL: Will the pier reopen this year?',
      '"VALE: Not before the spring.',
      '"The council has the plans.',
      '"BRILL: And the wall?',
    ]
    const { quotes, problems } = findQuotes(paragraphs)
    // Each turn's words, its label left outside them, and no turn reported unclosed but the last.
    expect(quotes.map((quote) => [quote.text, quote.segments.length])).toEqual([
      ['Will the pier reopen this year?', 1],
      ['Not before the spring. The council has the plans.', 2],
      ['And the wall?', 1],
    ])
    expect(problems.map((problem) => problem.paragraph)).toEqual([4])
  })

  it('opens a transcript with a label in capitals only when something shows a transcript', () => {
    const words = (paragraphs: string[]): string[] =>
      findQuotes(paragraphs).quotes.map((quote) => quote.text)
    // A placard, a flyer: a label in capitals alone, no transcript before or after it.
    expect(words(['Ines Vale led the march.', '"BRILL: OUT." The placard drew cheers.'])).toEqual([
      'BRILL: OUT.',
    ])
    expect(
      words(['"We will rebuild," Vale said.', '"BRILL: you have had four years. Step aside."']),
    ).toEqual(['We will rebuild,', 'BRILL: you have had four years. Step aside.'])
    // Introduced by the paragraph before, or followed by a turn labelled the same way.
    expect(words(['The placards read:', '"BRILL: OUT."'])).toEqual(['OUT.'])
    expect(words(['Ines Vale led the march.', '"BRILL: Go home.', '"VALE: No."'])).toEqual([
      'Go home.',
      'No.',
    ])
  })

  it('reads the next paragraph as a turn only when its label is of the same kind', () => {
    // "Look:" is the speaker's own word, not a label: no full name opens a transcript before it.
    const { quotes } = findQuotes([
      'Ines Vale spoke on Monday.',
      '"Safety First: that is the whole plan."',
      '"Look: we have no choice," she added.',
    ])
    expect(quotes.map((quote) => quote.text)).toEqual([
      'Safety First: that is the whole plan.',
      'Look: we have no choice,',
    ])
    // A full name, then a label in capitals: two kinds, no one transcript.
    const mixed = findQuotes([
      'Ines Vale spoke on Monday.',
      '"Tomas Brill: a man who never built a pier."',
      '"VALE: I stand by every word."',
    ])
    expect(mixed.quotes.map((quote) => quote.text)).toEqual([
      'Tomas Brill: a man who never built a pier.',
      'VALE: I stand by every word.',
    ])
  })

  it('takes no quotation closing with its own cue after it for a turn', () => {
    // Even after a paragraph that could introduce a transcript: the cue gives the speaker.
    const { quotes } = findQuotes([
      'The notice was plain:',
      '"NOTE: the pier stays closed until March," Vale said.',
    ])
    expect(quotes.map((quote) => quote.text)).toEqual(['NOTE: the pier stays closed until March,'])
  })

  it('ends a turn at a paragraph whose quotation closes with its own cue', () => {
    const { quotes } = findQuotes([
      'A transcript follows:',
      '"VALE: The pier must close.',
      '"BRILL: It must not. And another thing.',
      '"The pier stays open," he added.',
    ])
    expect(quotes.map((quote) => [quote.text, quote.segments.length])).toEqual([
      ['The pier must close.', 1],
      ['It must not. And another thing.', 1],
      ['The pier stays open,', 1],
    ])
  })

  it('ends a turn at a cued quotation whose cue holds an apposition', () => {
    const { quotes } = findQuotes([
      'A transcript follows:',
      '"QUILLON: The ferry runs at dawn.',
      '"MARSH: It never has.',
      '"It has since May," the harbor master, Edda Quillon, added.',
    ])
    expect(quotes.map((quote) => [quote.text, quote.segments.length])).toEqual([
      ['The ferry runs at dawn.', 1],
      ['It never has.', 1],
      ['It has since May,', 1],
    ])
  })

  it('does not run a lone label’s words into a quotation with its own cue', () => {
    const { quotes } = findQuotes([
      'Piet Marsh spoke on Monday.',
      '"QUILLON: The ferry must stop.',
      '"It must not," Marsh replied.',
    ])
    expect(quotes.map((quote) => [quote.text, quote.segments.length])).toEqual([
      ['QUILLON: The ferry must stop.', 1],
      ['It must not,', 1],
    ])
    // Without a label, the cue is the whole quotation's, as the newspaper convention has it.
    const plain = findQuotes([
      'Piet Marsh spoke on Monday.',
      '"The ferry must stop.',
      '"It must not," Marsh said.',
    ])
    expect(plain.quotes.map((quote) => quote.segments.length)).toEqual([2])
  })

  it('takes no capitalized word before a colon inside a sentence for a turn’s label', () => {
    const { quotes } = findQuotes([
      'Ines Vale read “Harbors: How Towns Meet the Sea,” twice.',
      '"To those I say the following: we stay.',
      '"Then we rebuild."',
    ])
    expect(quotes.map((quote) => quote.text)).toEqual([
      'Harbors: How Towns Meet the Sea,',
      'To those I say the following: we stay. Then we rebuild.',
    ])
  })

  it('ends a continued quote where it closes, leaving later quotes of the paragraph apart', () => {
    const { quotes, problems } = findQuotes([
      '“The river rose all night.',
      '“The wall fell,” Ann Vale said. “We ran.”',
    ])
    expect(problems).toEqual([])
    expect(quotes.map((quote) => [quote.text, quote.segments.length])).toEqual([
      ['The river rose all night. The wall fell,', 2],
      ['We ran.', 1],
    ])
  })

  it('does not join a paragraph opening with a mark of the other family', () => {
    const { quotes, problems } = findQuotes([
      '“The river rose all night.',
      '‘Nobody slept,’ Tomas Brio said.',
    ])
    expect(quotes.map((quote) => quote.text)).toEqual([
      'The river rose all night.',
      'Nobody slept,',
    ])
    expect(problems).toEqual([{ paragraph: 0, offset: 0, ruleId: 'unclosed', mark: '“' }])
  })

  it('takes a single mark no paragraph continues for an apostrophe, keeping the quotes inside', () => {
    const { quotes, problems } = findQuotes([
      'And how ‘bout this from the Rellmark Post: “Harbour fees rise again.” Indeed.',
      'Tomas Brio paid anyway.',
    ])
    expect(quotes.map((quote) => quote.text)).toEqual(['Harbour fees rise again.'])
    expect(problems).toEqual([])
  })

  it('takes a straight single mark no paragraph continues for an apostrophe', () => {
    const { quotes } = findQuotes([
      `Councillor Ann in 't Veld wrote: "The harbour is ours." Then she left.`,
      'Tomas Brio stayed.',
    ])
    expect(quotes.map((quote) => quote.text)).toEqual(['The harbour is ours.'])
  })

  it('keeps the double quotes after a Dutch article even when the next paragraph opens a quote', () => {
    const { quotes } = findQuotes([
      `Councillor Ann in 't Veld said: "The harbour is ours." Then she left.`,
      `'It was a bad night,' Tomas Brio said.`,
    ])
    expect(quotes.map((quote) => quote.text)).toEqual([
      'The harbour is ours.',
      'It was a bad night,',
    ])
  })

  it('continues a straight single quote opening a sentence into the next paragraph', () => {
    const { quotes } = findQuotes([
      `'It was the best night since the '90s. We danced 'til four o'clock.`,
      `'Nobody wanted to leave,' Tomas Brio said.`,
    ])
    expect(quotes.map((quote) => quote.text)).toEqual([
      "It was the best night since the '90s. We danced 'til four o'clock. Nobody wanted to leave,",
    ])
  })

  it('leaves the double quotes inside a straight single quote the next paragraph continues', () => {
    // `'It was ugly,'` opens the next paragraph: the mark left open was a quotation's, and the
    // double quote inside it someone else's words it reports.
    const { quotes } = findQuotes([
      `Ann Vale described it, and 'Tomas Brio stood up. "You are a liar." Then he walked out.`,
      `'It was ugly,' Vale said.`,
    ])
    expect(quotes.map((quote) => quote.text)).toEqual(['It was ugly,'])
  })

  it('still continues a single quote holding a double one into the next paragraph', () => {
    const { quotes } = findQuotes([
      '‘Ann Vale told us “never” and left the harbour.',
      '‘Then the river rose,’ Tomas Brio said.',
    ])
    expect(quotes.map((quote) => quote.text)).toEqual([
      'Ann Vale told us “never” and left the harbour. Then the river rose,',
    ])
  })

  it('reports a quote left open before a paragraph of plain text, and ends it there', () => {
    const { quotes, problems } = findQuotes(['“The river rose all night.', 'Tomas Brio disagreed.'])
    expect(problems).toEqual([{ paragraph: 0, offset: 0, ruleId: 'unclosed', mark: '“' }])
    expect(quotes.map((quote) => quote.text)).toEqual(['The river rose all night.'])
  })

  it('reports a quote left open at the end of the last paragraph', () => {
    const { quotes, problems } = findQuotes(['Intro.', 'Ann Vale said: "We stay.'])
    expect(problems).toEqual([{ paragraph: 1, offset: 15, ruleId: 'unclosed', mark: '"' }])
    expect(quotes[0]?.text).toBe('We stay.')
  })

  it('ends an unclosed quote before an attribution cue inside it', () => {
    const paragraphs = ['“We will appeal, said lawyer Ann Vale. The court was silent.']
    const { quotes, problems } = findQuotes(paragraphs)
    expect(problems.map((problem) => problem.ruleId)).toEqual(['unclosed'])
    expect(quotes[0]?.text).toBe('We will appeal,')
    const segment = quotes[0]?.segments[0]
    expect(paragraphs[0]?.slice(segment?.innerStart, segment?.innerEnd)).toBe('We will appeal,')
  })

  it('keeps the whole rest of the paragraph when an unclosed quote holds no cue', () => {
    const { quotes } = findQuotes(['“We will appeal. The court cannot stop us.'])
    expect(quotes[0]?.text).toBe('We will appeal. The court cannot stop us.')
  })

  it('passes on the problems of the marks (a closing mark never opened)', () => {
    const { quotes, problems } = findQuotes(['Ann Vale” said no.'])
    expect(quotes).toEqual([])
    expect(problems).toEqual([{ paragraph: 0, offset: 8, ruleId: 'unopened', mark: '”' }])
  })

  it('drops empty quotations and trims the spaces just inside the marks', () => {
    const paragraphs = ['“”  “ We will stay ” said Ann Vale.']
    const { quotes } = findQuotes(paragraphs)
    expect(quotes.map((quote) => quote.text)).toEqual(['We will stay'])
    const segment = quotes[0]?.segments[0]
    expect([segment?.innerStart, segment?.innerEnd]).toEqual([6, 18])
  })

  it('orders quotations by paragraph and then by offset', () => {
    const { quotes } = findQuotes(['Ann Vale said “one” and “two.”', '“Three,” said Tomas Brio.'])
    expect(quotes.map((quote) => [quote.text, quote.segments[0]?.paragraph])).toEqual([
      ['one', 0],
      ['two.', 0],
      ['Three,', 1],
    ])
  })

  it('finds nothing in text without marks, and nothing in no paragraphs', () => {
    expect(findQuotes(["Ann Vale's plan didn't change."])).toEqual({ quotes: [], problems: [] })
    expect(findQuotes([])).toEqual({ quotes: [], problems: [] })
  })
})
