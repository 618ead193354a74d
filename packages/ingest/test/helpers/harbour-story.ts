/**
 * An invented harbour story shared by the tests of text pasted without paragraph breaks: plain
 * sentences to make a body as long as needed, and the article they go in.
 */
import { type IngestOptions, ingest } from '../../src/index.js'

/** Sentences of about fifteen words, with no quotation and no subheading shape. */
export const plainSentences: readonly string[] = [
  'The harbour board met in Port Alder on a wet evening to hear the engineers out.',
  'Their report ran to forty pages and covered the wall, the moorings and the old fish market.',
  'Several members asked how long the works would close the quay to the small boats.',
  'The engineers said the quay would stay open for most of the summer season.',
  'Residents who live near the water have complained about flooding for years.',
]

/** `count` plain sentences in one run, the five taken in turn. */
export function plainText(count: number): string {
  return Array.from(
    { length: count },
    (_, index) => plainSentences[index % plainSentences.length],
  ).join(' ')
}

/** Ingest a plain-text article (title, byline and date lines, then `body`) as `harbour.txt`. */
export function ingestText(body: string, options?: IngestOptions) {
  const text = `Harbour wall plan approved\n\nBy Lina Osk\n2025-03-14 18:59:58Z\n\n${body}\n`
  return ingest({ path: 'harbour.txt', contents: new TextEncoder().encode(text) }, options)
}
