import type { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { hostileCases } from '../scripts/hostile-cases.js'
import { ingest } from '../src/index.js'

const encoder = new TextEncoder()
const bytes = (text: string) => encoder.encode(text)

function severityOf(message: VFileMessage): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

function caseById(id: string) {
  const found = hostileCases.find((item) => item.id === id)
  if (!found) throw new Error(`No hostile case ${id}`)
  return found
}

describe('hostile cases', () => {
  for (const item of hostileCases) {
    it(`${item.id}: ${item.description}`, () => {
      const file = ingest({ path: item.path, contents: item.generate(item.testSize) })
      const matching = file.messages.filter((message) => message.ruleId === item.expected.rule)
      if (item.expected.absent) {
        expect(matching.map((message) => message.reason)).toEqual([])
      } else {
        const [message] = matching
        expect(message, `a ${item.expected.rule} message`).toBeDefined()
        if (message === undefined) return
        expect(severityOf(message)).toBe(item.expected.severity)
        if (item.expected.line !== undefined) expect(message.line).toBe(item.expected.line)
        expect(message.source).toBe('ingest')
        expect(message.note).toBeTruthy()
      }
      expect(file.data.article !== undefined, 'an article').toBe(item.expected.article)
    })
  }

  it('has unique ids and file names', () => {
    expect(new Set(hostileCases.map((item) => item.id)).size).toBe(hostileCases.length)
    expect(new Set(hostileCases.map((item) => item.path)).size).toBe(hostileCases.length)
  })
})

describe('front matter that attacks the object model', () => {
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`reads \`${key}\` as an unknown field and keeps the article`, () => {
      const file = ingest({
        path: 'a.md',
        contents: bytes(
          `---\ntitle: Harbor wall\n${key}:\n  polluted: true\n---\n\nThe wall held.\n`,
        ),
      })
      const message = file.messages.find((item) => item.ruleId === 'front-matter-unknown-field')
      expect(message?.field).toBe(key)
      expect([message?.line, message?.column]).toEqual([3, 1])
      expect(file.data.article?.title).toBe('Harbor wall')
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
  }

  it('places an alias that names no anchor at the alias', () => {
    const file = ingest({
      path: 'a.md',
      contents: bytes('---\ntitle: Harbor wall\ndek: *missing\n---\n\nThe wall held.\n'),
    })
    const [message] = file.messages
    expect(message?.ruleId).toBe('front-matter-syntax')
    expect([message?.line, message?.column]).toEqual([3, 6])
    expect(message?.reason).toContain('missing')
  })

  it('refuses exponential alias expansion without expanding it', () => {
    const file = ingest({ path: 'a.md', contents: caseById('yaml-billion-laughs').generate() })
    expect(file.messages.map((message) => message.ruleId)).toEqual(['front-matter-syntax'])
    expect(file.messages[0]?.reason).toMatch(/alias/i)
  })

  it('names 20 unknown fields and counts the rest in one message', () => {
    const keys = Array.from({ length: 50 }, (_, index) => `extra${index}: 1`).join('\n')
    const file = ingest({
      path: 'a.md',
      contents: bytes(`---\ntitle: Harbor wall\n${keys}\n---\n\nThe wall held.\n`),
    })
    const unknown = file.messages.filter((item) => item.ruleId === 'front-matter-unknown-field')
    expect(unknown).toHaveLength(21)
    expect(unknown.at(-1)?.reason).toBe('Unexpected 30 more unknown front-matter fields')
  })

  it('refuses a duplicate key at its second occurrence', () => {
    const file = ingest({
      path: 'a.md',
      contents: bytes('---\ntitle: Harbor wall\ndek: One\ndek: Two\n---\n\nThe wall held.\n'),
    })
    expect(file.messages[0]?.ruleId).toBe('front-matter-syntax')
    expect(file.messages[0]?.line).toBe(4)
  })

  it('refuses nesting past the limit whatever the stack, and keeps the body', () => {
    const file = ingest({ path: 'a.md', contents: caseById('yaml-deep-nesting').generate(100_000) })
    expect(file.messages[0]?.ruleId).toBe('front-matter-too-deep')
    expect(file.data.article?.title).toBe('Harbor wall plan approved')
  })

  it('does not count brackets in text or quotes as nesting', () => {
    const file = ingest({
      path: 'a.md',
      contents: bytes(
        `---\ntitle: Harbor [${'['.repeat(40)}] wall\ndek: "${'{'.repeat(40)}"\ntags: [a, [b, [c]]]\n---\n\nThe wall held.\n`,
      ),
    })
    expect(file.messages.map((message) => message.ruleId)).not.toContain('front-matter-too-deep')
    expect(file.data.article?.dek).toBe('{'.repeat(40))
  })
})

describe('links that must not be published', () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd']) {
    it(`leaves out \`${url}\` with a warning at its line`, () => {
      const file = ingest({
        path: 'a.md',
        contents: bytes(
          `---\ntitle: Harbor wall\nurl: "${url}"\nimage: "${url}"\n---\n\nThe wall held.\n`,
        ),
      })
      const messages = file.messages.filter((item) => item.ruleId === 'front-matter-value')
      expect(messages.map((item) => [item.field, item.line, item.fatal])).toEqual([
        ['url', 3, false],
        ['image', 4, false],
      ])
      expect(file.data.article?.url).toBeNull()
      expect(file.data.article?.image).toBeNull()
    })
  }

  it('keeps an http(s) url and image', () => {
    const file = ingest({
      path: 'a.md',
      contents: bytes(
        '---\ntitle: Harbor wall\nurl: https://ledger.example.com/wall\nimage: https://ledger.example.com/wall.jpg\n---\n\nThe wall held.\n',
      ),
    })
    expect(file.data.article?.url).toBe('https://ledger.example.com/wall')
    expect(file.data.article?.image).toBe('https://ledger.example.com/wall.jpg')
  })

  it('leaves out a javascript: url of a JSON article, keeping the article', () => {
    const file = ingest({ path: 'a.json', contents: caseById('json-url-javascript').generate() })
    expect(file.data.article?.url).toBeNull()
    expect(file.messages.find((item) => item.field === 'url')?.fatal).toBe(false)
  })

  it('leaves out javascript: and data: page addresses of an HTML page', () => {
    const file = ingest({ path: 'a.html', contents: caseById('html-url-javascript').generate() })
    expect(file.data.article?.url).toBeNull()
  })
})

