import { describe, expect, it } from 'vitest'
// Not through clutter.ts, which reads these lists once into its tests: frozen where defined,
// they stay so whatever module imports them first.
import { shareBarFillers, shareBarItems } from '../src/data/share-bar.js'
import { readTimePatterns } from '../src/lib/metadata-lines.js'

describe('the lists the clutter rules are made of', () => {
  it('are frozen where they are defined', () => {
    for (const list of [shareBarItems, shareBarFillers, readTimePatterns])
      expect(Object.isFrozen(list)).toBe(true)
  })
})
