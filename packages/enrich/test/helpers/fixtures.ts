/**
 * Fictional inputs shared by the tests: an ingested article made of paragraphs, and a quote of
 * fictional words attributed to a speaker.
 */

import type { Entity, IngestedArticle, Quote, Speaker } from '@newsroom/schema'

/** An ingested Markdown article whose paragraphs are its blocks `p1`, `p2`…; `fields` win. */
export function ingestedArticle(
  slug: string,
  paragraphs: readonly string[],
  fields: Partial<IngestedArticle> = {},
): IngestedArticle {
  return {
    sourceFile: `${slug}.md`,
    sourceFormat: 'markdown',
    slug,
    title: 'Fictional report',
    dek: null,
    publisher: null,
    byline: null,
    authors: [],
    dateline: null,
    publishedAt: '2024-03-05',
    url: null,
    image: null,
    language: 'en',
    readTimeMinutes: 1,
    readTimeSource: 'computed',
    wordCount: 80,
    contentHash: `sha256-${'b'.repeat(64)}`,
    tags: [],
    overrides: { addTopics: [], removeTopics: [], speakerNames: {} },
    blocks: paragraphs.map((text, index) => ({
      id: `p${index + 1}`,
      type: 'paragraph' as const,
      text,
    })),
    ...fields,
  }
}

/** A quote of fictional words in block `p1`, attributed to `who`. */
export function quoteBy(
  id: string,
  who: Pick<Speaker, 'id' | 'name' | 'kind'>,
  confidence = 0.9,
): Quote {
  return {
    id,
    text: 'Fictional words.',
    blockId: 'p1',
    spans: [{ blockId: 'p1', start: 0, end: 16 }],
    cue: 'said',
    mention: who.name,
    speaker: { id: who.id, name: who.name, kind: who.kind },
    confidence,
    sentiment: null,
  }
}

/** A quote of fictional words in block `p1` left unpublished, leaning to `who` as its candidate. */
export function quoteLeaningTo(
  id: string,
  who: Pick<Speaker, 'id' | 'name' | 'kind'>,
  confidence = 0.5,
): Quote {
  const { speaker, ...quote } = quoteBy(id, who, confidence)
  return { ...quote, speaker: null, candidate: speaker as NonNullable<Quote['candidate']> }
}

/** A named speaker with one quote, its id the name in lowercase words joined by hyphens; `fields` win. */
export function namedSpeaker(
  name: string,
  kind: Speaker['kind'],
  fields: Partial<Speaker> = {},
): Speaker {
  return {
    id: name.toLowerCase().replace(/[^a-z]+/g, '-'),
    name,
    kind,
    roles: [],
    aliases: [],
    description: null,
    quoteCount: 1,
    ...fields,
  }
}

/** An entity named twice in its article, its id made from its name as `namedSpeaker` makes it. */
export function namedEntity(name: string, aliases: string[] = []): Entity {
  return {
    id: name.toLowerCase().replace(/[^a-z]+/g, '-'),
    name,
    aliases,
    roles: [],
    mentions: 2,
    salience: 0.2,
  }
}
