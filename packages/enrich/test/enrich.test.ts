import { Article, type IngestedArticle } from '@newsroom/schema'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { ingestedArticle } from './helpers/fixtures.js'

const paragraphs = [
  'The harbour council of Westmere voted on Tuesday to build a sea wall after months of storms flooded the fish market.',
  '"We cannot keep rebuilding the same quay every winter," council chair Marta Okonkwo told reporters after the vote.',
  '"The sea is not waiting for us," she said. "It is already at the door."',
  'Tourism director Felix Aranda called the plan "expensive, rushed and ugly", but said his board would not challenge it.',
]

const ingested = ingestedArticle('sea-wall', paragraphs, {
  title: 'Westmere votes for a sea wall',
  wordCount: 70,
  contentHash: `sha256-${'a'.repeat(64)}`,
})

describe('@newsroom/enrich', () => {
  it('exposes its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'buildSpeakerIndex',
      'buildTopicIndex',
      'createProcessor',
      'enrich',
      'pipelineModules',
      'quoteCandidates',
      'unifySpeakerSpellings',
    ])
  })

  it('lists the candidates of each quote under its id, with the entity each resolves to', async () => {
    const quotes = (await api.enrich(ingested)).data.enriched.quotes
    const candidates = await api.quoteCandidates(ingested)
    expect(candidates.map((entry) => entry.quote)).toEqual(quotes.map((quote) => quote.id))
    const sea = candidates[quotes.findIndex((quote) => quote.text.startsWith('The sea'))]
    const she = sea?.candidates.find((candidate) => candidate.text === 'she')
    const chair = candidates[0]?.candidates.find((candidate) =>
      candidate.text.includes('Marta Okonkwo'),
    )
    expect(she?.entity).toBeTruthy()
    expect(chair?.entity).toBe(she?.entity)
  })

  it('enriches an article into a valid Article, every step filled in', async () => {
    const file = await api.enrich(ingested)
    const article = Article.parse(file.data.enriched)
    expect(article.blocks).toEqual(ingested.blocks)

    const okonkwo = article.quotes.filter((quote) => quote.speaker?.name === 'Marta Okonkwo')
    expect(okonkwo.map((quote) => quote.blockId)).toEqual(['p2', 'p3', 'p3'])
    for (const quote of article.quotes) {
      expect(quote.sentiment, quote.text).not.toBeNull()
      for (const span of quote.spans) {
        const block = article.blocks.find((candidate) => candidate.id === span.blockId)
        expect(block?.text.slice(span.start, span.end)).toContain(quote.text.replace(/[,.]$/, ''))
      }
    }
    expect(article.speakers.find((speaker) => speaker.name === 'Marta Okonkwo')?.quoteCount).toBe(3)
    expect(article.entities.people.map((person) => person.name)).toEqual(
      expect.arrayContaining(['Marta Okonkwo', 'Felix Aranda']),
    )
    expect(article.topics.length).toBeGreaterThan(0)
    expect(article.readability.sentences).toBeGreaterThanOrEqual(5)
    expect(article.readability.fleschReadingEase).not.toBeNull()
  })

  it('gives the same output for the same input', async () => {
    const first = (await api.enrich(ingested)).data.enriched
    const second = (await api.enrich(ingested)).data.enriched
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
  })
})

describe('speaker overrides', () => {
  it('renames a speaker from front matter and keeps the quotes with them', async () => {
    const file = await api.enrich({
      ...ingested,
      overrides: {
        ...ingested.overrides,
        speakerNames: { 'Marta Okonkwo': 'Marta A. Okonkwo-Reyes' },
      },
    })
    const article = Article.parse(file.data.enriched)
    const renamed = article.speakers.find((speaker) => speaker.id === 'marta-a-okonkwo-reyes')
    expect(renamed?.name).toBe('Marta A. Okonkwo-Reyes')
    expect(renamed?.aliases).toContain('Marta Okonkwo')
    expect(
      article.quotes.filter((quote) => quote.speaker?.id === 'marta-a-okonkwo-reyes'),
    ).toHaveLength(3)
    expect(article.speakers.some((speaker) => speaker.name === 'Marta Okonkwo')).toBe(false)
  })

  it('warns about a name that names no speaker of the article, with the field of the entry', async () => {
    const file = await api.enrich({
      ...ingested,
      overrides: {
        ...ingested.overrides,
        speakerNames: { 'Marta Okonkwo': 'Marta A. Okonkwo', 'Nobody Here': 'Somebody Else' },
      },
    })
    const unmatched = file.messages.filter((message) => message.ruleId === 'unmatched-speaker-name')
    expect(
      unmatched.map((message) => [
        message.fatal,
        message.source,
        (message as { field?: string }).field,
        message.reason,
        message.note,
      ]),
    ).toEqual([
      [
        false,
        'enrich',
        'overrides.speakerNames["Nobody Here"]',
        'Unexpected `overrides.speakerNames` entry `Nobody Here` that names no speaker of the article',
        "Its named speakers: `Felix Aranda`, `Marta Okonkwo`. Write the name (or an alias) as the article's speakers give it; until then the entry is ignored.",
      ],
    ])
    expect(file.data.enriched.speakers.map((speaker) => speaker.name)).toContain('Marta A. Okonkwo')
  })
})

