import { describe, expect, it } from 'vitest'
import { FeatureValues, featureIndex, featureNameAt, weightsByIndex } from '../src/lib/features.js'

describe('featureIndex', () => {
  it('gives each name one index, the same each time', () => {
    const index = featureIndex('test:one')
    expect(featureIndex('test:one')).toBe(index)
    expect(featureIndex('test:two')).not.toBe(index)
    expect(featureNameAt(index)).toBe('test:one')
  })
})

describe('FeatureValues', () => {
  it('keeps features in the order first set, summing a feature set twice', () => {
    const features = new FeatureValues()
    features.add(featureIndex('test:b'))
    features.add(featureIndex('test:a'), 0.5)
    features.add(featureIndex('test:b'), 2)
    expect(Object.fromEntries(features)).toEqual({ 'test:b': 3, 'test:a': 0.5 })
    expect([...features.keys()]).toEqual(['test:b', 'test:a'])
    expect(features.size).toBe(2)
    expect(features.get('test:a')).toBe(0.5)
    expect(features.has('test:c')).toBe(false)
    expect(features.get('test:never-numbered')).toBeUndefined()
  })

  it('reads a table of names to values', () => {
    expect(Object.fromEntries(FeatureValues.from({ 'test:x': 1, 'test:y': -2 }))).toEqual({
      'test:x': 1,
      'test:y': -2,
    })
  })
})

describe('weightsByIndex', () => {
  it('gives each index its weight, 0 for a name the table does not list', () => {
    const table = { 'test:weighed': 1.5 }
    const weighed = featureIndex('test:weighed')
    const inherited = featureIndex('constructor')
    const weights = weightsByIndex(table)
    expect(weights[weighed]).toBe(1.5)
    expect(weights[inherited]).toBe(0)
    // A name numbered after the table was first read still finds its weight.
    const later = featureIndex('test:numbered-later')
    expect(weightsByIndex({ ...table, 'test:numbered-later': 2 })[later]).toBe(2)
    expect(weightsByIndex(table)[later]).toBe(0)
  })
})
