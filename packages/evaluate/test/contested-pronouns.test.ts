import { describe, expect, it } from 'vitest'
import { readLabels } from '../scripts/contested-pronouns.js'

const header =
  'article\tpronoun_at\tpronoun\tresolution\tquotation_prefix\tresolved\tby_reading\tlabel\tnote'

describe('readLabels', () => {
  it('reads rows under the header, skipping comments', () => {
    const rows = readLabels(
      `# invented\n${header}\nharbour.txt\tp2:10\the\tpronoun-speaker\tThe pier will\tOren Pask\tTobin Ferrell\twrong\t\n`,
    )
    expect(rows).toHaveLength(1)
    expect(rows[0]?.by_reading).toBe('Tobin Ferrell')
  })

  it('rejects a wrong row that names the person by reading', () => {
    expect(() =>
      readLabels(
        `${header}\nharbour.txt\tp2:10\the\tpronoun-speaker\tThe pier will\tOren Pask\tOren Pask\twrong\t\n`,
      ),
    ).toThrow(/wrong/)
  })

  it('rejects a label other than right or wrong', () => {
    expect(() =>
      readLabels(
        `${header}\nharbour.txt\tp2:10\the\tpronoun-speaker\tThe pier will\tOren Pask\tOren Pask\tmaybe\t\n`,
      ),
    ).toThrow(/maybe/)
  })
})
