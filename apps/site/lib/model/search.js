/**
 * The search index in parts. Pagefind indexes articles and the first page of each speaker and
 * topic (the pages whose `<main>` has `data-pagefind-body`). On a big site the index is split
 * into shards, each a Pagefind index of its own that the search page merges in the browser
 * (Pagefind's `mergeIndex`), so that a build re-indexes only the shards where a page changed what
 * search reads of it. A page's shard comes from a hash of its file name: stable from build to
 * build, and every shard a fair sample of the site, so that scores from different shards compare.
 *
 * What search reads of a page (`articleSearchView`, …) is the part of its view inside
 * `data-pagefind-body` and outside `data-pagefind-ignore`, with its filter values. Where in doubt
 * a view keeps more: a field kept for nothing costs a re-index now and then, a field left out
 * would leave the index behind the page.
 *
 * @typedef {import('./articles.js').ArticleView} ArticleView
 * @typedef {import('./speakers.js').SpeakerView} SpeakerView
 * @typedef {import('./topics.js').TopicView} TopicView
 */

/**
 * Indexed pages per shard, about: Pagefind indexes a shard of this size in a second or two, and
 * a site of 10,000 articles (about 23,000 indexed pages) has 16 shards to merge.
 */
export const SEARCH_SHARD_PAGES = 2000

/**
 * How many shards the index of `pages` indexed pages has: a power of two, so that the count
 * changes (and every shard is made again) only when the site doubles or halves.
 *
 * @param {number} pages
 * @param {number} [perShard]
 */
export function searchShardCount(pages, perShard = SEARCH_SHARD_PAGES) {
  if (!(Number.isInteger(perShard) && perShard > 0)) {
    throw new TypeError(`Expected \`perShard\` to be a positive integer, not ${perShard}`)
  }
  let count = 1
  while (count * perShard < pages) count *= 2
  return count
}

/**
 * The shard a page's index entry is in: FNV-1a of its file name, so the same on every machine
 * and build.
 *
 * @param {string} file the page's file, relative to the site (`articles/a/index.html`)
 * @param {number} count see `searchShardCount`
 */
export function searchShardOf(file, count) {
  let hash = 0x811c9dc5
  for (let index = 0; index < file.length; index++) {
    hash ^= file.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % count
}

/**
 * What search reads of an article page: everything but the related articles and where unnamed
 * sources are listed (both out of the index, and both changed by other articles).
 *
 * @param {ArticleView} article
 */
export function articleSearchView(article) {
  return {
    ...article,
    related: undefined,
    blocks: article.blocks.map((block) => ({
      ...block,
      marks: block.marks.map((mark) => ({
        ...mark,
        attribution: mark.attribution && { ...mark.attribution, url: undefined },
      })),
    })),
    unnamedSpeakers: article.unnamedSpeakers.map((speaker) => ({ ...speaker, url: undefined })),
  }
}

/**
 * What an article page shows that `articleSearchView` leaves out: the two together are the page.
 *
 * @param {ArticleView} article
 */
export function articleLinks(article) {
  return {
    related: article.related,
    attributions: article.blocks.flatMap((block) =>
      block.marks.map((mark) => mark.attribution?.url ?? null),
    ),
    unnamedSpeakers: article.unnamedSpeakers.map((speaker) => speaker.url),
  }
}

/**
 * What search reads of a speaker's first page: name, other names, roles and the topics they
 * speak on (filter values); not their quotes (indexed on the article pages they are in), their
 * counts or the speakers quoted alongside. A new quote then leaves the speaker's index entry as
 * it was.
 *
 * @param {Omit<SpeakerView, 'quotes'>} speaker
 */
export function speakerSearchView(speaker) {
  return {
    name: speaker.name,
    kind: speaker.kind,
    aliases: speaker.aliases,
    roles: speaker.roles.map((role) => role.role),
    topics: speaker.topics.map((topic) => topic.label),
  }
}

/**
 * What search reads of a topic's first page: its name.
 *
 * @param {Pick<TopicView, 'label'>} topic
 */
export function topicSearchView(topic) {
  return { label: topic.label }
}
