import { archivedPageCount, paginateNewestFirst } from '../paginate.js'
import { speakerUrl } from '../urls.js'
import { splitAliases } from './aliases.js'
import { compareIds, compareNames } from './order.js'
import { PAGE_SIZES } from './page-sizes.js'
import { quoteView } from './quotes.js'

/**
 * @typedef {import('@newsroom/schema').SpeakerEntry} SpeakerEntry
 * @typedef {import('./lookup.js').SiteLookup} SiteLookup
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 *
 * @typedef {object} SpeakerSummary
 *   What lists of speakers show (the A–Z index, the home page).
 * @property {string} id
 * @property {string} name
 * @property {'person' | 'organization'} kind
 * @property {string} url
 * @property {string} letter the A–Z index letter
 * @property {number} quoteCount
 */

/** Speakers listed as quoted alongside another one, on its page. */
export const ALONGSIDE_LIMIT = 10

/**
 * Every named speaker, A–Z by index letter, then name (then id), as lists show them.
 *
 * @param {SpeakerEntry[]} entries `speakers.json` → `speakers`
 * @returns {SpeakerSummary[]}
 */
export function speakerSummaries(entries) {
  return (
    // `map` makes the new array that `sort` then orders: no copy of `entries` first.
    entries
      .map((speaker) => ({
        id: speaker.id,
        name: speaker.name,
        kind: speaker.kind,
        url: speakerUrl(speaker.id),
        letter: initialOf(speaker.name),
        quoteCount: speaker.quotes.length,
      }))
      // By letter first: a name the collator sorts apart from its letter ("“Quoted” Name" before
      // "Aaron") would otherwise open a second group of that letter, with the same id.
      .sort(
        (a, b) =>
          compareLetters(a.letter, b.letter) ||
          compareNames(a.name, b.name) ||
          compareIds(a.id, b.id),
      )
  )
}

/**
 * A speaker page (`/speakers/<id>/`): roles with the article each came from (descriptions the
 * articles use for them count as roles), the other names they go by, every quote newest first,
 * topics, and the speakers most often quoted in the same articles.
 *
 * @param {SpeakerEntry} speaker
 * @param {SiteLookup} lookup
 */
export function buildSpeakerView(speaker, lookup) {
  const quotes = speaker.quotes
    .map((ref) => {
      const { article, quote } = lookup.quote(ref)
      return quoteView(article, quote, lookup)
    })
    .sort((a, b) => lookup.order(a.article.slug) - lookup.order(b.article.slug))
  const aliases = splitAliases(speaker.name, speaker.aliases)
  /** @type {{ role: string, article: ArticleSummary | null }[]} */
  const roles = speaker.roles.map((role) => ({
    role: role.role,
    article: lookup.findSummary(role.article),
  }))
  const knownRoles = new Set(roles.map((role) => roleKey(role.role)))
  for (const description of aliases.descriptions) {
    if (!knownRoles.has(roleKey(description))) {
      knownRoles.add(roleKey(description))
      roles.push({ role: description, article: null })
    }
  }
  return {
    id: speaker.id,
    name: speaker.name,
    kind: speaker.kind,
    kindLabel: speaker.kind === 'person' ? 'Person' : 'Organization',
    url: speakerUrl(speaker.id),
    feedUrl: `${speakerUrl(speaker.id)}feed.xml`,
    jsonFeedUrl: `${speakerUrl(speaker.id)}feed.json`,
    letter: initialOf(speaker.name),
    aliases: aliases.names,
    roles,
    quoteCount: quotes.length,
    articleCount: new Set(speaker.articles).size,
    topics: speaker.topics.flatMap((topic) => {
      const link = lookup.topicLink(topic.id)
      return link ? [{ ...link, count: topic.count }] : []
    }),
    alongside: quotedAlongside(speaker, lookup),
    quotes,
  }
}

/** @typedef {ReturnType<typeof buildSpeakerView>} SpeakerView */

/**
 * What a role says, for telling repeats apart: `the mayor` says what `Mayor` says.
 *
 * @param {string} role
 */
function roleKey(role) {
  return role
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * How many pages a speaker's quotes take (`/speakers/<id>/`, then `page/<n>/` numbered from the
 * oldest: see `paginateNewestFirst`).
 *
 * @param {SpeakerEntry} speaker
 */
export function speakerPageCount(speaker) {
  return 1 + archivedPageCount(speaker.quotes.length, PAGE_SIZES.speakerQuotes)
}

/**
 * Each page of a speaker's quotes.
 *
 * @param {SpeakerView} speaker
 */
export function speakerPages(speaker) {
  // Each page carries the speaker without the list of every quote: a page's own quotes are in
  // `page`, and Eleventy keeps every page's data until it has written them all.
  const { quotes, ...profile } = speaker
  return paginateNewestFirst(quotes, PAGE_SIZES.speakerQuotes, speaker.url).map((page) => ({
    speaker: profile,
    page,
  }))
}

/**
 * The named speakers quoted in the same articles as `speaker`, by how many articles they
 * share, then by id; at most `ALONGSIDE_LIMIT`.
 *
 * @param {SpeakerEntry} speaker
 * @param {SiteLookup} lookup
 */
export function quotedAlongside(speaker, lookup) {
  /** @type {Map<string, number>} speaker id → articles shared */
  const shared = new Map()
  for (const slug of new Set(speaker.articles)) {
    const article = lookup.article(slug)
    if (!article) continue
    for (const id of lookup.namedSpeakerIds(article)) {
      if (id !== speaker.id) shared.set(id, (shared.get(id) ?? 0) + 1)
    }
  }
  return [...shared]
    .sort(([idA, a], [idB, b]) => b - a || compareIds(idA, idB))
    .slice(0, ALONGSIDE_LIMIT)
    .flatMap(([id, count]) => {
      const link = lookup.speakerLink(id)
      return link ? [{ ...link, count }] : []
    })
}

/**
 * Latin letters that do not decompose into a base letter and an accent, by the letter the
 * collator sorts them with (`Łukasz` among the L's).
 */
const baseLetters = new Map(
  Object.entries({
    Ł: 'L',
    Ø: 'O',
    Đ: 'D',
    Ð: 'D',
    Æ: 'A',
    Œ: 'O',
    Þ: 'T',
    Ħ: 'H',
    Ŧ: 'T',
    ẞ: 'S',
  }),
)

/**
 * The letter a name is filed under in the A–Z index: its first letter or digit without
 * accents, or `#` when that is a digit or a letter outside A–Z.
 *
 * @param {string} name
 */
export function initialOf(name) {
  const first = /[\p{L}\p{N}]/u.exec(name.normalize('NFD'))?.[0]?.toUpperCase() ?? ''
  if (/^[A-Z]$/.test(first)) return first
  return baseLetters.get(first) ?? '#'
}

/** Index letters, A–Z, then `#`. @param {string} a @param {string} b */
function compareLetters(a, b) {
  if (a === b) return 0
  if (a === '#') return 1
  if (b === '#') return -1
  return a < b ? -1 : 1
}
