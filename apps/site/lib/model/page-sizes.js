/** How many items each paginated list shows on one page. */
export const PAGE_SIZES = Object.freeze({
  articles: 20,
  topicArticles: 20,
  speakerQuotes: 25,
  speakers: 100,
  topics: 100,
  unnamed: 25,
  feedEntries: 50,
})
