/** How many items each paginated list shows on one page, and each feed holds. */
export const PAGE_SIZES = Object.freeze({
  articles: 20,
  topicArticles: 20,
  speakerQuotes: 25,
  speakers: 100,
  topics: 100,
  unnamed: 25,
  /** The site's feeds: the newest articles, whole. */
  siteFeedEntries: 50,
  /** A topic's or a speaker's feeds: the newest articles, summarized. */
  feedEntries: 20,
})
