/**
 * Stage 4: whether a chosen mention names the one spoken to (or of) rather than the speaker:
 * the object of a verb of telling or asking (`…," a source told *Fox News*`, `a reporter asked
 * *Vale*`), the object of `to` or `of` after a verb of saying (`Brio said of *Vale*`, `speaking to
 * *the Harbour Post*`), or the subject of a verb of telling or asking in the passive (`*Vale* was
 * asked, "…"`). English gives such a phrase no words of its own to say: the speaker is the
 * verb's subject, or its agent, or no one the sentence names. Read on the paragraph's tokens
 * next to the phrase only, a few tokens each way.
 */
import {
  auxiliaries,
  inflect,
  irregularCueVerbs,
  passiveAuxiliaries as passiveAuxiliaryWords,
} from '@newsroom/lexicon'
import { isCueModifier, type MentionPhrase } from './mention-phrase.js'
import {
  firstTokenFrom,
  lastTokenEndingBy,
  type PreparedParagraph,
  type Token,
} from './paragraphs.js'
import { determiners } from './words.js'

/** Regular verbs of telling or asking, besides `tell`: their object is the one spoken to. */
const addressingLemmas = [
  'ask',
  'thank',
  'urge',
  'warn',
  'remind',
  'assure',
  'inform',
  'implore',
  'beg',
]

/** Verbs whose object is the one spoken to: `told Vale`, `asked Vale`, `urged Vale`. */
const addressingVerbs: ReadonlySet<string> = new Set([
  ...(irregularCueVerbs.tell ?? []),
  ...addressingLemmas.flatMap(inflect),
])

/**
 * Their past participles, and `pressed` and `questioned` (verbs only after `was`): in the
 * passive, the subject is the one spoken to (`Vale was asked`, `the mayor was pressed`).
 */
const passiveAddressing: ReadonlySet<string> = new Set([
  'told',
  ...[...addressingLemmas, 'press', 'question'].map((verb) => inflect(verb)[2] as string),
])

/** Verbs of saying whose `to` names the hearer and whose `of` the one spoken about. */
const sayingVerbs: ReadonlySet<string> = new Set([
  ...(irregularCueVerbs.say ?? []),
  ...(irregularCueVerbs.speak ?? []),
  ...(irregularCueVerbs.write ?? []),
  ...['talk', 'explain', 'complain', 'confide', 'boast'].flatMap(inflect),
])

/** Forms of `be` and `get` before a passive participle (`Vale was asked`). */
const passiveAuxiliaries: ReadonlySet<string> = new Set(passiveAuxiliaryWords)

/** Auxiliaries and modals that may come before them (`has been asked`, `would be told`). */
const otherAuxiliaries: ReadonlySet<string> = new Set(auxiliaries)

/** Tokens an apposition after the phrase may span before its closing comma: a bound. */
const appositionReach = 12

/** Tokens of auxiliaries and adverbs read between a subject and its participle: a bound. */
const auxiliaryReach = 4

function isWord(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return token?.kind === 'word' && words.has(token.lower)
}

/**
 * Whether a verb of telling or asking right before the phrase (or before the determiner the
 * phrase was read without: `told the Harbour Post`) takes it as its object: not when the verb
 * comes right after a quotation (`"…," asked Vale`: an inverted subject), is itself passive
 * (`Vale was told Brio had…`: the phrase opens a clause), or is a noun after a determiner (`the
 * warning Vale gave`).
 */
function objectOfAddressing(tokens: readonly Token[], at: number): boolean {
  const verbAt = isWord(tokens[at - 1], determiners) ? at - 2 : at - 1
  const verb = tokens[verbAt]
  if (!isWord(verb, addressingVerbs)) return false
  const beforeAt = pastInvertingAdverbs(tokens, verbAt - 1)
  const before = tokens[beforeAt]
  if (before === undefined) return true
  if (isWord(before, determiners) || isWord(before, passiveAuxiliaries)) return false
  // A participle is never inverted: `"…," telling Fox 35 that…` addresses Fox 35.
  if ((verb as Token).lower.endsWith('ing')) return true
  const quoteBefore =
    before.kind === 'quote' || (before.kind === 'punct' && tokens[beforeAt - 1]?.kind === 'quote')
  return !quoteBefore
}

