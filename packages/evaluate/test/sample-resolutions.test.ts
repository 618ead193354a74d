import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  drawSample,
  labelledChoices,
  unlabelled,
  weakRules,
} from '../scripts/sample-resolutions.js'

/** A published choice of `resolution` (the other columns do not bear on the draw). */
function choice(quote: string, resolution: string) {
  return {
    article: 'ferry.txt',
    quote,
    resolution,
    mention: 'she',
    mention_at: 'p3:0',
    resolved: 'Ilse Marrow',
    quotation_prefix: 'The ferry runs on time',
    confidence: '0.9',
    by_reading: '',
    label: '',
    note: '',
  }
}

describe('drawSample', () => {
  const rows = [
    ...['q1', 'q2', 'q3', 'q4'].map((quote) => choice(quote, 'pronoun-earlier')),
    ...['q5', 'q6', 'q7', 'q8'].map((quote) => choice(quote, 'pronoun-speaker')),
  ]
  const count = (sample: ReturnType<typeof drawSample>, resolution: string) =>
    sample.filter((row) => row.resolution === resolution).length

  it('caps every rule at the number per rule by default', () => {
    const sample = drawSample(rows, 2)
    expect(count(sample, 'pronoun-earlier')).toBe(2)
    expect(count(sample, 'pronoun-speaker')).toBe(2)
  })

  it('takes every row of a rule drawn whole, as dev does for the weak rules', () => {
    expect(weakRules.has('pronoun-earlier')).toBe(true)
    const sample = drawSample(rows, 2, weakRules)
    expect(count(sample, 'pronoun-earlier')).toBe(4)
    expect(count(sample, 'pronoun-speaker')).toBe(2)
  })

  it('draws the same rows whatever their order in', () => {
    expect(drawSample([...rows].reverse(), 2, weakRules)).toEqual(drawSample(rows, 2, weakRules))
  })
})

describe('a train draw', () => {
  it('keeps only the rules asked for', () => {
    const rows = [choice('q1', 'pronoun-earlier'), choice('q2', 'pronoun-speaker')]
    expect(drawSample(rows, 5, new Set(), ['pronoun-speaker']).map((row) => row.quote)).toEqual([
      'q2',
    ])
  })

  it('skips the choices a labels file holds already', () => {
    const folder = mkdtempSync(join(tmpdir(), 'labels-'))
    writeFileSync(
      join(folder, 'resolution-labels-a.tsv'),
      [
        '# comment\tline',
        'article\tquote\tresolution\tmention\tmention_at\tresolved\tby_reading\tlabel\tnote',
        'ferry.txt\tq2\tpronoun-earlier\the\tp3:0\tAnn Vale\t\t\t',
        '',
      ].join('\n'),
    )
    writeFileSync(join(folder, 'other.tsv'), 'ferry.txt\tq3\n')
    const labelled = labelledChoices(folder)
    expect([...labelled]).toEqual(['ferry.txt#q2'])
    const rows = ['q1', 'q2', 'q3'].map((quote) => choice(quote, 'pronoun-earlier'))
    expect(unlabelled(rows, labelled).map((row) => row.quote)).toEqual(['q1', 'q3'])
  })
})
