import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { attributionOf } from '../lib/model/articles.js'
import { feedEntry, feedOf, speakerFeed, UNDATED } from '../lib/model/feeds.js'
import { buildHome } from '../lib/model/home.js'
import { speakerIndexPages } from '../lib/model/indexes.js'
import { createLookup } from '../lib/model/lookup.js'
import { compareArticles, compareIds, compareNames } from '../lib/model/order.js'
import { PAGE_SIZES } from '../lib/model/page-sizes.js'
import { everyBuildFiles, joinedPages, modelPages, withPages } from '../lib/model/pages.js'
import { contextOf, quoteView } from '../lib/model/quotes.js'
import { RELATED_LIMIT, RELATED_WINDOW, relatedArticles } from '../lib/model/related.js'
import {
  buildSpeakerView,
  initialOf,
  quotedAlongside,
  speakerSummaries,
} from '../lib/model/speakers.js'
import { summarizeArticle, truncate } from '../lib/model/summary.js'
import { buildUnnamedSources } from '../lib/model/unnamed-sources.js'
import { inputRecorder, inputsDigest, type ViewInput } from '../lib/model/view-inputs.js'
import * as siteModel from '../lib/site-model.js'
import {
  makeArticle,
  makeData,
  makeQuote,
  makeSiteData,
  makeSpeaker,
  makeSpeakerEntry,
} from './helpers/factory.js'
import { listFiles } from './helpers/site-files.js'

const siteRoot = path.resolve(import.meta.dirname, '..')
const rosa = { id: 'rosa-vance', name: 'Rosa Vance', kind: 'person' as const }
const dated = (day: number) => `2031-03-${String(day).padStart(2, '0')}T09:00:00Z`

describe('site-model', () => {
  it('exports the composed model and the page sizes, nothing else', () => {
    expect(Object.keys(siteModel).sort()).toEqual([
      'PAGE_SIZES',
      'buildSiteModel',
      'createSite',
      'loadShardModel',
    ])
  })
})

describe('shards', () => {
  const articles = ['a', 'b', 'c'].map((slug) =>
    makeArticle({ slug, quotes: [makeQuote('q1', rosa)] }),
  )
  const slugs = articles.map((article) => article.slug)
  const siteWith = (speakerIds: string[]) =>
    siteModel.createSite(
      makeSiteData({
        articles,
        speakers: speakerIds.map((id) => makeSpeakerEntry(id, `Speaker ${id}`, slugs)),
      }),
    )

  it('weighs a feed as two pages: its Atom and JSON Feed files', () => {
    // A budget of 1 makes one shard per unit of weight: the site's whole weight.
    const weight = (speakerIds: string[]) => siteWith(speakerIds).shardCount(1)
    // One more speaker is one more speaker page (2, as every list page) and one more feed (2).
    expect(weight(['rosa-vance', 'tomas-reed']) - weight(['rosa-vance'])).toBe(4)
  })
})

describe('model pages', () => {
  it('joins the changed pages of two shards into one model with the pages of both', () => {
    const articles = ['a', 'b', 'c', 'd'].map((slug, index) =>
      makeArticle({ slug, publishedAt: dated(index + 1), quotes: [makeQuote('q1', rosa)] }),
    )
    const model = siteModel.buildSiteModel(
      makeData({
        articles,
        speakers: [makeSpeakerEntry(rosa.id, rosa.name, ['a', 'b', 'c', 'd'])],
      }),
    )
    const pages = modelPages(model)
    const files = (model: Parameters<typeof modelPages>[0]) => [
      ...modelPages(model).flatMap((page) => page.files),
      ...everyBuildFiles(model),
    ]
    // Every paged list has a page on each side of the cut.
    const first = pages.filter((_, index) => index % 2 === 0)
    const later = pages.filter((_, index) => index % 2 === 1)
    // A later shard has none of the pages the site has once.
    const laterShard = { ...withPages(model, later), singleton: [], sitemaps: [] }
    const joined = joinedPages(withPages(model, first), laterShard)
    expect(files(joined).sort()).toEqual(files(model).sort())
    expect(new Set(later.map((page) => page.list)).size).toBeGreaterThanOrEqual(4)
  })
})