/** Adverbs read back between a quotation and an inverted verb: a bound. */
const invertingAdverbReach = 2

/**
 * The token before the adverbs (not auxiliaries) that may stand between a quotation and its
 * inverted verb (`"…?" also asked Vale`, `"…," then asked Vale`), reading back from `at`.
 */
function pastInvertingAdverbs(tokens: readonly Token[], at: number): number {
  let read = at
  while (read > at - invertingAdverbReach) {
    const token = tokens[read]
    const adverb =
      token !== undefined &&
      (token.lower === 'then' ||
        (isCueModifier(token) &&
          !isWord(token, passiveAuxiliaries) &&
          !isWord(token, otherAuxiliaries)))
    if (!adverb) break
    read--
  }
  return read
}

/**
 * Whether the phrase is the object of `to` or `of` after a verb of saying (`said of Vale`,
 * `speaking to the Harbour Post`).
 */
function objectOfSaying(tokens: readonly Token[], at: number): boolean {
  const prepositionAt = isWord(tokens[at - 1], determiners) ? at - 2 : at - 1
  const preposition = tokens[prepositionAt]
  if (preposition?.kind !== 'word' || (preposition.lower !== 'to' && preposition.lower !== 'of'))
    return false
  const verbAt = prepositionAt - 1
  if (!isWord(tokens[verbAt], sayingVerbs)) return false
  // `The peace talks of Harbour Union`: after a determiner the word is a noun, not a verb.
  return !isWord(tokens[verbAt - 1], determiners)
}

/**
 * Whether the phrase ending before token `after` is the subject of a verb of telling or asking
 * in the passive, past an apposition set off by commas (`Vale, the mayor, was asked`) and
 * auxiliaries or adverbs (`has also been asked`).
 */
function subjectOfPassiveAddressing(tokens: readonly Token[], after: number): boolean {
  let at = after
  if (tokens[at]?.text === ',') {
    let close = at + 1
    while (
      close <= at + appositionReach &&
      tokens[close] !== undefined &&
      tokens[close]?.text !== ','
    ) {
      if (tokens[close]?.kind === 'quote') return false
      close++
    }
    if (tokens[close]?.text !== ',') return false
    at = close + 1
  }
  let passive = false
  for (let read = 0; read <= auxiliaryReach && at < tokens.length; read++, at++) {
    const token = tokens[at] as Token
    if (token.kind !== 'word') return false
    if (passive && passiveAddressing.has(token.lower)) return opensQuotationAfter(tokens, at + 1)
    if (passiveAuxiliaries.has(token.lower)) passive = true
    else if (!otherAuxiliaries.has(token.lower) && !isCueModifier(token)) return false
  }
  return false
}

/** Tokens read after a passive participle for the quotation it introduces: a bound. */
const complementReach = 8

/**
 * Whether a quotation opens after the passive participle at `from`, in its clause: `Vale was
 * asked, "…"`, not `Vale was asked about it and said, "…"`, whose quotation Vale says, nor the
 * answer in the next sentence.
 */
function opensQuotationAfter(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < tokens.length && at < from + complementReach; at++) {
    const token = tokens[at] as Token
    if (token.kind === 'quote') return true
    if (token.kind === 'punct' && clauseEnds.has(token.text)) return false
    if (token.kind === 'word' && (token.lower === 'and' || token.lower === 'but')) return false
  }
  return false
}

const clauseEnds: ReadonlySet<string> = new Set(['.', '!', '?', ';'])

/** Whether a phrase of a paragraph names the one a cue speaks to or of, not the speaker. */
export function isSpokenTo(paragraph: PreparedParagraph, phrase: MentionPhrase): boolean {
  const { tokens } = paragraph
  const first = firstTokenFrom(tokens, phrase.start)
  if (objectOfAddressing(tokens, first) || objectOfSaying(tokens, first)) return true
  return subjectOfPassiveAddressing(tokens, lastTokenEndingBy(tokens, phrase.end) + 1)
}
