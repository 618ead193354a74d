import type { Article, Quote, Speaker } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import { buildSpeakerIndex } from '../src/speaker-index.js'
import { buildTopicIndex } from '../src/topic-index.js'

function speaker(
  name: string,
  kind: Speaker['kind'],
  id: string,
  extra: Partial<Speaker> = {},
): Speaker {
  return { id, name, kind, roles: [], aliases: [], description: null, quoteCount: 1, ...extra }
}

function quote(id: string, who: Speaker): Quote {
  return {
    id,
    text: 'Fictional words.',
    blockId: 'p1',
    spans: [{ blockId: 'p1', start: 1, end: 17 }],
    cue: 'said',
    mention: who.name,
    speaker: { id: who.id, name: who.name, kind: who.kind },
    confidence: 0.9,
    sentiment: null,
  }
}

function article(
  slug: string,
  publishedAt: string | null,
  speakers: Speaker[],
  topics: string[],
): Article {
  return {
    sourceFile: `${slug}.md`,
    sourceFormat: 'markdown',
    slug,
    title: slug,
    dek: null,
    publisher: null,
    byline: null,
    authors: [],
    dateline: null,
    publishedAt,
    url: null,
    image: null,
    language: 'en',
    readTimeMinutes: 1,
    readTimeSource: 'computed',
    wordCount: 10,
    contentHash: `sha256-${'0'.repeat(64)}`,
    tags: [],
    overrides: { addTopics: [], removeTopics: [], speakerNames: {} },
    blocks: [{ id: 'p1', type: 'paragraph', text: '"Fictional words." someone said.' }],
    quotes: speakers.map((who, index) => quote(`q${index + 1}`, who)),
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

const okonkwo = speaker('Marta Okonkwo', 'person', 'marta-okonkwo', {
  roles: ['council chair'],
  aliases: ['Okonkwo'],
})
const otherOkonkwo = speaker('Okonkwo', 'person', 'okonkwo')
const council = speaker('Westmere Harbour Council', 'organization', 'westmere-harbour-council')
const official = speaker('a senior council official', 'anonymous', 'anonymous-1', {
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