describe('a quotation’s candidate', () => {
  // Enrichment renames speakers after retext-quotes; a candidate that leaned to a speaker follows
  // it, so that within an article one person has one id (the schema's description of
  // `candidate` says so).
  it('takes the id its person has as the speaker of the article', async () => {
    const garden = ingestedArticle(
      'community-garden',
      [
        'The community garden on Elm Street opened on Saturday.',
        '"We planted forty beds in a week," his wife, Mary, said.',
        '"NOTE: the gate stays locked after dark."',
        'The lot had been empty for a decade.',
        '"Kids come every afternoon now," said Mary.',
      ],
      { title: 'Community garden opens on the old lot' },
    )
    const article = Article.parse((await api.enrich(garden)).data.enriched)
    const mary = { id: 'mary-community-garden', name: 'Mary', kind: 'person' }
    expect(article.speakers.map((speaker) => speaker.id)).toEqual([mary.id])
    expect(
      article.quotes.map(({ id, speaker, candidate, confidence }) => ({
        id,
        speaker,
        candidate,
        confidence,
      })),
    ).toEqual([
      { id: 'q1', speaker: mary, candidate: undefined, confidence: 1 },
      // The labelled quotation leans to the Mary before it: the speaker of the article's slug.
      { id: 'q2', speaker: null, candidate: mary, confidence: 0 },
      { id: 'q3', speaker: mary, candidate: undefined, confidence: 1 },
    ])
  })

  it('takes the full name and id a `speakerNames` override gives its person', async () => {
    const bakery = ingestedArticle(
      'mill-road-bakery',
      [
        'The bakery on Mill Road reopened on Monday after the flood.',
        '"We baked through the night to be ready," Brel said.',
        '"NOTE: the ovens stay on until noon."',
        'The queue reached the corner by eight.',
        '"People kept coming back for the rye," said Brel.',
      ],
      {
        title: 'Mill Road bakery reopens',
        overrides: { addTopics: [], removeTopics: [], speakerNames: { Brel: 'Ana Brel' } },
      },
    )
    const article = Article.parse((await api.enrich(bakery)).data.enriched)
    const brel = { id: 'ana-brel', name: 'Ana Brel', kind: 'person' }
    expect(article.speakers.map((speaker) => [speaker.id, speaker.aliases])).toEqual([
      [brel.id, ['Brel']],
    ])
    expect(article.quotes.map((quote) => [quote.speaker, quote.candidate])).toEqual([
      [brel, undefined],
      [null, brel],
      [brel, undefined],
    ])
  })
})

describe('topics in Newsroom terms', () => {
  const quiet = (sourceFormat: IngestedArticle['sourceFormat']): IngestedArticle => ({
    ...ingested,
    sourceFormat,
    title: 'An afternoon',
    blocks: [{ id: 'p1', type: 'paragraph', text: 'A quiet afternoon by the canal.' }],
  })

  it('says where to choose topics by the format of the article’s file', async () => {
    const hint = async (sourceFormat: IngestedArticle['sourceFormat']) =>
      (await api.enrich(quiet(sourceFormat))).messages.find(
        (message) => message.ruleId === 'no-topic',
      )?.note
    expect(await hint('markdown')).toMatch(/`topics` in front matter/)
    expect(await hint('json')).toMatch(/`overrides\.addTopics` in the JSON/)
    expect(await hint('text')).toMatch(/Convert the article to Markdown/)
  })

  it('warns about an added topic a letter or two from a taxonomy topic, not about a free one', async () => {
    const file = await api.enrich({
      ...quiet('markdown'),
      overrides: { ...ingested.overrides, addTopics: ['diplomcy', 'canal-walks'] },
    })
    const unknown = file.messages.filter((message) => message.ruleId === 'unknown-manual-topic')
    expect(
      unknown.map((message) => [
        message.actual,
        message.fatal,
        (message as { field?: string }).field,
        message.note,
      ]),
    ).toEqual([
      [
        'diplomcy',
        false,
        'overrides.addTopics["diplomcy"]',
        'Write `diplomacy` if that topic is meant; otherwise `diplomcy` gets a topic page of its own.',
      ],
      ['canal-walks', undefined, 'overrides.addTopics["canal-walks"]', undefined],
    ])
  })

  it('warns at a removed topic that names no topic, with the one near; a known one is an info', async () => {
    const file = await api.enrich({
      ...quiet('markdown'),
      tags: ['climate'],
      overrides: {
        ...ingested.overrides,
        removeTopics: ['climate-chnage', 'elektions', 'Quilting', 'sport'],
      },
    })
    const removals = file.messages.filter((message) =>
      ['unknown-remove-topic', 'unmatched-remove-topic'].includes(message.ruleId ?? ''),
    )
    expect(
      removals.map((message) => [
        message.ruleId,
        message.actual,
        message.fatal,
        (message as { field?: string }).field,
        message.note,
      ]),
    ).toEqual([
      [
        'unknown-remove-topic',
        'climate-chnage',
        false,
        'overrides.removeTopics["climate-chnage"]',
        'Write `climate-change` if that topic is meant; until then the entry removes nothing.',
      ],
      [
        'unknown-remove-topic',
        'elektions',
        false,
        'overrides.removeTopics["elektions"]',
        'Write `elections` if that topic is meant; until then the entry removes nothing.',
      ],
      [
        'unknown-remove-topic',
        'Quilting',
        false,
        'overrides.removeTopics["Quilting"]',
        'No topic of the article or the taxonomy is near it; the entry removes nothing.',
      ],
      // A known topic the article lacks: an info at the entry, no suggestion of itself.
      ['unmatched-remove-topic', 'sport', undefined, 'overrides.removeTopics["sport"]', undefined],
    ])
    expect(removals[1]?.reason).toContain(
      'did you mean `elections` (not a topic of this article either)?',
    )
    // The misspelt removal removed nothing.
    expect(file.data.enriched?.topics.map((topic) => topic.id)).toEqual(['climate-change'])
  })

  it('takes front matter tags that name a taxonomy topic as topics', async () => {
    const file = await api.enrich({ ...quiet('markdown'), tags: ['climate', 'canals'] })
    expect(file.data.enriched?.topics.map((topic) => topic.id)).toEqual(['climate-change'])
  })
})
