import { describe, expect, it } from 'vitest'
import * as evaluate from '../src/index.js'
import {
  blockPointer,
  directQuotations,
  type GoldArticle,
  GoldFormatError,
  headNoun,
  isSourceMention,
  isValidationArticle,
  matchQuotes,
  namesSource,
  readBrat,
  readGold,
  sameSpeaker,
  scoreQuotes,
  scoreSourceMentions,
  systemQuotesFromQuotes,
} from '../src/index.js'

const gold: GoldArticle[] = [
  {
    file: 'harbour.txt',
    quotes: [
      {
        text: 'The harbour will reopen on Monday, once the divers have finished.',
        speaker: 'Mara Vellin',
        speakerType: 'person',
      },
      {
        text: 'We lost two boats in the night',
        speaker: 'anonymous: a senior port official',
        speakerType: 'anonymous',
      },
      {
        text: 'deeply worrying',
        speaker: 'Tobiah Quarn',
        speakerType: 'person',
        alsoAccept: ['Harbour Board'],
      },
    ],
    ignore: ['Sea Shanty Nights'],
  },
]

describe('@newsroom/evaluate', () => {
  it('exposes its public API', () => {
    expect(Object.keys(evaluate).sort()).toEqual([
      'GoldArticle',
      'GoldFormatError',
      'GoldPerson',
      'GoldQuote',
      'GoldSpeakerType',
      'blockPointer',
      'comparableName',
      'directQuotations',
      'headNoun',
      'isSourceMention',
      'isValidationArticle',
      'matchQuotes',
      'matchSourceMentions',
      'matchThreshold',
      'namesSource',
      'paragraphBreakOffsets',
      'parseSpeakerLabel',
      'quoteOverlap',
      'quoteTokens',
      'readBrat',
      'readGold',
      'reportedThresholds',
      'sameSpeaker',
      'scoreQuotes',
      'scoreSourceMentions',
      'spansOverlap',
      'systemQuotesFromQuotes',
      'tokensInCommon',
      'withoutParagraphBreaks',
    ])
  })
})

describe('readGold', () => {
  it('reads JSON Lines and skips blank lines', () => {
    const text = `${JSON.stringify(gold[0])}\n\n${JSON.stringify({ file: 'b.txt', quotes: [] })}\n`
    expect(readGold(text).map((article) => article.file)).toEqual(['harbour.txt', 'b.txt'])
  })

  it('names the line and the field of a bad line', () => {
    const text = `${JSON.stringify({ file: 'a.txt', quotes: [] })}\n${JSON.stringify({ file: 'b.txt', quotes: [{ text: 'x', speaker: 'A', speakerType: 'robot' }] })}`
    expect(() => readGold(text)).toThrow(GoldFormatError)
    try {
      readGold(text)
    } catch (error) {
      expect(error).toMatchObject({ line: 2, field: 'quotes.0.speakerType' })
    }
    expect(() => readGold('{nope')).toThrow(/line 1/)
  })
})

describe('matchQuotes', () => {
  it('needs half of the longer side’s tokens in common, in order', () => {
    const goldTexts = ['one two three four five six']
    expect(matchQuotes(goldTexts, ['one two three']).get(0)).toBe(0)
    expect(matchQuotes(goldTexts, ['one two']).get(0)).toBeUndefined()
    // Same words in the wrong order do not count.
    expect(matchQuotes(goldTexts, ['six five four three two one']).get(0)).toBeUndefined()
  })

  it('matches each side at most once, best overlap first', () => {
    const matches = matchQuotes(
      ['alpha beta gamma', 'alpha beta gamma delta'],
      ['alpha beta gamma delta'],
    )
    expect([...matches.entries()]).toEqual([[1, 0]])
  })
})

