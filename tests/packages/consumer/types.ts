// A reuser's TypeScript, type-checked (never run) against the declaration files of the packages
// installed from their tarballs: strict, `nodenext`, `skipLibCheck: false`. Each line states a
// type a reader relies on; `@ts-expect-error` lines fail the check if a key stops being typed.
import { type ProcessOptions, processContent } from '@newsroom/cli'
import { main } from '@newsroom/cli/main'
import { type EnrichedFile, enrich } from '@newsroom/enrich'
import keyphrases from '@newsroom/enrich/keyphrases'
import readability from '@newsroom/enrich/readability'
import sentiment from '@newsroom/enrich/sentiment'
import { type QuoteScore, readGold, scoreQuotes } from '@newsroom/evaluate'
import { type BlockSource, ingest } from '@newsroom/ingest'
import { type Pronoun, pronouns } from '@newsroom/lexicon'
import { type PersonName, parsePersonName } from '@newsroom/names'
import { paragraphTokens, type Token } from '@newsroom/nlcst-tokens'
import retextEntities, { type EntityMention } from '@newsroom/retext-entities'
import retextQuotes, { type Options as QuotesOptions } from '@newsroom/retext-quotes'
import retextTopics, { TaxonomyFile, type Options as TopicsOptions } from '@newsroom/retext-topics'
import type {
  Article,
  ArticleTopic,
  Entities,
  IngestedArticle,
  Keyphrase,
  Quote,
  Readability,
  Speaker,
} from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'

const quotesOptions: QuotesOptions = { minUnattributedWords: 3 }
const topicsOptions: TopicsOptions = { maximum: 3, addTopics: ['harbours'] }

const processor = unified()
  .use(retextEnglish)
  .use(retextEntities, { compromise: false })
  .use(retextQuotes, quotesOptions)
  .use(keyphrases, { maximum: 5 })
  .use(retextTopics, topicsOptions)
  .use(readability)
  .use(sentiment, { threshold: 0.05 })

const ingested = ingest({ path: 'a.txt', contents: new TextEncoder().encode('Title\n\nText.') })
const input: IngestedArticle | undefined = ingested.data.article
const sources: Record<string, BlockSource> | undefined = ingested.data.blockSources

// The keys the packages share (`ArticleFileData` of the schema) are typed on `file.data`.
const file = new VFile({ value: 'Text.', data: input ? { article: input, blockIds: ['p1'] } : {} })
// @ts-expect-error: `article` is an IngestedArticle, not a number
new VFile({ value: 'Text.', data: { article: 3 } })
// @ts-expect-error: `blockIds` is a list of strings
new VFile({ value: 'Text.', data: { blockIds: [1] } })

await processor.run(processor.parse(file), file)
const entities: Entities | undefined = file.data.entities
const mentions: EntityMention[] | undefined = file.data.entityMentions
const quotes: Quote[] | undefined = file.data.quotes
const speakers: Speaker[] | undefined = file.data.speakers
const phrases: Keyphrase[] | undefined = file.data.keyphraseList
const topics: ArticleTopic[] | undefined = file.data.topics
const counts: Readability | undefined = file.data.readability
const valence: 'positive' | 'neutral' | 'negative' | undefined =
  file.data.sentiment?.article.valence

// `enrich` resolves to a file whose enriched article is always there.
if (input) {
  const enriched: EnrichedFile = await enrich(input)
  const article: Article = enriched.data.enriched
  const score: QuoteScore = scoreQuotes(readGold(''), [{ file: article.sourceFile, quotes: [] }])
  console.log(score.quotes.f1)
}

const person: PersonName = parsePersonName('Mayor Ann Vale')
const pronoun: Pronoun | undefined = pronouns.find((entry) => entry.form === 'her')
const tokens: readonly Token[] | undefined = paragraphTokens(processor.parse('Yes.'))[0]?.tokens
const taxonomy: TaxonomyFile = TaxonomyFile.parse({ version: 1, topics: [] })
const options: ProcessOptions = { contentDir: 'content', jobs: 1 }
const exitCode: Promise<number> = main(['check', '--content', 'content'])
const result = processContent(options)

console.log(sources, entities, mentions, quotes, speakers, phrases, topics, counts, valence)
console.log(person.name, pronoun?.gender, tokens?.length, taxonomy.topics.length, exitCode, result)
