import retextEntities from '@newsroom/retext-entities'
import retextQuotes, { type QuoteCandidates } from '@newsroom/retext-quotes'
import type { IngestedArticle } from '@newsroom/schema'
import { unified } from 'unified'
import retextEnglishParser from './english-parser.js'
import { articleFile } from './enrich.js'

function createCandidateProcessor() {
  return unified()
    .use(retextEnglishParser)
    .use(retextEntities)
    .use(retextQuotes, { candidates: true })
    .freeze()
}

let sharedProcessor: ReturnType<typeof createCandidateProcessor> | undefined

/**
 * The candidate speaker mentions retext-quotes weighed for each quotation of an article, with
 * the entity each resolves to (its `speakerCandidates`), for scoring against gold that marks
 * source mentions. The quotations are those `enrich` finds, under the same ids: the plugins run
 * as in `enrich`, with the candidates asked for. Not part of the published article.
 */
export async function quoteCandidates(article: IngestedArticle): Promise<QuoteCandidates[]> {
  sharedProcessor ??= createCandidateProcessor()
  const file = articleFile(article)
  await sharedProcessor.run(sharedProcessor.parse(file), file)
  return file.data.speakerCandidates ?? []
}