describe('sameSpeaker', () => {
  it('folds case, accents and titles', () => {
    expect(sameSpeaker('Joachim Brudziński', 'joachim brudzinski')).toBe(true)
    expect(sameSpeaker('Mara Vellin', 'Dr. Mara Vellin')).toBe(true)
    expect(sameSpeaker('Mara Vellin', 'Tobiah Quarn')).toBe(false)
  })

  it('matches anonymous and group speakers on the head noun', () => {
    expect(headNoun('a senior US official, speaking on condition of anonymity')).toBe('official')
    expect(sameSpeaker('anonymous: a senior port official', 'anonymous: an official')).toBe(true)
    expect(sameSpeaker('group: local fishermen', 'group: the fishermen of the bay')).toBe(true)
    expect(sameSpeaker('anonymous: a senior port official', 'anonymous: a diver')).toBe(false)
    expect(sameSpeaker('anonymous: a senior port official', 'Official')).toBe(false)
  })

  it('treats unknown and null alike', () => {
    expect(sameSpeaker('unknown', null)).toBe(true)
    expect(sameSpeaker('unknown', 'Mara Vellin')).toBe(false)
  })
})

describe('scoreQuotes', () => {
  it('scores a perfect system as 1 everywhere', () => {
    const score = scoreQuotes(gold, [
      {
        file: 'harbour.txt',
        quotes:
          gold[0]?.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker })) ?? [],
      },
    ])
    expect(score.quotes).toEqual({ precision: 1, recall: 1, f1: 1 })
    expect(score.speakerAccuracy).toBe(1)
    expect(score.attribution.f1).toBe(1)
    expect(score.errors).toEqual([])
  })

  it('counts missed, spurious, wrong speakers, alsoAccept and ignore entries', () => {
    const score = scoreQuotes(gold, [
      {
        file: 'harbour.txt',
        quotes: [
          { text: 'The harbour will reopen on Monday', speaker: 'Vellin' },
          { text: 'deeply worrying', speaker: 'Harbour Board' },
          { text: 'Sea Shanty Nights', speaker: null },
          { text: 'a quote nobody expected to see here', speaker: 'Mara Vellin' },
        ],
      },
    ])
    expect(score.goldQuotes).toBe(3)
    expect(score.systemQuotes).toBe(3)
    expect(score.ignoredQuotes).toBe(1)
    expect(score.matchedQuotes).toBe(2)
    expect(score.quotes.precision).toBeCloseTo(2 / 3)
    expect(score.quotes.recall).toBeCloseTo(2 / 3)
    // "Vellin" is not the canonical name; "Harbour Board" is accepted.
    expect(score.speakerCorrect).toBe(1)
    expect(score.speakerAccuracy).toBe(0.5)
    expect(score.attribution.precision).toBeCloseTo(1 / 3)
    expect(score.errors.map((error) => error.kind).sort()).toEqual([
      'missed',
      'spurious',
      'wrong-speaker',
    ])
    const wrong = score.errors.find((error) => error.kind === 'wrong-speaker')
    expect(wrong).toMatchObject({ expectedSpeaker: 'Mara Vellin', actualSpeaker: 'Vellin' })
  })

  it('counts a gold article without system output as all missed', () => {
    const score = scoreQuotes(gold, [])
    expect(score.quotes.recall).toBe(0)
    expect(score.errors).toHaveLength(3)
  })
})

