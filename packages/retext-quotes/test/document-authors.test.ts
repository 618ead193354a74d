import { describe, expect, it } from 'vitest'
import { DocumentAuthors, documentHead } from '../src/lib/document-authors.js'
import { articleOf } from './helpers/article.js'

/** The author text of the last mention of `document` in the last paragraph of a text. */
async function authorOf(text: string, document: string): Promise<string | null> {
  const model = await articleOf(text)
  const paragraph = model.paragraphs.at(-1)
  if (!paragraph) throw new Error('No paragraph')
  const start = paragraph.text.lastIndexOf(document)
  if (start < 0) throw new Error(`No “${document}” in the last paragraph`)
  const authors = new DocumentAuthors(model.paragraphs)
  return authors.authorOf(paragraph.index, start, start + document.length)?.phrase.text ?? null
}

describe('documentHead', () => {
  it('gives the singular head noun of a statement or a channel, else null', () => {
    expect(documentHead('comments')).toBe('comment')
    expect(documentHead('letter')).toBe('letter')
    expect(documentHead('speeches')).toBe('speech')
    expect(documentHead('account')).toBe('account')
    expect(documentHead('address')).toBe('address')
    expect(documentHead('harbour')).toBe(null)
    expect(documentHead('news')).toBe(null)
  })
})

