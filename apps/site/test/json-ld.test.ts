import { describe, expect, it } from 'vitest'
import { articleJsonLd, authorsJsonLd } from '../lib/json-ld.js'
import { buildSiteModel } from '../lib/site-model.js'
import { makeArticle, makeData } from './helpers/factory.js'

const siteUrl = 'https://news.example.org'

function jsonLdOf(overrides: Parameters<typeof makeArticle>[0]) {
  const model = buildSiteModel(makeData({ articles: [makeArticle(overrides)] }))
  const [view] = model.articles
  if (!view) throw new Error('No article view')
  return articleJsonLd(view, siteUrl)
}

describe('NewsArticle JSON-LD', () => {
  it('publishes the lead image the article was ingested with', () => {
    const jsonLd = jsonLdOf({
      slug: 'ferry-resumes',
      image: 'https://ledger.example.com/images/ferry.jpg',
    })
    expect(jsonLd.image).toEqual(['https://ledger.example.com/images/ferry.jpg'])
  })

  it('states no image when there is none, and never a non-web one', () => {
    expect(jsonLdOf({ slug: 'no-image', image: null })).not.toHaveProperty('image')
    const unsafe = jsonLdOf({ slug: 'unsafe', image: 'javascript:alert(1)' })
    expect(unsafe).not.toHaveProperty('image')
  })

  it('types each author as a Person or an Organization', () => {
    const jsonLd = jsonLdOf({
      slug: 'wind-farm',
      byline: 'A. Vale, T. Brel, Northwind Energy',
      authors: [
        { name: 'A. Vale', kind: 'person' },
        { name: 'T. Brel', kind: 'person' },
        { name: 'Northwind Energy', kind: 'organization' },
      ],
    })
    expect(jsonLd.author).toEqual([
      { '@type': 'Person', name: 'A. Vale' },
      { '@type': 'Person', name: 'T. Brel' },
      { '@type': 'Organization', name: 'Northwind Energy' },
    ])
  })

  it('falls back to the byline as one Person for data without authors', () => {
    expect(authorsJsonLd({ authors: [], byline: 'Ada Tester' })).toEqual([
      { '@type': 'Person', name: 'Ada Tester' },
    ])
    expect(authorsJsonLd({ authors: [], byline: null })).toBeNull()
  })
})
