import { hash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import {
  type BlockSource,
  clutterRules,
  ingest,
  maxFileBytes,
  supportedExtensions,
  tooLarge,
} from '../src/index.js'

const encoder = new TextEncoder()
const bytes = (text: string) => encoder.encode(text)
const ids = (path: string, text: string | Uint8Array) =>
  ingest({ path, contents: typeof text === 'string' ? bytes(text) : text }).messages.map(
    (message) => message.ruleId,
  )

const article = [
  'Harbor wall plan approved',
  '',
  'The harbor board in Port Alder approved a plan on Monday to rebuild the storm wall that failed in January.',
  '',
  '"We cannot wait another winter," said board chair Tomas Brel.',
  '',
].join('\n')

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'clutterRules',
        'ingest',
        'maxFileBytes',
        'newArticlePlaceholder',
        'parseDate',
        'repairMojibake',
        'supportedExtensions',
        'tooLarge',
      ].sort(),
    )
  })

  it('states its limits', () => {
    expect(maxFileBytes).toBe(10 * 1024 * 1024)
    expect(supportedExtensions).toEqual(['.txt', '.md', '.markdown', '.html', '.htm', '.json'])
  })

  it('throws TypeError on programmer errors, naming the option', () => {
    expect(() => ingest({ path: 1 as unknown as string, contents: bytes('') })).toThrow(
      /`input.path`/,
    )
    expect(() => ingest({ path: 'a.txt', contents: 'text' as unknown as Uint8Array })).toThrow(
      /`input.contents`/,
    )
    expect(() =>
      ingest({ path: 'a.txt', contents: bytes(article) }, { wordsPerMinute: 0 }),
    ).toThrow(/`wordsPerMinute`/)
  })
})

/** The example article, in the read-only `../shared` beside the repository (skipped if absent). */
const seed = new URL(
  '../../../../shared/seeds/china-us-cooperation-or-conflict.txt',
  import.meta.url,
)
const seedBytes = existsSync(seed) ? readFileSync(seed) : undefined

describe.skipIf(!seedBytes)('the seed article', () => {
  const file = ingest({
    path: 'china-us-cooperation-or-conflict.txt',
    contents: seedBytes ?? new Uint8Array(),
  })
  const result = file.data.article

  it('ingests to exactly the expected article', () => {
    expect(file.messages.filter((message) => message.fatal !== undefined)).toEqual([])
    expect(result?.title).toBe(
      'Need To Choose Between “Cooperation Or Conflict” To Get Along: China Tells US',
    )
    expect(result?.dek).toBe(
      "Tensions have soared between the world's two largest economies in recent years on issues ranging from trade to technology to Taiwan",
    )
    expect(result?.publisher).toBe('Himalaya Times')
    expect(result?.readTimeMinutes).toBe(3)
    expect(result?.readTimeSource).toBe('stated')
    expect(result?.language).toBe('en')
    expect(result?.sourceFormat).toBe('text')
    expect(result?.slug).toBe(
      'need-to-choose-between-cooperation-or-conflict-to-get-along-china-tells-us',
    )
    expect(result?.contentHash).toMatch(/^sha256-[0-9a-f]{64}$/)
  })

  it('has one heading and 23 paragraphs, from first to last, without clutter', () => {
    const blocks = result?.blocks ?? []
    const headings = blocks.filter((block) => block.type === 'heading')
    const paragraphs = blocks.filter((block) => block.type === 'paragraph')
    expect(headings).toEqual([{ id: 'h1', type: 'heading', text: 'A real conversation' }])
    expect(paragraphs).toHaveLength(23)
    expect(paragraphs[0]?.text).toMatch(/^China and the United States must choose/)
    expect(paragraphs.at(-1)?.text).toBe('"This was a real conversation," he said.')
    expect(paragraphs.map((block) => block.id)).toEqual(
      paragraphs.map((_, index) => `p${index + 1}`),
    )
    const text = blocks.map((block) => block.text).join('\n')
    for (const clutter of [
      'Notify of',
      'Inline Feedbacks',
      'View all comments',
      'In case you missed it',
      'Read Time',
    ]) {
      expect(text).not.toContain(clutter)
    }
  })

  it('reports each removal as an info with a place', () => {
    const infos = file.messages.filter((message) => message.fatal === undefined)
    expect(infos.map((message) => [message.line, message.ruleId])).toEqual([
      [6, 'clutter-read-time'],
      [57, 'clutter-comment-widget'],
      [58, 'clutter-comment-widget'],
      [59, 'clutter-comment-widget'],
      [61, 'clutter-missed-it-rail'],
    ])
    expect(infos.every((message) => message.source === 'ingest')).toBe(true)
  })

  it('links errors and warnings to the diagnostics table, as vfile marks them fatal or not', () => {
    const empty = ingest({ path: 'empty.txt', contents: bytes('') })
    const long = ingest({ path: 'long.txt', contents: bytes(`${'word '.repeat(60)}\n\nText.\n`) })
    const found = [...empty.messages, ...long.messages]
      .filter((message) => ['empty-file', 'long-title'].includes(message.ruleId ?? ''))
      .map((message) => [message.ruleId, message.fatal, message.url])
    expect(found).toEqual([
      [
        'empty-file',
        true,
        'https://github.com/newsroom/newsroom/tree/main/packages/ingest#diagnostics',
      ],
      [
        'long-title',
        false,
        'https://github.com/newsroom/newsroom/tree/main/packages/ingest#diagnostics',
      ],
    ])
  })
})

