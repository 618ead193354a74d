import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { wilsonLower, wilsonUpper } from '../scripts/logistic.js'
import {
  formatResolutionTally,
  labelFilesIn,
  readResolutionLabels,
  tallyResolutionLabels,
  textFolderOf,
} from '../scripts/resolution-precision.js'

const header =
  'article\tquote\tresolution\tmention\tmention_at\tresolved\tquotation_prefix\tconfidence\tby_reading\tlabel\tnote'

/** A row of the sample's columns; `label` and what follows may be left off, as an editor trims them. */
function row(cells: string[]): string {
  return cells.join('\t')
}

const harbour = (quote: string, rest: string[]) =>
  row([
    'harbour.txt',
    quote,
    'pronoun-newcomer',
    'he',
    'p4:12',
    'Oren Pask',
    'The pier',
    '0.98',
    ...rest,
  ])

describe('readResolutionLabels', () => {
  it('reads rows under the header by column name, skipping comments and blank lines', () => {
    const rows = readResolutionLabels(
      `# invented\n${header}\n${harbour('q1', ['Tobin Ferrell', 'wrong', 'an object taken over the subject'])}\n\n`,
      'a.tsv',
    )
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      source: 'a.tsv:3',
      resolution: 'pronoun-newcomer',
      resolved: 'Oren Pask',
      byReading: 'Tobin Ferrell',
      label: 'wrong',
      note: 'an object taken over the subject',
    })
  })

  it('reads a row not labelled yet, its trailing cells trimmed or not', () => {
    const rows = readResolutionLabels(
      `${header}\n${harbour('q1', ['', '', ''])}\n${harbour('q2', [])}\n`,
      'a.tsv',
    )
    expect(rows.map((labelled) => labelled.label)).toEqual(['', ''])
  })

  it('reads columns in any order', () => {
    const rows = readResolutionLabels(
      'label\tby_reading\tnote\tarticle\tquote\tresolution\tmention\tmention_at\tresolved\n' +
        'right\tIlse Varno\t\tdock.txt\tq3\trole-holder\tthe mayor\tp2:0\tIlse Varno\n',
      'b.tsv',
    )
    expect(rows[0]).toMatchObject({
      resolution: 'role-holder',
      label: 'right',
      byReading: 'Ilse Varno',
    })
  })

  it('names the missing columns', () => {
    expect(() => readResolutionLabels('article\tquote\tlabel\n', 'a.tsv')).toThrow(/`resolution`/)
  })

  it('rejects a label other than right, wrong, unclear or nothing', () => {
    expect(() =>
      readResolutionLabels(`${header}\n${harbour('q1', ['Oren Pask', 'maybe', ''])}\n`, 'a.tsv'),
    ).toThrow(/a\.tsv:2.*maybe/)
  })

  it('rejects a wrong row that names the person by reading', () => {
    expect(() =>
      readResolutionLabels(`${header}\n${harbour('q1', ['Oren Pask', 'wrong', ''])}\n`, 'a.tsv'),
    ).toThrow(/wrong/)
  })

  it('rejects a labelled row without the person by reading, and right for someone unclear', () => {
    expect(() =>
      readResolutionLabels(`${header}\n${harbour('q1', ['', 'right', ''])}\n`, 'a.tsv'),
    ).toThrow(/by reading/)
    expect(() =>
      readResolutionLabels(`${header}\n${harbour('q1', ['unclear', 'right', ''])}\n`, 'a.tsv'),
    ).toThrow(/unclear/)
  })

  it('rejects a row with more cells than the header', () => {
    expect(() =>
      readResolutionLabels(
        `${header}\n${harbour('q1', ['Oren Pask', 'right', '', 'extra'])}\n`,
        'a.tsv',
      ),
    ).toThrow(/at most 11 cells/)
  })
})

/** A pronoun-newcomer choice of `she` for Mara Quell in another article. */
const quay = (quote: string, at: string, prefix: string, rest: string[]) =>
  row(['quay.txt', quote, 'pronoun-newcomer', 'she', at, 'Mara Quell', prefix, '0.9', ...rest])

