import { describe, expect, it } from 'vitest'
import { personShaped } from '../src/lib/coreference.js'

describe('personShaped', () => {
  it('takes a known given name and a family name that is no word for a person', () => {
    expect(personShaped('Petra Salo')).toBe(true)
    expect(personShaped('Karl Vellner')).toBe(true)
  })

  it('leaves bodies named with words, single words and long runs to the name finders', () => {
    expect(personShaped('Grace Church')).toBe(false)
    expect(personShaped('Victoria Falls')).toBe(false)
    expect(personShaped('Rellmark Harbour Authority')).toBe(false)
    expect(personShaped('Petra')).toBe(false)
    expect(personShaped('Petra Salo Vellner Brio')).toBe(false)
  })
})
