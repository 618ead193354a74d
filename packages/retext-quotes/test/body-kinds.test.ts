import { describe, expect, it } from 'vitest'
import { bodyKindKey, fitsBody, nameHead } from '../src/lib/body-kinds.js'

describe('body kinds', () => {
  it('reads the head of a name before its link, else its last word', () => {
    expect(nameHead('Bank of Rellmark')).toBe('bank')
    expect(nameHead("St Aldric's Hospital")).toBe('hospital')
    expect(nameHead('Centre for Harbour Studies')).toBe('centre')
    expect(nameHead('Halcyon')).toBe('halcyon')
  })

  it('fits a description to a body of its kind, or of no known kind', () => {
    expect(fitsBody('union', 'Kenwick Nurses Association')).toBe(true)
    expect(fitsBody('union', "St Aldric's Hospital")).toBe(false)
    expect(fitsBody('ministry', 'Northwind Airways')).toBe(false)
    expect(fitsBody('company', 'Halcyon Motors')).toBe(true)
    expect(fitsBody('company', 'Wexmoor Gazette')).toBe(true)
    expect(fitsBody('airline', 'Wexmoor Gazette')).toBe(false)
    // A name or a description of no known kind fits any body.
    expect(fitsBody('union', 'Halcyon')).toBe(true)
    expect(fitsBody('organisation', "St Aldric's Hospital")).toBe(true)
  })
})

describe('bodyKindKey', () => {
  it('gives heads of the same kinds one key, and a head of none the key of any body', () => {
    expect(bodyKindKey('union')).toBe(bodyKindKey('union'))
    expect(bodyKindKey('union')).not.toBe(bodyKindKey('hospital'))
    expect(bodyKindKey('ministry')).not.toBe(bodyKindKey('airline'))
    expect(bodyKindKey('organisation')).toBe('any')
    expect(bodyKindKey('xyzzy')).toBe('any')
  })
})
