import { collectiveNouns, peopleNouns, pronouns } from '@newsroom/lexicon'
import { foldName, isRoleHead } from '@newsroom/names'
import type { Entities, Quote, Speaker, SpeakerRef } from '@newsroom/schema'
import { foldedNames } from './entity-names.js'

/**
 * Take the published speaker off the quotes `isUnclear` picks: each keeps it as its unpublished
 * `candidate` ("speaker unclear"), and a named speaker left without quotes goes.
 */
export function leaveUnclear(
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  isUnclear: (quote: Quote, speaker: SpeakerRef) => boolean,
): { quotes: Quote[]; speakers: Speaker[] } {
  const taken = new Map<string, number>()
  const next = quotes.map((quote) => {
    const ref = quote.speaker
    if (!ref || !isUnclear(quote, ref)) return quote
    taken.set(ref.id, (taken.get(ref.id) ?? 0) + 1)
    return { ...quote, speaker: null, candidate: ref }
  })
  return { quotes: next, speakers: withQuotesTaken(speakers, taken) }
}

/**
 * The speakers, each with the quotes `taken` counts for its id taken off: one left without
 * quotes goes.
 */
export function withQuotesTaken(
  speakers: readonly Speaker[],
  taken: ReadonlyMap<string, number>,
): Speaker[] {
  if (taken.size === 0) return [...speakers]
  return speakers.flatMap((speaker) => {
    const count = speaker.quoteCount - (taken.get(speaker.id) ?? 0)
    return count > 0 ? [{ ...speaker, quoteCount: count }] : []
  })
}

/** "according to the", "According to": what stands before a body credited as a source. */
const creditedBefore = /\baccording\s+to\s+(?:the\s+)?$/iu

/** The words that say who someone is: role heads, people nouns (`spokesman`, `official`). */
function isPersonWord(word: string): boolean {
  // The lookbehind starts the match only at the start of the closing run: linear in a long word.
  const lower = word.toLowerCase().replace(/(?<![^\p{L}-])[^\p{L}-]+$/u, '')
  const singular = lower.replace(/(?<=[^s])s$/u, '')
  return (
    isRoleHead(lower) || isRoleHead(singular) || peopleWords.has(lower) || peopleWords.has(singular)
  )
}

const peopleWords: ReadonlySet<string> = new Set([...peopleNouns, ...collectiveNouns])

/**
 * Whether a quote's speaker is a body the text credits as the source of someone else's words:
 * named after "according to", with another speaker standing between it and the quote ("According
 * to the Daily Journal, a spokesman for the ministry said …": a person or a body named, or a
 * person described). The body carried the words; whoever said them is the quote's speaker, so
 * the quote is left unclear rather than put in the mouth of the body that reported it. A quote
 * with nobody between ("According to Radio Velmora, "…"") keeps the body: its report is the
 * source the text gives.
 */
export function isCreditedSource(
  quote: Quote,
  speaker: SpeakerRef,
  textOf: ReadonlyMap<string, string>,
  namesOfArticle: ReadonlySet<string>,
): boolean {
  if (speaker.kind !== 'organization') return false
  const span = quote.mentionSpan
  const opening = quote.spans[0]
  if (!span || !opening || opening.blockId !== span.blockId || opening.start <= span.end)
    return false
  const text = textOf.get(span.blockId) ?? ''
  if (!creditedBefore.test(text.slice(Math.max(0, span.start - 20), span.start))) return false
  // Up to the opening quotation mark, which the quote's span leaves out.
  const between = text.slice(span.end, opening.start - 1)
  const words = between.split(/\s+/u).filter(Boolean)
  if (words.some(isPersonWord)) return true
  const folded = ` ${foldName(between)} `
  for (const name of namesOfArticle) if (folded.includes(` ${name} `)) return true
  return false
}

/**
 * Leave unclear the quotes whose speaker is a body credited only as their source; `textOf` gives
 * the text of each block by its id.
 */
export function withoutCreditedSources(
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  textOf: ReadonlyMap<string, string>,
  entities: Entities,
): { quotes: Quote[]; speakers: Speaker[] } {
  const names = foldedNames([...entities.people, ...entities.organizations])
  return leaveUnclear(quotes, speakers, (quote, speaker) =>
    isCreditedSource(quote, speaker, textOf, names),
  )
}

/** A first-person mention: the writer speaking of themselves, outside any quotation. */
const firstPerson = new RegExp(
  `^(?:${pronouns
    .filter((pronoun) => pronoun.person === 1 && pronoun.case === 'subject')
    .map((pronoun) => pronoun.form)
    .join('|')})$`,
  'i',
)

/**
 * Leave unclear the quotes given to one of the article's own authors ("By Ana Ruiz", "Ana Ruiz
 * has more from Velmora"): the writer of a report relays what others said, so a pronoun or a
 * description that lands on the byline's name stands for someone else the text failed to name.
 * Not one whose mention is "I" or "we": there the writer tells what they said themselves.
 */
export function withoutAuthors(
  quotes: readonly Quote[],
  speakers: readonly Speaker[],
  authors: readonly { name: string }[],
): { quotes: Quote[]; speakers: Speaker[] } {
  const names = new Set(authors.map((author) => foldName(author.name)).filter(Boolean))
  if (names.size === 0) return { quotes: [...quotes], speakers: [...speakers] }
  return leaveUnclear(
    quotes,
    speakers,
    (quote, speaker) =>
      speaker.kind === 'person' &&
      names.has(foldName(speaker.name)) &&
      !firstPerson.test(quote.mention ?? ''),
  )
}
