/**
 * A relation phrase: people described by their tie to someone named after a connector ("the
 * parents of Ann Vale", "lawyers for Tom Rusk", "an aide to Brandt"). The phrase speaks, not
 * the person it names: that name is the connector's object, no subject of the cue.
 */
import { personRelationLinks } from '@newsroom/lexicon'
import { isGivenName, isOrganizationHead } from '@newsroom/names'
import type { Token } from './paragraphs.js'
import { isBareHead, isPeopleNounToken } from './people.js'
import { hasPossessiveEnding } from './possessive.js'
import { determiners, isHonorificToken, isRoleWordToken } from './words.js'

const relationLinks: ReadonlySet<string> = new Set(personRelationLinks)
const initial = /^\p{Lu}\.$/u

/**
 * Whether a token heads a relation: a noun of people, a role or kin ("lawyers", "aide",
 * "parents"), not a body, which the name after it names ("the city of Dover", "the office of
 * Ann Vale": the body is the one named). Lowercase, or capitalized only to open the phrase.
 */
function isRelationHead(token: Token | undefined, opensPhrase: boolean): boolean {
  if (token?.kind !== 'word' || (token.capital && !opensPhrase)) return false
  return isPeopleNounToken(token) && !isOrganizationHead(token.lower)
}

/**
 * Whether `tokens[index]` is a relation's connector between its head and a capitalized word
 * ("an aide *to* Brandt"): `to` ends a phrase elsewhere, here the phrase reads on through it.
 * `opening` is the phrase's first token, whose head may be capitalized.
 */
export function isRelationLinkAt(
  tokens: readonly Token[],
  index: number,
  opening: number,
): boolean {
  const link = tokens[index]
  const next = tokens[index + 1]
  return (
    link?.kind === 'word' &&
    relationLinks.has(link.lower) &&
    next?.kind === 'word' &&
    next.capital &&
    index > 0 &&
    isRelationHead(tokens[index - 1], index - 1 === opening)
  )
}

/**
 * Whether the words after a connector name one person, not a body or a place before a name
 * ("Ruritania Tom Rusk", "Acme Ltd Dana Meyer": a title's body, then its holder, who speaks):
 * a given name inside them follows a title, an initial or another given name ("President
 * George W. Bush", "Sen. Ann Vale", "Hugo Thomas Rusk").
 */
function namesOne(tail: readonly Token[]): boolean {
  for (let at = 1; at < tail.length; at++) {
    const token = tail[at] as Token
    if (!token.capital || !isGivenName(token.text)) continue
    const before = tail[at - 1] as Token
    if (
      !isRoleWordToken(before) &&
      !isHonorificToken(before) &&
      !initial.test(before.text) &&
      !isGivenName(before.text)
    )
      return false
  }
  return true
}

/**
 * Whether the words of a speaker phrase are a relation phrase: a head of people, a connector
 * (`of`, `for`, `to`) and a capitalized name ending the phrase, opened by a determiner ("the
 * parents of…", "an aide to…") or with a head that stands bare ("lawyers for…", "police
 * for…", "counsel for…"). A
 * singular head with no determiner is a title before its holder's name ("chief executive of
 * Acme Ltd Dana Meyer") and stays one; a capitalized head opening the phrase needs a person
 * after it ("Lawyers for Tom Rusk", not "Veterans for Peace").
 */
export function isRelationPhrase(tokens: readonly Token[]): boolean {
  const last = tokens.at(-1)
  // "a witness to Clinton's": a possessive goes on to what is owned, no person named.
  if (!last?.capital || hasPossessiveEnding(last.text) || tokens.length < 3) return false
  for (let link = 1; link < tokens.length - 1; link++) {
    if (!isRelationLinkAt(tokens, link, 0)) continue
    const head = tokens[link - 1] as Token
    const opener = tokens[0] as Token
    const determined = link - 1 > 0 && determiners.has(opener.lower)
    if (!determined && !isBareHead(head.lower)) return false
    const tail = tokens.slice(link + 1)
    const first = tail[0] as Token
    if (
      head.capital &&
      !isGivenName(first.text) &&
      !isHonorificToken(first) &&
      !isRoleWordToken(first)
    )
      return false
    return namesOne(tail)
  }
  return false
}
