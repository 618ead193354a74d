import { paginate } from '../paginate.js'
import { speakerUrl } from '../urls.js'
import { compareArticles, compareIds, compareNames } from './order.js'
import { PAGE_SIZES } from './page-sizes.js'
import { quoteView } from './quotes.js'

/**
 * @typedef {import('@newsroom/schema').SpeakerEntry} SpeakerEntry
 * @typedef {import('./lookup.js').SiteLookup} SiteLookup
 */

/** Speakers listed as quoted alongside another one, on its page. */
export const ALONGSIDE_LIMIT = 10

/**
 * The speaker pages (`/speakers/<id>/`), A–Z by name: roles with the article each came from,
 * every quote newest first, topics, and the speakers most often quoted in the same articles.
 *
 * @param {SpeakerEntry[]} entries `speakers.json` → `speakers`
 * @param {SiteLookup} lookup
 */
export function buildSpeakerViews(entries, lookup) {
  return [...entries]
    .sort((a, b) => compareNames(a.name, b.name) || compareIds(a.id, b.id))
    .map((speaker) => {
      const quotes = speaker.quotes
        .map((ref) => {
          const { article, quote } = lookup.quote(ref)
          return quoteView(article, quote, lookup)
        })
        .sort((a, b) => compareArticles(a.article, b.article))
      return {
        id: speaker.id,
        name: speaker.name,
        kind: speaker.kind,
        kindLabel: speaker.kind === 'person' ? 'Person' : 'Organization',
        url: speakerUrl(speaker.id),
        feedUrl: `${speakerUrl(speaker.id)}feed.xml`,
        jsonFeedUrl: `${speakerUrl(speaker.id)}feed.json`,
        letter: initialOf(speaker.name),
        aliases: speaker.aliases.filter((alias) => alias !== speaker.name),
        roles: speaker.roles.map((role) => ({
          role: role.role,
          article: lookup.findSummary(role.article),
        })),
        quoteCount: quotes.length,
        articleCount: new Set(speaker.articles).size,
        topics: speaker.topics.flatMap((topic) => {
          const link = lookup.topicLink(topic.id)
          return link ? [{ ...link, count: topic.count }] : []
        }),
        alongside: quotedAlongside(speaker, lookup),
        quotes,
      }
    })
}

/** @typedef {ReturnType<typeof buildSpeakerViews>[number]} SpeakerView */

/**
 * Each page of each speaker's quotes (`/speakers/<id>/`, `/speakers/<id>/page/2/`, …).
 *
 * @param {SpeakerView[]} speakers
 */
export function speakerPages(speakers) {
  return speakers.flatMap((speaker) =>
    paginate(speaker.quotes, PAGE_SIZES.speakerQuotes, speaker.url).map((page) => ({
      speaker,
      page,
    })),
  )
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
 * The letter a name is filed under in the A–Z index: its first letter without accents, or `#`.
 *
 * @param {string} name
 */
export function initialOf(name) {
  const letter = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .charAt(0)
    .toUpperCase()
  return letter || '#'
}
