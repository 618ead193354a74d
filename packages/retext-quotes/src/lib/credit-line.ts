/**
 * The credit line of a pull quote. Saved web pages set a speaker's words apart as a block quote
 * and credit them on its last line, inside the quotation marks:
 *
 *     "Iowa happened. The minute it became possible …
 *     Bill Clinton."
 *
 * Ingestion reads the line break as a paragraph break (a line wider than any wrap width is a
 * paragraph), so the quotation closes its paragraph unclosed, and the next paragraph is the
 * credit. That paragraph signs the quotation as a dash signature does (`— Bill Clinton`, read
 * by `signedAfter`), and is read as one. Read alone, such a block quote has no cue, and its
 * nearest names are whoever the paragraphs around it are about.
 *
 * A quotation's own last words can look the same (`Sweet Caroline."`, `Casablanca."`, `Ines
 * Carvel, you are fired."`), so the credit must be a person's name by evidence: a known given
 * name or a name the article uses elsewhere, then a family name, with only role words before
 * it and only a proper-name affiliation after a comma.
 */
import {
  articles,
  deputyRoleModifiers,
  listCoordinators,
  pastRoleModifiers,
  pronouns,
  roleConnectors,
  roleModifiers,
  signOffWords,
} from '@newsroom/lexicon'
import { isGivenName, isOrganizationHead, isRoleHead } from '@newsroom/names'
import type { MentionPhrase } from './mention-phrase.js'
import { phraseAfter } from './mention-phrase.js'
import type { PreparedParagraph, Token } from './paragraphs.js'

/** Words an affiliation after the name's comma holds at most ("Center for Economic and …"). */
const maxAffiliationWords = 12

/** Words of a name after the given name: a family name, perhaps a middle name before it. */
const maxFamilyWords = 2

const closingMark = /^["”]$/u
const stop = /^[.]$/
const capitalized = /^\p{Lu}/u
/** An acronym or initials in a role (`NAACP president`, `S.C. Rep.`). */
const acronym = /^(?:\p{Lu}+|(?:\p{Lu}\.){1,4})$/u
/** An abbreviation's full stop (`Rep.`). */
const abbreviationStop = /\.$/u

const signOffs: ReadonlySet<string> = new Set(signOffWords)
const pronounForms: ReadonlySet<string> = new Set(pronouns.map((pronoun) => pronoun.form))
/** Words that qualify a role (`former`, `deputy`). */
const roleModifierWords: ReadonlySet<string> = new Set([
  ...roleModifiers,
  ...pastRoleModifiers,
  ...deputyRoleModifiers,
])
/** The small words of a proper-name affiliation ("Center for Economic and Policy Research"). */
const affiliationLinks: ReadonlySet<string> = new Set([
  ...roleConnectors,
  ...listCoordinators,
  ...articles,
])

/**
 * The name a paragraph credits when it is a credit line closing the quotation the paragraph
 * before left open: `Bill Clinton."`, `Former NAACP president Ben Jealous."`,
 * `Dean Baker, Center for Economic and Policy Research."`. Null for anything else: a sentence,
 * a description without a name ("Republican National Committee member."), a pronoun, a title
 * (`Casablanca."`), a sign-off (`Sincerely, Hugo Varga."`). `namedElsewhere` tells whether the
 * article names a person so in another paragraph (for given names no list knows).
 */
export function creditLine(
  paragraph: PreparedParagraph,
  namedElsewhere: (name: string) => boolean = () => false,
): MentionPhrase | null {
  const { tokens, text } = paragraph
  let end = tokens.length - 1
  // The closing mark, then an optional full stop before it.
  if (!closingMark.test(tokens[end]?.text ?? '')) return null
  end--
  if (stop.test(tokens[end]?.text ?? '')) end--
  if (signOffs.has(tokens[0]?.lower ?? '')) return null
  const credited = phraseAfter(text, tokens, 0, false)
  if (credited?.phrase.form !== 'name') return null
  let at = credited.next
  if (!isPersonCredit(tokens, at - 1, text, namedElsewhere)) return null
  if (at <= end && tokens[at]?.text === ',') at = affiliationEnd(tokens, at + 1, end)
  return at === end + 1 ? credited.phrase : null
}

/**
 * Whether the tokens up to `last` are role words, then a person's name: a given name known as
 * one (or a name the article uses elsewhere), then one or two capitalized words.
 */
function isPersonCredit(
  tokens: readonly Token[],
  last: number,
  text: string,
  namedElsewhere: (name: string) => boolean,
): boolean {
  for (let given = last - 1; given >= Math.max(0, last - maxFamilyWords); given--) {
    if (!isNameRun(tokens, given, last)) return false
    const first = tokens[given] as Token
    const name = text.slice(first.start, (tokens[last] as Token).end)
    if (!isGivenName(first.text) && !namedElsewhere(name)) continue
    if (isRoleRun(tokens, given)) return true
  }
  return false
}

/** Whether tokens `from` to `last` are all capitalized words that are no role. */
function isNameRun(tokens: readonly Token[], from: number, last: number): boolean {
  for (let at = from; at <= last; at++) {
    const token = tokens[at] as Token
    if (token.kind !== 'word' || !capitalized.test(token.text)) return false
    if (at > from && isRoleHead(token.lower)) return false
  }
  return true
}

/** Whether the tokens before `until` are role words (`Former NAACP president`, `S.C. Rep.`). */
function isRoleRun(tokens: readonly Token[], until: number): boolean {
  for (let at = 0; at < until; at++) {
    const token = tokens[at] as Token
    if (token.kind === 'punct' ? token.text !== '.' : !isRoleWord(token)) return false
  }
  return true
}

/** A role's word: an acronym, a role head or modifier, an organization head (`union`). */
function isRoleWord(token: Token): boolean {
  if (token.kind !== 'word') return false
  if (acronym.test(token.text)) return true
  const word = token.lower.replace(abbreviationStop, '')
  return isRoleHead(word) || roleModifierWords.has(word) || isOrganizationHead(word)
}

/**
 * Just after an affiliation running from `from` to `end` ("Center for Economic and Policy
 * Research", "deputy homeland security advisor"): capitalized words, their small linking
 * words, role and organization heads, or a role its last word heads; few of them, no pronoun;
 * -1 when it is not one (`you are fired`).
 */
function affiliationEnd(tokens: readonly Token[], from: number, end: number): number {
  if (end < from || end - from + 1 > maxAffiliationWords) return -1
  // A role the last word heads may run on plain words ("deputy homeland security advisor").
  const role = isRoleHead((tokens[end] as Token).lower)
  for (let at = from; at <= end; at++) {
    const token = tokens[at] as Token
    if (token.kind !== 'word' || pronounForms.has(token.lower)) return -1
    if (
      !role &&
      !capitalized.test(token.text) &&
      !affiliationLinks.has(token.lower) &&
      !isRoleHead(token.lower) &&
      !roleModifierWords.has(token.lower) &&
      !isOrganizationHead(token.lower)
    )
      return -1
  }
  return end + 1
}
