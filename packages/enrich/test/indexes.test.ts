import type { Article, Speaker } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import { buildSpeakerIndex } from '../src/speaker-index.js'
import { buildTopicIndex } from '../src/topic-index.js'
import { ingestedArticle, namedSpeaker, quoteBy } from './helpers/fixtures.js'

/** An enriched article of one fictional paragraph, quoting each of `speakers` once. */
function article(
  slug: string,
  publishedAt: string | null,
  speakers: Speaker[],
  topics: string[],
): Article {
  return {
    ...ingestedArticle(slug, ['"Fictional words." someone said.'], {
      title: slug,
      publishedAt,
      wordCount: 10,
    }),
    quotes: speakers.map((who, index) => quoteBy(`q${index + 1}`, who)),
    speakers,
    entities: { people: [], organizations: [], places: [] },
    topics: topics.map((id) => ({ id, label: id, score: 0.5, source: 'taxonomy', evidence: [] })),
    keyphrases: [],
    readability: {
      sentences: 1,
      words: 4,
      syllables: 6,
      fleschReadingEase: null,
      fleschKincaidGrade: null,
      automatedReadabilityIndex: null,
    },
    sentiment: { polarity: 0, comparative: 0, valence: 'neutral' },
  }
}

const okonkwo = namedSpeaker('Marta Okonkwo', 'person', {
  roles: ['council chair'],
  aliases: ['Okonkwo'],
})
const otherOkonkwo = namedSpeaker('Okonkwo', 'person')
const council = namedSpeaker('Westmere Harbour Council', 'organization')
const official = namedSpeaker('a senior council official', 'anonymous', {
  id: 'anonymous-1',
  description: 'a senior council official',
})

const articles = [
  article(
    'sea-wall',
    '2024-03-01',
    [okonkwo, council, official],
    ['environment', 'local-politics'],
  ),
  article('sea-wall-vote', '2024-05-02', [okonkwo, official], ['local-politics']),
  article('fish-market', null, [otherOkonkwo], ['economy']),
]

describe('buildSpeakerIndex', () => {
  const index = buildSpeakerIndex(articles)

  it('merges a named speaker across articles by canonical id, newest article first', () => {
    const marta = index.speakers.find((entry) => entry.id === 'marta-okonkwo')
    expect(marta).toMatchObject({
      name: 'Marta Okonkwo',
      kind: 'person',
      aliases: ['Okonkwo'],
      quoteCount: 2,
      articles: ['sea-wall-vote', 'sea-wall'],
      quotes: [
        { article: 'sea-wall-vote', quoteId: 'q1' },
        { article: 'sea-wall', quoteId: 'q1' },
      ],
      roles: [
        { role: 'council chair', article: 'sea-wall-vote' },
        { role: 'council chair', article: 'sea-wall' },
      ],
      topics: [
        { id: 'local-politics', count: 2 },
        { id: 'environment', count: 1 },
      ],
    })
  })

  it('merges the same bare surname of two articles into one entry: the id alone decides', () => {
    // A baker and a choir singer, neither given a first name: one id, `brel`, so one entry, as
    // the README says; only a lone given name carries its article's slug.
    const brel = namedSpeaker('Brel', 'person')
    const { speakers } = buildSpeakerIndex([
      article('bakery-oven', '2024-03-02', [brel], []),
      article('choir-cup', '2024-05-10', [brel], []),
    ])
    expect(speakers.map((entry) => [entry.id, entry.articles])).toEqual([
      ['brel', ['choir-cup', 'bakery-oven']],
    ])
  })

  it('never merges a bare surname into a fuller name, nor anonymous sources into anyone', () => {
    expect(index.speakers.map((entry) => entry.id)).toEqual([
      'marta-okonkwo',
      'okonkwo',
      'westmere-harbour-council',
    ])
    expect(index.anonymous).toEqual([
      {
        article: 'sea-wall-vote',
        quoteId: 'q2',
        description: 'a senior council official',
        kind: 'anonymous',
      },
      {
        article: 'sea-wall',
        quoteId: 'q3',
        description: 'a senior council official',
        kind: 'anonymous',
      },
    ])
  })
})

describe('buildTopicIndex', () => {
  it('lists articles newest first, the speakers quoted on the topic and related topics', () => {
    const { topics } = buildTopicIndex(articles)
    expect(topics.map((topic) => topic.id)).toEqual(['economy', 'environment', 'local-politics'])
    const politics = topics.find((topic) => topic.id === 'local-politics')
    expect(politics).toEqual({
      id: 'local-politics',
      label: 'local-politics',
      articles: [
        { slug: 'sea-wall-vote', score: 0.5 },
        { slug: 'sea-wall', score: 0.5 },
      ],
      speakers: [
        { id: 'marta-okonkwo', count: 2 },
        { id: 'westmere-harbour-council', count: 1 },
      ],
      related: [{ id: 'environment', count: 1 }],
    })
  })
})
