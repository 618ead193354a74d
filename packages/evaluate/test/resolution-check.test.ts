import { describe, expect, it } from 'vitest'
import {
  type CheckedRow,
  type CurrentAttribution,
  findLabelled,
  formatCheck,
  outcomeOf,
} from '../scripts/resolution-check.js'
import type { ResolutionLabel } from '../scripts/resolution-precision.js'

function label(
  overrides: Partial<ResolutionLabel> = {},
): ResolutionLabel & { quotationPrefix: string } {
  return {
    source: 'a.tsv:3',
    article: 'harbour.txt',
    quote: 'q2',
    resolution: 'pronoun-newcomer',
    mention: 'he',
    mentionAt: 'p4:12',
    resolved: 'Oren Pask',
    byReading: 'Tobin Ferrell',
    label: 'wrong',
    note: '',
    quotationPrefix: 'The pier will  open',
    ...overrides,
  }
}

function quotation(overrides: Partial<CurrentAttribution> = {}): CurrentAttribution {
  return {
    quote: 'q2',
    text: 'The pier will open in May, whatever the council says.',
    speaker: 'Tobin Ferrell',
    published: true,
    resolution: 'pronoun-subject',
    ...overrides,
  }
}

describe('findLabelled', () => {
  it('finds the quotation by its prefix whatever its id now, spacing and case aside', () => {
    const moved = quotation({ quote: 'q3' })
    expect(findLabelled(label(), [quotation({ quote: 'q1', text: 'Not this.' }), moved])).toBe(
      moved,
    )
  })

  it('prefers the labelled id when several quotations share the prefix', () => {
    const labelled = quotation({ quote: 'q2' })
    expect(findLabelled(label(), [quotation({ quote: 'q1' }), labelled])).toBe(labelled)
  })

  it('finds nothing when no quotation starts so', () => {
    expect(findLabelled(label(), [quotation({ text: 'Another quotation.' })])).toBeNull()
  })
})

describe('outcomeOf', () => {
  it('is right when the speaker is the person by reading', () => {
    expect(outcomeOf(label(), quotation())).toBe('right')
  })

  it('is right when named as resolved by a row labelled right', () => {
    expect(
      outcomeOf(
        label({ label: 'right', byReading: 'Oren Pask' }),
        quotation({ speaker: 'oren pask' }),
      ),
    ).toBe('right')
  })

  it('is wrong for the person a wrong row resolved to, or anyone else', () => {
    expect(outcomeOf(label(), quotation({ speaker: 'Oren Pask' }))).toBe('wrong')
    expect(outcomeOf(label(), quotation({ speaker: 'Mira Quell' }))).toBe('wrong')
  })

  it('tells an unpublished speaker and a quotation not found', () => {
    expect(outcomeOf(label(), quotation({ published: false }))).toBe('unpublished')
    expect(outcomeOf(label(), null)).toBe('not found')
  })
})

describe('formatCheck', () => {
  it('counts per rule as labelled and now, and lists the rows that changed', () => {
    const rows: CheckedRow[] = [
      { label: label(), before: 'wrong', now: 'right', current: quotation() },
      {
        label: label({ quote: 'q5', label: 'right', byReading: 'Oren Pask' }),
        before: 'right',
        now: 'right',
        current: quotation({ quote: 'q5', speaker: 'Oren Pask' }),
      },
      {
        label: label({ quote: 'q7', resolution: 'pronoun-earlier' }),
        before: 'wrong',
        now: 'unpublished',
        current: quotation({ quote: 'q7', published: false }),
      },
    ]
    const lines = formatCheck(rows)
    expect(lines).toContain(
      'pronoun-earlier: as labelled right 0 wrong 1; now right 0 wrong 0 unpublished 1',
    )
    expect(lines).toContain(
      'pronoun-newcomer: as labelled right 1 wrong 1; now right 2 wrong 0 unpublished 0',
    )
    expect(lines).toContain(
      'all rules: as labelled right 1 wrong 2; now right 2 wrong 0 unpublished 1',
    )
    expect(lines).toContain('changed: 2')
    expect(lines.filter((line) => line.startsWith('  wrong -> '))).toHaveLength(2)
    expect(lines.join('\n')).toMatch(
      /wrong -> right: harbour\.txt q2 .*now Tobin Ferrell by pronoun-subject \(q2\)/,
    )
  })
})
