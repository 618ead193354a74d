import { organizationHeadLinks, organizationKinds, organizationNouns } from '@newsroom/lexicon'
import { BoundedCache, foldName, isOrganizationHead, isRoleHead } from '@newsroom/names'

/** For each word of `organizationKinds`, the groups it stands in. */
const kindsOfWord: ReadonlyMap<string, readonly number[]> = (() => {
  const kinds = new Map<string, number[]>()
  for (const [group, words] of organizationKinds.entries())
    for (const word of words) kinds.set(word, [...(kinds.get(word) ?? []), group])
  return kinds
})()

const bodyNouns: ReadonlySet<string> = new Set(organizationNouns)
const headLinks: ReadonlySet<string> = new Set(organizationHeadLinks)
const spaces = /\s+/
const possessiveEnding = /['’]s?$/u

/**
 * Whether the head of a definite description names a body ("the union", "the watchdog"): the
 * head of an organization's name, or a noun of a body that the list of people takes for a
 * person's (`organizationNouns`: "the lender"), that is no job too. A job ("the regulator",
 * "the broadcaster") is first its holder's, when the text gives someone the role (see
 * `isBodyNoun`).
 */
export function isBodyHead(head: string): boolean {
  const lower = head.toLowerCase()
  return (isOrganizationHead(lower) || bodyNouns.has(lower)) && !isRoleHead(lower)
}

/**
 * Whether a head noun describes a body in news copy (`organizationNouns`), a job's included:
 * "the regulator" is a body unless the text gives someone that role.
 */
export function isBodyNoun(head: string): boolean {
  return bodyNouns.has(head.toLowerCase())
}

/**
 * The head word of an organization's name, folded: the word before its first link ("*Bank* of
 * England", "*Centre* for Policy Studies"), else its last ("St Aldric's *Hospital*").
 */
export function nameHead(name: string): string {
  const words = foldName(name).split(spaces)
  const link = words.findIndex((word, at) => at > 0 && headLinks.has(word))
  return (words[link > 0 ? link - 1 : words.length - 1] ?? '').replace(possessiveEnding, '')
}

/**
 * The kinds of a body's name by the name (null: none known), as `fitsBody` asks them of every
 * body a walk back passes: a pure function of the name, kept rather than folded and split again.
 */
const kindsOfName = new BoundedCache<string, readonly number[] | null>(4096)

/**
 * Whether a body named `name` may be the one a description with the (lowercase) head `head`
 * means: unless the name's own head says it is another kind of body than the description's
 * ("the union" is not "St Aldric's Hospital", "the ministry" is not "Northwind Airways"). A head
 * of no known kind, in the name ("Halcyon") or in the description ("the organisation"), fits any.
 */
export function fitsBody(head: string, name: string): boolean {
  const wanted = kindsOfWord.get(head)
  if (!wanted) return true
  let kinds = kindsOfName.get(name)
  if (kinds === undefined) {
    kinds = kindsOfWord.get(nameHead(name)) ?? null
    kindsOfName.set(name, kinds)
  }
  return kinds === null || kinds.some((kind) => wanted.includes(kind))
}

/**
 * What `fitsBody` reads of a description's head: its kinds, as a key (`any`: none known, so
 * every body fits). Heads of the same kinds accept the same bodies, so a walk back keyed by it
 * is one per set of kinds, however many heads an article's descriptions have.
 */
export function bodyKindKey(head: string): string {
  return kindsOfWord.get(head)?.join(',') ?? 'any'
}
