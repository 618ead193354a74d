import { describe, expect, it } from 'vitest'
import type { MentionPhrase } from '../src/lib/mention-phrase.js'
import { isSpokenTo } from '../src/lib/spoken-to.js'
import { articleOf, attributed } from './helpers/article.js'

/** Whether the (last) phrase `words` of a one-paragraph text names the one spoken to. */
async function spokenTo(text: string, words: string): Promise<boolean> {
  const model = await articleOf(text)
  const paragraph = model.paragraphs[0]
  if (!paragraph) throw new Error('No paragraph')
  const start = paragraph.text.lastIndexOf(words)
  if (start < 0) throw new Error(`No “${words}” in the text`)
  const phrase: MentionPhrase = {
    text: words,
    start,
    end: start + words.length,
    form: 'name',
    appositions: [],
  }
  return isSpokenTo(paragraph, phrase)
}

describe('isSpokenTo', () => {
  it('takes the object of a verb of telling or asking, past a determiner', async () => {
    expect(
      await spokenTo('"The ferry runs," a port official told Harbour Post.', 'Harbour Post'),
    ).toBe(true)
    expect(
      await spokenTo('"The ferry runs," a port official told the Harbour Post.', 'Harbour Post'),
    ).toBe(true)
    expect(
      await spokenTo(
        'The union avoided "that proposal," telling Harbour Post that talks go on.',
        'Harbour Post',
      ),
    ).toBe(true)
    expect(await spokenTo('Ann Vale asked Tomas Brio, "When does it leave?"', 'Tomas Brio')).toBe(
      true,
    )
    expect(await spokenTo('Ann Vale thanked Tomas Brio for "a fine winter."', 'Tomas Brio')).toBe(
      true,
    )
  })

  it('takes the object of `to` or `of` after a verb of saying', async () => {
    expect(await spokenTo('"She served well," Ann Vale said of Petra Salo.', 'Petra Salo')).toBe(
      true,
    )
    expect(
      await spokenTo(
        'A pilot speaking to the Harbour Post said, "The ice is thin."',
        'Harbour Post',
      ),
    ).toBe(true)
  })

  it('takes the subject of a verb of telling or asking in the passive', async () => {
    expect(await spokenTo('Tomas Brio was asked, "Will the ferry run?"', 'Tomas Brio')).toBe(true)
    expect(
      await spokenTo('Tomas Brio has also been asked by Ann Vale, "Will it run?"', 'Tomas Brio'),
    ).toBe(true)
    expect(
      await spokenTo('Tomas Brio, the harbour master, was told, "The ferry stops."', 'Tomas Brio'),
    ).toBe(true)
  })

  it('leaves the speaker: an inverted subject, a subject, an object of another verb', async () => {
    expect(await spokenTo('"Will the ferry run?" asked Tomas Brio.', 'Tomas Brio')).toBe(false)
    expect(await spokenTo('"The ice is thin," Tomas Brio told the crew.', 'Tomas Brio')).toBe(false)
    expect(
      await spokenTo('Tomas Brio, asked about it, said, "The ice is thin."', 'Tomas Brio'),
    ).toBe(false)
    expect(
      await spokenTo('Tomas Brio was quoted as saying, "The ice is thin."', 'Tomas Brio'),
    ).toBe(false)
    expect(
      await spokenTo('Ann Vale was told Tomas Brio said, "The ice is thin."', 'Tomas Brio'),
    ).toBe(false)
    expect(
      await spokenTo('Ann Vale met Tomas Brio, who said, "The ice is thin."', 'Tomas Brio'),
    ).toBe(false)
    expect(await spokenTo('"Will it run?" also asked Tomas Brio.', 'Tomas Brio')).toBe(false)
    expect(await spokenTo('"Will it run?" then asked Tomas Brio.', 'Tomas Brio')).toBe(false)
  })

  it('leaves a passive subject who answers: the quotation is theirs', async () => {
    expect(
      await spokenTo('Tomas Brio was asked about the ferry and said, "It runs."', 'Tomas Brio'),
    ).toBe(false)
    expect(
      await spokenTo('Tomas Brio was pressed on the delay but insisted, "It runs."', 'Tomas Brio'),
    ).toBe(false)
    expect(
      await spokenTo(
        'Tomas Brio was asked whether the ferry would run. "It will run all winter."',
        'Tomas Brio',
      ),
    ).toBe(false)
  })

  it('reads a noun of saying after a determiner as no verb', async () => {
    expect(
      await spokenTo('The talks of Harbour Union went on, "for weeks."', 'Harbour Union'),
    ).toBe(false)
  })
})

describe('a quotation attributed to the one spoken to', () => {
  it('keeps them as the lean, never published', async () => {
    const file = await attributed(
      'Tomas Brio was asked at the harbour meeting, "Will the ferry run in winter?"',
    )
    expect(
      file.data.quotes?.map((quote) => [quote.speaker, quote.candidate?.name, quote.confidence]),
    ).toEqual([[null, 'Tomas Brio', 0]])
    expect(file.data.speakers).toEqual([])
  })

  it('reads the teller past a clause set off before the cue, not the one told', async () => {
    const file = await attributed(
      '"The ferry will run all winter," a port official, who asked not to be named, told the Harbour Post.',
    )
    expect(file.data.quotes?.map((quote) => quote.speaker?.name ?? null)).toEqual([
      'a port official',
    ])
  })

  it('publishes one asked who then answers, named or by a pronoun', async () => {
    const file = await attributed(
      [
        'Tomas Brio was asked about the ferry and said, "It will run all winter, whatever the ice does."',
        'Ann Vale runs the harbour. She was asked about the ice and said, "We will break it every morning before the first crossing."',
      ].join('\n\n'),
    )
    expect(file.data.quotes?.map((quote) => quote.speaker?.name ?? null)).toEqual([
      'Tomas Brio',
      'Ann Vale',
    ])
  })
})
