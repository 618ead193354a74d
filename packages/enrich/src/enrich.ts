import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextTopics from '@newsroom/retext-topics'
import { Article, type IngestedArticle, type Sentiment } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import keyphrases from './plugins/keyphrases.js'
import readability from './plugins/readability.js'
import sentiment from './plugins/sentiment.js'
import { alignSpeakersWithEntities } from './speaker-entities.js'
import { applySpeakerOverrides } from './speaker-overrides.js'
import { applyTopicHints } from './topic-hints.js'

declare module 'vfile' {
  interface DataMap {
    /** The ingested article being enriched (input of the pipeline; declared as ingest does). */
    article?: IngestedArticle
    /** Block id of each paragraph node, in order. */
    blockIds?: string[]
    /** The enriched article (output of the pipeline). */
    enriched?: Article
  }
}

/** The unified processor behind `enrich`: retext-english and every enrichment plugin, in order. */
export function createProcessor() {
  return unified()
    .use(retextEnglish)
    .use(retextEntities)
    .use(retextQuotes)
    .use(keyphrases)
    .use(retextTopics)
    .use(readability)
    .use(sentiment)
    .freeze()
}

type Processor = ReturnType<typeof createProcessor>
let sharedProcessor: Processor | undefined

const neutral: Sentiment = { polarity: 0, comparative: 0, valence: 'neutral' }

/**
 * Enrich one ingested article. Returns its VFile: the `Article` on `file.data.enriched` (validated
 * against the schema) and the enrichment's messages, placed in the joined block text (block i
 * starts after the texts of blocks 0..i-1 and a blank line each).
 */
export async function enrich(article: IngestedArticle): Promise<VFile> {
  sharedProcessor ??= createProcessor()
  const file = new VFile({
    path: article.sourceFile,
    value: article.blocks.map((block) => block.text).join('\n\n'),
    data: { article, blockIds: article.blocks.map((block) => block.id) },
  })
  const tree = sharedProcessor.parse(file)
  await sharedProcessor.run(tree, file)
  applyTopicHints(file, article.sourceFormat)

  const sentimentData = file.data.sentiment
  const entities = file.data.entities ?? { people: [], organizations: [], places: [] }
  const aligned = alignSpeakersWithEntities(
    file.data.quotes ?? [],
    file.data.speakers ?? [],
    entities,
  )
  // Overrides come last: what the user states wins over what the pipeline found.
  const overridden = applySpeakerOverrides(
    aligned.quotes,
    aligned.speakers,
    article.overrides.speakerNames,
  )
  const quotes = overridden.quotes.map((quote) => ({
    ...quote,
    sentiment: sentimentData?.quotes[quote.id] ?? null,
  }))
  const readabilityData = file.data.readability
  file.data.enriched = Article.parse({
    ...article,
    quotes,
    speakers: overridden.speakers,
    entities,
    topics: file.data.topics ?? [],
    keyphrases: file.data.keyphraseList ?? [],
    readability: readabilityData,
    sentiment: sentimentData?.article ?? neutral,
  })
  return file
}