describe('systemQuotesFromQuotes', () => {
  it('writes speakers the gold’s way', () => {
    const base = {
      blockId: 'p1',
      spans: [{ blockId: 'p1', start: 0, end: 5 }],
      cue: 'said',
      mention: null,
      confidence: 0.9,
      sentiment: null,
    }
    expect(
      systemQuotesFromQuotes([
        {
          ...base,
          id: 'q1',
          text: 'Hello',
          speaker: { id: 'anonymous-1', name: 'a diver', kind: 'anonymous' },
        },
        {
          ...base,
          id: 'q2',
          text: 'Bye',
          speaker: { id: 'mara-vellin', name: 'Mara Vellin', kind: 'person' },
        },
        {
          ...base,
          id: 'q3',
          text: 'Hm',
          speaker: null,
          candidate: { id: 'tobiah-quarn', name: 'Tobiah Quarn', kind: 'person' },
          mention: 'Quarn',
          mentionSpan: { blockId: 'p1', start: 10, end: 15 },
          confidence: 0.4,
        },
      ]).map(({ text, speaker, candidate, confidence, mention }) => ({
        text,
        speaker,
        candidate,
        confidence,
        mention,
      })),
    ).toEqual([
      {
        text: 'Hello',
        speaker: 'anonymous: a diver',
        candidate: null,
        confidence: 0.9,
        mention: null,
      },
      { text: 'Bye', speaker: 'Mara Vellin', candidate: null, confidence: 0.9, mention: null },
      {
        text: 'Hm',
        speaker: null,
        candidate: 'Tobiah Quarn',
        confidence: 0.4,
        mention: { text: 'Quarn', span: { blockId: 'p1', start: 10, end: 15 } },
      },
    ])
  })
})

describe('published speakers and thresholds', () => {
  it('scores what is published apart from what the system leans to', () => {
    const score = scoreQuotes(gold, [
      {
        file: 'harbour.txt',
        quotes: [
          { text: 'The harbour will reopen on Monday', speaker: 'Mara Vellin', confidence: 0.9 },
          { text: 'deeply worrying', speaker: null, candidate: 'Harbour Board', confidence: 0.4 },
          { text: 'We lost two boats in the night', speaker: 'Tobiah Quarn', confidence: 0.7 },
        ],
      },
    ])
    expect(score.matchedQuotes).toBe(3)
    // Leaned-to speakers count for accuracy; only published ones for precision.
    expect(score.speakerCorrect).toBe(2)
    expect(score.published).toBe(2)
    expect(score.publishedCorrect).toBe(1)
    expect(score.publishedPrecision).toBe(0.5)
    expect(score.coverage).toBeCloseTo(2 / 3)
    const at = (threshold: number) => score.thresholds.find((row) => row.threshold === threshold)
    expect(at(0)).toMatchObject({ precision: 2 / 3, coverage: 1 })
    expect(at(0.8)).toMatchObject({ precision: 1, coverage: 1 / 3 })
    expect(score.errors.find((error) => error.kind === 'wrong-speaker')).toMatchObject({
      actualSpeaker: 'Tobiah Quarn',
      published: true,
    })
  })
})

