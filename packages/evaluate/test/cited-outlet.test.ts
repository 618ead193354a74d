import type { SpeakerCandidate } from '@newsroom/retext-quotes'
import { describe, expect, it } from 'vitest'
import { passedOverPersons } from '../scripts/cited-outlet.js'

const text = 'Vale told reporters that talks "had stalled," according to the Harbour Post.'
const blocks = { texts: [text], blockIds: ['p1'] }
const outletStart = text.indexOf('the Harbour Post')
const outlet = {
  text: 'the Harbour Post',
  span: { blockId: 'p1', start: outletStart, end: outletStart + 'the Harbour Post'.length },
}

function candidate(name: string, features: string[]): SpeakerCandidate {
  const start = text.indexOf(name)
  return {
    text: name,
    span: { blockId: 'p1', start, end: start + name.length } as SpeakerCandidate['span'],
    features: Object.fromEntries(features.map((feature) => [feature, 1])),
    score: 0,
    chosen: false,
    entity: null,
  }
}

const vale = candidate('Vale', ['role:before-subject', 'kind:person', 'place:same-before'])
const post = candidate('the Harbour Post', [
  'role:after-according',
  'kind:organization',
  'place:same-after',
])

describe('passedOverPersons', () => {
  it('finds the person a cue ties to a quotation whose gold credits the outlet cited', () => {
    expect(passedOverPersons(blocks, outlet, [post, vale])).toEqual([1])
  })

  it('finds none when the gold source is not the object of `according to`', () => {
    const valeSource = { text: 'Vale', span: vale.span as typeof outlet.span }
    expect(passedOverPersons(blocks, valeSource, [post, vale])).toEqual([])
  })

  it('finds none when the person stands outside the sentence or only near it', () => {
    const earlier = candidate('Vale', [
      'role:before-subject',
      'kind:person',
      'place:previous-sentence',
    ])
    const uncued = candidate('Vale', ['nearby-only', 'kind:person', 'place:same-before'])
    expect(passedOverPersons(blocks, outlet, [post, earlier, uncued])).toEqual([])
  })
})
