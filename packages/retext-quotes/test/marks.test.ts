import { describe, expect, it } from 'vitest'
import { opensWithMark, paragraphLabelKind, scanParagraph } from '../src/lib/marks.js'

/** The quoted words of each segment a paragraph scan finds. */
function quoted(text: string): string[] {
  return scanParagraph(text, 0).segments.map((segment) =>
    text.slice(segment.innerStart, segment.innerEnd),
  )
}

describe('scanParagraph', () => {
  it('pairs curly double marks, with offsets of the marks and of the words between them', () => {
    const text = '“We will rebuild,” said Ann Vale.'
    expect(scanParagraph(text, 4)).toEqual({
      segments: [
        {
          paragraph: 4,
          open: 0,
          close: 18,
          innerStart: 1,
          innerEnd: 17,
          family: 'double',
          closed: true,
        },
      ],
      problems: [],
      openAtEnd: null,
      nestedInOpen: [],
    })
  })

  it('reads through the narrow space typesetters put between two marks that meet', () => {
    // A thin space (U+2009) between a nested closing quote and the outer one, and a narrow
    // no-break space (U+202F) between the outer opening quote and a nested one.
    const closing = `"I looked up and said, 'That is the tide'\u2009", Ann Vale recalled later.`
    expect(quoted(closing)).toEqual([`I looked up and said, 'That is the tide'\u2009`])
    expect(scanParagraph(closing, 0).problems).toEqual([])
    const opening = `"\u202F'Tide's in,' he told me," said Ann Vale.`
    expect(quoted(opening)).toEqual([`\u202F'Tide's in,' he told me,`])
    // As ingest gives it, the thin space made a plain one: a mark before a comma still closes.
    const plain = `"I looked up and said, 'That is the tide' ", Ann Vale recalled later.`
    expect(quoted(plain)).toEqual([`I looked up and said, 'That is the tide' `])
    expect(scanParagraph(plain, 0).problems).toEqual([])
    // Where no quotation is open, the same straight mark opens one that begins with a comma;
    // a curly opening mark always opens.
    expect(quoted('Ann Vale read the order: ", and no further delays," before she left.')).toEqual([
      ', and no further delays,',
    ])
    expect(
      quoted('Ann Vale said: “, and the rest will follow next year,” before leaving.'),
    ).toEqual([', and the rest will follow next year,'])
    // A narrow space between a mark and a word is no mark's neighbour: nothing changes there.
    expect(quoted('Ann Vale said "\u2009the bridge is safe" on Monday.')).toEqual([
      '\u2009the bridge is safe',
    ])
  })

  it('reads a straight double quote inside an open one as nested when the open one closes after it', () => {
    const text =
      'Ada Brill wrote: "The statement shows no grasp of it. The "United States" holds no detainees. They are all held by the militia." Then she left.'
    expect(quoted(text)).toEqual([
      'The statement shows no grasp of it. The "United States" holds no detainees. They are all held by the militia.',
    ])
    expect(scanParagraph(text, 0).problems).toEqual([])
    // With no closing mark for the open quote after the nested one, the open one was left
    // unclosed: the second mark opens a quotation of its own.
    const unclosed = '"We are done, Ada Brill said. "We go now," she added.'
    expect(quoted(unclosed)).toEqual(['We are done, Ada Brill said. ', 'We go now,'])
    expect(scanParagraph(unclosed, 0).problems.map((problem) => problem.ruleId)).toEqual([
      'unclosed',
    ])
    // Curly marks inside a straight pair are the quotation, the straight pair a stray wrapper.
    const wrapped = '"“We go now,” Ada Brill said before adding that she would return."'
    expect(quoted(wrapped)).toEqual(['', 'We go now,'])
  })

  it('reads several double quotes inside an open one as nested when the open one closes after them', () => {
    for (const text of [
      '"I said "no" twice, and then "no" again," Ada Vell said.',
      '"I said "no," then "no" and "no" again," Ada Vell said.',
    ]) {
      expect(quoted(text)).toEqual([text.slice(1, text.indexOf('," Ada') + 1)])
      expect(scanParagraph(text, 0).problems).toEqual([])
    }
    // With no closing mark after the last of them, the open quote was left unclosed.
    const unclosed = '"We wait, Ada Vell said. "We go," she added, and "now," said Ivo Marsh.'
    expect(quoted(unclosed)).toEqual(['We wait, Ada Vell said. ', 'We go,', 'now,'])
  })

  it('reads a double quote of one style nested in one of the other, or in its own', () => {
    for (const text of [
      '“He told me "never" and left,” Ada Vell said.',
      '"He told me “never” and left," Ada Vell said.',
      '“He told me “never” and left,” Ada Vell said.',
      '“He called it "late" and "slow" and left,” Ada Vell said.',
      '"It comes across as “too loud” or “too that.”" Ada Vell said.',
    ]) {
      expect(quoted(text), text).toEqual([text.slice(1, text.lastIndexOf(' Ada') - 1)])
      expect(scanParagraph(text, 0).problems, text).toEqual([])
    }
  })

  it('reads no nested quote at an opening mark right after the open one', () => {
    // Two opening marks in a row are one quotation's and a stray one (a straight pair wrapping
    // a paragraph), spaces between them or not.
    for (const text of [
      '" “We go now,” Ada Vell said before adding that she would return."',
      '““We go now,” Ada Vell said before adding that she would return.”',
    ]) {
      expect(quoted(text), text).toContain('We go now,')
    }
  })

  it('reads a missing closing mark, not a nested quote, when the marks after could open', () => {
    // The third mark could open the next quotation as well as close the first (glued to a stop,
    // spaced on both sides, after an ellipsis): the first quotation was left unclosed.
    for (const joint of ['."It', '. " It', '…"and']) {
      const text = `"The council failed us, Ada Brill said. "It failed the town," she added${joint} will fail again," said Ivo Marsh.`
      expect(quoted(text)).toHaveLength(3)
      expect(quoted(text)[1]).toBe('It failed the town,')
    }
    // A mark whose next mark cannot close it opens no nested quote.
    expect(quoted('"We wait, Ada Brill said. "We go "now," she added."')[0]).toBe(
      'We wait, Ada Brill said. ',
    )
  })

  it('stays linear on many straight double quotes nested in open ones', () => {
    const text = `${'"a "b" c" '.repeat(100_000)}`
    expect(quoted(text)).toHaveLength(100_000)
  })

  it('stays linear on many double quotes nested in one open quote', () => {
    // Each nested quote looked ahead to the open quote's closing mark would make this
    // quadratic (some 2·10¹⁰ steps).
    const text = `"${'a "b" '.repeat(200_000)}c," Ada Vell said.`
    expect(quoted(text)).toHaveLength(1)
    expect(scanParagraph(text, 0).problems).toEqual([])
  })

  it('pairs straight double marks the same way', () => {
    const text = 'Ann Vale said "the bridge is safe" on Monday.'
    const [segment] = scanParagraph(text, 0).segments
    expect(segment).toMatchObject({ open: 14, close: 34, family: 'double', closed: true })
    expect(quoted(text)).toEqual(['the bridge is safe'])
  })

  it('reads single marks at the top level as quotes (British style)', () => {
    const curly = scanParagraph('‘We will rebuild,’ said Ann Vale.', 0)
    expect(curly.segments.map((segment) => [segment.family, segment.innerEnd])).toEqual([
      ['single', 17],
    ])
    expect(quoted("'We will rebuild,' said Ann Vale.")).toEqual(['We will rebuild,'])
  })

  it('keeps a nested quote inside the outer one and returns only the outer', () => {
    expect(quoted('“They called it a ‘temporary’ fix,” she said.')).toEqual([
      'They called it a ‘temporary’ fix,',
    ])
    expect(quoted('"They called it a \'temporary\' fix," she said.')).toEqual([
      "They called it a 'temporary' fix,",
    ])
  })

  it('never takes apostrophes for marks: contractions, possessives, elided years', () => {
    for (const text of [
      "Ann Vale's band played hits from the '90s.",
      'The leaders’ plan didn’t hold.',
      "Rock'n'roll is what Tomas Brio's father played.",
    ]) {
      const scan = scanParagraph(text, 0)
      expect(scan.segments, text).toEqual([])
      expect(scan.problems, text).toEqual([])
      expect(scan.openAtEnd, text).toBeNull()
    }
  })

  it('takes the marks of elided words for apostrophes, inside and outside quotes', () => {
    expect(quoted("Mayor Nell Tarrow's rock 'n' roll past came up too.")).toEqual([])
    expect(quoted("'I played 'til two o'clock,' Tarrow said.")).toEqual([
      "I played 'til two o'clock,",
    ])
    expect(quoted('‘We saw ’em off ’cause we had to,’ Tarrow said.')).toEqual([
      'We saw ’em off ’cause we had to,',
    ])
    expect(quoted(`'Twas a long night, and "nobody slept," Tarrow said.`)).toEqual([
      'nobody slept,',
    ])
  })

  it('takes a mark after a word and before a lowercase one for an apostrophe when a closer follows', () => {
    expect(quoted("'The students' union voted no,' Tarrow said.")).toEqual([
      "The students' union voted no,",
    ])
    // With no closing mark after it, the mark closes its quote (a word quoted in passing).
    expect(quoted("She called them 'cowards' and left. 'We stay,' Tarrow said.")).toEqual([
      'cowards',
      'We stay,',
    ])
  })

  it('closes a single quote nested in a single one at a mark before a lowercase word', () => {
    expect(quoted("'He called it 'madness' and walked out,' Nell Tarrow said.")).toEqual([
      "He called it 'madness' and walked out,",
    ])
    expect(
      quoted("'The word 'closure' was never used,' Brio said. 'We left,' Tarrow said."),
    ).toEqual(["The word 'closure' was never used,", 'We left,'])
  })

  it('takes no mark before a lowercase word for the closer of a word quoted before it', () => {
    // `fans' anger` is a possessive, not the closer that would make `cowards'` an apostrophe.
    expect(quoted("He called them 'cowards' and left, and the fans' anger grew.")).toEqual([
      'cowards',
    ])
    // A real closer still reaches back over possessives.
    expect(quoted("'Our members' jobs and the owners' money,' Tarrow said.")).toEqual([
      "Our members' jobs and the owners' money,",
    ])
  })

  it('lets the mark of an elided word open a quotation at a sentence start before a closer', () => {
    expect(quoted("'Tis the season for cuts, they say,' Tarrow said.")).toEqual([
      'Tis the season for cuts, they say,',
    ])
    expect(quoted('‘Em and us,’ Tarrow said.')).toEqual(['Em and us,'])
    // With no closer after it, it stays an apostrophe; inside a quote it opens no nested one.
    expect(scanParagraph("'Tis the season for cuts.", 0).openAtEnd).toBeNull()
    expect(quoted("'It is late. 'Tis the season,' Tarrow said.")).toEqual([
      "It is late. 'Tis the season,",
    ])
  })

  it('takes the leading marks of round and nother for apostrophes', () => {
    expect(scanParagraph("'Round here, nobody trusts the owners.", 0).openAtEnd).toBeNull()
    expect(scanParagraph("That is a whole 'nother tale.", 0).openAtEnd).toBeNull()
  })

  it('never takes a doubled mark for the closer that makes a mark before it an apostrophe', () => {
    // `''` is some papers' double quote: the nested `'unacceptable'` closes before "doesn't".
    const text = "Brio added: ''The problem is, 'unacceptable' doesn't say it.''"
    expect(quoted(text)).toContain('unacceptable')
  })

  it('opens no quotation at a straight mark glued to the word before it', () => {
    // After "Jr." the mark would open a sentence, but it is the possessive's.
    expect(scanParagraph("Tomas Brio Jr.'s boat sank.", 0).openAtEnd).toBeNull()
  })

  it('stays linear on many apostrophes before a closing mark', () => {
    const text = `'${"the cats' bowl 'n' ".repeat(50_000)}done,' Tarrow said.`
    expect(scanParagraph(text, 0).segments).toHaveLength(1)
  })

  it('reads guillemets and low-9 marks as double quotes', () => {
    expect(quoted('«Nous restons,» said Ann Vale.')).toEqual(['Nous restons,'])
    expect(quoted('„Wir bleiben“, said Ann Vale.')).toEqual(['Wir bleiben'])
    expect(scanParagraph('«Nous restons,» said Ann Vale.', 0).segments[0]?.family).toBe('double')
  })

  it('finds several quotes of a paragraph in order', () => {
    expect(quoted('Ann Vale said “we go” and Tomas Brio said “they stay.”')).toEqual([
      'we go',
      'they stay.',
    ])
  })

  it('leaves a quote open at the paragraph end to the caller, without a problem', () => {
    const text = '“The river rose all night.'
    const scan = scanParagraph(text, 2)
    expect(scan.segments).toEqual([])
    expect(scan.problems).toEqual([])
    expect(scan.openAtEnd).toEqual({
      paragraph: 2,
      open: 0,
      close: text.length,
      innerStart: 1,
      innerEnd: text.length,
      family: 'double',
      closed: false,
    })
  })

  it('reports an unclosed quote when a new one opens, at the earlier mark', () => {
    const text = 'Ann Vale said “we go and Tomas Brio said “they stay.”'
    const scan = scanParagraph(text, 1)
    expect(scan.problems).toEqual([{ paragraph: 1, offset: 14, ruleId: 'unclosed', mark: '“' }])
    expect(scan.segments.map((segment) => [segment.open, segment.closed])).toEqual([
      [14, false],
      [41, true],
    ])
    // The unclosed quote ends where the next one opens.
    expect(scan.segments[0]?.innerEnd).toBe(41)
  })

  it('reports a closing double mark with no quote open as unopened, and ignores it', () => {
    const scan = scanParagraph('Ann Vale” said no.', 0)
    expect(scan.problems).toEqual([{ paragraph: 0, offset: 8, ruleId: 'unopened', mark: '”' }])
    expect(scan.segments).toEqual([])
    expect(scan.openAtEnd).toBeNull()
  })

  it('takes a lone straight single mark left open for an apostrophe', () => {
    const scan = scanParagraph("They stayed 'cause the harbour was open.", 0)
    expect(scan.openAtEnd).toBeNull()
    expect(scan.problems).toEqual([])
  })

  it('hands the double quotes after a straight single mark left open to the caller', () => {
    // `'fore` is an elided word no list holds, or a quotation the next paragraph continues:
    // the caller knows.
    const text = `"We stay," said Ann Vale, 'fore the tale ended. "The harbour is ours."`
    const scan = scanParagraph(text, 0)
    expect(quoted(text)).toEqual(['We stay,'])
    expect(scan.openAtEnd).toBeNull()
    expect(
      scan.nestedInOpen.map((segment) => text.slice(segment.innerStart, segment.innerEnd)),
    ).toEqual(['The harbour is ours.'])
  })

  it('keeps the double quotes nested in a single mark that opens a sentence', () => {
    // `'Brill stood up. "No." …` opens a quotation left unclosed, not an apostrophe.
    for (const text of [
      `Vale told us what happened. 'Brill stood up. "No." Then he left.`,
      `‘Brill stood up. “No.” Then he left.`,
    ]) {
      const scan = scanParagraph(text, 0)
      expect(scan.segments).toEqual([])
      expect(scan.nestedInOpen).toEqual([])
    }
  })

  it('takes back the double quotes of a single quote that closes inside an open one', () => {
    // The straight `'fore` stays open; the curly quote closes around the double one.
    const text = `Ann Vale, 'fore the tale ended: ‘Brill whispered “Never.” and left,’ she told us.`
    const scan = scanParagraph(text, 0)
    expect(quoted(text)).toEqual([])
    expect(scan.nestedInOpen).toEqual([])
  })

  it('keeps the double quotes after a single mark before an unclosed double one', () => {
    const text = `Ann 't Vale said "We stay." Then "we`
    expect(quoted(text)).toEqual(['We stay.'])
    const open = scanParagraph(text, 0).openAtEnd
    expect(open).toMatchObject({ family: 'double', closed: false })
    expect(text.slice(open?.innerStart)).toBe('we')
  })

  it('hands the double quotes inside a single quote left open to the caller', () => {
    const text = 'And ‘fore the line from the Rellmark Post: “Harbour fees rise again.” Indeed.'
    const scan = scanParagraph(text, 0)
    expect(scan.segments).toEqual([])
    expect(scan.openAtEnd).toMatchObject({ family: 'single', closed: false })
    expect(
      scan.nestedInOpen.map((segment) => text.slice(segment.innerStart, segment.innerEnd)),
    ).toEqual(['Harbour fees rise again.'])
  })

  it('leaves double quotes nested in a single quote that closes inside it', () => {
    const text = '‘She said “no” to us,’ Ann Vale said.'
    expect(quoted(text)).toEqual(['She said “no” to us,'])
    expect(scanParagraph(text, 0).nestedInOpen).toEqual([])
  })

  it('stays linear on a long paragraph of marks', () => {
    const text = '“a” '.repeat(20_000)
    expect(scanParagraph(text, 0).segments).toHaveLength(20_000)
  })

  it('stays linear on double quotes among single marks left open', () => {
    // Each `'a` stays open: a search of the stack for the open double quote at each double
    // mark would make this quadratic (some 5·10⁹ steps, far past the test's time limit).
    const text = `x ${"'a “b” ".repeat(100_000)}`
    const scan = scanParagraph(text, 0)
    expect(scan.segments).toEqual([])
    expect(scan.nestedInOpen).toHaveLength(100_000)
  })

  it('hands over any number of double quotes after an apostrophe', () => {
    // More than a spread into `push` takes as arguments (some 125 000).
    const text = `Ann in 't Veld ${'"b" '.repeat(200_000)}"c`
    const scan = scanParagraph(text, 0)
    expect(scan.segments).toHaveLength(200_000)
    expect(scan.openAtEnd).toMatchObject({ family: 'double', closed: false })
  })
})

