import type { Article, QuoteRef, SpeakerEntry, SpeakerIndex } from '@newsroom/schema'
import { compareNewestFirst, rankCounts } from './article-order.js'

interface Accumulator {
  id: string
  names: Map<string, number>
  kinds: Map<'person' | 'organization', number>
  aliases: Set<string>
  roles: Map<string, { role: string; article: string }>
  articles: Article[]
  quotes: QuoteRef[]
  topics: string[]
}

/** The most frequent value; on a tie the longest, then the first in code-point order. */
export function mostFrequent<T extends string>(counts: Map<T, number>): T {
  let best: T | undefined
  let bestCount = -1
  for (const [value, count] of counts) {
    const better =
      count > bestCount ||
      (count === bestCount &&
        best !== undefined &&
        (value.length > best.length || (value.length === best.length && value < best)))
    if (better) {
      best = value
      bestCount = count
    }
  }
  if (best === undefined) throw new TypeError('Expected at least one value')
  return best
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The site-wide speaker registry. Named speakers are merged across articles by id alone, which is
 * the slug of their canonical (fullest) name: "Wang Yi" in one article and "Wang Yi" in another
 * are one identity, and a bare surname that an article never expands stays apart from a fuller
 * name elsewhere, but the same bare surname in two articles is one id and one entry, whoever the
 * two are (only a lone given name carries its article's slug: `placeGivenNames`). Anonymous and
 * group speakers are never merged: each quote of theirs is listed with its own description.
 */
export function buildSpeakerIndex(articles: readonly Article[]): SpeakerIndex {
  const ordered = [...articles].sort(compareNewestFirst)
  const entries = new Map<string, Accumulator>()
  const anonymous: SpeakerIndex['anonymous'] = []

  for (const article of ordered) {
    const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
    for (const quote of article.quotes) {
      const ref = quote.speaker
      if (!ref) continue
      const speaker = speakers.get(ref.id)
      if (ref.kind === 'anonymous' || ref.kind === 'group') {
        anonymous.push({
          article: article.slug,
          quoteId: quote.id,
          description: speaker?.description ?? ref.name,
          kind: ref.kind,
        })
        continue
      }
      let entry = entries.get(ref.id)
      if (!entry) {
        entry = {
          id: ref.id,
          names: new Map(),
          kinds: new Map(),
          aliases: new Set(),
          roles: new Map(),
          articles: [],
          quotes: [],
          topics: [],
        }
        entries.set(ref.id, entry)
      }
      entry.names.set(ref.name, (entry.names.get(ref.name) ?? 0) + 1)
      entry.kinds.set(ref.kind, (entry.kinds.get(ref.kind) ?? 0) + 1)
      entry.quotes.push({ article: article.slug, quoteId: quote.id })
      if (!entry.articles.includes(article)) {
        entry.articles.push(article)
        for (const topic of article.topics) entry.topics.push(topic.id)
        for (const alias of speaker?.aliases ?? []) entry.aliases.add(alias)
        for (const role of speaker?.roles ?? []) {
          entry.roles.set(`${role}\u0000${article.slug}`, { role, article: article.slug })
        }
      }
    }
  }

  const speakers: SpeakerEntry[] = [...entries.values()]
    .map((entry) => {
      const name = mostFrequent(entry.names)
      return {
        id: entry.id,
        name,
        kind: mostFrequent(entry.kinds),
        aliases: [...entry.aliases].filter((alias) => alias !== name).sort(byText),
        roles: [...entry.roles.values()],
        quoteCount: entry.quotes.length,
        articles: entry.articles.map((article) => article.slug),
        quotes: entry.quotes,
        topics: rankCounts(entry.topics),
      }
    })
    .sort((a, b) => byText(a.id, b.id))

  return { speakers, anonymous }
}
