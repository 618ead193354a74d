import { articles, determiners, honorifics, roleHeads, roleModifiers } from '@newsroom/lexicon'
import { quoteTokens } from './tokens.js'

/**
 * Words folded away from the start of a speaker name before comparing: the gold's canonical
 * names carry no titles, but a system may keep one ("Mr Trump", "President Trump").
 */
const titles = new Set([...honorifics, ...roleHeads, ...roleModifiers, ...articles, 'saint', 'st'])

/**
 * A speaker name as the scoring compares it: case, accents, punctuation and leading titles
 * folded away (`President Donald J. Trump Jr.` → `donald j trump`).
 */
export function comparableName(name: string): string {
  const words = quoteTokens(name)
  let start = 0
  while (start < words.length - 1 && titles.has(words[start] as string)) start++
  // Generational suffixes are not part of the comparison ("Martin Luther King Jr").
  let end = words.length
  while (end - 1 > start && /^(jr|sr|ii|iii|iv)$/.test(words[end - 1] as string)) end--
  return words.slice(start, end).join(' ')
}

const determinerSet = new Set(determiners)

/**
 * The head noun of a description of an unnamed speaker ("a senior US official, speaking on
 * condition of anonymity" → "official"): the last word before a preposition, relative pronoun
 * or comma, singularized by dropping a plural `s`.
 */
export function headNoun(description: string): string {
  const first = description
    .toLowerCase()
    .split(/,|;|\(|\s(?:of|from|at|in|for|with|who|that|which|speaking|familiar|close|on)\s/u)[0]
  const words = quoteTokens(first ?? '').filter((word) => !determinerSet.has(word))
  const last = words.at(-1) ?? ''
  if (last.endsWith('ies') && last.length > 4) return `${last.slice(0, -3)}y`
  if (last.endsWith('men')) return `${last.slice(0, -3)}man`
  if (last.endsWith('s') && !last.endsWith('ss') && last.length > 3) return last.slice(0, -1)
  return last
}

/** A speaker as the gold writes it, split into its kind and its name or description. */
export interface SpeakerLabel {
  kind: 'named' | 'anonymous' | 'group' | 'unknown'
  value: string
}

/** Split a gold-style speaker string (`anonymous: a senior official`, `unknown`, a name). */
export function parseSpeakerLabel(label: string | null): SpeakerLabel {
  if (label === null) return { kind: 'unknown', value: '' }
  const trimmed = label.trim()
  if (trimmed === '' || trimmed.toLowerCase() === 'unknown') return { kind: 'unknown', value: '' }
  const match = /^(anonymous|group)\s*:\s*(.*)$/i.exec(trimmed)
  if (match) {
    return {
      kind: (match[1] as string).toLowerCase() as 'anonymous' | 'group',
      value: match[2] ?? '',
    }
  }
  return { kind: 'named', value: trimmed }
}

/**
 * Whether a system speaker equals a gold speaker: named speakers compare folded names;
 * anonymous and group speakers compare the head nouns of their descriptions (either kind);
 * unknown equals unknown.
 */
export function sameSpeaker(gold: string, system: string | null): boolean {
  const expected = parseSpeakerLabel(gold)
  const actual = parseSpeakerLabel(system)
  if (expected.kind === 'unknown' || actual.kind === 'unknown') {
    return expected.kind === actual.kind
  }
  if (expected.kind === 'named' || actual.kind === 'named') {
    return (
      expected.kind === actual.kind &&
      comparableName(expected.value) === comparableName(actual.value)
    )
  }
  const head = headNoun(expected.value)
  return head !== '' && head === headNoun(actual.value)
}