describe('clutter rules', () => {
  /** One example line per rule; every rule must have one. */
  const examples: Record<string, string[]> = {
    'comment-widget': [
      'Notify of',
      'Inline Feedbacks',
      'View all comments',
      '12 Comments',
      'Leave a reply',
    ],
    'missed-it-rail': ['In case you missed it', 'Most read', 'Trending now'],
    'related-links': [
      'Related articles',
      'Read more: Ferry timetable changes',
      'You may also like',
    ],
    'read-time': ['Read Time = 3 mins', 'Reading time: 5 minutes', '4 min read'],
    'share-prompt': ['Share this article', 'Share on WhatsApp', 'Copy link'],
    'share-bar': [
      'Share on Facebook · Share on X · Email',
      'Facebook Twitter WhatsApp Email',
      'Share: Facebook | Twitter | Email | Print',
      'Share this: Facebook, LinkedIn, Reddit',
      'Follow us: Instagram, YouTube and TikTok',
      '✉ Email 🖨 Print 🔗 Copy link',
      'Share 12 Tweet 4 Pin',
      'Share on X (formerly Twitter) / Share on Bluesky / Share via e-mail',
      'Gift article Save Listen Comments (14)',
      'Click to share on X (Opens in new window) Click to share on Facebook (Opens in new window)',
      'Email a friend · Print · Share',
      'Share this with Facebook Twitter Email Copy Link Link copied!',
    ],
    'follow-prompt': ['Follow us on Instagram', 'Follow the Ledger on X'],
    'newsletter-prompt': [
      'Sign up for our morning newsletter',
      'Get the latest headlines delivered to your inbox',
    ],
    advertisement: ['Advertisement', 'Story continues below advertisement', 'Sponsored content'],
    'photo-credit': [
      'Photo: Jonas Berg/Dunmore Herald',
      '(Image: Petra Salo)',
      'Picture by Oren Halvorsen',
    ],
    'pull-quote-credit': ['—Hanna Ruud', '– Harbor master, Alder Coast Ledger'],
    'map-legend': ['██ Flooded area', '■ Evacuation zone'],
  }

  it('has an example for every rule', () => {
    expect(Object.keys(examples).sort()).toEqual(clutterRules.map((rule) => rule.id).sort())
  })

  for (const rule of clutterRules) {
    it(`removes ${rule.label}s and reports them (${rule.id})`, () => {
      for (const line of examples[rule.id] ?? []) {
        const text = `${article}\n${line}\n\nThe board meets again in May to choose a builder for the wall.\n`
        const file = ingest({ path: 'wall.txt', contents: bytes(text) })
        const blocks = file.data.article?.blocks.map((block) => block.text).join('\n') ?? ''
        expect(blocks, line).not.toContain(line)
        expect(blocks, line).toContain('The board meets again in May')
        const message = file.messages.find((item) => item.ruleId === `clutter-${rule.id}`)
        expect(message, line).toBeDefined()
        expect(message?.fatal).toBeUndefined()
        expect(message?.line).toBe(7)
        expect(message?.url).toBe(
          'https://github.com/newsroom/newsroom/tree/main/packages/ingest#clutter-rules',
        )
      }
    })
  }

  it('keeps prose that merely mentions clutter words', () => {
    const text = `${article}\nShare prices fell after the advertisement ran, said the harbor master.\n`
    const blocks = ingest({ path: 'wall.txt', contents: bytes(text) }).data.article?.blocks ?? []
    expect(blocks.at(-1)?.text).toBe(
      'Share prices fell after the advertisement ran, said the harbor master.',
    )
  })

  // Review r50c2: kept, such a line after a quotation also kept closing signatures and bylines
  // ("— The Kelmouth Courier"), which the quote finder then read as the speaker.
  it('removes a dash credit line even right after a line that is a quotation', () => {
    const text = `${article}\n"Nobody wants the docks to sit empty."\n— The Kelmouth Courier\n\nThe board meets again in May.\n`
    const blocks = ingest({ path: 'wall.txt', contents: bytes(text) }).data.article?.blocks ?? []
    expect(blocks.map((block) => block.text).join('\n')).not.toContain('Kelmouth Courier')
  })

  it('removes share bars a saved page writes as links or lines side by side', () => {
    for (const bar of [
      '<div class="social"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Email</a></div>',
      '<div>Share this article<br>Facebook<br>X<br>Email</div>',
      '<p><a href="#">Copy link</a><a href="#">Print</a></p>',
    ]) {
      const html = `<!doctype html><html><head><title>Harbor wall approved</title></head><body><article><h1>Harbor wall approved</h1>${bar}<p>PORT ALDER (Coast Wire) — The council approved the sea wall on Monday after a long debate about its cost.</p><p>The board meets again in May.<br>It will choose a builder.</p></article></body></html>`
      const file = ingest({ path: 'wall.html', contents: bytes(html) })
      const article = file.data.article
      expect(
        article?.blocks.map((block) => block.text),
        bar,
      ).toEqual([
        'The council approved the sea wall on Monday after a long debate about its cost.',
        // A line break reads as a space between words, in prose too.
        'The board meets again in May. It will choose a builder.',
      ])
      expect(article?.dateline?.place, bar).toBe('PORT ALDER')
      expect(file.messages.map((message) => message.ruleId)).toContain('clutter-share-bar')
    }
  })

  it('keeps prose and single lines made of share-bar words', () => {
    for (const line of [
      'Facebook and Twitter are under pressure, said the harbor master.',
      'Email Tomas Brel',
      'Share prices rose on Monday.',
      'Print',
    ]) {
      const text = `${article}\n${line}\n\nThe board meets again in May.\n`
      const file = ingest({ path: 'wall.txt', contents: bytes(text) })
      expect(
        file.messages.map((message) => message.ruleId),
        line,
      ).not.toContain('clutter-share-bar')
    }
  })

  it('matches the agency credits the pattern without its slash lookahead matches', () => {
    const agencyCredit = clutterRules
      .find((rule) => rule.id === 'photo-credit')
      ?.lines.find((pattern) => pattern.source.includes('getty images'))
    const withoutLookahead =
      /^\(?[\p{L} .,'’-]{1,60}\/\s*(?:getty images|afp|reuters|ap|epa|shutterstock|ap photo)[^()]{0,40}\)?\.?$/iu
    expect(agencyCredit?.test('(Mara Quell/AFP)')).toBe(true)
    const name = 'Mara Quell, Harbor Desk '
    for (const line of [
      'Mara Quell/AFP',
      '(Mara Quell / Getty Images)',
      'Mara Quell/AP Photo, file.',
      'Mara Quell / Reuters (file)',
      `${'Quell '.repeat(10)}/Reuters`,
      `${'Quell '.repeat(10)}x/Reuters`,
      `${'a'.repeat(60)}/AP`,
      `${'a'.repeat(61)}/AP`,
      `(${'É'.repeat(60)}/EPA)`,
      `(${'É'.repeat(61)}/EPA)`,
      'Harbor/port/AFP',
      `${name}${name}${name}`,
      'The board met/AFP reported that the wall failed in January.',
    ]) {
      expect(agencyCredit?.test(line), line).toBe(withoutLookahead.test(line))
    }
  })

  it('has no Greek sigma in bar words, which are lowercased one by one', () => {
    const bar = clutterRules.find((rule) => rule.id === 'share-bar')?.bar
    expect(bar?.items.length).toBeGreaterThan(0)
    // Only a sigma lowercases by its context (σ or word-final ς), so word by word and whole
    // line agree on every other word.
    for (const word of [...(bar?.items ?? []), ...(bar?.fillers ?? [])])
      expect(word, word).not.toMatch(/[Σσς]/)
  })

  it('cuts a trailing photo credit but keeps the sentence', () => {
    const text = `${article}\nThe wall was built in 1952. (Photo: Jonas Berg)\n`
    const blocks = ingest({ path: 'wall.txt', contents: bytes(text) }).data.article?.blocks ?? []
    expect(blocks.at(-1)?.text).toBe('The wall was built in 1952.')
  })

  it('stops a related-links section at the next prose paragraph', () => {
    const text = `${article}\nRelated\nFerry timetable changes\n\nThe board meets again in May to choose a builder for the new wall.\n`
    const blocks = ingest({ path: 'wall.txt', contents: bytes(text) }).data.article?.blocks ?? []
    expect(blocks.map((block) => block.text)).toContain(
      'The board meets again in May to choose a builder for the new wall.',
    )
    expect(blocks.map((block) => block.text)).not.toContain('Ferry timetable changes')
  })

  it('can leave a rule out', () => {
    const text = `${article}\n—Tomas Brel\n\nThe board meets again in May.\n`
    const file = ingest(
      { path: 'wall.txt', contents: bytes(text) },
      { disabledRules: ['pull-quote-credit'] },
    )
    expect(file.data.article?.blocks.map((block) => block.text)).toContain('—Tomas Brel')
  })
})

describe('metadata', () => {
  it('takes a dateline out of the first paragraph and keeps it in the data', () => {
    const text =
      'Storm closes port\n\nWashington (AFP) – The port was closed on Monday as the storm arrived, officials said.\n'
    const result = ingest({ path: 'storm.txt', contents: bytes(text) }).data.article
    expect(result?.dateline).toEqual({
      text: 'Washington (AFP) –',
      place: 'Washington',
      agency: 'AFP',
    })
    expect(result?.blocks[0]?.text).toBe(
      'The port was closed on Monday as the storm arrived, officials said.',
    )
  })

  it('does not take a name followed by a dash for a dateline', () => {
    const text =
      'Doctor speaks\n\nMira Calloway — the town doctor — said the clinic would stay open.\n'
    const result = ingest({ path: 'doctor.txt', contents: bytes(text) }).data.article
    expect(result?.dateline).toBeNull()
    expect(result?.blocks[0]?.text).toMatch(/^Mira Calloway — the town doctor/)
  })

  it('computes the read time at 230 words a minute, at least 1', () => {
    const words = Array.from({ length: 500 }, () => 'word').join(' ')
    const result = ingest({ path: 'long.txt', contents: bytes(`Long piece\n\n${words}.\n`) }).data
      .article
    expect(result?.wordCount).toBe(500)
    expect(result?.readTimeMinutes).toBe(3)
    expect(result?.readTimeSource).toBe('computed')
    const faster = ingest(
      { path: 'long.txt', contents: bytes(`Long piece\n\n${words}.\n`) },
      { wordsPerMinute: 500 },
    )
    expect(faster.data.article?.readTimeMinutes).toBe(1)
  })

  it('warns when the weekday of a date line is wrong', () => {
    expect(
      ids('date.txt', 'Crane count\n\nMonday, November 9, 2025\n\nVolunteers counted cranes.\n'),
    ).toContain('weekday-mismatch')
  })

  it('reads dates in the usual forms', () => {
    const dateOf = (line: string) =>
      ingest({ path: 'd.txt', contents: bytes(`Title\n\n${line}\n\nBody text here.\n`) }).data
        .article?.publishedAt
    expect(dateOf('Sunday, November 9, 2025')).toBe('2025-11-09')
    expect(dateOf('9 November 2025')).toBe('2025-11-09')
    expect(dateOf('Nov. 9, 2025')).toBe('2025-11-09')
    expect(dateOf('Published: 2025-11-09 08:15:00Z')).toBe('2025-11-09T08:15:00Z')
    expect(dateOf('2025-11-09T08:15:00+0545')).toBe('2025-11-09T08:15:00+05:45')
    expect(dateOf('2025-11-09 08:15')).toBe('2025-11-09')
    expect(dateOf('February 30, 2025')).toBeNull()
  })

  it('takes the published date, not the updated one, from a byline or date lines that give both', () => {
    const read = (path: string, text: string) => {
      const file = ingest({ path, contents: bytes(text) })
      return {
        date: file.data.article?.publishedAt,
        byline: file.data.article?.byline,
        infos: file.messages
          .filter((message) => message.ruleId === 'updated-date')
          .map((message) => [message.line, message.reason]),
        first: file.data.article?.blocks[0]?.text,
      }
    }
    const body = 'The harbor council voted on Thursday night to rebuild the pier.'
    const story = (meta: string) => `Pier vote\n\n${meta}\n\n${body}\n`
    const update = [[3, 'Removed updated date 2026-03-15: it is not the publication date']]
    for (const meta of [
      'By Ann Vale · Published March 14, 2026 · Updated March 15, 2026',
      'By Ann Vale · Updated March 15, 2026 · Published March 14, 2026',
      'By Ann Vale | Updated: March 15, 2026 | March 14, 2026',
    ]) {
      expect(read('pier.txt', story(meta))).toEqual({
        date: '2026-03-14',
        byline: 'Ann Vale',
        infos: update,
        first: body,
      })
    }
    // Two unlabelled dates: the first is the publication date.
    expect(read('pier.txt', story('By Ann Vale · March 14, 2026 · March 15, 2026')).date).toBe(
      '2026-03-14',
    )
    // Date lines, in either order, and at the head of a Markdown body.
    for (const lines of [
      'Published: March 14, 2026\nUpdated: March 15, 2026',
      'Updated: March 15, 2026\nPublished: March 14, 2026',
    ]) {
      const fromText = read('pier.txt', `Pier vote\n\nBy Ann Vale\n${lines}\n\n${body}\n`)
      expect([fromText.date, fromText.infos.length, fromText.first]).toEqual([
        '2026-03-14',
        1,
        body,
      ])
      const fromMarkdown = read('pier.md', `# Pier vote\n\nBy Ann Vale\n${lines}\n\n${body}\n`)
      expect([fromMarkdown.date, fromMarkdown.infos.length, fromMarkdown.first]).toEqual([
        '2026-03-14',
        1,
        body,
      ])
    }
    // Two dates on one line without a byline, in either order, with a read time too: the line
    // is the header's, not the body's first paragraph.
    for (const line of [
      'Published March 14, 2026 · Updated March 15, 2026',
      'Updated: March 15, 2026 | Published: March 14, 2026 | 4 min read',
    ]) {
      for (const [path, text] of [
        ['pier.txt', story(line)],
        ['pier.md', `# Pier vote\n\n${line}\n\n${body}\n`],
      ] as const) {
        const found = read(path, text)
        expect([found.date, found.infos.length, found.first]).toEqual(['2026-03-14', 1, body])
      }
    }
    // "Originally published" labels the publication date too.
    expect(
      read(
        'pier.md',
        `# Pier vote\n\nUpdated: 15 March 2026\nOriginally published: 14 March 2026\n\n${body}\n`,
      ).date,
    ).toBe('2026-03-14')
  })

  it('dates an article that gives only an updated date by it, saying so', () => {
    const read = (path: string, text: string) => {
      const file = ingest({ path, contents: bytes(text) })
      return {
        date: file.data.article?.publishedAt,
        infos: file.messages
          .filter((message) => message.ruleId === 'updated-date')
          .map((message) => `${message.line}:${message.column} ${message.reason}`),
      }
    }
    const body = 'The harbor council voted on Thursday night to rebuild the pier.'
    const took = 'Took updated date 2026-03-15 as the date: no publication date is given'
    expect(
      read('pier.txt', `Pier vote\n\nBy Ann Vale · Updated March 15, 2026\n\n${body}\n`),
    ).toEqual({ date: '2026-03-15', infos: [`3:1 ${took}`] })
    expect(read('pier.md', `# Pier vote\n\nLast updated: March 15, 2026\n\n${body}\n`)).toEqual({
      date: '2026-03-15',
      infos: [`3:1 ${took}`],
    })
    expect(
      read(
        'pier.html',
        `<html><body><article><h1>Pier vote</h1><p>Updated March 15, 2026</p><p>${body}</p></article></body></html>`,
      ),
    ).toMatchObject({ date: '2026-03-15', infos: [expect.stringContaining(took)] })
    // A publication date in the page's metadata or front matter still wins over it.
    expect(
      read(
        'pier.md',
        `---\ntitle: Pier vote\ndate: 2026-03-01\n---\n\nUpdated: March 15, 2026\n\n${body}\n`,
      ),
    ).toMatchObject({
      date: '2026-03-01',
      infos: [expect.stringContaining('Removed updated date')],
    })
  })

  it('dates a saved page by its <time> marked or labelled published, never by one labelled Updated', () => {
    const body = '<p>The harbor council voted on Thursday night to rebuild the pier.</p>'
    const read = (times: string) => {
      const file = ingest({
        path: 'pier.html',
        contents: bytes(
          `<html><head><title>Pier vote</title></head><body><article><h1>Pier vote</h1>${times}${body}</article></body></html>`,
        ),
      })
      return {
        date: file.data.article?.publishedAt,
        infos: file.messages
          .filter((message) => message.ruleId === 'updated-date')
          .map((message) => message.reason),
      }
    }
    const removed = ['Removed updated date 2026-03-15T10:42:00Z: it is not the publication date']
    // "Updated" printed above "Published": the labelled publication date, the update reported.
    expect(
      read(
        '<p>Updated <time datetime="2026-03-15T10:42:00Z">March 15, 2026</time></p><p>Published <time datetime="2026-03-14T08:00:00Z">March 14, 2026</time></p>',
      ),
    ).toEqual({ date: '2026-03-14T08:00:00Z', infos: removed })
    // An "Updated" <time> above an unlabelled date line: the date line dates the article.
    expect(
      read(
        '<p>Last updated: <time datetime="2026-03-15T10:42:00Z">March 15, 2026</time></p><p>March 14, 2026</p>',
      ),
    ).toEqual({ date: '2026-03-14', infos: removed })
    // Marked in the markup: schema.org itemprop, WordPress's classes.
    expect(
      read(
        '<p><time itemprop="dateModified" datetime="2026-03-15T10:42:00Z">Mar 15</time> <time itemprop="datePublished" datetime="2026-03-14T08:00:00Z">Mar 14</time></p>',
      ),
    ).toEqual({ date: '2026-03-14T08:00:00Z', infos: removed })
    expect(
      read(
        '<div><time class="updated" datetime="2026-03-15T10:42:00Z">Mar 15</time> <time class="entry-date published" datetime="2026-03-14T08:00:00Z">Mar 14</time></div>',
      ),
    ).toEqual({ date: '2026-03-14T08:00:00Z', infos: removed })
    // Only an "Updated" <time>: it dates the article, as the info says, and is never said to
    // be removed.
    expect(
      read('<p>Updated <time datetime="2026-03-15T10:42:00Z">March 15, 2026</time></p>'),
    ).toEqual({
      date: '2026-03-15T10:42:00Z',
      infos: ['Took updated date 2026-03-15T10:42:00Z as the date: no publication date is given'],
    })
    // Published and updated the same day: nothing is removed.
    expect(
      read(
        '<p>Published <time datetime="2026-03-15T10:42:00Z">March 15, 2026</time> · Updated <time datetime="2026-03-15">March 15, 2026</time></p>',
      ),
    ).toEqual({ date: '2026-03-15T10:42:00Z', infos: [] })
  })

  it('reads a byline line that also gives the date and the read time', () => {
    // Article pages print them on one line: "By Jane Doe · June 19, 2023 · Read Time: 4 min".
    const meta = 'By Danica Ferrow · March 14, 2026 · Read Time: 4 min'
    const text = `Harbor council votes to rebuild pier\n\nCoastline Gazette\n${meta}\n\nThe harbor council voted on Thursday night to rebuild the pier.\n`
    const fromText = ingest({ path: 'pier.txt', contents: bytes(text) }).data.article
    expect(fromText?.publisher).toBe('Coastline Gazette')
    expect(fromText?.byline).toBe('Danica Ferrow')
    expect(fromText?.publishedAt).toBe('2026-03-14')
    expect(fromText?.readTimeMinutes).toBe(4)
    expect(fromText?.readTimeSource).toBe('stated')
    expect(fromText?.blocks.map((block) => block.text)).toEqual([
      'The harbor council voted on Thursday night to rebuild the pier.',
    ])
    const page = `<html><head><title>Harbor council votes to rebuild pier</title></head><body><article><h1>Harbor council votes to rebuild pier</h1><div class="meta"><span>By Danica Ferrow</span> · <time>March 14, 2026</time> · <span>4 min read</span></div><p>The harbor council voted on Thursday night to rebuild the pier, ending a year of argument over whether the old structure should be saved.</p><p>Work is expected to begin next spring, the council said in a statement on Friday.</p></article></body></html>`
    const fromHtml = ingest({ path: 'pier.html', contents: bytes(page) }).data.article
    expect(fromHtml?.byline).toBe('Danica Ferrow')
    expect(fromHtml?.publishedAt).toBe('2026-03-14')
    expect(fromHtml?.readTimeMinutes).toBe(4)
    expect(fromHtml?.blocks[0]?.text).toMatch(/^The harbor council voted/)
    // A part that is neither a date nor a read time still makes the line ordinary text.
    const other = `Pier\n\nBy Danica Ferrow · Harbor desk\n\nThe council voted on Thursday night.\n`
    expect(ingest({ path: 'o.txt', contents: bytes(other) }).data.article?.byline).toBeNull()
  })

  it("takes a saved page's <h1> for the title when its <title> only adds a site's name", () => {
    const page = (title: string, heading: string) =>
      `<html><head><title>${title}</title></head><body><article><h1>${heading}</h1><p>The harbor council voted on Thursday night to rebuild the pier, ending a year of argument.</p><p>Work is expected to begin next spring, the council said in a statement on Friday.</p></article></body></html>`
    const titleOf = (title: string, heading: string) =>
      ingest({ path: 'pier.html', contents: bytes(page(title, heading)) }).data.article?.title
    expect(
      titleOf('Council votes to rebuild pier | Coastline Gazette', 'Council votes to rebuild pier'),
    ).toBe('Council votes to rebuild pier')
    expect(
      titleOf('Council votes to rebuild pier - Gazette', 'Council votes to rebuild pier'),
    ).toBe('Council votes to rebuild pier')
    // A title that says more than the heading in another way is kept.
    expect(titleOf('Pier: the vote in full', 'Pier')).toBe('Pier: the vote in full')
    expect(titleOf('Council votes to rebuild pier', 'Pier vote')).toBe(
      'Council votes to rebuild pier',
    )
  })

  it("keeps a saved page's whole <title> unless the <h1> is the headline and the rest one site name", () => {
    const body =
      '<p>The harbor council voted on Thursday night to rebuild the pier, ending a year of argument.</p><p>Work is expected to begin next spring, the council said in a statement on Friday.</p>'
    const titleOf = (page: string) =>
      ingest({ path: 'pier.html', contents: bytes(page) }).data.article?.title
    // The site's logo as the first <h1>, the headline in an <h2>: the <title> names the article.
    expect(
      titleOf(
        `<html><head><title>Gazette | Pier collapses in storm</title></head><body><header><h1>Gazette</h1></header><article><h2>Pier collapses in storm</h2>${body}</article></body></html>`,
      ),
    ).toBe('Gazette | Pier collapses in storm')
    // A heading shorter than what the <title> adds, which is more than one segment.
    expect(
      titleOf(
        `<html><head><title>Brexit - what happens next | Gazette</title></head><body><article><h1>Brexit</h1>${body}</article></body></html>`,
      ),
    ).toBe('Brexit - what happens next | Gazette')
    // A suffix that is a phrase, not a site's name, stays.
    expect(
      titleOf(
        `<html><head><title>Council votes to rebuild pier - what it means for you.</title></head><body><article><h1>Council votes to rebuild pier</h1>${body}</article></body></html>`,
      ),
    ).toBe('Council votes to rebuild pier - what it means for you.')
    // A heading wrapped over lines is the same headline.
    expect(
      titleOf(
        `<html><head><title>Council votes to rebuild pier | Coastline Gazette</title></head><body><article><h1>\n  Council votes\n  to rebuild   pier\n</h1>${body}</article></body></html>`,
      ),
    ).toBe('Council votes to rebuild pier')
    // The article's <h1> counts, not the logo's before it.
    expect(
      titleOf(
        `<html><head><title>Council votes to rebuild pier | Gazette</title></head><body><header><h1>Gazette</h1></header><main><h1>Council votes to rebuild pier</h1>${body}</main></body></html>`,
      ),
    ).toBe('Council votes to rebuild pier')
  })

  it("takes the article's <h1> for the title of a page without <title>, not the site's logo", () => {
    const body =
      '<p>The harbor council voted on Thursday night to rebuild the pier, ending a year of argument.</p><p>Work is expected to begin next spring, the council said in a statement on Friday.</p>'
    const titleOf = (page: string) =>
      ingest({ path: 'pier.html', contents: bytes(page) }).data.article?.title
    // The logo's <h1> comes first, in the header; the article's is inside <article>.
    expect(
      titleOf(
        `<html><head></head><body><header><h1>Gazette</h1></header><article><h1>Pier collapses in storm</h1>${body}</article></body></html>`,
      ),
    ).toBe('Pier collapses in storm')
    // No <article> or <main>: the first <h1> outside the header, navigation and footer.
    expect(
      titleOf(
        `<html><head></head><body><nav><h1>Gazette</h1></nav><div><h1>Pier collapses in storm</h1>${body}</div><footer><h1>Gazette</h1></footer></body></html>`,
      ),
    ).toBe('Pier collapses in storm')
    // Only the logo's <h1>: it is the one heading there is.
    expect(
      titleOf(
        `<html><head></head><body><header><h1>Gazette</h1></header><div>${body}</div></body></html>`,
      ),
    ).toBe('Gazette')
    // The article's <h1> in a hero <header>, a sidebar's <h1> after it.
    expect(
      titleOf(
        `<html><body><header class=post-hero><h1>Pier collapses in storm</h1><p>By Ann Vale</p></header><div>${body}</div><aside><section><h1>Newsletter</h1></section></aside></body></html>`,
      ),
    ).toBe('Pier collapses in storm')
    // A "Most read" sidebar inside <main>, before the <article>.
    expect(
      titleOf(
        `<html><body><main><aside><h1>Most read</h1></aside><article><h1>Pier collapses in storm</h1>${body}</article></main></body></html>`,
      ),
    ).toBe('Pier collapses in storm')
    // The logo in a banner <header> with the site's <nav>, or a logo that only links home.
    for (const logo of [
      '<header><h1>Gazette</h1><nav><a href="/news">News</a></nav></header>',
      '<div id=top><h1><a href="https://gazette.example/">Gazette</a></h1></div>',
    ]) {
      expect(
        titleOf(
          `<html><body>${logo}<div><h1>Pier collapses in storm</h1>${body}</div></body></html>`,
        ),
      ).toBe('Pier collapses in storm')
    }
    // WordPress: the site's <header>, then the post's entry header, no <article> or <main>.
    expect(
      titleOf(
        `<html><body><header><h1>Gazette</h1></header><div class=post><header class=entry-header><h1 class=entry-title>Pier collapses in storm</h1></header>${body}</div></body></html>`,
      ),
    ).toBe('Pier collapses in storm')
  })

  it("takes the article's own <h1> for the title of a page without <title>, not a teaser's", () => {
    const body =
      '<p>The harbor council voted on Thursday night to rebuild the pier, ending a year of argument over whether the old structure should be saved or pulled down.</p><p>Work is expected to begin next spring and to last eighteen months, the council said in a statement on Friday.</p><p>“We have listened to the fishermen,” said Ines Marrow, who chairs the works committee.</p>'
    const teasers = ['Ferry crews vote to strike', 'Night market returns to the quay']
      .map(
        (title) =>
          `<article><h1><a href="/news/other">${title}</a></h1><p>Read the story.</p></article>`,
      )
      .join('')
    const titleOf = (page: string) =>
      ingest({ path: 'pier.html', contents: bytes(page) }).data.article?.title
    // A "More stories" strip above the article: the first <h1> in an <article> is a teaser's.
    expect(
      titleOf(
        `<html><body><section class="more-stories">${teasers}</section><article><h1>Pier to be rebuilt</h1>${body}</article></body></html>`,
      ),
    ).toBe('Pier to be rebuilt')
    // The page's <h1> in <main>, outside the <article>s, which are teasers.
    expect(
      titleOf(
        `<html><body><main><h1>Pier to be rebuilt</h1>${body}<div>${teasers}</div></main></body></html>`,
      ),
    ).toBe('Pier to be rebuilt')
  })

  it('keeps quotation marks and apostrophes as written', () => {
    const text = 'Quotes\n\n‘It’s “fine”,’ said Petra Salo, and "that\'s that".\n'
    expect(ingest({ path: 'q.txt', contents: bytes(text) }).data.article?.blocks[0]?.text).toBe(
      '‘It’s “fine”,’ said Petra Salo, and "that\'s that".',
    )
  })

  it('reads one paragraph a line, and joins the lines of hard-wrapped text', () => {
    const long =
      'The harbor of Ostravia reopened on Monday after a week of storms, the port authority said in a statement.'
    const oneALine = `Harbor reopens\n\n${long}\n“We are open,” said Petra Salo.\n${long}\n`
    const blocks = ingest({ path: 'lines.txt', contents: bytes(oneALine) }).data.article?.blocks
    expect(blocks?.map((block) => block.text)).toEqual([
      long,
      '“We are open,” said Petra Salo.',
      long,
    ])
    // Wrapped at 60 columns: each break falls where the next word would not fit.
    const wrapped =
      'Harbor reopens\n\nThe harbor of Ostravia reopened on Monday after a week of\nstorms, the port authority said in a statement on its\nwebsite.\n'
    expect(
      ingest({ path: 'wrapped.txt', contents: bytes(wrapped) }).data.article?.blocks.map(
        (block) => block.text,
      ),
    ).toEqual([
      'The harbor of Ostravia reopened on Monday after a week of storms, the port authority said in a statement on its website.',
    ])
  })

  it('reads a run of short unpunctuated lines that open with capitals as one item a line', () => {
    // Pasted from a live page: a list, whatever the widths of its lines.
    const text =
      'Storm reaches the coast\n\nKey points\nThe storm made landfall near Port Alder at about 4am\nMore than 80,000 homes without power\nCoastguard warns people to stay away\n\nThe coastguard issued a fresh warning on Monday morning.\n'
    expect(
      ingest({ path: 'live.txt', contents: bytes(text) }).data.article?.blocks.map(
        (block) => block.text,
      ),
    ).toEqual([
      'Key points',
      'The storm made landfall near Port Alder at about 4am',
      'More than 80,000 homes without power',
      'Coastguard warns people to stay away',
      'The coastguard issued a fresh warning on Monday morning.',
    ])
    // Wrapped prose whose lines all open with capitals still ends one on a comma or a stop.
    const wrapped =
      'Harbor reopens\n\nThe harbor of Ostravia reopened on Monday after the\nStorm Board said so, the port authority said in a\nStatement on its website.\n'
    expect(
      ingest({ path: 'wrapped.txt', contents: bytes(wrapped) }).data.article?.blocks.map(
        (block) => block.text,
      ),
    ).toEqual([
      'The harbor of Ostravia reopened on Monday after the Storm Board said so, the port authority said in a Statement on its website.',
    ])
  })

  it('makes a slug from the file name when the title has no letters', () => {
    const file = ingest({
      path: 'news/harbor-update.txt',
      contents: bytes('???\n\nThe harbor reopened.\n'),
    })
    expect(file.data.article?.slug).toBe('harbor-update')
    expect(file.messages.map((message) => message.ruleId)).toContain('slug-from-file-name')
  })

  it('transliterates the slug', () => {
    const file = ingest({
      path: 'a.txt',
      contents: bytes('Gdańsk mayor’s café reopens\n\nThe café reopened.\n'),
    })
    expect(file.data.article?.slug).toBe('gdansk-mayor-s-cafe-reopens')
  })
})

describe('text normalization and encodings', () => {
  it('handles a BOM, CRLF line endings and NFD text', () => {
    const text = '\uFEFFCafe\u0301 reopens\r\n\r\nThe cafe\u0301   reopened\u00A0on Monday.\r\n'
    const file = ingest({ path: 'cafe.txt', contents: bytes(text) })
    expect(file.data.article?.title).toBe('Café reopens')
    expect(file.data.article?.blocks[0]?.text).toBe('The café reopened on Monday.')
    expect(file.messages.filter((message) => message.fatal !== undefined)).toEqual([])
  })

  it('gives the same content hash to the same text in different encodings', () => {
    const utf8 = ingest({ path: 'a.txt', contents: bytes('Café\n\nThe café reopened.\n') })
    const crlf = ingest({
      path: 'a.txt',
      contents: bytes('\uFEFFCafé\r\n\r\nThe café reopened.\r\n'),
    })
    expect(utf8.data.article?.contentHash).toBe(crlf.data.article?.contentHash)
    // The first file's bytes are hashed as they are, the second's text: both are the text's hash.
    const text = 'Café\n\nThe café reopened.\n'
    expect(utf8.data.article?.contentHash).toBe(`sha256-${hash('sha256', text)}`)
    const bom = ingest({ path: 'a.txt', contents: bytes(`\uFEFF${text}`) })
    expect(bom.data.article?.contentHash).toBe(utf8.data.article?.contentHash)
    expect(
      ingest({ path: 'b.txt', contents: bytes('“Ça”\n\nThe “café” 😀\n') }).data.article
        ?.contentHash,
    ).toBe(`sha256-${hash('sha256', '“Ça”\n\nThe “café” 😀\n')}`)
  })

  it('transcodes Windows-1252 and reports it', () => {
    const latin = Uint8Array.from(
      Buffer.from(
        'Caf\xe9 owners welcome the new square\n\nThe owners of the caf\xe9 on the square said \x93business is better\x94 since the market moved there, and they hope it stays.\n',
        'latin1',
      ),
    )
    const file = ingest({ path: 'cafe.txt', contents: latin })
    expect(file.data.article?.title).toBe('Café owners welcome the new square')
    expect(file.data.article?.blocks[0]?.text).toContain('“business is better”')
    expect(file.messages.map((message) => message.ruleId)).toContain('transcoded')
  })

  it('decodes each file afresh, whatever the file before it ended with', () => {
    // Ends in the first byte of a two-byte UTF-8 sequence: a decoder that kept it would read the
    // next file's first letter as its second byte.
    const cut = Uint8Array.from([
      ...bytes('Ferry timetable\n\nThe crossing leaves at noon. '),
      0xc3,
    ])
    ingest({ path: 'cut.txt', contents: cut })
    const file = ingest({
      path: 'next.txt',
      contents: bytes('Tide tables\n\nHigh water at six.\n'),
    })
    expect(file.data.article?.title).toBe('Tide tables')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['language-undetermined'])
  })

  it('decodes UTF-16 with a BOM', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Title\n\nThe body.\n', 'utf16le')])
    expect(ingest({ path: 'a.txt', contents: utf16 }).data.article?.blocks[0]?.text).toBe(
      'The body.',
    )
  })
})

