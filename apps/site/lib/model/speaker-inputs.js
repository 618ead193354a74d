import { createHash } from 'node:crypto'

/**
 * What a speaker's pages and feed are made from, digested without making them: the speaker's
 * entry in `speakers.json`, the bytes of every article it names, and the names and labels those
 * pages print of other speakers and topics. Two builds that give a speaker the same digest give
 * its pages and feed the same views (`buildSpeakerView`, `speakerPages`, `speakerFeed`), so a
 * build whose output holds them as they were made then need not make them again
 * (scripts/lib/render-site.ts). Far cheaper than the views: an article is its digest, not its
 * quotes and context.
 *
 * What the views read, and so what the digest covers:
 * - the entry: name, kind, aliases, roles, topics and their counts, articles, quote references;
 * - each article the entry names (its articles, its quotes' articles, its roles' articles):
 *   its record (summary, dates, topics, speakers, quotes with their context), which is made from
 *   the article's bytes alone, or its absence (a role may name an article that is gone);
 * - the link of each speaker those articles name or quote (speakers quoted alongside, a quote's
 *   speaker): its name, or that it has no page;
 * - the link of each topic of the entry and of those articles (the speaker's topics, the feed's
 *   entries): its label, or that it is unknown.
 * The order of the speaker's quotes and feed entries is the site's order of those articles,
 * which compares their own dates and slugs, so it is covered by their records.
 *
 * @typedef {import('@newsroom/schema').SpeakerEntry} SpeakerEntry
 * @typedef {import('./lookup.js').SiteLookup} SiteLookup
 */

/**
 * The digest of what a speaker's pages are made from; null when an article it names has no
 * digest (an article given in memory, not read from a file): its pages are then made.
 *
 * @param {SpeakerEntry} entry
 * @param {SiteLookup} lookup
 * @param {(file: string) => string | undefined} digestOf digest of an article file's bytes
 * @returns {string | null}
 */
export function speakerInputsDigest(entry, lookup, digestOf) {
  const hash = createHash('sha256')
  hash.update(JSON.stringify(entry)).update('\n')
  /** @type {Set<string>} */
  const slugs = new Set(entry.articles)
  for (const ref of entry.quotes) slugs.add(ref.article)
  for (const role of entry.roles) slugs.add(role.article)
  /** @type {Set<string>} */
  const speakerIds = new Set()
  /** @type {Set<string>} */
  const topicIds = new Set(entry.topics.map((topic) => topic.id))
  for (const slug of slugs) {
    const article = lookup.article(slug)
    if (!article) {
      hash.update(`article\0${slug}\0none\n`)
      continue
    }
    const digest = article.file === null ? undefined : digestOf(article.file)
    if (digest === undefined) return null
    hash.update(`article\0${slug}\0${digest}\n`)
    for (const speaker of article.speakers) speakerIds.add(speaker.id)
    for (const quote of article.quotes.values()) {
      if (quote.speaker) speakerIds.add(quote.speaker.id)
    }
    for (const topic of article.topics) topicIds.add(topic.id)
  }
  for (const id of speakerIds) {
    hash.update(`speaker\0${id}\0${JSON.stringify(lookup.speakerLink(id))}\n`)
  }
  for (const id of topicIds) {
    hash.update(`topic\0${id}\0${JSON.stringify(lookup.topicLink(id))}\n`)
  }
  return hash.digest('base64url')
}
