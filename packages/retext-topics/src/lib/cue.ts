import { stemmer } from 'stemmer'
import { splitWord } from './split-word.js'

/**
 * How a cue token is compared with a word of the text:
 * - `stem`: Porter stems of the lowercased forms are equal (`elections` matches `election`);
 * - `lower`: lowercased forms are equal (`=fire` matches `Fire` but not `fired`);
 * - `case`: forms are equal as written (`^WHO` matches `WHO` but not `who`).
 */
export type CueMode = 'stem' | 'lower' | 'case'

/** A word or phrase of the taxonomy, as the keys it is looked up by. */
export interface Cue {
  /** The cue as written in the taxonomy (`fire brigade`, `=fires`, `^AI`). */
  text: string
  mode: CueMode
  /** One key per word, to compare with the same field of a text token. */
  tokens: string[]
}

/** Parse a cue: a `=` prefix asks for the exact word form, `^` for the exact form and case. */
export function parseCue(text: string): Cue {
  const mode: CueMode = text.startsWith('^') ? 'case' : text.startsWith('=') ? 'lower' : 'stem'
  const words = splitWord(mode === 'stem' ? text : text.slice(1))
  const tokens = words.map((word) =>
    mode === 'case' ? word : mode === 'lower' ? word.toLowerCase() : stemmer(word.toLowerCase()),
  )
  return { text, mode, tokens }
}