describe('output proportional to content', () => {
  it('cuts a 4.9 MB title to the limit, with a warning naming the field', () => {
    const file = ingest({ path: 'a.md', contents: caseById('huge-title').generate() })
    const title = file.data.article?.title ?? ''
    expect(title.length).toBeLessThanOrEqual(500)
    expect(title.endsWith('…')).toBe(true)
    const message = file.messages.find((item) => item.ruleId === 'field-too-long')
    expect(message?.field).toBe('title')
    expect(message?.reason).toMatch(/^Unexpected title of \d+ characters, expected at most 500$/)
    expect(JSON.stringify(file.data.article).length).toBeLessThan(5000)
  })

  it('keeps at most 100 authors of a 100,000-name byline', () => {
    const file = ingest({ path: 'a.md', contents: caseById('huge-byline').generate() })
    expect(file.data.article?.authors.length).toBeLessThanOrEqual(100)
    expect(file.data.article?.byline?.length).toBeLessThanOrEqual(500)
  })

  it('bounds tags and overrides', () => {
    const tags = Array.from({ length: 150 }, (_, index) => `tag${index}`).join(', ')
    const file = ingest({
      path: 'a.md',
      contents: bytes(
        `---\ntitle: Harbor wall\ntags: [${tags}, ${'x'.repeat(300)}]\noverrides:\n  speakerNames:\n    Vale: "${'A'.repeat(300)}"\n    Brel: Tomas Brel\n---\n\nThe wall held.\n`,
      ),
    })
    const article = file.data.article
    expect(article?.tags).toHaveLength(100)
    expect(article?.overrides.speakerNames).toEqual({ Brel: 'Tomas Brel' })
    expect(file.messages.filter((item) => item.ruleId === 'field-too-long')).toHaveLength(2)
  })
})

