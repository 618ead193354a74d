import { franc } from 'franc-min'
import { describe, expect, it } from 'vitest'
import { englishMarkers } from '../src/data/english-markers.js'
import { detectLanguage, markedWords } from '../src/lib/language.js'
import { seededStrings } from './helpers/seeded-strings.js'

const english =
  'The harbour board met on Monday evening and agreed that the old ferry pier would be closed for repairs until the end of the summer. Members of the board said that the work was overdue, and that the town had waited for it for many years. '.repeat(
    6,
  )
const french =
  "Le conseil du port s'est réuni lundi soir et a décidé que la vieille jetée serait fermée pour des travaux jusqu'à la fin de l'été. Les membres du conseil ont dit que les travaux étaient attendus depuis longtemps par les habitants de la ville. ".repeat(
    8,
  )

describe('detectLanguage', () => {
  it('takes plain English for English, and leaves other languages to franc', () => {
    expect(detectLanguage(english)).toBe('en')
    expect(detectLanguage(french)).toBe('fr')
  })

  it('never takes a text half in another language for English, where franc would not', () => {
    // English first, then French: franc's sample reads as French, and so must the shortcut.
    const mixed = `${english.slice(0, 1000)}${french}`
    expect(franc(mixed.slice(0, 2048), { minLength: 200 })).toBe('fra')
    expect(detectLanguage(mixed)).toBe('fr')
  })

  it('makes no guess on a text too short to tell', () => {
    expect(detectLanguage('The harbour board met on Monday.')).toBeNull()
  })
})

/** The definition `markedWords` implements without a string per word. */
function markedBySplitting(sample: string): boolean[] {
  const markers = new Set(englishMarkers)
  return sample
    .split(/\P{L}+/u)
    .filter((word) => word !== '')
    .map((word) => markers.has(word.toLowerCase()))
}

describe('markedWords', () => {
  it('reads the runs of letters and marks the English function words', () => {
    expect(markedWords('The board — and its chair — met.')).toEqual([
      true,
      false,
      true,
      true,
      false,
      false,
    ])
    expect(markedWords('')).toEqual([])
  })

  it('reads upper case, non-ASCII letters, astral and lone surrogate characters as the definition does', () => {
    const pieces = ['the', 'THE', 'And', 'should', 'shouldn', 'a', 'é', 'É', 'ß', 'Ж', '\u212a']
    pieces.push(' ', '-', "'", '7', '\u0301', '😀', '𝕏', '𐐷', '\ud800', '\udc00', '\u0130', 'İt')
    for (const text of seededStrings(pieces, 11, 2000, 14))
      expect(markedWords(text), JSON.stringify(text)).toEqual(markedBySplitting(text))
  })
})
