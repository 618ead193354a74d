import { describe, expect, it } from 'vitest'
import { kinIntroductions } from '../src/lib/kin-introductions.js'
import { articleOf } from './helpers/article.js'

async function introductions(text: string) {
  const model = await articleOf(text)
  return kinIntroductions(model.paragraphs[0]?.tokens ?? []).map(({ offset, gender }) => [
    text.slice(offset).split(/\W/)[0],
    gender,
  ])
}

describe('kinIntroductions', () => {
  it('finds a possessed kin word of a gender, a modifier allowed between', async () => {
    expect(await introductions('But his wife, Jo, spoke. Their late father wrote.')).toEqual([
      ['wife', 'female'],
      ['father', 'male'],
    ])
  })

  it('leaves an owner of the kin word’s own gender, kin of no gender and unowned kin', async () => {
    expect(
      await introductions('She wrote to her daughter. His cousin came. A brother called.'),
    ).toEqual([])
  })

  it('reads no kin word inside a quotation', async () => {
    expect(await introductions('“My husband will go,” Ann Vale said.')).toEqual([])
  })
})