describe('PolNeAR source mentions', () => {
  const raw =
    'Harbour Trouble\n\nThe board met on Monday.\n\n“We will\u00a0rebuild,” said  Mara Vellin, the harbour master. She added: "Divers start at dawn."\n\nThe "quiet zone" stays.'
  const at = (text: string, from = 0) => raw.indexOf(text, from)
  const annotation = [
    `T1\tContent ${at('“We')} ${at('rebuild,”') + 9}\t“We will rebuild,”`,
    `T2\tCue ${at('said')} ${at('said') + 4}\tsaid`,
    `T3\tSource ${at('Mara')} ${at('Vellin') + 6}\tMara Vellin`,
    'E1\tAttribution:T2 Source:T3 Content:T1 Cue:T2',
    `T4\tSource ${at('She')} ${at('She') + 3}\tShe`,
    `T5\tContent ${at('"Divers')} ${at('dawn."') + 6}\t"Divers start at dawn."`,
    'E2\tAttribution:T2 Source:T4 Content:T5',
    '#1\tAnnotatorNotes T1\ta note',
  ].join('\n')
  const blocks = [
    { id: 'p1', text: 'The board met on Monday.' },
    {
      id: 'p2',
      text: '“We will rebuild,” said Mara Vellin, the harbour master. She added: "Divers start at dawn."',
    },
    { id: 'p3', text: 'The "quiet zone" stays.' },
  ]

  it('reads brat spans, discontinuous ones and events', () => {
    const document = readBrat('T1\tContent 0 4;9 12\tabcd efg\nE1\tAttribution:T9 Content:T1')
    expect(document.spans.get('T1')?.fragments).toEqual([
      [0, 4],
      [9, 12],
    ])
    expect(document.events[0]?.label).toBe('Attribution')
    expect(Object.keys(document.events[0]?.roles ?? {})).toEqual(['Content'])
  })

  it('maps raw offsets onto normalized blocks', () => {
    const pointer = blockPointer(raw, blocks)
    expect(pointer(at('Mara'))).toEqual({ blockId: 'p2', offset: blocks[1]?.text.indexOf('Mara') })
    expect(pointer(0)).toBeNull()
  })

  it('maps raw offsets onto blocks whose mojibake ingest repaired, as ingest repairs it', () => {
    const mangled = 'Title\n\n"We hold," said FranÃ\u0083Â§oise Adler, the pier warden.\n'
    const repaired = [{ id: 'p1', text: '"We hold," said Françoise Adler, the pier warden.' }]
    const pointer = blockPointer(mangled, repaired)
    const text = repaired[0]?.text ?? ''
    expect(pointer(mangled.indexOf('Fran'))).toEqual({
      blockId: 'p1',
      offset: text.indexOf('Fran'),
    })
    expect(pointer(mangled.indexOf('Â'))).toEqual({ blockId: 'p1', offset: text.indexOf('ç') })
    expect(pointer(mangled.indexOf('Adler'))).toEqual({
      blockId: 'p1',
      offset: text.indexOf('Adler'),
    })
    const document = readBrat(
      `T1\tSource ${mangled.indexOf('Fran')} ${mangled.indexOf(', the')}\tFranÃÂ§oise Adler\n` +
        `T2\tContent ${mangled.indexOf('"We')} ${mangled.indexOf(',"') + 2}\t"We hold,"\n` +
        'E1\tAttribution:T1 Source:T1 Content:T2',
    )
    const source = directQuotations('pier.txt', mangled, document, repaired).quotes[0]?.source
    expect(source).toEqual({
      text: 'Françoise Adler',
      span: { blockId: 'p1', start: text.indexOf('Fran'), end: text.indexOf(', the') },
    })
  })

  it('takes quoted stretches of content spans with their source mentions', () => {
    const article = directQuotations('harbour.txt', raw, readBrat(annotation), blocks)
    const text = blocks[1]?.text ?? ''
    expect(article.quotes).toEqual([
      {
        text: 'We will rebuild,',
        source: {
          text: 'Mara Vellin',
          span: { blockId: 'p2', start: text.indexOf('Mara'), end: text.indexOf('Mara') + 11 },
        },
      },
      {
        text: 'Divers start at dawn.',
        source: {
          text: 'She',
          span: { blockId: 'p2', start: text.indexOf('She'), end: text.indexOf('She') + 3 },
        },
      },
    ])
    expect(article.ignore).toEqual(['quiet zone'])
  })

  it('counts the annotated mention, or the name it says, as right', () => {
    const article = directQuotations('harbour.txt', raw, readBrat(annotation), blocks)
    const text = blocks[1]?.text ?? ''
    const she = { blockId: 'p2', start: text.indexOf('She'), end: text.indexOf('She') + 3 }
    const score = scoreSourceMentions(
      [article],
      [
        {
          file: 'harbour.txt',
          quotes: [
            // Another mention, but the name the annotated one says.
            {
              text: 'We will rebuild,',
              speaker: 'Mara Vellin',
              mention: { text: 'Vellin', span: null },
            },
            {
              text: 'Divers start at dawn.',
              speaker: 'Mara Vellin',
              mention: { text: 'She', span: she },
            },
            { text: 'quiet zone', speaker: null },
          ],
        },
      ],
    )
    expect(score.ignoredQuotes).toBe(1)
    expect(score.speakerAccuracy).toBe(1)
    const wrong = scoreSourceMentions(
      [article],
      [{ file: 'harbour.txt', quotes: [{ text: 'We will rebuild,', speaker: 'Tobiah Vellin' }] }],
    )
    expect(wrong.speakerCorrect).toBe(0)
  })

  it('keeps a fixed part of the articles for validation', () => {
    const names = Array.from({ length: 1000 }, (_, index) => `article-${index}.txt`)
    const kept = names.filter(isValidationArticle)
    expect(kept.length).toBeGreaterThan(150)
    expect(kept.length).toBeLessThan(250)
    expect(names.filter(isValidationArticle)).toEqual(kept)
    expect(isValidationArticle('article-1')).toBe(isValidationArticle('article-1.txt'))
  })
})