describe('order', () => {
  it('sorts names A–Z ignoring case and accents, with numbers by value', () => {
    expect(['zed', 'Émile', 'Item 10', 'eve', 'Item 9'].sort(compareNames)).toEqual([
      'Émile',
      'eve',
      'Item 9',
      'Item 10',
      'zed',
    ])
  })

  it('puts articles newest first, undated last (the latest first seen first), then by slug', () => {
    const articles = [
      { slug: 'b', publishedAt: dated(1) },
      { slug: 'undated', publishedAt: null },
      { slug: 'seen-early', publishedAt: null, firstSeen: dated(2) },
      { slug: 'a', publishedAt: dated(1), firstSeen: dated(20) },
      { slug: 'seen-late', publishedAt: null, firstSeen: dated(25) },
      { slug: 'newest', publishedAt: dated(9) },
    ]
    expect(articles.sort(compareArticles).map((article) => article.slug)).toEqual([
      'newest',
      'a',
      'b',
      'seen-late',
      'seen-early',
      'undated',
    ])
  })

  it('gives the same order whatever the machine locale', () => {
    // Swedish files Ä after Z; English files it with A. A child process gets the locale from
    // LC_ALL, as a build on that machine would.
    const script = `
      import { compareIds, compareNames } from ${JSON.stringify(path.join(siteRoot, 'lib/model/order.js'))}
      console.log(JSON.stringify({
        default: ['zeta', 'ärla', 'alpha'].sort((a, b) => a.localeCompare(b)),
        names: ['Zeta', 'Ärla', 'Alpha'].sort(compareNames),
        ids: ['zeta', 'a-b', 'ab', 'a2'].sort(compareIds),
      }))`
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, LC_ALL: 'sv_SE.UTF-8', LANG: 'sv_SE.UTF-8' },
      encoding: 'utf8',
    })
    const sorted = JSON.parse(output) as Record<string, string[]>
    // Without a Swedish-aware ICU the check below proves nothing; Node ships full ICU.
    expect(sorted.default).toEqual(['alpha', 'zeta', 'ärla'])
    expect(sorted.names).toEqual(['Alpha', 'Ärla', 'Zeta'])
    expect(sorted.ids).toEqual(['zeta', 'a-b', 'ab', 'a2'].sort(compareIds))
  })

  it('is the only way the site compares strings: every collation names its locale', async () => {
    const folders = ['lib', '_config', '_data', 'pages', 'public']
    const files = (
      await Promise.all(
        folders.map(async (folder) =>
          (
            await listFiles(path.join(siteRoot, folder))
          ).map((file) => path.join(siteRoot, folder, file)),
        ),
      )
    )
      .flat()
      .filter((file) => /\.(js|njk)$/.test(file))
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const source = await readFile(file, 'utf8')
      expect(source, file).not.toMatch(/\.localeCompare\(\s*[^,()]+\)/)
      expect(source, file).not.toMatch(/Intl\.\w+\(\s*(\)|undefined|\[\])/)
      expect(source, file).not.toMatch(/\.toLocale\w*\(\s*\)/)
    }
  })
})

describe('summary', () => {
  it('cuts at a word boundary in the second half, without trailing punctuation', () => {
    expect(truncate('short', 10)).toBe('short')
    expect(truncate('The harbor, reopened today', 13)).toBe('The harbor…')
    expect(truncate('Supercalifragilistic words', 10)).toBe('Supercalif…')
  })

  it('prefers the dek, then the first paragraph, skipping headings', () => {
    const article = makeArticle({
      slug: 'a',
      blocks: [
        { id: 'h1', type: 'heading', text: 'Heading' },
        { id: 'p1', type: 'paragraph', text: 'First paragraph.' },
      ],
    })
    expect(summarizeArticle(article)).toMatchObject({
      url: '/articles/a/',
      summary: 'First paragraph.',
      date: '1 January 2031',
      day: '2031-01-01',
    })
    expect(summarizeArticle({ ...article, dek: 'The dek' }).summary).toBe('The dek')
  })
})

