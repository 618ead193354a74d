import { describe, expect, it } from 'vitest'
import { candidateEntities } from '../src/lib/candidate-entities.js'
import type { Candidate } from '../src/lib/candidates.js'
import type { MentionAt } from '../src/lib/coreference.js'
import { cueMatches, cueSubjects } from '../src/lib/cue-patterns.js'
import { normalizePhrase } from '../src/lib/readings.js'
import { articleOf } from './helpers/article.js'

/** The one quotation of a text with its cued mention as its only candidate, for the shadow walk. */
async function shadowOf(text: string) {
  const model = await articleOf(text, { entities: true })
  const quote = model.quotes[0]
  const first = quote?.segments[0]
  const last = quote?.segments.at(-1)
  if (!first || !last) throw new Error('Expected a quotation')
  const [match] = cueMatches(first, last, model.paragraphs)
  if (!match) throw new Error('Expected a cued mention')
  const mention: MentionAt = { paragraph: match.paragraph, phrase: normalizePhrase(match.phrase) }
  const subjects = model.paragraphs
    .flatMap(cueSubjects)
    .map((subject) => ({ ...subject, phrase: normalizePhrase(subject.phrase) }))
  const place = {
    start: { paragraph: first.paragraph, offset: first.open },
    end: { paragraph: last.paragraph, offset: last.close },
  }
  // The walk reads a candidate as the mention it is; the choice's features play no part.
  const candidate = mention as Candidate
  return { model, subjects, place, candidate }
}

/** The entities of that quotation's candidates when the plugin resolved it to `speaker`. */
async function entitiesWhenPublished(text: string, speaker: { kind: 'person'; name: string }) {
  const { model, subjects, place, candidate } = await shadowOf(text)
  return candidateEntities(
    model,
    [{ ...place, mention: candidate, candidates: [candidate], speaker }],
    subjects,
  )
}

describe('candidateEntities', () => {
  const text = 'Ann Vale spoke on Monday. "The divers will finish by Friday," Vale said.'

  it('gives the chosen mention the entity the plugin resolved it to', async () => {
    expect(await entitiesWhenPublished(text, { kind: 'person', name: 'Ann Vale' })).toEqual([
      ['ann-vale'],
    ])
  })

  it('gives no entity to a chosen mention the shadow resolved to someone else', async () => {
    expect(await entitiesWhenPublished(text, { kind: 'person', name: 'Tom Brio' })).toEqual([
      [null],
    ])
  })
})
