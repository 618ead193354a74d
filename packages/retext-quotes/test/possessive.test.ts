import { describe, expect, it } from 'vitest'
import {
  endsInApostropheS,
  hasPossessiveEnding,
  withoutApostropheS,
  withoutPossessiveEnding,
} from '../src/lib/possessive.js'

// The definitions the char-code readers replace, as patterns.
const apostropheS = /['’]s$/u
const possessiveEnding = /['’]s?$/u

const words = [
  '',
  's',
  "'",
  '’',
  "'s",
  '’s',
  "'S",
  'Vale',
  "Vale's",
  'Vale’s',
  "Vales'",
  'Vales’',
  "Vale'S",
  "Vale''",
  "Vale's'",
  "Vale'ss",
  "O'Brien",
  "O'Brien's",
  "rock 'n' roll",
  'Brio’s ’s',
  'Ngata‘s',
  'Jones`s',
  '😀’s',
  '😀',
  'is',
  'class',
]

describe('possessive endings', () => {
  it.each(words)('reads %j as the patterns do', (word) => {
    expect(endsInApostropheS(word)).toBe(apostropheS.test(word))
    expect(withoutApostropheS(word)).toBe(word.replace(apostropheS, ''))
    expect(hasPossessiveEnding(word)).toBe(possessiveEnding.test(word))
    expect(withoutPossessiveEnding(word)).toBe(word.replace(possessiveEnding, ''))
  })
})