describe('characters and encodings', () => {
  it('removes characters XML forbids from every field, warning at the first', () => {
    const file = ingest({
      path: 'a.txt',
      contents: caseById('xml-forbidden-characters').generate(),
    })
    const article = file.data.article
    expect(article?.title).toBe('Harbor wall plan approved')
    const texts = [article?.title ?? '', ...(article?.blocks ?? []).map((block) => block.text)]
    for (const character of ['\uFFFE', '\uFFFF', String.fromCharCode(1)]) {
      expect(texts.join('\n').includes(character)).toBe(false)
    }
    const message = file.messages.find((item) => item.ruleId === 'forbidden-character')
    expect([message?.line, message?.column]).toEqual([1, 8])
    expect(message?.reason).toBe('Unexpected character U+FFFE and 3 more that cannot be published')
  })

  it('warns at a lone surrogate, alone or after a paired one, in a UTF-16 file', () => {
    const utf16 = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
    const cases: Array<[text: string, code: string, kept: string]> = [
      ['The wall \uD800held.', 'U+D800', 'The wall held.'],
      ['The wall 🌊 held\uDC00.', 'U+DC00', 'The wall 🌊 held.'],
    ]
    for (const [text, code, kept] of cases) {
      const file = ingest({ path: 'a.txt', contents: utf16(`Harbor wall\n\n${text}\n`) })
      const warning = file.messages.find((item) => item.ruleId === 'forbidden-character')
      expect(warning?.reason, code).toBe(`Unexpected character ${code} that cannot be published`)
      expect(file.data.article?.blocks[0]?.text, code).toBe(kept)
    }
  })

  it('removes DEL, the first code past printable ASCII, from text and Markdown', () => {
    const titled: Array<[path: string, title: string]> = [
      ['a.txt', 'Harbor wall'],
      ['a.md', '# Harbor wall'],
    ]
    for (const [path, title] of titled) {
      const file = ingest({ path, contents: bytes(`${title}\n\nThe council\x7fmet today.\n`) })
      expect(file.data.article?.blocks[0]?.text, path).toBe('The councilmet today.')
    }
  })

  it('keeps emoji and other characters outside the Basic Multilingual Plane', () => {
    const file = ingest({
      path: 'a.md',
      contents: bytes('# Harbor 🌊 wall\n\nThe 𝕏 wall held 🌊.\n'),
    })
    expect(file.data.article?.title).toBe('Harbor 🌊 wall')
    expect(file.data.article?.blocks[0]?.text).toBe('The 𝕏 wall held 🌊.')
    expect(file.messages.map((item) => item.ruleId)).not.toContain('forbidden-character')
  })

  it('reads UTF-8 with a stray byte as UTF-8, warning at the byte', () => {
    const file = ingest({ path: 'a.txt', contents: caseById('invalid-utf8').generate() })
    const message = file.messages.find((item) => item.ruleId === 'invalid-utf8')
    expect([message?.line, message?.column, message?.fatal]).toEqual([3, 10, false])
    expect(message?.reason).toBe('Unexpected byte 0xFF that is not UTF-8')
    expect(file.data.article?.title).toBe('Café owners welcome the square')
    expect(file.data.article?.blocks[0]?.text).toBe(
      'The café � reopened on Monday, said Tomas Brel.',
    )
  })

  it('still transcodes a file in a legacy encoding', () => {
    const latin = Uint8Array.from(
      Buffer.from('Caf\xe9 reopens\n\nThe caf\xe9 reopened.\n', 'latin1'),
    )
    const file = ingest({ path: 'a.txt', contents: latin })
    expect(file.data.article?.title).toBe('Café reopens')
    expect(file.messages.map((item) => item.ruleId)).not.toContain('invalid-utf8')
  })

  for (const id of ['utf16le-without-bom', 'utf16be-without-bom']) {
    it(`decodes ${id.replaceAll('-', ' ')}`, () => {
      const file = ingest({ path: 'a.txt', contents: caseById(id).generate() })
      expect(file.data.article?.title).toBe('Harbor wall plan approved')
      expect(file.messages.map((item) => item.ruleId)).not.toContain('binary-file')
    })
  }

  it('keeps the article of a date the schema cannot hold, with the error at its line', () => {
    const file = ingest({ path: 'a.md', contents: caseById('date-year-zero').generate() })
    const message = file.messages.find((item) => item.field === 'date')
    expect([message?.ruleId, message?.line, message?.column]).toEqual(['front-matter-value', 3, 7])
    expect(file.data.article?.publishedAt).toBeNull()
  })
})