describe('opensWithMark', () => {
  it('tells whether a paragraph opens with a mark of the family (a continued quote)', () => {
    expect(opensWithMark('“By morning the town was an island.”', 'double')).toBe(true)
    expect(opensWithMark('"By morning…', 'double')).toBe(true)
    expect(opensWithMark('  «Ensuite…', 'double')).toBe(true)
    expect(opensWithMark('‘By morning…', 'single')).toBe(true)
    expect(opensWithMark("'By morning…", 'single')).toBe(true)
  })

  it('refuses another family, a paragraph opening with a word, and an empty one', () => {
    expect(opensWithMark('‘By morning…', 'double')).toBe(false)
    expect(opensWithMark('“By morning…', 'single')).toBe(false)
    expect(opensWithMark('By morning “the town” was an island.', 'double')).toBe(false)
    expect(opensWithMark('', 'double')).toBe(false)
    expect(opensWithMark('   ', 'single')).toBe(false)
  })
})

describe('paragraphLabelKind', () => {
  it('tells a transcript’s labels in capitals from full names', () => {
    expect(paragraphLabelKind('"BRILL: It must not.')).toBe('capitals')
    expect(paragraphLabelKind('“MS. VALE: Then who pays?')).toBe('capitals')
    expect(paragraphLabelKind('"Tomas Brill: It must not.')).toBe('full-name')
  })

  it('finds no label in a common word, a salutation, a courtesy title, or no quotation', () => {
    expect(paragraphLabelKind('"Look: we have no choice," she added.')).toBeNull()
    expect(paragraphLabelKind('"Dear Tomas Brill: The pier must close," Vale wrote.')).toBeNull()
    expect(paragraphLabelKind('"Mr. Brill: you have had four years."')).toBeNull()
    expect(paragraphLabelKind('BRILL: It must not.')).toBeNull()
    expect(paragraphLabelKind(undefined)).toBeNull()
  })
})
