import type { IngestedArticle } from './article.js'

/**
 * The `file.data` keys that several Newsroom packages share on the VFile of an article's text,
 * declared once here. Each package that reads or writes them merges them into vfile's `DataMap`
 * (`declare module 'vfile' { interface DataMap extends ArticleFileData {} }`), so this package
 * needs no vfile of its own.
 */
export interface ArticleFileData {
  /**
   * The article the text was made from: written by `@newsroom/ingest`, handed to the enrichment
   * plugins by `@newsroom/enrich`, read for its title, dek, publisher and overrides.
   */
  article?: IngestedArticle
  /**
   * The block id of each paragraph of the text, in order (`@newsroom/enrich` joins blocks into
   * paragraphs); without it, plugins name paragraphs `p1`, `p2`…
   */
  blockIds?: string[]
}