describe('bad input', () => {
  it('refuses binary files, naming known formats', () => {
    const pdf = bytes('%PDF-1.7\n%\xff\xff binary')
    const file = ingest({ path: 'story.txt', contents: pdf })
    expect(file.messages[0]?.ruleId).toBe('binary-file')
    expect(file.messages[0]?.reason).toContain('PDF')
    expect(file.messages[0]?.fatal).toBe(true)
    expect(file.data.article).toBeUndefined()
    expect(ids('noise.txt', Uint8Array.from([1, 2, 0, 0, 3, 250, 0, 7]))).toEqual(['binary-file'])
  })

  it('refuses a 50 MB file', () => {
    const file = ingest({ path: 'huge.txt', contents: new Uint8Array(50 * 1024 * 1024) })
    expect(file.messages.map((message) => message.ruleId)).toEqual(['file-too-large'])
    expect(file.messages[0]?.reason).toContain('50.0 MiB')
    const stat = tooLarge('huge.txt', 50 * 1024 * 1024)
    expect(stat.path).toBe('huge.txt')
    expect(stat.messages[0]?.ruleId).toBe('file-too-large')
    expect(stat.messages[0]?.fatal).toBe(true)
    expect(stat.messages[0]?.note).toBeTruthy()
  })

  it('gives every message a place, a rule, a source and a note', () => {
    const cases: Array<[string, string]> = [
      ['empty.txt', ''],
      ['notes.docx', 'text'],
      ['broken.md', '---\ntitle: [oops\n---\n\nBody.\n'],
      ['bad.json', '{"title": 1}'],
      ['page.html', '<html><body><nav>Home</nav></body></html>'],
    ]
    for (const [path, text] of cases) {
      const file = ingest({ path, contents: bytes(text) })
      expect(file.path).toBe(path)
      expect(file.data.article, path).toBeUndefined()
      for (const message of file.messages) {
        expect(message.line, path).toBeGreaterThan(0)
        expect(message.column, path).toBeGreaterThan(0)
        expect(message.ruleId, path).toMatch(/^[a-z0-9-]+$/)
        expect(message.source).toBe('ingest')
        expect(message.note, path).toBeTruthy()
      }
    }
  })

  it('names the front-matter field of a wrong type', () => {
    const file = ingest({
      path: 'a.md',
      contents: bytes('---\ntitle: Market\ntags: 5\n---\n\nThe market opened.\n'),
    })
    const message = file.messages.find((item) => item.ruleId === 'front-matter-type')
    expect(message?.field).toBe('tags')
    expect([message?.line, message?.column]).toEqual([3, 7])
    expect(file.data.article?.tags).toEqual([])
  })

  it('suggests a known field for a misspelt one', () => {
    const file = ingest({
      path: 'a.md',
      contents: bytes('---\ntitle: Choir\nauhtor: Petra Salo\n---\n\nThe choir sang.\n'),
    })
    const message = file.messages.find((item) => item.ruleId === 'front-matter-unknown-field')
    expect(message?.note).toContain('`author`')
  })

  it('points at a JSON syntax error', () => {
    const file = ingest({
      path: 'a.json',
      contents: bytes('{\n  "title": "A",\n  "blocks": [],\n}\n'),
    })
    expect(file.messages[0]?.ruleId).toBe('json-syntax')
    expect(file.messages[0]?.line).toBe(4)
  })
})

