import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type {
  Article,
  Quote,
  Report,
  Speaker,
  SpeakerEntry,
  SpeakerIndex,
  TopicIndex,
} from '@newsroom/schema'
import {
  type NewsroomData,
  type SiteArticle,
  type SiteData,
  siteDataFrom,
} from '../../lib/load-data.js'

/** A valid processed article with fictional content; override any field. */
export function makeArticle(overrides: Partial<SiteArticle> & Pick<Article, 'slug'>): SiteArticle {
  return {
    sourceFile: `${overrides.slug}.md`,
    sourceFormat: 'markdown',
    title: `Story ${overrides.slug}`,
    dek: null,
    publisher: 'The Test Gazette',
    byline: 'Ada Tester',
    authors: [],
    dateline: null,
    publishedAt: '2031-01-01T00:00:00Z',
    url: null,
    image: null,
    language: 'en',
    readTimeMinutes: 1,
    readTimeSource: 'computed',
    wordCount: 20,
    contentHash: `sha256-${'0'.repeat(64)}`,
    tags: [],
    overrides: { addTopics: [], removeTopics: [], speakerNames: {} },
    blocks: [
      { id: 'p1', type: 'paragraph', text: '"We will rebuild," said Rosa Vance. It was late.' },
    ],
    quotes: [],
    speakers: [],
    entities: { people: [], organizations: [], places: [] },
    topics: [],
    keyphrases: [],
    readability: {
      sentences: 2,
      words: 8,
      syllables: 10,
      fleschReadingEase: 80,
      fleschKincaidGrade: 3,
      automatedReadabilityIndex: 3,
    },
    sentiment: { polarity: 0, comparative: 0, valence: 'neutral' },
    ...overrides,
  }
}

/** A quote of `speakerId` covering `"We will rebuild,"` in block p1 of `makeArticle`. */
export function makeQuote(id: string, speaker: Quote['speaker']): Quote {
  return {
    id,
    text: 'We will rebuild,',
    blockId: 'p1',
    spans: [{ blockId: 'p1', start: 1, end: 17 }],
    cue: 'said',
    mention: speaker?.name ?? null,
    speaker,
    confidence: 0.9,
    sentiment: null,
  }
}

export const emptyReport: Report = {
  pipelineVersion: 'test',
  articles: 0,
  failed: 0,
  counts: { error: 0, warning: 0, info: 0 },
  diagnostics: [],
}

/** Write a processed-data folder like `newsroom process --out` does. */
export async function writeDataDir(
  dir: string,
  content: {
    articles: unknown[]
    speakers: SpeakerIndex | unknown
    topics: TopicIndex | unknown
    report?: unknown
  },
): Promise<void> {
  await mkdir(path.join(dir, 'articles'), { recursive: true })
  for (const [index, article] of content.articles.entries()) {
    const slug = (article as { slug?: string }).slug ?? `article-${index}`
    await writeFile(path.join(dir, 'articles', `${slug}.json`), JSON.stringify(article))
  }
  await writeFile(path.join(dir, 'speakers.json'), JSON.stringify(content.speakers))
  await writeFile(path.join(dir, 'topics.json'), JSON.stringify(content.topics))
  await writeFile(path.join(dir, 'report.json'), JSON.stringify(content.report ?? emptyReport))
}

/** Everything `loadNewsroomData` returns, from articles and (optionally) the indexes. */
export function makeData(content: {
  articles: SiteArticle[]
  speakers?: SpeakerIndex['speakers']
  anonymous?: SpeakerIndex['anonymous']
  topics?: TopicIndex['topics']
}): NewsroomData {
  return {
    dataDir: '/data',
    articles: content.articles,
    speakers: { speakers: content.speakers ?? [], anonymous: content.anonymous ?? [] },
    topics: { topics: content.topics ?? [] },
    report: { ...emptyReport, articles: content.articles.length },
  }
}

/** The site data of `makeData`: each article as its record, the whole article on demand. */
export function makeSiteData(content: Parameters<typeof makeData>[0]): SiteData {
  return siteDataFrom(makeData(content))
}

/** A named speaker as an article lists it. */
export function makeSpeaker(id: string, name: string, overrides: Partial<Speaker> = {}): Speaker {
  return {
    id,
    name,
    kind: 'person',
    roles: [],
    aliases: [],
    description: null,
    quoteCount: 1,
    ...overrides,
  }
}

/** A speaker of `speakers.json`, quoted once in each of `articles` (quote `q1`). */
export function makeSpeakerEntry(id: string, name: string, articles: string[]): SpeakerEntry {
  return {
    id,
    name,
    kind: 'person',
    aliases: [],
    roles: [],
    quoteCount: articles.length,
    articles,
    quotes: articles.map((article) => ({ article, quoteId: 'q1' })),
    topics: [],
  }
}
