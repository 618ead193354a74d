import { documentPassingParticiples, documentReadingParticiples } from '@newsroom/lexicon'
import { firstTokenFrom, type PreparedParagraph, type Token } from './paragraphs.js'
import { isSpeakerHead } from './people.js'
import { articles as articleWords, auxiliaryVerbs as auxiliaryWords } from './words.js'

const readingParticiples: ReadonlySet<string> = new Set(documentReadingParticiples)
const passingParticiples: ReadonlySet<string> = new Set(documentPassingParticiples)

/**
 * The token index of the document a name at offset `start` of a paragraph saw or received, else
 * -1: the name is the agent of a participle of reading right after a thing's noun ("an internal
 * memo seen by *the Gallowmere Echo* warns", "documents obtained by *Reuters* show") or the
 * object of a participle of passing on ("a letter leaked to *the Sentinel* says"). Whoever saw
 * or got a document did not write it, so the name is not who its cue verb quotes.
 * The noun is a lowercase word that names no one ("memo", not "officials", "Vale"), and no
 * auxiliary stands before the participle ("the memo was seen by the Echo, which reported" makes
 * the Echo a subject). Reads at most five tokens back from the name: constant cost.
 */
export function documentSeenBy(paragraph: PreparedParagraph, start: number): number {
  const { tokens } = paragraph
  let at = firstTokenFrom(tokens, start) - 1
  if (articleWords.has(tokens[at]?.lower ?? '')) at--
  const preposition = tokens[at]?.lower
  const participle = tokens[at - 1]
  if (participle?.kind !== 'word') return -1
  const participles =
    preposition === 'by' ? readingParticiples : preposition === 'to' ? passingParticiples : null
  if (!participles?.has(participle.lower)) return -1
  at -= 2
  // "an internal memo, seen by the Echo,": a comma may set the participle off.
  if (tokens[at]?.text === ',') at--
  const noun = tokens[at] as Token | undefined
  if (
    noun?.kind !== 'word' ||
    noun.text !== noun.lower ||
    auxiliaryWords.has(noun.lower) ||
    articleWords.has(noun.lower) ||
    isSpeakerHead(noun.text)
  )
    return -1
  return at
}
