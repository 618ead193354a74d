import { describe, expect, it } from 'vitest'
import { createLookup } from '../lib/model/lookup.js'
import { speakerInputsDigest } from '../lib/model/speaker-inputs.js'
import {
  makeArticle,
  makeQuote,
  makeSiteData,
  makeSpeaker,
  makeSpeakerEntry,
} from './helpers/factory.js'

/**
 * The digest of what a speaker's pages are made from changes with everything those pages print
 * (the article, a speaker quoted alongside, a topic's label) and with nothing else. Fictional
 * people.
 */

const rosa = { id: 'rosa-vance', name: 'Rosa Vance', kind: 'person' as const }
const ilse = { id: 'ilse-marchbank', name: 'Ilse Marchbank', kind: 'person' as const }
const harbor = {
  id: 'harbor',
  label: 'Harbor',
  score: 0.8,
  source: 'taxonomy' as const,
  evidence: [],
}

interface Variant {
  /** The bytes of `quay-rebuilt`, as its digest. */
  quayBytes?: string
  /** The bytes of `lights-back`, which does not quote Rosa Vance. */
  lightsBytes?: string
  ilseName?: string
  harborLabel?: string
  /** Whether the articles were read from files (and so have digests). */
  files?: boolean
}

function rosaDigest(variant: Variant = {}): string | null {
  const quay = makeArticle({
    slug: 'quay-rebuilt',
    quotes: [makeQuote('q1', rosa), makeQuote('q2', ilse)],
    speakers: [makeSpeaker(rosa.id, rosa.name), makeSpeaker(ilse.id, ilse.name)],
    topics: [harbor],
  })
  const lights = makeArticle({
    slug: 'lights-back',
    quotes: [makeQuote('q1', ilse)],
    speakers: [makeSpeaker(ilse.id, ilse.name)],
  })
  const rosaEntry = makeSpeakerEntry(rosa.id, rosa.name, ['quay-rebuilt'])
  const data = makeSiteData({
    articles: [quay, lights],
    speakers: [
      { ...rosaEntry, topics: [{ id: 'harbor', count: 1 }] },
      makeSpeakerEntry(ilse.id, variant.ilseName ?? ilse.name, ['quay-rebuilt', 'lights-back']),
    ],
    topics: [
      {
        id: 'harbor',
        label: variant.harborLabel ?? 'Harbor',
        articles: [{ slug: 'quay-rebuilt', score: 0.8 }],
        speakers: [],
        related: [],
      },
    ],
  })
  const files = variant.files ?? true
  const lookup = createLookup({
    ...data,
    articles: data.articles.map((record) => ({
      ...record,
      file: files ? `/data/articles/${record.slug}.json` : null,
    })),
  })
  const bytes: Record<string, string> = {
    '/data/articles/quay-rebuilt.json': variant.quayBytes ?? 'quay-1',
    '/data/articles/lights-back.json': variant.lightsBytes ?? 'lights-1',
  }
  const entry = data.speakers.speakers[0]
  if (!entry) throw new Error('fixture: no entry')
  return speakerInputsDigest(entry, lookup, (file) => bytes[file])
}

describe('speaker inputs', () => {
  it('is the same for the same inputs, whatever else changes', () => {
    const digest = rosaDigest()
    expect(digest).toEqual(expect.any(String))
    expect(rosaDigest()).toBe(digest)
    // An article that does not name Rosa Vance.
    expect(rosaDigest({ lightsBytes: 'lights-2' })).toBe(digest)
  })

  it('changes with what the pages print of articles, other speakers and topics', () => {
    const digest = rosaDigest()
    expect(rosaDigest({ quayBytes: 'quay-2' })).not.toBe(digest)
    // Quoted alongside her: the name of the link to their page.
    expect(rosaDigest({ ilseName: 'Ilse M. Marchbank' })).not.toBe(digest)
    expect(rosaDigest({ harborLabel: 'Harbour' })).not.toBe(digest)
  })

  it('cannot be told for articles given in memory', () => {
    expect(rosaDigest({ files: false })).toBeNull()
  })
})
