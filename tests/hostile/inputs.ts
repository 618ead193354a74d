import { sampleArticles } from '../bench/sample-articles.js'

/**
 * Hostile inputs made at run time, each a function of a size so that the same shape serves a
 * test (one size) and the growth benchmark (several sizes).
 */
export const hostileInputs = {
  /** `<div>` nested `depth` deep around a short article. */
  nestedDivs: (depth: number) =>
    `<!doctype html><html><head><title>Nested Harbour Report</title></head><body>${'<div>'.repeat(depth)}<h1>Nested Harbour Report</h1><p>"The quay is safe," said harbour master Ada Quillon on Monday.</p>${'</div>'.repeat(depth)}</body></html>`,
  /** A Markdown block quote nested `depth` deep. */
  nestedBlockQuotes: (depth: number) =>
    `---\ntitle: Deep Quotes About Tides\n---\n\n${'>'.repeat(depth)} "The tide came early," said Ada Quillon.\n`,
  /** A paragraph of `count` opening quotation marks, none of them closed. */
  quotationMarks: (count: number) =>
    `Quotation Marks Everywhere\n\n${'“word '.repeat(count)}\n\n"The tide came early," said Ada Quillon.\n`,
  /** Realistic prose of about `kilobytes` kB in one article. */
  longArticle: (kilobytes: number) => {
    const paragraphs: string[] = []
    let size = 0
    for (const article of sampleArticles(Math.ceil(kilobytes / 2) + 1, { seed: 11 })) {
      for (const paragraph of article.paragraphs) {
        paragraphs.push(paragraph)
        size += paragraph.length + 2
      }
      if (size >= kilobytes * 1000) break
    }
    return `A Very Long Harbour Chronicle\n\n${paragraphs.join('\n\n')}\n`
  },
  /** One word of `length` letters. */
  longWord: (length: number) => `One Long Word\n\n${'a'.repeat(length)}ed\n`,
  /**
   * One paragraph of `words` words of news prose (names, organizations, quotes) with every
   * punctuation mark removed: one sentence without end.
   */
  unpunctuated: (words: number) => {
    const prose: string[] = []
    for (const article of sampleArticles(Math.ceil(words / 300) + 1, { seed: 13 })) {
      prose.push(
        ...article.paragraphs
          .join(' ')
          .replace(/[^\p{L}\p{N}\s]+/gu, '')
          .split(/\s+/),
      )
      if (prose.length >= words) break
    }
    return `No Punctuation At All\n\n${prose.filter(Boolean).slice(0, words).join(' ')}\n`
  },
  /** `words` capitalized words in a row. */
  capitalized: (words: number) =>
    `Capital Letters Everywhere\n\n${Array.from({ length: words }, (_, index) => `Name${String.fromCharCode(65 + (index % 26))}`).join(' ')}.\n`,
  /** Front matter with `keys` keys. */
  frontMatterKeys: (keys: number) =>
    `---\ntitle: Many Keys\n${Array.from({ length: keys }, (_, index) => `key${index}: value`).join('\n')}\n---\n\nThe body of the article.\n`,
  /** HTML with `count` attributes on one element. */
  htmlAttributes: (count: number) =>
    `<!doctype html><html><head><title>Attributes</title></head><body><article${Array.from({ length: count }, (_, index) => ` data-a${index}="x"`).join('')}><h1>Attributes Report</h1><p>"The tide came early," said Ada Quillon.</p></article></body></html>`,
  /** A Markdown paragraph of `count` emphasis openers (`*a`). */
  markdownEmphasis: (count: number) =>
    `---\ntitle: Harbour Emphasis\n---\n\n"The tide came early," said Ada Quillon.\n\n${'*a'.repeat(count)}\n`,
  /** A Markdown paragraph of `count` unclosed link openers (`[a](`). */
  markdownLinks: (count: number) =>
    `---\ntitle: Harbour Links\n---\n\n"The tide came early," said Ada Quillon.\n\n${'[a]('.repeat(count)}\n`,
  /** A JSON article of `count` paragraph blocks. */
  jsonBlocks: (count: number) =>
    JSON.stringify({
      title: 'Harbour Blocks',
      blocks: Array.from({ length: count }, (_, index) => ({
        type: 'paragraph',
        text: `Block ${index} of the harbour record.`,
      })),
    }),
} as const

export type HostileInput = keyof typeof hostileInputs
