import { describe, expect, it } from 'vitest'
import { anyMatchTest, clutterRules, requiredCharacter } from '../src/lib/clutter.js'
import { seededStrings } from './helpers/seeded-strings.js'

describe('requiredCharacter', () => {
  it('reads the slash the agency credit looks ahead for and the parenthesis a credit opens with', () => {
    const photo = clutterRules.find((rule) => rule.id === 'photo-credit')
    const agencyCredit = photo?.lines.find((pattern) => pattern.source.includes('getty images'))
    expect(agencyCredit && requiredCharacter(agencyCredit)).toEqual({
      character: '/',
      // 61 characters, which may each be two code units.
      firstIndexAtMost: 122,
    })
    const suffix = photo?.suffixes?.[0]
    expect(suffix && requiredCharacter(suffix)).toEqual({
      character: '(',
      firstIndexAtMost: Number.POSITIVE_INFINITY,
    })
    expect(requiredCharacter(/^(?=[^.]{1,5}\.)x/)).toEqual({ character: '.', firstIndexAtMost: 5 })
  })

  it('reads the bound in code units, twice the characters under the u and v flags', () => {
    // A character beyond the Basic Multilingual Plane is one character to such a pattern, but
    // two code units to `indexOf`.
    expect(requiredCharacter(/^(?=[^/]{1,5}\/)x/u)).toEqual({
      character: '/',
      firstIndexAtMost: 10,
    })
    // Under the v flag a class must escape its slash.
    // biome-ignore lint/complexity/useRegexLiterals: the v flag as a literal needs ES2024's types
    const unicodeSets = new RegExp(String.raw`^(?=[^\/]{1,5}\/)x`, 'v')
    expect(requiredCharacter(unicodeSets)).toEqual({ character: '/', firstIndexAtMost: 10 })
  })

  it('reads nothing from openings that do not need their character', () => {
    for (const pattern of [
      // Optional, or only one of the alternatives.
      /\(?photo/,
      /\(photo|credit/,
      /\(*photo/,
      /\({0,1}photo/,
      // An unescaped dot is any character; `[^]]` is any character, then a bracket.
      /^(?=[^.]{1,5}.)x/,
      // biome-ignore lint/complexity/useRegexLiterals: as a literal, the linter refuses `[^]`
      new RegExp('^(?=[^]]{1,5}])x'),
      // Two characters, or letters (which a case-insensitive pattern matches in either case).
      /^(?=[^/]{1,5}:)x/,
      /^(?=[^a]{1,5}a)x/i,
      /^(?=[^É]{1,5}É)x/i,
      // The lookahead opens only the first alternative: "b" matches without a slash.
      /^(?=[^/]{1,61}\/)a|b/,
      /^(?=[^/]{1,5}\/)a(?:x)|b/u,
      // Anchored at the start of each line of the text, not of the text.
      /^(?=[^/]{1,5}\/)x/m,
      /\d+ comments/,
      /^photo/,
    ]) {
      expect(requiredCharacter(pattern), pattern.source).toBeUndefined()
    }
  })
})

describe('clutterRules', () => {
  it('are frozen, rules and lists, as they are read once', () => {
    for (const rule of clutterRules) {
      expect(Object.isFrozen(rule), rule.id).toBe(true)
      if (rule.bar) expect(Object.isFrozen(rule.bar), rule.id).toBe(true)
      const lists = [rule.lines, rule.sections, rule.suffixes, rule.bar?.items, rule.bar?.fillers]
      for (const list of lists) if (list) expect(Object.isFrozen(list), rule.id).toBe(true)
    }
  })
})

describe('anyMatchTest', () => {
  const patterns = clutterRules.flatMap((rule) => [
    ...rule.lines,
    ...(rule.sections ?? []),
    ...(rule.suffixes ?? []),
  ])
  const test = anyMatchTest(patterns)
  const oneByOne = (text: string) => patterns.some((pattern) => pattern.test(text))

  it('matches where one of the rules’ patterns matches, and only there', () => {
    const lines = [
      'Notify of',
      'Most read:',
      'Read more: Ferry timetable changes',
      'Reading time: 5 minutes',
      'Follow the Ledger on X',
      'Photo: Jonas Berg/Dunmore Herald',
      'Mara Quell/AFP',
      // The slash at the last index the agency credit allows, and one past it.
      `(${'a'.repeat(60)}/AP)`,
      `((${'a'.repeat(60)}/AP)`,
      // Letters beyond the Basic Multilingual Plane: one character each to the agency credit,
      // two code units each to a search; the last one at the bound, and one past it.
      '𝐌𝐚𝐫𝐢𝐞𝐥𝐥𝐞 𝐕𝐚𝐧𝐝𝐞𝐫𝐛𝐞𝐫𝐠-𝐓𝐡𝐨𝐫𝐬𝐭𝐞𝐧𝐬𝐨𝐧 𝐐𝐮𝐞𝐥𝐥/AFP',
      `${'𠀀'.repeat(35)}/Reuters`,
      `${'𠀀'.repeat(61)}/Reuters`,
      `${'𠀀'.repeat(62)}/Reuters`,
      `(${'𠀀'.repeat(60)}/AP)`,
      `((${'𠀀'.repeat(60)}/AP)`,
      'The wall held (Photo: Jonas Berg)',
      '—Hanna Ruud',
      '██ Flooded area',
      'The council approved the sea wall on Monday after a long debate about its cost.',
      ...seededStrings(
        // With letters beyond the Basic Multilingual Plane, and a lone half of a pair of code units.
        [
          'Photo',
          'Read',
          'more',
          ':',
          '/',
          'AFP',
          '(',
          ')',
          ' ',
          'a',
          'É',
          '—',
          '12',
          '.',
          'ap',
          '𝐌',
          // Long enough that a few put the slash past 61 code units, not past 61 characters.
          '𝐐𝐮𝐞𝐥𝐥 𝐕𝐚𝐧𝐝𝐞𝐫𝐛𝐞𝐫𝐠',
          '𠀀',
          '𝕏',
          '\ud835',
          '█',
        ],
        7,
        3000,
        14,
      ),
    ]
    const matched = lines.filter(oneByOne)
    expect(matched.length).toBeGreaterThan(12)
    for (const line of lines) expect(test(line), line).toBe(oneByOne(line))
  })

  it('tries the alternatives a lookahead does not open', () => {
    const lookaheadOrB = anyMatchTest([/^(?=[^/]{1,61}\/)a|b/])
    expect(lookaheadOrB('b')).toBe(true)
    expect(lookaheadOrB('a/')).toBe(true)
    expect(lookaheadOrB('a')).toBe(false)
  })

  it('leaves the lastIndex of global and sticky patterns alone', () => {
    for (const pattern of [/^photo$/gi, /^photo$/iy, /\(photo\)/g, /\(photo\)/y]) {
      const text = pattern.source.startsWith('^') ? 'Photo' : '(photo)'
      const mayMatch = anyMatchTest([pattern])
      // Twice: the second test would start where a match of the first left the pattern.
      expect(mayMatch(text), pattern.source).toBe(true)
      expect(mayMatch(text), pattern.source).toBe(true)
      expect(pattern.lastIndex, pattern.source).toBe(0)
    }
  })
})