describe('DocumentAuthors', () => {
  it('takes the subject of a verb of making as the author of its object', async () => {
    expect(
      await authorOf(
        'Tomas Brio issued a statement on Monday.\n\nHe did not attend.\n\nThe statement said little.',
        'The statement',
      ),
    ).toBe('Tomas Brio')
    expect(
      await authorOf('The ministry released a report. The report said little.', 'The report'),
    ).toBe('The ministry')
    expect(
      await authorOf('Ann Vale said in a statement that the statement stands.', 'the statement'),
    ).toBe('Ann Vale')
    expect(
      await authorOf(
        'The Courier said Ann Vale provided a written statement. The statement was short.',
        'The statement',
      ),
    ).toBe('Ann Vale')
  })

  it('follows a second object joined to the first, past an adverb and a phrase of place', async () => {
    expect(
      await authorOf(
        'In May, a local farmer from Ostrava shared publicly a video from the council site along with some comments. The comments called the mayor a liar.',
        'The comments',
      ),
    ).toBe('a local farmer')
  })

  it('reads a possessive name or description, and the agent of a participle', async () => {
    expect(await authorOf('Ann Vale’s letter arrived. The letter was short.', 'The letter')).toBe(
      'Ann Vale',
    )
    expect(
      await authorOf('The union’s statement came late. The statement was short.', 'The statement'),
    ).toBe('The union')
    expect(
      await authorOf(
        'A report released by the Rellmark Port Authority came out. The report was short.',
        'The report',
      ),
    ).toBe('the Rellmark Port Authority')
  })

  it('reads who a document is from or by, when that names someone who speaks', async () => {
    expect(
      await authorOf(
        'The talks ended. A statement from the Orlen Ferry Union came late.',
        'A statement',
      ),
    ).toBe('the Orlen Ferry Union')
    expect(await authorOf('A letter by Ines Rooke reached the council.', 'A letter')).toBe(
      'Ines Rooke',
    )
    // A time or a place after `from` names no one: the earlier report's author stands.
    expect(
      await authorOf(
        'Pavel Dunmore released a report. The report from last year was short.',
        'The report',
      ),
    ).toBe('Pavel Dunmore')
  })

  it('gives an indefinite mention only the author its own words give', async () => {
    const model = await articleOf(
      'Pavel Dunmore released a report on Monday. A report from the Orlen Ferry Union came too. A report came later.',
    )
    const paragraph = model.paragraphs[0]
    if (!paragraph) throw new Error('No paragraph')
    const authors = new DocumentAuthors(model.paragraphs)
    const at = (text: string) => {
      const start = paragraph.text.indexOf(text)
      return authors.authorOf(0, start, start + text.length, true)?.phrase.text ?? null
    }
    expect(at('A report from')).toBe('the Orlen Ferry Union')
    expect(at('A report came')).toBe(null)
    // Without `ownOnly`, a later mention repeats no author either (only a definite one would).
    expect(
      authors.authorOf(
        0,
        paragraph.text.indexOf('A report came'),
        paragraph.text.indexOf(' came later'),
      )?.phrase.text ?? null,
    ).toBe(null)
  })

  it('takes the subject of a relative clause of making over whoever released the document', async () => {
    expect(
      await authorOf(
        'The mayor’s office released the letter that Tomas Brio wrote last spring. The letter was short.',
        'The letter',
      ),
    ).toBe('Tomas Brio')
    expect(
      await authorOf(
        'The Courier published a statement the dockworkers union sent on Monday. The statement was short.',
        'The statement',
      ),
    ).toBe('the dockworkers union')
    expect(
      await authorOf(
        'Ann Vale shared the comments he made. The comments were short.',
        'The comments',
      ),
    ).toBe('he')
    // A clause with an object of its own is no relative clause of the document: the claim is
    // about Vale, and the one who made it is the subject before.
    expect(
      await authorOf(
        'Ed Marrow made the claim that Ann Vale posted the video. The claim was false.',
        'The claim',
      ),
    ).toBe('Ed Marrow')
  })

  it('reads a possessive determiner forward to the subject its adjunct opens, else as itself', async () => {
    expect(
      await authorOf(
        'In her letter to the board, Ann Vale wrote about the harbour. The letter was short.',
        'The letter',
      ),
    ).toBe('Ann Vale')
    expect(
      await authorOf(
        'Tomas Brio met Ann Vale. He issued his statement. The statement was short.',
        'The statement',
      ),
    ).toBe('He')
    expect(
      await authorOf(
        'Tomas Brio met Ann Vale. Then his statement came. The statement was short.',
        'The statement',
      ),
    ).toBe('his')
    expect(
      await authorOf(
        'He met us, with some comments of his own. The comments were short.',
        'The comments',
      ),
    ).toBe('his')
  })

  it('reads a legal filing as a statement of whoever filed it', async () => {
    expect(
      await authorOf(
        'Ann Vale filed a petition in the Ostrava court. The petition accuses the council.',
        'The petition',
      ),
    ).toBe('Ann Vale')
    expect(
      await authorOf(
        'The union filed a lawsuit on Friday. The lawsuit says little.',
        'The lawsuit',
      ),
    ).toBe('The union')
  })

  it('takes the subject of a verb of making in the progressive, after its auxiliary', async () => {
    expect(
      await authorOf(
        'The Brio campaign is releasing a new online ad. The ad says little.',
        'The ad',
      ),
    ).toBe('The Brio campaign')
    expect(
      await authorOf('After releasing a new ad, Brio left. The ad says little.', 'The ad'),
    ).toBe(null)
  })

  it('gives a document the subject of the verb named for it', async () => {
    expect(
      await authorOf('Ines Marrow emailed supporters on Monday. The email was short.', 'The email'),
    ).toBe('Ines Marrow')
    expect(
      await authorOf('Tomas Brio tweeted twice.\n\nThe tweets were short.', 'The tweets'),
    ).toBe('Tomas Brio')
  })

  it('gives no author to a document through a passive verb named for it', async () => {
    expect(
      await authorOf(
        'Ann Vale was emailed by an aide on Monday. The email was short.',
        'The email',
      ),
    ).toBe(null)
    expect(
      await authorOf('Tomas Brio got emailed a threat. The email was short.', 'The email'),
    ).toBe(null)
    expect(
      await authorOf('Ann Vale was posted to Kabul in 2019. The post was dangerous.', 'The post'),
    ).toBe(null)
  })

  it('gives no author to a document through a passive verb of making: its subject receives it', async () => {
    expect(
      await authorOf(
        'Ines Marrow was issued a statement. The statement was short.',
        'The statement',
      ),
    ).toBe(null)
    expect(
      await authorOf('The mayor was sent a letter on Monday. The letter was short.', 'The letter'),
    ).toBe(null)
    expect(
      await authorOf(
        'The harbour team has been given a report and some comments.\n\nThe comments were short.',
        'The comments',
      ),
    ).toBe(null)
    expect(
      await authorOf('Tomas Brio got sent a petition. The petition was long.', 'The petition'),
    ).toBe(null)
    expect(
      await authorOf('It was said in a statement that the statement stands.', 'the statement'),
    ).toBe(null)
    expect(
      await authorOf(
        'Brio read the letter that Ann Vale was sent. The letter was short.',
        'The letter',
      ),
    ).toBe(null)
    // Active forms after an auxiliary keep their subject.
    expect(
      await authorOf(
        'Ines Marrow has issued a statement. The statement was short.',
        'The statement',
      ),
    ).toBe('Ines Marrow')
    expect(
      await authorOf('The Brio campaign has been releasing an ad. The ad says little.', 'The ad'),
    ).toBe('The Brio campaign')
  })

  it('gives no author to a document after any other word, or one never introduced with one', async () => {
    expect(
      await authorOf(
        'Tomas Brio issued a statement about the report. The report was short.',
        'The report',
      ),
    ).toBe(null)
    expect(
      await authorOf('A statement came on Monday. The statement was short.', 'The statement'),
    ).toBe(null)
    expect(
      await authorOf(
        'Tomas Brio posted a video. A new video came later. The video was short.',
        'The video',
      ),
    ).toBe(null)
  })

  it('looks for the document a definite mention repeats only a few paragraphs back', async () => {
    const gap = Array.from({ length: 4 }, () => 'The harbour froze.').join('\n\n')
    expect(
      await authorOf(
        `Tomas Brio issued a statement.\n\n${gap}\n\nThe statement was short.`,
        'The statement',
      ),
    ).toBe(null)
    const near = Array.from({ length: 2 }, () => 'The harbour froze.').join('\n\n')
    expect(
      await authorOf(
        `Tomas Brio issued a statement.\n\n${near}\n\nThe statement was short.`,
        'The statement',
      ),
    ).toBe('Tomas Brio')
  })

  it('answers a phrase without a document noun with null, and reads on in order after it', async () => {
    const model = await articleOf(
      'Ana Vale issued a statement on Monday.\n\nOfficials met.\n\nThe statement said little, officials said.',
    )
    const [first, second, third] = model.paragraphs
    if (!first || !second || !third) throw new Error('Expected three paragraphs')
    const authors = new DocumentAuthors(model.paragraphs)
    const at = (paragraph: typeof first, phrase: string) => {
      const start = paragraph.text.indexOf(phrase)
      return [paragraph.index, start, start + phrase.length] as const
    }
    // "Officials" holds no document noun: null, whatever the paragraphs before hold.
    expect(authors.authorOf(...at(third, 'officials'))).toBe(null)
    expect(authors.authorOf(...at(second, 'Officials'))).toBe(null)
    expect(
      authors.authorBefore(second.index, second.text.length, { paragraph: 1, offset: 0 }),
    ).toBe(null)
    // The definite mention still repeats the one the first paragraph introduced.
    expect(authors.authorOf(...at(third, 'The statement'))?.phrase.text).toBe('Ana Vale')
    expect(
      authors.authorBefore(third.index, third.text.indexOf('said'), { paragraph: 2, offset: 0 })
        ?.phrase.text,
    ).toBe('Ana Vale')
  })
})