describe('Markdown read as plain text past a bound', () => {
  it('keeps the paragraph as written, placed in the file', () => {
    const dense = '*a'.repeat(300)
    const file = ingest({
      path: 'a.md',
      contents: bytes(`# Harbor wall\n\nThe wall held.\n\n  ${dense}\n\nThe *board* met.\n`),
    })
    const blocks = file.data.article?.blocks ?? []
    expect(blocks.map((block) => block.text)).toEqual(['The wall held.', dense, 'The board met.'])
    expect(file.data.blockSources?.p2).toEqual([{ line: 5, column: 3, length: dense.length }])
    const message = file.messages.find((item) => item.ruleId === 'markdown-plain-text')
    expect([message?.line, message?.column]).toEqual([5, 3])
  })

  it('names five paragraphs and counts the others', () => {
    const file = ingest({ path: 'a.md', contents: caseById('markdown-deep-lines').generate(1000) })
    expect(file.messages.filter((item) => item.ruleId === 'markdown-plain-text')).toEqual([])
    const many = ingest({
      path: 'a.md',
      contents: bytes(`# Harbor wall\n\n${`${'> '.repeat(20)}Deep.\n\n`.repeat(8)}`),
    })
    const messages = many.messages.filter((item) => item.ruleId === 'markdown-plain-text')
    expect(messages).toHaveLength(6)
    expect(messages.at(-1)?.reason).toBe('Unexpected 3 more paragraphs read as plain text')
  })

  it('parses a long document in pieces with the same result as a whole', () => {
    const paragraphs = Array.from(
      { length: 200 },
      (_, index) =>
        `Paragraph ${index} of the *harbor* report cites [the board][board] and \`code\`.\n\n- item ${index}\n  - nested\n\n> quoted ${index}\n`,
    )
    const text = `# Harbor report\n\n${paragraphs.join('\n')}\n[board]: https://example.com/board\n`
    const file = ingest({ path: 'a.md', contents: bytes(text) })
    const blocks = file.data.article?.blocks ?? []
    expect(blocks.filter((block) => block.text.startsWith('Paragraph'))).toHaveLength(200)
    expect(blocks.at(-4)?.text).toBe('Paragraph 199 of the harbor report cites the board and code.')
    const fileLines = text.split('\n')
    for (const block of blocks) {
      const source = file.data.blockSources?.[block.id]?.[0]
      const found = fileLines[(source?.line ?? 0) - 1]?.slice((source?.column ?? 0) - 1)
      expect(found?.startsWith(block.text.slice(0, 9)), block.id).toBe(true)
    }
  })
})

