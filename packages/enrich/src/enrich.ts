import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextTopics from '@newsroom/retext-topics'
import {
  Article,
  type ArticleFileData,
  IngestedArticle,
  type Sentiment,
  withFastPath,
} from '@newsroom/schema'
import { unified } from 'unified'
import { VFile } from 'vfile'
import retextEnglishParser from './english-parser.js'
import { oneByteText } from './one-byte-text.js'
import {
  reportMisspeltTopics,
  reportUnmatchedRemovals,
  reportUnmatchedSpeakerNames,
} from './override-messages.js'
import keyphrases from './plugins/keyphrases.js'
import readability from './plugins/readability.js'
import sentiment from './plugins/sentiment.js'
import { alignSpeakersWithEntities } from './speaker-entities.js'
import { requireSpeakerEvidence, withoutAddressees } from './speaker-evidence.js'
import { placeGivenNames } from './speaker-given-names.js'
import { applySpeakerOverrides } from './speaker-overrides.js'
import { withoutAuthors, withoutCreditedSources } from './speaker-sources.js'
import { applyTopicHints } from './topic-hints.js'

declare module 'vfile' {
  /** Writes `article` (the input) and `blockIds` (block id of each paragraph node, in order). */
  interface DataMap extends ArticleFileData {
    /** The enriched article (output of the pipeline). */
    enriched?: Article
  }
}

/** The VFile `enrich` resolves to: `file.data.enriched` is always there. */
export type EnrichedFile = VFile & { data: { enriched: Article } }

/** The unified processor behind `enrich`: the English parser and every enrichment plugin, in order. */
export function createProcessor() {
  return unified()
    .use(retextEnglishParser)
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
 * What enrichment adds to an article, checked against the schema on every run. The ingested
 * fields are not parsed a second time: `ingest` made them with the same schema, and parsing them
 * again copied every block of the article for nothing.
 */
export const Enrichment = Article.pick({
  quotes: true,
  speakers: true,
  entities: true,
  topics: true,
  keyphrases: true,
  readability: true,
  sentiment: true,
})

/**
 * `Enrichment` with zod's compiled fast path (see `withFastPath`): a tenth the time of the
 * runtime parser on the bench's articles, with the same errors; a test holds that it compiles.
 */
export function checkedEnrichment(): typeof Enrichment {
  return withFastPath(Enrichment)
}

/** The ingested fields, in the schema's order (the order of the keys of the JSON written). */
const ingestedKeys = Object.keys(IngestedArticle.shape) as Array<keyof IngestedArticle>

/** The fields of an ingested article, in the schema's order, without keys the schema lacks. */
function ingestedFields(article: IngestedArticle): IngestedArticle {
  const fields: Partial<Record<keyof IngestedArticle, unknown>> = {}
  for (const key of ingestedKeys) fields[key] = article[key]
  return fields as IngestedArticle
}

/**
 * The VFile the pipeline reads for an article: its blocks' texts joined by a blank line (held one
 * byte per character where it can be: see `oneByteText`), with `article` and `blockIds` on its
 * data (what `enrich` and `quoteCandidates` both run on).
 */
export function articleFile(article: IngestedArticle): VFile {
  return new VFile({
    path: article.sourceFile,
    value: oneByteText(article.blocks.map((block) => block.text).join('\n\n')),
    data: { article, blockIds: article.blocks.map((block) => block.id) },
  })
}

/**
 * Enrich one ingested article. Returns its VFile: the `Article` on `file.data.enriched` (validated
 * against the schema) and the enrichment's messages, placed in the joined block text (block i
 * starts after the texts of blocks 0..i-1 and a blank line each).
 */
export async function enrich(article: IngestedArticle): Promise<EnrichedFile> {
  sharedProcessor ??= createProcessor()
  const file = articleFile(article)
  const tree = sharedProcessor.parse(file)
  await sharedProcessor.run(tree, file)
  applyTopicHints(file, article.sourceFormat)
  reportMisspeltTopics(file, article.overrides.addTopics)
  reportUnmatchedRemovals(file, article.overrides.removeTopics)

  const sentimentData = file.data.sentiment
  const entities = file.data.entities ?? { people: [], organizations: [], places: [] }
  const aligned = alignSpeakersWithEntities(
    file.data.quotes ?? [],
    file.data.speakers ?? [],
    entities,
  )
  const textOf = new Map(article.blocks.map((block) => [block.id, block.text]))
  const spoken = withoutAddressees(aligned.quotes, aligned.speakers, textOf)
  const sourced = withoutCreditedSources(spoken.quotes, spoken.speakers, textOf, entities)
  const unauthored = withoutAuthors(sourced.quotes, sourced.speakers, article.authors)
  const evidenced = requireSpeakerEvidence(unauthored.quotes, unauthored.speakers, entities)
  const placed = placeGivenNames(evidenced.quotes, evidenced.speakers, entities, article.slug)
  // Overrides come last: what the user states wins over what the pipeline found.
  const overridden = applySpeakerOverrides(
    placed.quotes,
    placed.speakers,
    article.overrides.speakerNames,
  )
  reportUnmatchedSpeakerNames(file, overridden.unmatched, placed.speakers)
  const quotes = overridden.quotes.map((quote) => ({
    ...quote,
    sentiment: sentimentData?.quotes[quote.id] ?? null,
  }))
  const readabilityData = file.data.readability
  // Assigned onto the fresh object of the ingested fields: spreading both into a literal copied
  // every field twice.
  file.data.enriched = Object.assign(
    ingestedFields(article),
    checkedEnrichment().parse({
      quotes,
      speakers: overridden.speakers,
      entities,
      topics: file.data.topics ?? [],
      keyphrases: file.data.keyphraseList ?? [],
      readability: readabilityData,
      sentiment: sentimentData?.article ?? neutral,
    }),
  )
  // `enriched` is set just above; the type tells callers so.
  return file as EnrichedFile
}
