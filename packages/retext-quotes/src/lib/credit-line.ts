/**
 * The credit line of a pull quote. Saved web pages set a speaker's words apart as a block quote
 * and credit them on its last line, inside the quotation marks:
 *
 *     "Iowa happened. The minute it became possible …
 *     Bill Clinton."
 *
 * Ingestion reads the line break as a paragraph break (a line wider than any wrap width is a
 * paragraph), so the quotation closes its paragraph unclosed, and the next paragraph is the
 * credit: a name, a role before it or an affiliation after a comma allowed, then the closing
 * mark, nothing else. That paragraph signs the quotation as a dash signature does
 * (`— Bill Clinton`, read by `signedAfter`), and is read as one. Read alone, such a block quote
 * has no cue, and its nearest names are whoever the paragraphs around it are about.
 */
import type { MentionPhrase } from './mention-phrase.js'
import { phraseAfter } from './mention-phrase.js'
import type { PreparedParagraph, Token } from './paragraphs.js'

/** Words an affiliation after the name's comma holds at most ("Center for Economic and …"). */
const maxAffiliationWords = 12

const closingMark = /^["”]$/u
const stop = /^[.]$/

/**
 * The name a paragraph credits when it is a credit line closing the quotation the paragraph
 * before left open: `Bill Clinton."`, `Former NAACP president Ben Jealous."`,
 * `Dean Baker, Center for Economic and Policy Research."`. Null for anything else: a sentence,
 * a description without a name ("Republican National Committee member."), a pronoun.
 */
export function creditLine(paragraph: PreparedParagraph): MentionPhrase | null {
  const { tokens, text } = paragraph
  let end = tokens.length - 1
  // The closing mark, then an optional full stop before it.
  if (!closingMark.test(tokens[end]?.text ?? '')) return null
  end--
  if (stop.test(tokens[end]?.text ?? '')) end--
  const credited = phraseAfter(text, tokens, 0, false)
  if (credited?.phrase.form !== 'name') return null
  let at = credited.next
  if (at <= end && tokens[at]?.text === ',') at = affiliationEnd(tokens, at + 1, end)
  return at === end + 1 ? credited.phrase : null
}

/**
 * Just after an affiliation running from `from` to `end` ("deputy homeland security advisor"):
 * words only, few of them; -1 when it is not one.
 */
function affiliationEnd(tokens: readonly Token[], from: number, end: number): number {
  if (end < from || end - from + 1 > maxAffiliationWords) return -1
  for (let at = from; at <= end; at++) if ((tokens[at] as Token).kind !== 'word') return -1
  return end + 1
}
