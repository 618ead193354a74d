import { nameSuffixes } from '@newsroom/lexicon'
import { isGivenName, isOrganizationHead, isRoleHead } from '@newsroom/names'
import { type Author, type AuthorKind, limits } from '@newsroom/schema'
import escapeRegExp from 'escape-string-regexp'
import {
  bylineLabels,
  bylineRoles,
  newsAgencies,
  nonAuthorLabels,
  organizationEndings,
} from '../data/byline-words.js'

const agencies = new Set(newsAgencies)
const endings = new Set(organizationEndings)
const roles = new Set(bylineRoles)
const suffixes = new Set(nameSuffixes)
const labels = new RegExp(`^(?:${bylineLabels.map(escapeRegExp).join('|')})\\s*:?\\s+`, 'i')
const nonAuthor = new RegExp(`^(?:${nonAuthorLabels.map(escapeRegExp).join('|')})\\b`, 'i')

/**
 * Weights of the evidence that a byline name is an organization (positive) or a person
 * (negative); a name whose total is above zero is an organization. A family name can be a word
 * that also ends organization names ("Ann Post"), so a known given name outweighs one such word
 * but not an unambiguous ending ("Jordan Energy") or an agency.
 */
const weights = Object.freeze({
  agency: 5,
  publisher: 5,
  acronym: 3,
  ending: 3,
  ampersand: 2,
  organizationHead: 1,
  givenName: -2,
  initial: -2,
})

/**
 * The authors in a byline, in order: "Ann Vale and T. Brel, Northwind Energy" is the person
 * Ann Vale, the person T. Brel and the organization Northwind Energy. Labels ("By", "Reporting
 * by"), job titles ("Staff Writer"), places ("in Port Alder") and contacts (e-mail, @handles)
 * are left out; credits that are not authorship ("Editing by …") too.
 */
export function authorsOf(byline: string, publisher: string | null = null): Author[] {
  const authors: Author[] = []
  const seen = new Set<string>()
  for (const part of splitByline(byline)) {
    const name = cleanName(part)
    if (name === undefined || seen.has(name.toLowerCase())) continue
    seen.add(name.toLowerCase())
    authors.push({ name, kind: authorKind(name, publisher) })
    if (authors.length === limits.items) break
  }
  return authors
}

/** Whether a name from a byline is a person or an organization. */
export function authorKind(name: string, publisher: string | null = null): AuthorKind {
  const folded = name.toLowerCase().replace(/\s+/g, ' ').trim()
  const words = name.split(/\s+/).filter(Boolean)
  const last = words.at(-1)?.toLowerCase() ?? ''
  let score = 0
  if (agencies.has(folded)) score += weights.agency
  if (publisher !== null && folded === publisher.toLowerCase().trim()) score += weights.publisher
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(name)) score += weights.acronym
  if (words.length > 1 && endings.has(last)) score += weights.ending
  if (/&/.test(name)) score += weights.ampersand
  if (words.length > 1 && !endings.has(last) && isOrganizationHead(last)) {
    score += weights.organizationHead
  }
  if (words.length > 1 && isGivenName(words[0] ?? '')) score += weights.givenName
  if (words.some((word) => /^\p{Lu}\.$/u.test(word))) score += weights.initial
  return score > 0 ? 'organization' : 'person'
}

/** Split a byline at commas, semicolons, slashes, pipes and "and"/"&" between full names. */
function splitByline(byline: string): string[] {
  const parts = byline
    .slice(0, limits.byline * 2)
    .split(/\s*(?:[;|/•·]|,(?!\s*(?:jr|sr|ii|iii|iv|phd|md)\b\.?))\s*/i)
  const names: string[] = []
  for (const part of parts) {
    if (part.trim() === '' || nonAuthor.test(part.trim())) continue
    // "and" or "&" joins two names only when both sides have two words or more: "Ann Vale and
    // Tomas Brel", but not "Barnes & Noble" or "Ann and Tomas Brel".
    const joined = part.split(/\s+(?:and|&)\s+/i)
    if (joined.length > 1 && joined.every((side) => side.trim().split(/\s+/).length >= 2)) {
      names.push(...joined)
    } else names.push(part)
  }
  return names
}

/** A byline part as a name, or undefined when it is a label, a job title or a contact. */
function cleanName(part: string): string | undefined {
  let name = part
    .trim()
    .replace(labels, '')
    // A place or a publication after the name: "Ann Vale in Port Alder", "… for The Ledger".
    .replace(/\s+(?:in|from|for|at)\s+\p{Lu}.*$/u, '')
    .replace(/^[\s"“”'‘’(]+|[\s"“”'‘’).:,-]+$/g, '')
    .trim()
  if (name === '' || /[@<>]|https?:|www\./i.test(name) || /^\d/.test(name)) return undefined
  const words = name.split(/\s+/)
  const lowered = name.toLowerCase()
  if (roles.has(lowered) || [...roles].some((role) => lowered.startsWith(`${role} `))) {
    return undefined
  }
  // A job title alone ("Senior Correspondent"), not a name that happens to end in one, nor an
  // agency ("Associated Press").
  const organization = agencies.has(lowered) || endings.has(words.at(-1)?.toLowerCase() ?? '')
  if (
    !organization &&
    words.every((word) => /^\p{Lu}/u.test(word)) &&
    isRoleHead(words.at(-1) ?? '') &&
    !isGivenName(words[0] ?? '')
  ) {
    return undefined
  }
  if (words.length === 1 && suffixes.has(lowered.replace(/\.$/, ''))) return undefined
  if (!/\p{L}/u.test(name)) return undefined
  if (name.length > limits.name) name = name.slice(0, limits.name).trim()
  return name
}