describe('block sources', () => {
  /** What the CLI does with `blockSources`: the line and column of a character of a block. */
  function placeOf(source: BlockSource, offset: number): { line: number; column: number } {
    let within = offset
    for (const [index, line] of source.entries()) {
      if (within < line.length || index === source.length - 1) {
        let run = { offset: 0, column: line.column }
        for (const candidate of line.runs ?? []) if (candidate.offset <= within) run = candidate
        return { line: line.line, column: run.column + within - run.offset }
      }
      within -= line.length + 1
    }
    throw new Error('Empty block source')
  }

  it('place every character of a Markdown block on that character in the file', () => {
    const text = readFileSync(
      new URL('fixtures/markdown-inline-markup/input.md', import.meta.url),
      'utf8',
    )
    const file = ingest({ path: 'a.md', contents: bytes(text) })
    const fileLines = text.split('\n')
    const blocks = file.data.article?.blocks ?? []
    expect(blocks.length).toBe(3)
    let checked = 0
    for (const block of blocks) {
      const source = file.data.blockSources?.[block.id]
      if (source === undefined) throw new Error(`No source for ${block.id}`)
      for (const [offset, character] of [...block.text].entries()) {
        const { line, column } = placeOf(source, offset)
        const found = fileLines[line - 1]?.[column - 1]
        // `&nbsp;` is read as a space; line breaks join lines with one space.
        if (character === ' ' && (found === '&' || found === ' ' || found === undefined)) continue
        expect([line, column, found]).toEqual([line, column, character])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(150)
  })

  it('place a stray quotation mark after emphasis on the mark itself', () => {
    const file = ingest({
      path: 'a.md',
      contents: bytes('# Choir\n\nThe *choir* sang **well**" on Sunday.\n'),
    })
    const block = file.data.article?.blocks[0]
    const source = file.data.blockSources?.[block?.id ?? '']
    const offset = block?.text.indexOf('"') ?? -1
    expect(offset).toBe(19)
    expect(source && placeOf(source, offset)).toEqual({ line: 3, column: 26 })
  })
})
