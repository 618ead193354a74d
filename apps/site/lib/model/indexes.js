import { paginate, paginateNewestFirst } from '../paginate.js'
import { articlesIndexUrl, speakersIndexUrl, topicsIndexUrl } from '../urls.js'
import { PAGE_SIZES } from './page-sizes.js'

/**
 * @typedef {import('./summary.js').ArticleSummary} ArticleSummary
 * @typedef {import('./topics.js').TopicView} TopicView
 */

/**
 * `/articles/`: every article, in the order given (newest first), in pages that keep their
 * articles as the site grows (see `paginateNewestFirst`).
 *
 * @param {ArticleSummary[]} articles
 */
export function articleIndexPages(articles) {
  return paginateNewestFirst(articles, PAGE_SIZES.articles, articlesIndexUrl)
}

/**
 * `/topics/`: every topic with its article count, in the order given (A–Z).
 *
 * @param {TopicView[]} topics
 */
export function topicIndexPages(topics) {
  return paginate(
    topics.map(({ id, label, url, articleCount }) => ({ id, label, url, articleCount })),
    PAGE_SIZES.topics,
    topicsIndexUrl,
  )
}

/**
 * `/speakers/`: the A–Z listing, paginated, each page grouped by initial, with a letter
 * navigation that points at the page where each letter starts.
 *
 * @template {{ letter: string }} S
 * @param {S[]} speakers sorted by name, each with the letter it is filed under
 */
export function speakerIndexPages(speakers) {
  const pages = paginate(speakers, PAGE_SIZES.speakers, speakersIndexUrl)
  /** @type {{ letter: string, url: string }[]} */
  const letters = []
  for (const page of pages) {
    for (const speaker of page.items) {
      if (!letters.some((entry) => entry.letter === speaker.letter)) {
        letters.push({ letter: speaker.letter, url: `${page.url}#${letterId(speaker.letter)}` })
      }
    }
  }
  return pages.map((page) => {
    /** @type {{ letter: string, id: string, speakers: S[] }[]} */
    const groups = []
    for (const speaker of page.items) {
      const last = groups.at(-1)
      if (last && last.letter === speaker.letter) last.speakers.push(speaker)
      else
        groups.push({ letter: speaker.letter, id: letterId(speaker.letter), speakers: [speaker] })
    }
    return { ...page, groups, letters }
  })
}

/**
 * Fragment id of a letter's group (`letter-a`, `letter-other` for `#`).
 *
 * @param {string} letter
 */
function letterId(letter) {
  return `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`
}