describe('lookup', () => {
  const data = makeSiteData({
    articles: [
      makeArticle({ slug: 'old', publishedAt: dated(1), quotes: [makeQuote('q1', rosa)] }),
      makeArticle({ slug: 'new', publishedAt: dated(2) }),
    ],
    speakers: [makeSpeakerEntry('rosa-vance', 'Rosa Vance', ['old'])],
  })
  const lookup = createLookup(data)

  it('orders articles newest first and resolves links only for pages that exist', () => {
    expect(lookup.articles.map((article) => article.slug)).toEqual(['new', 'old'])
    expect(lookup.speakerLink('rosa-vance')).toEqual({
      id: 'rosa-vance',
      name: 'Rosa Vance',
      url: '/speakers/rosa-vance/',
    })
    expect(lookup.speakerLink('nobody')).toBeNull()
    expect(lookup.topicLink('nothing')).toBeNull()
    expect(lookup.findSummary('missing')).toBeNull()
  })

  it('throws on dangling references instead of rendering broken links', () => {
    expect(() => lookup.summary('missing')).toThrow(/`missing`/)
    expect(() => lookup.quote({ article: 'old', quoteId: 'q9' })).toThrow(/old#q9/)
  })
})

describe('quotes', () => {
  it('gives a quote its context sentence and a link to its paragraph', () => {
    const lookup = createLookup(
      makeSiteData({ articles: [makeArticle({ slug: 'a', quotes: [makeQuote('q1', rosa)] })] }),
    )
    const { article, quote } = lookup.quote({ article: 'a', quoteId: 'q1' })
    expect(quoteView(article, quote, lookup)).toMatchObject({
      anchor: 'a-q1',
      paragraphUrl: '/articles/a/#p1',
      speaker: null,
      speakerName: 'Rosa Vance',
      text: 'We will rebuild,',
      displayText: 'We will rebuild',
      context: [
        { text: '"', quote: false },
        { text: 'We will rebuild,', quote: true },
        { text: '" said Rosa Vance.', quote: false },
      ],
    })
  })

  it('joins the context of each span, and falls back to the quote text', () => {
    const article = makeArticle({
      slug: 'a',
      blocks: [
        { id: 'p1', type: 'paragraph', text: '"One," she said.' },
        { id: 'p2', type: 'paragraph', text: '"Two," she added.' },
      ],
    })
    const quote = {
      ...makeQuote('q1', rosa),
      text: 'One, Two',
      spans: [
        { blockId: 'p1', start: 1, end: 4 },
        { blockId: 'p2', start: 1, end: 4 },
      ],
    }
    expect(
      contextOf(article, quote)
        .map((piece) => piece.text)
        .join(''),
    ).toBe('"One," she said. … "Two," she added.')
    const lost = { ...quote, spans: [{ blockId: 'p9', start: 0, end: 3 }] }
    expect(contextOf(article, lost)).toEqual([{ text: 'One, Two', quote: true }])
  })
})

describe('unnamed sources and attribution', () => {
  // Two full pages and one more: the first page and page 1.
  const articles = Array.from({ length: 2 * PAGE_SIZES.unnamed + 1 }, (_, index) =>
    makeArticle({
      slug: `story-${String(index).padStart(2, '0')}`,
      publishedAt: dated((index % 28) + 1),
      speakers: [makeSpeaker('anonymous-1', 'an aide', { kind: 'anonymous', description: 'aide' })],
      quotes: [makeQuote('q1', { id: 'anonymous-1', name: 'an aide', kind: 'anonymous' })],
    }),
  )
  const refs = articles.map((article) => ({
    article: article.slug,
    quoteId: 'q1',
    description: 'aide',
    kind: 'anonymous' as const,
  }))
  const lookup = createLookup(makeSiteData({ articles, anonymous: refs }))
  const unnamed = buildUnnamedSources(refs, lookup)

  it('lists unnamed quotes newest first and knows the page each is on', () => {
    expect(unnamed.items.map((item) => item.quote.article.slug)).toEqual(
      lookup.articles.map((article) => article.slug),
    )
    expect(unnamed.pages).toHaveLength(2)
    const last = unnamed.items.at(-1)
    expect(unnamed.quoteUrls.get(`${last?.quote.article.slug}#q1`)).toBe(
      `/sources/unnamed/page/1/#${last?.quote.article.slug}-q1`,
    )
  })

  it('attributes a highlighted quote to a speaker page, the unnamed listing, or says its speaker is unclear', () => {
    const slug = lookup.articles.at(-1)?.slug
    const article = articles.find((candidate) => candidate.slug === slug)
    const quote = article?.quotes[0]
    if (!article || !quote) throw new Error('fixture')
    const context = {
      speakersInArticle: new Map(article.speakers.map((speaker) => [speaker.id, speaker])),
      speakerLink: lookup.speakerLink,
      unnamedQuoteUrls: unnamed.quoteUrls,
    }
    expect(attributionOf(article, quote, context)).toEqual({
      name: 'aide',
      url: unnamed.quoteUrls.get(`${article.slug}#q1`),
      description: 'Quote from an unnamed source:',
    })
    expect(attributionOf(article, { ...quote, speaker: null }, context)).toEqual({
      name: 'speaker unclear',
      url: null,
      description: 'Quote,',
    })
    // Scare quotes or a title, said by no one: no label.
    const unsaid = { ...quote, speaker: null, cue: null, mention: null }
    expect(attributionOf(article, unsaid, context)).toBeNull()
    expect(attributionOf(article, { ...quote, speaker: rosa }, context)).toEqual({
      name: 'Rosa Vance',
      url: null,
      description: 'Quote by',
    })
  })
})

describe('related articles', () => {
  const topic = (id: string) => ({
    id,
    label: id,
    score: 0.5,
    source: 'taxonomy' as const,
    evidence: [],
  })

  it('scores shared speakers 2 and shared topics 1, then newest first, at most five', () => {
    const withRosa = { speakers: [makeSpeaker('rosa-vance', 'Rosa Vance')] }
    const articles = [
      makeArticle({ slug: 'base', topics: [topic('harbor'), topic('ferries')], ...withRosa }),
      makeArticle({ slug: 'speaker', publishedAt: dated(1), ...withRosa }),
      makeArticle({ slug: 'two-topics', topics: [topic('harbor'), topic('ferries')] }),
      makeArticle({ slug: 'topic-old', publishedAt: dated(1), topics: [topic('harbor')] }),
      makeArticle({ slug: 'topic-new', publishedAt: dated(2), topics: [topic('ferries')] }),
      ...['x', 'y', 'z'].map((slug) => makeArticle({ slug, topics: [topic('harbor')] })),
      makeArticle({ slug: 'unrelated' }),
    ]
    const lookup = createLookup(
      makeSiteData({ articles, speakers: [makeSpeakerEntry('rosa-vance', 'Rosa Vance', [])] }),
    )
    const related = relatedArticles(lookup)
    expect(related('base').map((article) => article.slug)).toEqual([
      'speaker',
      'two-topics',
      'topic-new',
      'topic-old',
      'x',
    ])
    expect(related('base')).toHaveLength(RELATED_LIMIT)
    expect(related('unrelated')).toEqual([])
  })

  it('looks for them among the stories nearest in time, so a big topic stays linear', () => {
    // One topic shared by every article, so every candidate scores the same: the newest
    // candidates win, and an article in the middle sees no further than the window.
    const articles = Array.from({ length: RELATED_WINDOW * 3 }, (_, index) =>
      makeArticle({
        slug: `story-${String(index).padStart(3, '0')}`,
        publishedAt: new Date(Date.UTC(2031, 0, 1) - index * 86_400_000).toISOString(),
        topics: [topic('harbor')],
      }),
    )
    const lookup = createLookup(makeSiteData({ articles }))
    const related = relatedArticles(lookup)
    expect(related('story-000').map((article) => article.slug)).toEqual(
      ['001', '002', '003', '004', '005'].map((n) => `story-${n}`),
    )
    const middle = `story-${String(RELATED_WINDOW * 2).padStart(3, '0')}`
    expect(related(middle).map((article) => article.slug)).toEqual(
      [0, 1, 2, 3, 4].map((offset) => `story-${String(RELATED_WINDOW + offset).padStart(3, '0')}`),
    )
  })
})

describe('speakers and the A–Z index', () => {
  it('files names under their first letter without accents, or #', () => {
    expect(initialOf('Émile Roux')).toBe('E')
    expect(initialOf('de Wit')).toBe('D')
    expect(initialOf('"Quoted" Name')).toBe('Q')
    expect(initialOf('42')).toBe('#')
    expect(initialOf('Łucja Wrzosek')).toBe('L')
    expect(initialOf('Øyvind Dahl')).toBe('O')
    expect(initialOf('42 Club')).toBe('#')
    expect(initialOf('Ωmega Group')).toBe('#')
  })

  it('keeps each letter in one group, whatever order the collator gives the names', () => {
    const names = ['Lena Ward', 'Łucja Wrzosek', 'Mia Orr', '"Quoted" Name', '42 Club', 'Al Ng']
    const entries = names.map((name, index) => makeSpeakerEntry(`s${index}`, name, []))
    const summaries = speakerSummaries(entries)
    expect(summaries.map((speaker) => [speaker.letter, speaker.name])).toEqual([
      ['A', 'Al Ng'],
      ['L', 'Lena Ward'],
      ['L', 'Łucja Wrzosek'],
      ['M', 'Mia Orr'],
      ['Q', '"Quoted" Name'],
      ['#', '42 Club'],
    ])
    const [page] = speakerIndexPages(summaries)
    const ids = page?.groups.map((group) => group.id) ?? []
    expect(ids).toEqual(['letter-a', 'letter-l', 'letter-m', 'letter-q', 'letter-other'])
  })

  it('lists speakers A–Z with their quotes newest first and who was quoted alongside', () => {
    const inArticle = [makeSpeaker('rosa-vance', 'Rosa Vance'), makeSpeaker('al-ng', 'Al Ng')]
    const articles = [
      makeArticle({
        slug: 'old',
        publishedAt: dated(1),
        speakers: [...inArticle, makeSpeaker('bo-li', 'Bo Li')],
        quotes: [makeQuote('q1', rosa)],
      }),
      makeArticle({
        slug: 'new',
        publishedAt: dated(2),
        speakers: [...inArticle, makeSpeaker('no-page', 'No Page')],
        quotes: [makeQuote('q1', rosa)],
      }),
    ]
    const entries = [
      makeSpeakerEntry('rosa-vance', 'Rosa Vance', ['old', 'new']),
      makeSpeakerEntry('bo-li', 'Bo Li', []),
      makeSpeakerEntry('al-ng', 'al Ng', []),
    ]
    const lookup = createLookup(makeSiteData({ articles, speakers: entries }))
    expect(speakerSummaries(entries).map((speaker) => speaker.id)).toEqual([
      'al-ng',
      'bo-li',
      'rosa-vance',
    ])
    const rosaView = buildSpeakerView(entries[0] as (typeof entries)[number], lookup)
    expect(rosaView.quotes.map((quote) => quote.article.slug)).toEqual(['new', 'old'])
    expect(rosaView.alongside).toEqual([
      { id: 'al-ng', name: 'al Ng', url: '/speakers/al-ng/', count: 2 },
      { id: 'bo-li', name: 'Bo Li', url: '/speakers/bo-li/', count: 1 },
    ])
    expect(quotedAlongside(makeSpeakerEntry('bo-li', 'Bo Li', ['old']), lookup)).toEqual([
      { id: 'al-ng', name: 'al Ng', url: '/speakers/al-ng/', count: 1 },
      { id: 'rosa-vance', name: 'Rosa Vance', url: '/speakers/rosa-vance/', count: 1 },
    ])
  })

  it('shows the descriptions among a speaker’s other names as roles, not as names', () => {
    const articles = [makeArticle({ slug: 'a', quotes: [makeQuote('q1', rosa)] })]
    const entry = {
      ...makeSpeakerEntry('rosa-vance', 'Rosa Vance', ['a']),
      aliases: ['Vance', 'Rosa Vance', "Port Averly's mayor", 'the mayor', 'Ms. Vance', 'de Vance'],
      roles: [{ role: 'The mayor', article: 'a' }],
    }
    const lookup = createLookup(makeSiteData({ articles, speakers: [entry] }))
    const view = buildSpeakerView(entry, lookup)
    expect(view.aliases).toEqual(['Vance', 'Ms. Vance', 'de Vance'])
    expect(view.roles.map((role) => [role.role, role.article?.slug ?? null])).toEqual([
      ['The mayor', 'a'],
      ["Port Averly's mayor", null],
    ])
  })

  it('groups each index page by letter and points each letter at the page it starts on', () => {
    const speakers = [
      ...Array.from({ length: PAGE_SIZES.speakers }, (_, index) => ({ letter: 'A', index })),
      { letter: 'B', index: 100 },
      { letter: '#', index: 101 },
    ]
    const pages = speakerIndexPages(speakers)
    expect(pages).toHaveLength(2)
    expect(pages[1]?.letters).toEqual([
      { letter: 'A', url: '/speakers/#letter-a' },
      { letter: 'B', url: '/speakers/page/2/#letter-b' },
      { letter: '#', url: '/speakers/page/2/#letter-other' },
    ])
    expect(pages[0]?.groups.map((group) => [group.id, group.speakers.length])).toEqual([
      ['letter-a', PAGE_SIZES.speakers],
    ])
    expect(pages[1]?.groups.map((group) => group.id)).toEqual(['letter-b', 'letter-other'])
  })
})

describe('home', () => {
  it('shows the busiest topics and most quoted speakers, ties A–Z', () => {
    const topic = (label: string, articleCount: number) =>
      ({ label, articleCount }) as Parameters<typeof buildHome>[0]['topics'][number]
    const speaker = (name: string, quoteCount: number) =>
      ({ name, quoteCount }) as Parameters<typeof buildHome>[0]['speakers'][number]
    const home = buildHome({
      articles: [],
      topics: [topic('Ferries', 1), topic('harbor', 3), topic('Budget', 3)],
      speakers: [speaker('Zoe', 5), speaker('al', 1), speaker('Bo', 1)],
    })
    expect(home.topics.map((entry) => entry.label)).toEqual(['Budget', 'harbor', 'Ferries'])
    expect(home.speakers.map((entry) => entry.name)).toEqual(['Zoe', 'al', 'Bo'])
  })
})

describe('feeds', () => {
  const entriesOf = (articles: Parameters<typeof makeSiteData>[0]['articles']) => {
    const lookup = createLookup(makeSiteData({ articles }))
    return lookup.articles.map((record) => feedEntry(record, lookup))
  }

  it('dates a feed by its newest entry, or the epoch, and keeps the newest entries', () => {
    const entries = entriesOf(
      [null, dated(3), dated(7)].map((publishedAt, index) =>
        makeArticle({ slug: `a${index}`, publishedAt }),
      ),
    )
    const feed = feedOf({ path: '/topics/harbor/', title: 'Harbor', entries })
    expect(feed).toMatchObject({
      atomUrl: '/topics/harbor/feed.xml',
      jsonUrl: '/topics/harbor/feed.json',
      homeUrl: '/topics/harbor/',
      updated: dated(7),
    })
    expect(feedOf({ path: '/', title: null, entries: [] }).updated).toBe(UNDATED)
    const many = entriesOf(
      Array.from({ length: PAGE_SIZES.feedEntries + 5 }, (_, index) =>
        makeArticle({ slug: `m${index}`, publishedAt: null }),
      ),
    )
    expect(feedOf({ path: '/', title: null, entries: many }).entries).toHaveLength(
      PAGE_SIZES.feedEntries,
    )
    expect(
      feedOf({ path: '/', title: null, entries: many, limit: PAGE_SIZES.siteFeedEntries }).entries,
    ).toHaveLength(PAGE_SIZES.feedEntries + 5)
  })

  it('puts undated articles last, dated by when they were first seen, or not at all', () => {
    const entries = entriesOf([
      makeArticle({ slug: 'undated-new', publishedAt: null, firstSeen: dated(28) }),
      makeArticle({ slug: 'old', publishedAt: dated(1) }),
      makeArticle({ slug: 'never-seen', publishedAt: null }),
      makeArticle({ slug: 'new', publishedAt: dated(9) }),
      makeArticle({ slug: 'undated-old', publishedAt: null, firstSeen: dated(2) }),
    ])
    const feed = feedOf({ path: '/', title: null, entries })
    expect(
      feed.entries.map((entry) => [
        entry.article.slug,
        entry.published,
        entry.updated,
        entry.dated,
      ]),
    ).toEqual([
      ['new', dated(9), dated(9), true],
      ['old', dated(1), dated(1), true],
      ['undated-new', null, dated(28), true],
      ['undated-old', null, dated(2), true],
      ['never-seen', null, UNDATED, false],
    ])
    // Seen more recently than any article is dated: the feed changed then.
    expect(feed.updated).toBe(dated(28))
  })

  it("gives a speaker's feed one entry per article, with that article's quotes", () => {
    const articles = ['old', 'new'].map((slug, index) =>
      makeArticle({
        slug,
        publishedAt: dated(index + 1),
        quotes: [makeQuote('q1', rosa), makeQuote('q2', rosa)],
      }),
    )
    const entry = {
      ...makeSpeakerEntry('rosa-vance', 'Rosa Vance', ['old', 'new']),
      quotes: ['old', 'new'].flatMap((article) => [
        { article, quoteId: 'q1' },
        { article, quoteId: 'q2' },
      ]),
    }
    const lookup = createLookup(makeSiteData({ articles, speakers: [entry] }))
    const feed = speakerFeed(buildSpeakerView(entry, lookup), lookup)
    expect(feed.atomUrl).toBe('/speakers/rosa-vance/feed.xml')
    expect(
      feed.entries.map((feedEntry) => [
        feedEntry.article.slug,
        feedEntry.quotes.map((quote) => quote.id),
        feedEntry.blocks,
      ]),
    ).toEqual([
      ['new', ['q1', 'q2'], null],
      ['old', ['q1', 'q2'], null],
    ])
  })
})

describe('view inputs', () => {
  const links = (lookup: ReturnType<typeof createLookup>) => ({
    related: relatedArticles(lookup),
    unnamedQuoteUrls: new Map([['quay#q1', '/sources/#quay-q1']]),
  })

  it('records what a view asks of the site, once each, and digests the answers', () => {
    const lookup = createLookup(
      makeSiteData({ articles: [makeArticle({ slug: 'quay' }), makeArticle({ slug: 'ferry' })] }),
    )
    const recorder = inputRecorder(lookup, links(lookup))
    recorder.lookup.speakerLink('rosa-vance')
    recorder.lookup.speakerLink('rosa-vance')
    // A finder taken off the lookup, as the article view does, still records.
    const topicLink = recorder.lookup.topicLink
    topicLink('harbor')
    recorder.links.related('quay')
    recorder.links.unnamedQuoteUrls.get('quay#q1')
    const recorded = recorder.take()
    const inputs = recorded?.inputs
    expect(inputs).toEqual([
      ['lookup', 'speakerLink', ['rosa-vance']],
      ['lookup', 'topicLink', ['harbor']],
      ['links', 'related', ['quay']],
      ['unnamedQuoteUrls', 'get', ['quay#q1']],
    ])
    expect(recorder.take()?.inputs).toEqual([])
    const digest = inputsDigest(inputs ?? [], lookup, links(lookup))
    expect(digest).toMatch(/^[\w-]{43}$/)
    expect(inputsDigest(inputs ?? [], lookup, links(lookup))).toBe(digest)
    // The answers digested as they were given are the ones a later build replays.
    expect(recorded?.answers).toBe(digest)
  })

  it('gives other answers another digest', () => {
    const before = createLookup(
      makeSiteData({
        articles: [makeArticle({ slug: 'quay' })],
        speakers: [makeSpeakerEntry('rosa-vance', 'Rosa Vance', [])],
      }),
    )
    const after = createLookup(
      makeSiteData({
        articles: [makeArticle({ slug: 'quay' })],
        speakers: [makeSpeakerEntry('rosa-vance', 'Rosa Vance-Moreau', [])],
      }),
    )
    const inputs = [['lookup', 'speakerLink', ['rosa-vance']]] as ViewInput[]
    expect(inputsDigest(inputs, after, links(after))).not.toBe(
      inputsDigest(inputs, before, links(before)),
    )
    const gone = [['unnamedQuoteUrls', 'get', ['ferry#q2']]] as ViewInput[]
    expect(inputsDigest(gone, before, links(before))).not.toBe(
      inputsDigest([['unnamedQuoteUrls', 'get', ['quay#q1']]], before, links(before)),
    )
  })

  it('cannot replay a view that reads a whole list, nor answer a finder that fails', () => {
    const lookup = createLookup(makeSiteData({ articles: [makeArticle({ slug: 'quay' })] }))
    const recorder = inputRecorder(lookup, links(lookup))
    expect(recorder.lookup.articles).toHaveLength(1)
    expect(recorder.take()).toBeNull()
    recorder.links.unnamedQuoteUrls.size
    expect(recorder.take()).toBeNull()
    recorder.lookup.summary('quay')
    expect(recorder.take()?.inputs).toEqual([['lookup', 'summary', ['quay']]])
    expect(inputsDigest([['lookup', 'summary', ['gone']]], lookup, links(lookup))).toBeNull()
  })

  it('answers no inputs but those a recorder records', () => {
    const lookup = createLookup(makeSiteData({ articles: [makeArticle({ slug: 'quay' })] }))
    const site = links(lookup)
    for (const damaged of [
      null,
      {},
      [null],
      [['lookup', 'speakerLink', 'rosa-vance']],
      [['elsewhere', 'get', ['quay#q1']]],
      [['lookup', 'toString', []]],
      [['unnamedQuoteUrls', 'clear', []]],
      [['unnamedQuoteUrls', 'set', ['quay#q1', '/elsewhere/']]],
    ]) {
      expect(inputsDigest(damaged, lookup, site), JSON.stringify(damaged)).toBeNull()
    }
    expect(site.unnamedQuoteUrls.get('quay#q1')).toBe('/sources/#quay-q1')
  })
})