describe('HTML past a bound', () => {
  const body =
    'The harbor board in Port Alder approved the plan on Monday, said board chair Tomas Brel.'
  it('keeps the text of elements nested past the depth limit', () => {
    const file = ingest({ path: 'a.html', contents: caseById('html-nested-divs').generate(5000) })
    const text = file.data.article?.blocks.map((block) => block.text).join('\n') ?? ''
    expect(text).toContain('The harbor board in Port Alder approved the plan on Monday')
    // The depth linkedom builds: <html>, <body>, the 5,000 <div>s and the <p>.
    expect(file.messages.find((item) => item.ruleId === 'html-too-deep')?.reason).toBe(
      'Unexpected HTML nested 5003 elements deep, expected at most 256',
    )
  })

  it('counts as depth every element linkedom nests, reading the page as its parser does', () => {
    // The scan counted none of these levels, or read the markup otherwise than linkedom's
    // parser (htmlparser2): each nests 300 deep in linkedom's tree, and 4,000 overflowed the
    // stack in Readability ("Maximum call stack size exceeded").
    const divs = '<div>'.repeat(300)
    // Rounds of 30 levels, each closed as the scan read it, not as the parser does.
    const rounds = (closing: string) => `<div>${'<span>'.repeat(30)}${closing}`.repeat(10)
    for (const nesting of [
      '<thead>'.repeat(300),
      '<caption>'.repeat(300),
      `<div>${'<body>'.repeat(300)}`,
      // A <p> closes a <p> only while it is the innermost open element.
      '<p><b>'.repeat(300),
      // linkedom reads an <iframe>'s content as markup.
      `<iframe>${divs}</iframe>`,
      // A comment written `<!-->` ends there.
      `<!-->${divs}-->`,
      // A <title/> is an open element, not raw text.
      `<title/>${divs}</title>`,
      // An attribute's name may begin with `=`: the tag ends at the first `>`.
      `<div ="${divs}">`,
      // `</div/>` closes no <div>; nor does `</div>` inside a CDATA section, which ends at `]]>`.
      rounds('</div/>'),
      rounds(`<![CDATA[>${'</span>'.repeat(30)}</div>]]>`),
      // A name ends at HTML's white space only: `br\u00a0x` is no <br>.
      '<br\u00a0x>'.repeat(300),
      // In <svg>, `<desc/>` does not close itself: <desc> holds HTML.
      `<svg>${'<desc/>'.repeat(300)}</svg>`,
    ]) {
      const file = ingest({
        path: 'a.html',
        contents: bytes(
          `<!doctype html><html><head><title>Harbor wall plan approved</title></head><body><article><p>${body}</p>${nesting}</article></body></html>`,
        ),
      })
      expect(
        file.messages.find((item) => item.ruleId === 'html-too-deep'),
        nesting.slice(0, 40),
      ).toBeDefined()
      expect(file.data.article?.blocks[0]?.text, nesting.slice(0, 40)).toContain(body)
    }
  })

  it('stays linear in links never closed, closing each at the next as a browser does', () => {
    // linkedom nests each <a> in the last: 4,000 overflowed the stack in Readability.
    const file = ingest({
      path: 'a.html',
      contents: bytes(
        `<!doctype html><html><head><title>Harbor wall plan approved</title></head><body><article><p>${body}</p>${'<a href="/harbor">Harbor '.repeat(5000)}</article><p>${body}</p></body></html>`,
      ),
    })
    expect(file.messages.map((item) => item.ruleId)).not.toContain('html-too-deep')
    expect(file.data.article?.blocks[0]?.text).toBe(body)
  })

  it('keeps the text of an element with too many attributes', () => {
    const file = ingest({ path: 'a.html', contents: caseById('html-attributes').generate(1000) })
    expect(file.data.article?.blocks[0]?.text).toContain('approved the plan on Monday')
    expect(file.messages.find((item) => item.ruleId === 'html-too-many-attributes')?.reason).toBe(
      'Unexpected element with 1000 attributes, expected at most 200',
    )
  })
})