describe('namesSource', () => {
  // "Ann Vale, the harbour master, spoke on Monday. "…," she said, and Tom Brio agreed."
  const at = (start: number, end: number) => ({ blockId: 'p1', start, end })
  const vale = at(0, 8)
  const master = at(10, 27)
  const she = at(59, 62)
  const brio = at(72, 80)
  const candidates = [
    { span: vale, entity: 'ann-vale' },
    { span: master, entity: 'ann-vale' },
    { span: she, entity: 'ann-vale' },
    { span: brio, entity: 'tom-brio' },
  ]
  const source = { text: 'she', span: she }

  it('takes the mention at the marked place', () => {
    expect(namesSource(she, source, [])).toBe(true)
    expect(namesSource(vale, source, [])).toBe(false)
  })

  it('takes a mention resolved to the entity the marked one resolves to', () => {
    expect(namesSource(vale, source, candidates)).toBe(true)
    expect(namesSource(master, source, candidates)).toBe(true)
    expect(namesSource(brio, source, candidates)).toBe(false)
  })

  it('knows the marked entity only when the marked place was offered', () => {
    const offered = candidates.filter((candidate) => candidate.span !== she)
    expect(namesSource(vale, source, offered)).toBe(false)
  })

  it('reads the source entity off the candidate at its head, not off a modifier in it', () => {
    // "Vale spokesman Tom Brio said the divers left. "…," he said."
    const owner = { span: at(0, 4), entity: 'ann-vale' }
    const head = { span: at(15, 23), entity: 'tom-brio' }
    const marked = { text: 'Vale spokesman Tom Brio', span: at(0, 23) }
    const pronoun = at(60, 62)
    expect(namesSource(pronoun, marked, [owner, { span: pronoun, entity: 'ann-vale' }])).toBe(false)
    expect(namesSource(pronoun, marked, [owner, head, { span: pronoun, entity: 'tom-brio' }])).toBe(
      true,
    )
    // An apposition, a parenthesis or an "of …" after the head leaves the head where it is.
    for (const text of ['Tom Brio, a spokesman', 'Tom Brio (D-Ost.)', 'Tom Brio of the port'])
      expect(
        namesSource(pronoun, { text, span: at(15, 15 + text.length) }, [
          head,
          { span: pronoun, entity: 'tom-brio' },
        ]),
        text,
      ).toBe(true)
  })

  it('reads the source entity off its head through possessives, appositions, titles and coordinations', () => {
    // The marked source starts at 15; the chosen mention is a pronoun after it.
    const pronoun = { span: at(90, 92), entity: 'tom-brio' }
    const judged = (text: string, candidate: [string, string]) => {
      const start = 15 + text.indexOf(candidate[0])
      const offered = { span: at(start, start + candidate[0].length), entity: candidate[1] }
      return namesSource(pronoun.span, { text, span: at(15, 15 + text.length) }, [offered, pronoun])
    }
    // The head is the last word before any post-modifier: the owner, the modifier and the
    // apposition are other people.
    expect(judged('Vale’s spokesman Tom Brio', ['Tom Brio', 'tom-brio'])).toBe(true)
    expect(judged('Vale’s spokesman Tom Brio', ['Vale', 'tom-brio'])).toBe(false)
    expect(judged('Tom Brio, Vale’s aide,', ['Tom Brio', 'tom-brio'])).toBe(true)
    expect(judged('Tom Brio, Vale’s aide,', ['Vale', 'tom-brio'])).toBe(false)
    expect(judged('harbour and coast guard chief Tom Brio', ['Tom Brio', 'tom-brio'])).toBe(true)
    // A title before the name, a suffix or a mark after it leave the head on the name.
    for (const text of ['Senator Tom Brio', 'Dr. Brio', 'Tom Brio Jr.', 'Tom Brio III', 'Brio’'])
      expect(judged(text, [text.includes('Tom') ? 'Tom Brio' : 'Brio', 'tom-brio']), text).toBe(
        true,
      )
    // A coordination is none of its people: only a mention of all of them stands for it.
    for (const text of ['Ann Vale and Tom Brio', 'Tom Brio and his aides', 'Brio or the mayor']) {
      expect(judged(text, ['Brio', 'tom-brio']), text).toBe(false)
      expect(judged(text, [text, 'tom-brio']), text).toBe(true)
    }
  })

  it('takes the subject beside a source marked on its cue verb', () => {
    // "…," said Ann Vale. / Tom Brio asked: a marked verb stands for its subject.
    const said = { text: 'said', span: at(20, 24) }
    expect(isSourceMention(at(25, 33), said)).toBe(true)
    expect(isSourceMention(at(40, 48), said)).toBe(false)
    const asked = { text: 'asked', span: at(9, 14) }
    expect(isSourceMention(at(0, 8), asked)).toBe(true)
    // Ann Vale told Tom Brio: with a subject before the verb, the phrase after it is its object.
    const told = { text: 'told', span: at(9, 13) }
    expect(isSourceMention(at(0, 8), told, [at(0, 8), at(14, 21)])).toBe(true)
    expect(isSourceMention(at(14, 21), told, [at(0, 8), at(14, 21)])).toBe(false)
    expect(isSourceMention(at(25, 33), said, [at(25, 33)])).toBe(true)
    // A capitalized word is a name, not a verb: "State" marks the department.
    expect(isSourceMention(at(6, 10), { text: 'State', span: at(0, 5) })).toBe(false)
  })

  it('never matches mentions that resolved to no one', () => {
    const unresolved = candidates.map((candidate) => ({ ...candidate, entity: null }))
    expect(namesSource(vale, source, unresolved)).toBe(false)
  })

  it('judges a published speaker by entity in scoreSourceMentions', () => {
    const gold = [
      {
        file: 'harbour.txt',
        quotes: [{ text: 'The divers will finish by Friday.', source }],
        ignore: [],
      },
    ]
    const quote = {
      text: 'The divers will finish by Friday.',
      speaker: 'Ann Vale',
      mention: { text: 'Ann Vale', span: vale },
    }
    const byEntity = scoreSourceMentions(gold, [
      { file: 'harbour.txt', quotes: [{ ...quote, candidates }] },
    ])
    expect(byEntity.publishedCorrect).toBe(1)
    const byPlace = scoreSourceMentions(gold, [{ file: 'harbour.txt', quotes: [quote] }])
    expect(byPlace.publishedCorrect).toBe(0)
  })

  it('is what systemQuotesFromQuotes carries over from the candidates, by quote id', () => {
    const [system] = systemQuotesFromQuotes(
      [
        {
          id: 'q1',
          text: 'The divers will finish by Friday.',
          blockId: 'p1',
          spans: [{ blockId: 'p1', start: 30, end: 57 }],
          cue: 'said',
          mention: 'Ann Vale',
          mentionSpan: vale,
          speaker: { id: 'ann-vale', name: 'Ann Vale', kind: 'person' },
          confidence: 0.9,
          sentiment: null,
        },
      ],
      [],
      [{ quote: 'q1', candidates }],
    )
    expect(system?.candidates).toEqual(candidates)
  })
})
