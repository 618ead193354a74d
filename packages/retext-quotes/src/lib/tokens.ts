/** A token of paragraph text with quotations masked: a word, a masked quote or a punctuation mark. */
export interface Token {
  text: string
  lower: string
  start: number
  end: number
  kind: 'word' | 'quote' | 'punct'
  /** Whether the token starts with an uppercase letter (computed once: it is asked often). */
  capital: boolean
}

/** Stands for every character of a quotation (marks included) in masked text. */
export const quoteFill = '\uE000'

const abbreviations =
  'Mr|Mrs|Ms|Dr|St|Gov|Gen|Sen|Sens|Rep|Reps|Del|Atty|Amb|Hon|Msgr|Cpl|Pvt|Brig|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|Maj|Adm|Cmdr|Supt|Insp|Det|Mt|Ft|No|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|vs'
const tokenPattern = new RegExp(
  `${quoteFill}+|\\p{N}+(?:/\\p{N}+)+|(?:\\p{L}\\.){2,}|(?:${abbreviations})\\.|\\p{Lu}\\.(?=\\s+(?:\\p{Lu}|${quoteFill}))|[\\p{L}\\p{N}\\p{M}]+(?:['’\\-.&][\\p{L}\\p{N}\\p{M}]+)*(?:['’](?=\\s|$))?|\\S`,
  'uy',
)

const space = /\s/u
const wordStart = /[\p{L}\p{N}]/u
const capitalStart = /^\p{Lu}/u

// Most tokens start with an ASCII character: those are classified by their code, without a
// regular expression; others fall back to the Unicode classes above.

/** Whether a token starting with `first` (one UTF-16 unit) is a word. */
function isWordStart(first: string): boolean {
  const code = first.charCodeAt(0)
  if (code >= 0x80) return wordStart.test(first)
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  )
}

/** Whether a word starts with an uppercase letter. */
function startsCapital(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code >= 0x80) return capitalStart.test(value)
  return code >= 0x41 && code <= 0x5a
}

/** Whether the UTF-16 unit at `at` is whitespace (`\s`). */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code >= 0x80) return space.test(text[at] as string)
  return code === 0x20 || (code >= 0x09 && code <= 0x0d)
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  )
}

/**
 * ASCII characters after which a run of ASCII letters and digits is a whole token: no
 * alternative of the pattern continues through them (unlike `.`, `'`, `-`, `&` or a letter).
 */
const wordEnders = new Set([...' \t\n\v\f\r,;:!?()[]"'].map((char) => char.charCodeAt(0)))

/**
 * End of the token at `at` when it is plain ASCII, which most tokens are: a punctuation mark
 * (only the last alternative, `\S`, takes it) or a run of letters and digits followed by a
 * word ender or the end. Else -1, and the pattern decides.
 */
function plainTokenEnd(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code >= 0x80) return -1
  if (!isAsciiLetterOrDigit(code)) return at + 1
  let end = at + 1
  while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++
  return end === text.length || wordEnders.has(text.charCodeAt(end)) ? end : -1
}

/** Split masked paragraph text into tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // Every non-space character starts a token (the pattern ends in `\S`), so the tokens are
  // read in place: plain ASCII ones directly, others with the sticky pattern (`test` builds no
  // match array, unlike `exec`).
  let at = 0
  while (at < text.length) {
    if (isSpaceAt(text, at)) {
      at++
      continue
    }
    let end = plainTokenEnd(text, at)
    if (end < 0) {
      tokenPattern.lastIndex = at
      if (!tokenPattern.test(text)) {
        at++
        continue
      }
      end = tokenPattern.lastIndex
    }
    const value = text.slice(at, end)
    const first = value[0] as string
    const kind = first === quoteFill ? 'quote' : isWordStart(first) ? 'word' : 'punct'
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start: at,
      end,
      kind,
      capital: kind === 'word' && startsCapital(value),
    })
    at = end
  }
  return tokens
}

/** Replace each quoted stretch with fill characters of the same length, so offsets hold. */
export function maskRanges(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return text
  let masked = ''
  let at = 0
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue
    masked += text.slice(at, start) + quoteFill.repeat(end - start)
    at = end
  }
  return masked + text.slice(at)
}

const sentenceEnd = /[.!?]/
const closers = /["”’')\]]/

/**
 * Sentence ranges of masked text: a sentence ends at `.`, `!` or `?` (plus closing marks)
 * followed by a space and a capital, digit or quote, unless the word before is an
 * abbreviation or an initial. Quoted text is masked, so its inner punctuation never splits;
 * `endsSentence` says whether a quotation followed by a capital closes its sentence.
 */
export function sentenceRanges(
  tokens: readonly Token[],
  length: number,
  endsSentence: (quote: Token) => boolean,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.kind === 'quote') {
      const next = tokens[index + 1]
      if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && endsSentence(token)) {
        ranges.push([start, token.end])
        start = next.start
      }
      continue
    }
    if (token.kind !== 'punct' || !sentenceEnd.test(token.text)) continue
    let last = index
    while (
      last + 1 < tokens.length &&
      (tokens[last + 1] as Token).kind === 'punct' &&
      (closers.test((tokens[last + 1] as Token).text) ||
        sentenceEnd.test((tokens[last + 1] as Token).text))
    )
      last++
    const next = tokens[last + 1]
    if (!next) continue
    if (next.start === (tokens[last] as Token).end) continue
    if (next.kind === 'word' && !/^[\p{Lu}\p{N}]/u.test(next.text)) continue
    ranges.push([start, (tokens[last] as Token).end])
    start = next.start
    index = last
  }
  ranges.push([start, length])
  return ranges
}
