/**
 * A word as written, one object for all its occurrences in every tree read (up to a bound).
 * Plugins keep what they compute of a word on it (see `wordFact`), so a fact is computed once
 * per word rather than once per occurrence, and read back without looking the word up in a
 * table of their own: with a dozen such tables, hashing each occurrence of each word again cost
 * more than the facts themselves.
 */
export interface Lexeme {
  /** The word as written. */
  readonly value: string
  /** Facts of the word, by the slot of their `wordFact`; a slot is empty until first asked. */
  readonly facts: unknown[]
}

/** Most distinct words kept (the vocabulary starts again when full): memory stays bounded. */
const maxLexemes = 50_000
/** Longer tokens are rare and would make the vocabulary's size in bytes unbounded. */
const maxSharedLength = 64
const vocabulary = new Map<string, Lexeme>()
/** Slots handed out by `wordFact`, one per fact. */
let slots = 0
/** Stands for a fact whose value is `undefined`, so that an empty slot means "not asked yet". */
const noValue = Symbol('no value')

/** The lexeme of a word as written: the same object for the same word (up to the bound). */
export function lexemeOf(value: string): Lexeme {
  if (value.length > maxSharedLength) return newLexeme(value)
  let lexeme = vocabulary.get(value)
  if (lexeme === undefined) {
    lexeme = newLexeme(value)
    if (vocabulary.size >= maxLexemes) vocabulary.clear()
    vocabulary.set(value, lexeme)
  }
  return lexeme
}

/**
 * A fact of a word, computed by `compute` the first time it is asked of a lexeme and kept on it.
 * `compute` must be a pure function of the word as written (lexemes are shared by every tree and
 * every plugin of the process): a fact that depends on a plugin's options belongs elsewhere.
 * Make each fact once, at module level, and reuse it: each call takes a new slot.
 */
export function wordFact<Value>(compute: (word: string) => Value): (lexeme: Lexeme) => Value {
  const slot = slots++
  return (lexeme) => {
    const known = lexeme.facts[slot]
    // The symbol test first: `known` compared with `noValue` as a value of any type would be a
    // generic comparison (a call), compared as a symbol it is one of references.
    if (known !== undefined)
      return (typeof known === 'symbol' && known === noValue ? undefined : known) as Value
    return learn(lexeme, slot, compute)
  }
}

/**
 * A `wordFact` read from anything that carries its word's lexeme (a token of `paragraphTokens`,
 * or a plugin's own token that copied it): the form every plugin's per-token question takes.
 * It reads the slot itself rather than calling the `wordFact`: a call fewer per read, on the
 * plugins' hottest paths.
 */
export function tokenFact<Value>(
  compute: (word: string) => Value,
): (token: { readonly lexeme: Lexeme }) => Value {
  const slot = slots++
  return (token) => {
    const lexeme = token.lexeme
    const known = lexeme.facts[slot]
    // As `wordFact` reads it, written out here: V8 does not inline a call here.
    if (known !== undefined)
      return (typeof known === 'symbol' && known === noValue ? undefined : known) as Value
    return learn(lexeme, slot, compute)
  }
}

/**
 * A new lexeme, with a slot for every fact made so far: the facts of every lexeme are then one
 * kind of array with room for each fact, so that reading a fact is an in-bounds load of one
 * shape, where arrays grown fact by fact came in several kinds and lengths. With the symbol test
 * of `wordFact`, a read went from some 78 instructions to 50 (callgrind, the bench's articles).
 */
function newLexeme(value: string): Lexeme {
  return { value, facts: new Array(slots).fill(undefined) }
}

/** Compute a fact of a lexeme and keep it in its slot. */
function learn<Value>(lexeme: Lexeme, slot: number, compute: (word: string) => Value): Value {
  const value = compute(lexeme.value)
  lexeme.facts[slot] = value === undefined ? noValue : value
  return value
}
