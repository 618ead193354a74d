// A reuser's program, run with plain Node.js on the packages installed from their tarballs:
// the plugins in a unified pipeline of its own, then the whole Newsroom pipeline. Prints a JSON
// summary that the test checks.
import { buildSpeakerIndex, buildTopicIndex, enrich } from '@newsroom/enrich'
import keyphrases from '@newsroom/enrich/keyphrases'
import readability from '@newsroom/enrich/readability'
import sentiment from '@newsroom/enrich/sentiment'
import { readGold, scoreQuotes, systemQuotesFromQuotes } from '@newsroom/evaluate'
import { ingest } from '@newsroom/ingest'
import { cueVerbs, pronouns } from '@newsroom/lexicon'
import { parsePersonName, slugify } from '@newsroom/names'
import { paragraphTokens } from '@newsroom/nlcst-tokens'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextTopics from '@newsroom/retext-topics'
import taxonomy from '@newsroom/retext-topics/taxonomy.json' with { type: 'json' }
import { Article, jsonSchemas } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'

const title = 'Council approves sea wall'
const paragraphs = [
  'The town council of Port Ellery approved a new sea wall on Monday after a winter of storms flooded the harbour three times.',
  '"We will rebuild the harbour before the autumn tides," said Ann Vale, the harbour master.',
  'Tomas Brio, who leads the fishermen\'s union, welcomed the vote. "It is late, but it is good news," he said.',
]

const processor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextQuotes)
  .use(keyphrases, { maximum: 5 })
  .use(retextTopics)
  .use(readability)
  .use(sentiment)
const file = new VFile(paragraphs.join('\n\n'))
await processor.run(processor.parse(file), file)

const ingested = ingest({
  path: 'sea-wall.txt',
  contents: new TextEncoder().encode([title, ...paragraphs].join('\n\n')),
})
const enriched = await enrich(ingested.data.article)
const article = enriched.data.enriched

const gold = readGold(
  `${JSON.stringify({
    file: 'sea-wall.txt',
    quotes: [
      {
        text: 'We will rebuild the harbour before the autumn tides,',
        speaker: 'Ann Vale',
        speakerType: 'person',
      },
    ],
  })}\n`,
)
const score = scoreQuotes(gold, [
  { file: 'sea-wall.txt', quotes: systemQuotesFromQuotes(article.quotes) },
])

console.log(
  JSON.stringify({
    plugins: {
      people: file.data.entities?.people.map((person) => person.name),
      quotes: file.data.quotes?.map((quote) => [quote.speaker?.name ?? null, quote.text]),
      keyphrases: file.data.keyphraseList?.length,
      topics: file.data.topics?.map((topic) => topic.id),
      words: file.data.readability?.words,
      valence: file.data.sentiment?.article.valence,
    },
    pipeline: {
      valid: Article.safeParse(article).success,
      title: article.title,
      speakers: buildSpeakerIndex([article]).speakers.map((speaker) => speaker.id),
      topics: buildTopicIndex([article]).topics.length,
      recall: score.quotes.recall,
    },
    names: { name: parsePersonName('Mayor Ann Vale').name, slug: slugify('Ann Vale') },
    lexicon: {
      said: cueVerbs.includes('said'),
      her: pronouns.find((pronoun) => pronoun.form === 'her')?.gender,
    },
    tokens: paragraphTokens(processor.parse('Mr. Vale said, "Yes."'))[0]?.tokens.map(
      (token) => token.text,
    ),
    schemas: Object.keys(jsonSchemas()),
    taxonomy: taxonomy.topics.length,
  }),
)
