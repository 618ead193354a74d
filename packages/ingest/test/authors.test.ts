import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'

const encoder = new TextEncoder()
const body = 'The harbor board in Port Alder approved the plan on Monday, said Tomas Brel.'

/** The authors ingestion recovers from a byline line of a plain-text article. */
function authorsOf(byline: string) {
  const file = ingest({
    path: 'a.txt',
    contents: encoder.encode(`Harbor wall plan approved\n\nBy ${byline}\n\n${body}\n`),
  })
  return file.data.article?.authors
}

/** The same from a Markdown `author` field. */
function authorsFromFrontMatter(author: string) {
  const file = ingest({
    path: 'a.md',
    contents: encoder.encode(`---\ntitle: Harbor wall\nauthor: ${author}\n---\n\n${body}\n`),
  })
  return file.data.article?.authors
}

const person = (name: string) => ({ name, kind: 'person' })
const organization = (name: string) => ({ name, kind: 'organization' })

describe('authors from a byline', () => {
  it('splits "A. Name, B. Name" into two people', () => {
    expect(authorsOf('A. Vale, T. Brel')).toEqual([person('A. Vale'), person('T. Brel')])
  })

  it('splits names joined by "and" or "&" when both are full names', () => {
    expect(authorsOf('Ann Vale and Tomas Brel')).toEqual([person('Ann Vale'), person('Tomas Brel')])
    expect(authorsFromFrontMatter('Ann Vale & Tomas Brel')).toEqual([
      person('Ann Vale'),
      person('Tomas Brel'),
    ])
  })

  it('types a company, a desk and a news agency as organizations', () => {
    expect(authorsFromFrontMatter('Northwind Energy')).toEqual([organization('Northwind Energy')])
    expect(authorsFromFrontMatter('"Ann Vale, AFP"')).toEqual([
      person('Ann Vale'),
      organization('AFP'),
    ])
    expect(authorsFromFrontMatter('Metro Desk')).toEqual([organization('Metro Desk')])
    expect(authorsFromFrontMatter('Associated Press')).toEqual([organization('Associated Press')])
  })

  it('keeps a person whose family name also ends organization names', () => {
    expect(authorsFromFrontMatter('Ann Post')).toEqual([person('Ann Post')])
  })

  it('takes each item of an author list', () => {
    expect(authorsFromFrontMatter('[Ann Vale, Northwind Energy]')).toEqual([
      person('Ann Vale'),
      organization('Northwind Energy'),
    ])
  })

  it('leaves out job titles, places, contacts and credits that are not authorship', () => {
    expect(authorsFromFrontMatter('"Ann Vale, Staff Writer"')).toEqual([person('Ann Vale')])
    expect(authorsFromFrontMatter('Ann Vale in Port Alder')).toEqual([person('Ann Vale')])
    expect(authorsFromFrontMatter('"Ann Vale, ann@example.com"')).toEqual([person('Ann Vale')])
    expect(authorsFromFrontMatter('"Reporting by Ann Vale; Editing by Tomas Brel"')).toEqual([
      person('Ann Vale'),
    ])
    expect(authorsFromFrontMatter('"Ann Vale, Jr."')).toEqual([person('Ann Vale, Jr')])
  })

  it('keeps the byline as written', () => {
    const file = ingest({
      path: 'a.md',
      contents: encoder.encode(
        `---\ntitle: Harbor wall\nauthor: A. Vale, T. Brel\n---\n\n${body}\n`,
      ),
    })
    expect(file.data.article?.byline).toBe('A. Vale, T. Brel')
  })
})

describe('authors and image from a saved page', () => {
  const page = (head: string) =>
    encoder.encode(
      `<!doctype html><html><head><title>Harbor wall plan approved</title>${head}</head><body><article><p>${body}</p></article></body></html>`,
    )

  it('types JSON-LD authors as the page does', () => {
    const file = ingest({
      path: 'a.html',
      contents: page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbor wall plan approved", "author": [{"@type": "Person", "name": "Ann Vale"}, {"@type": "Organization", "name": "Coast Wire"}], "image": {"@type": "ImageObject", "url": "https://ledger.example.com/wall.jpg"}}</script>',
      ),
    })
    expect(file.data.article?.authors).toEqual([person('Ann Vale'), organization('Coast Wire')])
    expect(file.data.article?.byline).toBe('Ann Vale, Coast Wire')
    expect(file.data.article?.image).toBe('https://ledger.example.com/wall.jpg')
  })

  it('splits a meta author line into people', () => {
    const file = ingest({
      path: 'a.html',
      contents: page('<meta name="author" content="A. Vale, T. Brel">'),
    })
    expect(file.data.article?.authors).toEqual([person('A. Vale'), person('T. Brel')])
  })

  it('takes og:image, resolved against the page address', () => {
    const file = ingest({
      path: 'a.html',
      contents: page(
        '<link rel="canonical" href="https://ledger.example.com/2031/wall"><meta property="og:image" content="/images/wall.jpg">',
      ),
    })
    expect(file.data.article?.image).toBe('https://ledger.example.com/images/wall.jpg')
  })

  it('leaves out an image that is not a web link', () => {
    const file = ingest({
      path: 'a.html',
      contents: page('<meta property="og:image" content="javascript:alert(1)">'),
    })
    expect(file.data.article?.image).toBeNull()
    // Said, as a page address that is no web link is: the editor learns why there is no image.
    const warning = file.messages.find((message) => message.ruleId === 'unsafe-url')
    expect(warning?.message).toBe(
      'Unexpected image address `javascript:alert(1)` that is not a web link',
    )
    expect(warning?.fatal).toBe(false)
    expect((warning as { field?: string } | undefined)?.field).toBe('image')
  })
})

describe('authors and image of a JSON article', () => {
  it('reads them as given', () => {
    const file = ingest({
      path: 'a.json',
      contents: encoder.encode(
        JSON.stringify({
          title: 'Harbor wall plan approved',
          byline: 'Ann Vale and Northwind Energy',
          authors: [person('Ann Vale'), organization('Northwind Energy')],
          image: 'https://ledger.example.com/wall.jpg',
          blocks: [{ type: 'paragraph', text: body, style: 'lead' }],
        }),
      ),
    })
    expect(file.data.article?.authors).toEqual([
      person('Ann Vale'),
      organization('Northwind Energy'),
    ])
    expect(file.data.article?.image).toBe('https://ledger.example.com/wall.jpg')
    const unknown = file.messages.find((message) => message.ruleId === 'json-unknown-field')
    expect(unknown?.field).toBe('blocks.0.style')
  })
})