describe('tallyResolutionLabels', () => {
  const fileA = readResolutionLabels(
    [
      header,
      // One pronoun, the speaker of two quotations: two choices, one mention.
      harbour('q1', ['Tobin Ferrell', 'wrong', 'an object taken over the subject']),
      harbour('q2', ['Tobin Ferrell', 'wrong', 'same mention']),
      quay('q1', 'p2:5', 'We sail', ['Mara Quell', 'right', '']),
      quay('q2', 'p3:5', 'At dawn', ['unclear', 'unclear', '']),
      quay('q3', 'p5:0', 'Later', []),
      row([
        'quay.txt',
        'q4',
        'role-recent',
        'the mayor',
        'p6:0',
        'Ilse Varno',
        'No',
        '0.9',
        'Ilse Varno',
        'right',
        '',
      ]),
    ].join('\n'),
    'a.tsv',
  )

  it('counts right of labelled choices per rule, unclear among the labelled', () => {
    const tally = tallyResolutionLabels(fileA)
    expect(tally.rules.map((rule) => rule.resolution)).toEqual(['pronoun-newcomer', 'role-recent'])
    const [newcomer] = tally.rules
    expect(newcomer?.byChoice).toEqual({
      right: 1,
      labelled: 4,
      lower: wilsonLower(1, 4, 1.96),
      upper: wilsonUpper(1, 4, 1.96),
    })
    expect(newcomer).toMatchObject({ wrong: 2, unclear: 1, unlabelled: 1 })
    expect(tally.all.byChoice).toMatchObject({ right: 2, labelled: 5 })
  })

  it('counts a pronoun that is the speaker of several quotations once by mention', () => {
    const [newcomer] = tallyResolutionLabels(fileA).rules
    expect(newcomer?.byMention).toMatchObject({ right: 1, labelled: 3 })
    expect(newcomer?.wrongMentions).toEqual([
      expect.objectContaining({
        resolved: 'Oren Pask',
        byReading: 'Tobin Ferrell',
        note: 'an object taken over the subject',
        quotations: 2,
      }),
    ])
  })

  it('counts a choice in two files once, and leaves out one whose labels disagree', () => {
    const fileB = readResolutionLabels(
      [
        header,
        quay('q1', 'p2:5', 'We sail', ['Mara Quell', 'right', '']),
        row([
          'quay.txt',
          'q4',
          'role-recent',
          'the mayor',
          'p6:0',
          'Ilse Varno',
          'No',
          '0.9',
          'Per Odde',
          'wrong',
          'an earlier mayor',
        ]),
      ].join('\n'),
      'b.tsv',
    )
    const tally = tallyResolutionLabels([...fileA, ...fileB])
    expect(
      tally.rules.find((rule) => rule.resolution === 'pronoun-newcomer')?.byChoice,
    ).toMatchObject({
      right: 1,
      labelled: 4,
    })
    expect(tally.rules.map((rule) => rule.resolution)).toEqual(['pronoun-newcomer'])
    expect(tally.conflicts.map((group) => group.map((labelled) => labelled.source))).toEqual([
      ['a.tsv:7', 'b.tsv:3'],
    ])
    expect(formatResolutionTally(tally)).toContain(
      'labels disagree, left out: a.tsv:7 right, b.tsv:3 wrong',
    )
  })
})

describe('formatResolutionTally', () => {
  it('prints each rule with its interval, then its wrong mentions', () => {
    const rows = readResolutionLabels(
      [
        header,
        harbour('q1', ['Tobin Ferrell', 'wrong', 'an object taken over the subject']),
        harbour('q2', ['Tobin Ferrell', 'wrong', '']),
        quay('q1', 'p2:5', 'We sail', ['Mara Quell', 'right', '']),
      ].join('\n'),
      'a.tsv',
    )
    expect(formatResolutionTally(tallyResolutionLabels(rows))).toEqual([
      `pronoun-newcomer: right 1/3 = 0.333, Wilson 95% ${wilsonLower(1, 3, 1.96).toFixed(3)} to ${wilsonUpper(1, 3, 1.96).toFixed(3)} (wrong 2, unclear 0, not labelled 0)`,
      `  by distinct mention: 1/2 = 0.500, Wilson 95% ${wilsonLower(1, 2, 1.96).toFixed(3)} to ${wilsonUpper(1, 2, 1.96).toFixed(3)}`,
      '  wrong: Oren Pask for Tobin Ferrell (`he` at harbour.txt p4:12, 2 quotations): an object taken over the subject',
      `all rules: right 1/3 = 0.333, Wilson 95% ${wilsonLower(1, 3, 1.96).toFixed(3)} to ${wilsonUpper(1, 3, 1.96).toFixed(3)}`,
      `  by distinct mention: 1/2 = 0.500, Wilson 95% ${wilsonLower(1, 2, 1.96).toFixed(3)} to ${wilsonUpper(1, 2, 1.96).toFixed(3)}`,
    ])
  })
})

describe('labelFilesIn', () => {
  it('lists the resolution-labels-*.tsv files of a folder in name order', () => {
    const folder = mkdtempSync(join(tmpdir(), 'resolution-labels-'))
    for (const name of [
      'resolution-labels-b.tsv',
      'resolution-labels-a.tsv',
      'contested-pronouns.tsv',
      'resolution-labels-.tsv',
    ])
      writeFileSync(join(folder, name), '')
    expect(labelFilesIn(folder)).toEqual([
      join(folder, 'resolution-labels-a.tsv'),
      join(folder, 'resolution-labels-b.tsv'),
    ])
  })

  it('keeps the held-out labels apart: left out by default, alone when asked', () => {
    const folder = mkdtempSync(join(tmpdir(), 'resolution-labels-'))
    for (const name of [
      'resolution-labels-a.tsv',
      'resolution-labels-validation.tsv',
      'resolution-labels-dev.tsv',
    ])
      writeFileSync(join(folder, name), '')
    expect(labelFilesIn(folder)).toEqual([join(folder, 'resolution-labels-a.tsv')])
    expect(labelFilesIn(folder, { heldOut: true })).toEqual([
      join(folder, 'resolution-labels-dev.tsv'),
      join(folder, 'resolution-labels-validation.tsv'),
    ])
  })
})

describe('textFolderOf', () => {
  it('reads each held-out file from its own corpus, any other from PolNeAR train', () => {
    expect(textFolderOf(join('data', 'resolution-labels-dev.tsv'))).toBe(
      join('polnear-dev', 'text'),
    )
    expect(textFolderOf('resolution-labels-validation.tsv')).toBe(join('polnear-train', 'text'))
    expect(textFolderOf(join('data', 'resolution-labels-a.tsv'))).toBe(
      join('polnear-train', 'text'),
    )
  })
})
