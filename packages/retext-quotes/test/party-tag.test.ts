import { describe, expect, it } from 'vitest'
import { isWrittenState, partyTagOpening } from '../src/lib/party-tag.js'
import { paragraphOf } from './helpers/article.js'

/** The word before the party tag closed by the comma just before `cue`, else null. */
function nameBeforeTag(text: string, cue: string): string | null {
  const paragraph = paragraphOf(text)
  const at = paragraph.tokens.findIndex((token) => token.text === cue)
  if (at < 0) throw new Error(`No ${cue} in ${text}`)
  const open = partyTagOpening(paragraph.tokens, at - 1)
  return open < 0 ? null : (paragraph.tokens[open - 1]?.text ?? null)
}

describe('isWrittenState', () => {
  it('reads a state abbreviated with its period, in capitals or spelled out', () => {
    const written = [
      'Mich.',
      'N.Y.',
      'W.Va.',
      'D.C.',
      'Tex.',
      'Kans.',
      'Wisc.',
      'NY',
      'TX',
      'Ohio',
      'New York',
    ]
    for (const state of written) expect(isWrittenState(state), state).toBe(true)
  })

  it('reads no word that only looks like a postal code, and no lowercase or other name', () => {
    for (const word of ['In', 'Or', 'Me', 'Mich', 'Kans', 'ohio', 'Vale', 'Corwin', 'New'])
      expect(isWrittenState(word), word).toBe(false)
  })
})

describe('partyTagOpening', () => {
  it('reads a party and a state after a name', () => {
    expect(nameBeforeTag('Ann Vale, R-Ky., said so.', 'said')).toBe('Vale')
    expect(nameBeforeTag('Ann Vale, D-New York, said so.', 'said')).toBe('Vale')
    expect(nameBeforeTag('Ann Vale, I-VT, said so.', 'said')).toBe('Vale')
    expect(nameBeforeTag('Ann Vale, R-Texas, said so.', 'said')).toBe('Vale')
    expect(nameBeforeTag('Ann Vale, R–Ky., said so.', 'said')).toBe('Vale')
    expect(nameBeforeTag('Ann Vale, D–New York, said so.', 'said')).toBe('Vale')
  })

  it('reads no tag without a party, a state or both commas', () => {
    expect(nameBeforeTag('Ann Vale, R-Rellmark, said so.', 'said')).toBeNull()
    expect(nameBeforeTag('Ann Vale, X-Ky., said so.', 'said')).toBeNull()
    expect(nameBeforeTag('Ann Vale of Corwin, Mich., said so.', 'said')).toBeNull()
    expect(nameBeforeTag('Ann Vale, 67, said so.', 'said')).toBeNull()
    expect(nameBeforeTag('R-Ky., said so.', 'said')).toBeNull()
  })
})
