/**
 * Hostile inputs for ingestion, each made by a function rather than committed as a file: deep
 * or wide structures that make parsers quadratic or overflow the stack, YAML that attacks the
 * object model, characters that break feeds, and values that must not be published. Used by
 * `test/hostile.test.ts` (each case ends with the expected diagnostic) and by
 * `scripts/hostile-growth.ts` (each scalable case grows linearly in time).
 *
 * The module imports nothing, so an end-to-end suite can copy or import it as it is.
 */

const encoder = new TextEncoder()

/** What ingesting a case must give. */
export interface HostileExpectation {
  /** Rule id of the message the case must produce (without a source prefix). */
  rule: string
  severity: 'error' | 'warning' | 'info'
  /** Whether an article must still come out. */
  article: boolean
  /** 1-based line of the message, when it has a definite place. */
  line?: number
  /** The case must not produce the rule: it stays just within a limit. */
  absent?: boolean
}

export interface HostileCase {
  id: string
  /** File name to ingest it under: the extension picks the format. */
  path: string
  description: string
  expected: HostileExpectation
  /** The bytes of the file; scalable cases take a size (`n`), others ignore it. */
  generate(n?: number): Uint8Array
  /** For scalable cases: the sizes the growth script measures (`n`), smallest first. */
  sizes?: readonly number[]
  /** For scalable cases: a small size that already shows the expected behaviour, for tests. */
  testSize?: number
}

const body =
  'The harbor board in Port Alder approved the plan on Monday, said board chair Tomas Brel.'

function text(value: string): Uint8Array {
  return encoder.encode(value)
}

function markdown(frontMatter: string, paragraphs: readonly string[]): Uint8Array {
  return text(`---\n${frontMatter}---\n\n${paragraphs.join('\n\n')}\n`)
}

const scalable: HostileCase[] = [
  {
    id: 'html-nested-divs',
    path: 'nested-divs.html',
    description: '`n` nested <div> elements around one paragraph (Readability and the DOM walk)',
    expected: { rule: 'html-too-deep', severity: 'warning', article: true },
    generate: (n = 1000) =>
      text(
        `<!doctype html><html><head><title>Harbor wall plan approved</title></head><body>${'<div>'.repeat(n)}<p>${body}</p>${'</div>'.repeat(n)}<p>${body}</p></body></html>`,
      ),
    sizes: [1000, 2000, 4000, 8000, 16000],
    testSize: 300,
  },
  {
    id: 'html-unclosed-links',
    path: 'unclosed-links.html',
    description:
      '`n` links never closed, between paragraphs (linkedom nests each in the last; a browser, and the scan, close it)',
    expected: { rule: 'html-too-deep', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(
        `<!doctype html><html><head><title>Harbor wall plan approved</title></head><body><article><p>${body}</p>${'<a href="/harbor">Harbor '.repeat(n)}</article><p>${body}</p></body></html>`,
      ),
    sizes: [1000, 2000, 4000, 8000, 16000],
    testSize: 200,
  },
  {
    id: 'html-nested-paragraphs',
    path: 'nested-paragraphs.html',
    description:
      '`n` times `<p><b>`: the parser closes a paragraph whose end tag is left out only while it is the innermost element, so they nest',
    expected: { rule: 'html-too-deep', severity: 'warning', article: true },
    generate: (n = 1000) =>
      text(
        `<!doctype html><html><head><title>Harbor wall plan approved</title></head><body><article><p>${body}</p>${'<p><b>Harbor'.repeat(n)}</article><p>${body}</p></body></html>`,
      ),
    sizes: [1000, 2000, 4000, 8000, 16000],
    testSize: 200,
  },
  {
    id: 'html-unclosed-list-items',
    path: 'unclosed-list-items.html',
    description:
      '`n` list items never closed, each holding a paragraph (linkedom nests each in the last; a browser, and the scan, close it)',
    expected: { rule: 'html-too-deep', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(
        `<!doctype html><html><head><title>Harbor wall plan approved</title></head><body><article><p>${body}</p><ul>${'<li><p>Harbor'.repeat(n)}</ul><p>${body}</p></article></body></html>`,
      ),
    sizes: [1000, 2000, 4000, 8000, 16000],
    testSize: 200,
  },
  {
    id: 'html-attributes',
    path: 'attributes.html',
    description: 'one element with `n` attributes',
    expected: { rule: 'html-too-many-attributes', severity: 'warning', article: true },
    generate: (n = 100_000) => {
      const attributes = Array.from({ length: n }, (_, index) => ` a${index}="v"`).join('')
      return text(
        `<!doctype html><html><head><title>Harbor wall plan approved</title></head><body><article><p${attributes}>${body}</p><p>${body}</p></article></body></html>`,
      )
    },
    sizes: [12_500, 25_000, 50_000, 100_000, 200_000],
    testSize: 300,
  },
  {
    id: 'markdown-blockquotes',
    path: 'blockquotes.md',
    description: '`n` nested block quotes (`>` repeated) on one line',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true },
    generate: (n = 10_000) => text(`# Harbor wall plan approved\n\n${'>'.repeat(n)} ${body}\n`),
    sizes: [10_000, 20_000, 40_000, 80_000, 160_000],
    testSize: 100,
  },
  {
    id: 'markdown-emphasis',
    path: 'emphasis.md',
    description: '`*a` repeated `n` times: unmatched emphasis delimiters in one paragraph',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true },
    generate: (n = 10_000) => text(`# Harbor wall plan approved\n\n${'*a'.repeat(n)}\n\n${body}\n`),
    sizes: [10_000, 20_000, 40_000, 80_000, 160_000],
    testSize: 300,
  },
  {
    id: 'markdown-links',
    path: 'links.md',
    description: '`[a](` repeated `n` times: unclosed link destinations in one paragraph',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true },
    generate: (n = 10_000) =>
      text(`# Harbor wall plan approved\n\n${'[a]('.repeat(n)}\n\n${body}\n`),
    sizes: [10_000, 20_000, 40_000, 80_000, 160_000],
    testSize: 100,
  },
  {
    id: 'front-matter-keys',
    path: 'many-keys.md',
    description: 'front matter with `n` unknown keys',
    expected: { rule: 'front-matter-unknown-field', severity: 'warning', article: true, line: 3 },
    generate: (n = 50_000) =>
      markdown(
        `title: Harbor wall plan approved\n${Array.from({ length: n }, (_, index) => `key${index}: value\n`).join('')}`,
        [body],
      ),
    sizes: [12_500, 25_000, 50_000, 100_000, 200_000],
    testSize: 100,
  },
  {
    id: 'json-blocks',
    path: 'many-blocks.json',
    description: 'a JSON article of `n` blocks',
    expected: { rule: 'json-enrichment-field', severity: 'info', article: true },
    generate: (n = 50_000) =>
      text(
        JSON.stringify(
          {
            title: 'Harbor wall plan approved',
            blocks: Array.from({ length: n }, (_, index) => ({
              type: 'paragraph',
              text: `${body} (${index})`,
            })),
            quotes: [],
          },
          null,
          1,
        ),
      ),
    sizes: [6250, 12_500, 25_000, 50_000, 100_000],
    testSize: 100,
  },
  {
    id: 'json-deep-nesting',
    path: 'deep.json',
    description: 'a JSON article with an unknown field nested `n` arrays deep',
    expected: { rule: 'json-unknown-field', severity: 'warning', article: true, line: 1 },
    generate: (n = 10_000) =>
      text(
        `{"title": "Harbor wall plan approved", "blocks": [{"type": "paragraph", "text": "${body}"}], "extra": ${'['.repeat(n)}${']'.repeat(n)}}`,
      ),
    sizes: [100_000, 200_000, 400_000, 800_000, 1_600_000],
    testSize: 10000,
  },
  {
    id: 'json-ld-deep-graph',
    path: 'deep-graph.html',
    description: 'a JSON-LD script with `@graph` nested `n` deep',
    expected: { rule: 'json-ld-too-deep', severity: 'warning', article: true },
    generate: (n = 10_000) =>
      text(
        `<!doctype html><html><head><title>Harbor wall plan approved</title><script type="application/ld+json">${'{"@graph":'.repeat(n)}{}${'}'.repeat(n)}</script></head><body><article><p>${body}</p></article></body></html>`,
      ),
    sizes: [10_000, 20_000, 40_000, 80_000, 160_000],
    testSize: 100,
  },
  {
    id: 'yaml-deep-nesting',
    path: 'deep-yaml.md',
    description: 'front matter with a value nested `n` flow sequences deep',
    expected: { rule: 'front-matter-too-deep', severity: 'error', article: true, line: 3 },
    generate: (n = 10_000) =>
      markdown(`title: Harbor wall plan approved\ntags: ${'['.repeat(n)}${']'.repeat(n)}\n`, [
        '# Harbor wall plan approved',
        body,
      ]),
    sizes: [10_000, 20_000, 40_000, 80_000, 160_000],
    testSize: 100,
  },
  {
    id: 'text-long-line',
    path: 'long-line.txt',
    description: 'a plain-text article whose title line is `n` characters long',
    expected: { rule: 'field-too-long', severity: 'warning', article: true, line: 1 },
    generate: (n = 1_000_000) => text(`${'Harbor '.repeat(Math.ceil(n / 7))}\n\n${body}\n`),
    sizes: [125_000, 250_000, 500_000, 1_000_000, 2_000_000],
    testSize: 10000,
  },
  {
    id: 'text-credit-spaces',
    path: 'credit-spaces.txt',
    description:
      'a paragraph ending in an opened photo credit, `(photo`, then `n` spaces and no colon',
    expected: { rule: 'photo-credit', severity: 'info', article: true, absent: true },
    generate: (n = 1_000_000) =>
      text(`Harbor wall plan approved\n\n${body}\n\nThe wall (photo${' '.repeat(n)}x\n`),
    sizes: [125_000, 250_000, 500_000, 1_000_000, 2_000_000],
    testSize: 10000,
  },
  {
    id: 'markdown-dense-emphasis',
    path: 'dense-emphasis.md',
    description:
      '`n` paragraphs of `*a_` (the slowest emphasis pattern) just under the marker limits: 198 markers, 15% of the characters',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(
        `# Harbor wall plan approved\n\n${`${'*a_ harbor wall'.repeat(99)}\n\n`.repeat(n)}${body}\n`,
      ),
    sizes: [500, 1000, 2000, 4000, 8000],
    testSize: 5,
  },
  {
    id: 'markdown-dense-links',
    path: 'dense-links.md',
    description: '`n` paragraphs of `[ (](` just under the marker limits',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(
        `# Harbor wall plan approved\n\n${`${'[ (]( harbor wall'.repeat(99)}\n\n`.repeat(n)}${body}\n`,
      ),
    sizes: [500, 1000, 2000, 4000, 8000],
    testSize: 5,
  },
  {
    id: 'markdown-dense-html',
    path: 'dense-html.md',
    description: '`n` paragraphs of unclosed `<!--` just under the marker limits',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(
        `# Harbor wall plan approved\n\n${`a ${'a <!-- wall '.repeat(199)}\n\n`.repeat(n)}${body}\n`,
      ),
    sizes: [500, 1000, 2000, 4000, 8000],
    testSize: 5,
  },
  {
    id: 'markdown-deep-lines',
    path: 'deep-lines.md',
    description:
      '`n` lines 8 block quotes and lists deep (the depth limit), in lists of 200 lines (the limit at that depth)',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(
        `# Harbor wall plan approved\n\n${Array.from({ length: Math.ceil(n / 200) }, () => `${`${'> - '.repeat(4)}${body}\n`.repeat(200)}\n${body}\n\n`).join('')}`,
      ),
    sizes: [1000, 2000, 4000, 8000, 16000],
    testSize: 400,
  },
  {
    id: 'markdown-indented-lists',
    path: 'indented-lists.md',
    description:
      '`n` lines of lists nested 4 deep by indentation, in lists of 400 lines (the limit at that depth)',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(
        `# Harbor wall plan approved\n\n${Array.from({ length: Math.ceil(n / 400) }, () => `${Array.from({ length: 400 }, (_, index) => `${'  '.repeat(index % 3)}- ${body}`).join('\n')}\n\n${body}\n\n`).join('')}`,
      ),
    sizes: [1000, 2000, 4000, 8000, 16000],
    testSize: 800,
  },
  {
    id: 'markdown-ampersands',
    path: 'ampersands.md',
    description: 'one paragraph of `n` ampersands and character references',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true, line: 3 },
    generate: (n = 10_000) =>
      text(`# Harbor wall plan approved\n\n${'& &amp; '.repeat(n)}\n\n${body}\n`),
    sizes: [10_000, 20_000, 40_000, 80_000, 160_000],
    testSize: 100,
  },
  {
    id: 'markdown-setext-headings',
    path: 'setext.md',
    description: '`n` setext headings (`===` underlines), each before a paragraph',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(`# Harbor wall plan approved\n\n${`Harbor wall\n===\n\n${body}\n\n`.repeat(n)}`),
    sizes: [1000, 2000, 4000, 8000, 16000],
    testSize: 10,
  },
  {
    id: 'markdown-many-lists',
    path: 'many-lists.md',
    description: '`n` lists of 10 items, nested two deep, each after a paragraph',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(
        `# Harbor wall plan approved\n\n${`${body}\n\n${'- Harbor\n  - wall\n'.repeat(5)}\n`.repeat(n)}`,
      ),
    sizes: [500, 1000, 2000, 4000, 8000],
    testSize: 10,
  },
  {
    id: 'markdown-references',
    path: 'references.md',
    description: '`n` reference links, each to a definition at the end of the file',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(
        `# Harbor wall plan approved\n\n${Array.from({ length: n }, (_, index) => `The [harbor ${index}] board met, said Tomas Brel.\n\n`).join('')}${Array.from({ length: n }, (_, index) => `[harbor ${index}]: https://example.com/${index}\n`).join('')}`,
      ),
    sizes: [1000, 2000, 4000, 8000, 16000],
    testSize: 10,
  },
  {
    id: 'markdown-prose',
    path: 'prose.md',
    description: '`n` ordinary paragraphs with emphasis and links (the baseline)',
    expected: { rule: 'markdown-plain-text', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(
        `---\ntitle: Harbor wall plan approved\nauthor: Ann Vale\n---\n\n${`The *harbor* board in [Port Alder](https://example.com/port-alder) approved the plan on Monday, said board chair **Tomas Brel**. ${body}\n\n`.repeat(n)}`,
      ),
    sizes: [1000, 2000, 4000, 8000, 16000],
    testSize: 10,
  },
  {
    id: 'html-deep-chains',
    path: 'deep-chains.html',
    description:
      '`n` chains of 252 nested <div> (just under the depth limit of 256), each around a paragraph',
    expected: { rule: 'html-too-deep', severity: 'warning', article: true, absent: true },
    generate: (n = 100) =>
      text(
        `<!doctype html><html><head><title>Harbor wall plan approved</title></head><body><article>${`${'<div>'.repeat(252)}<p>${body}</p>${'</div>'.repeat(252)}`.repeat(n)}</article></body></html>`,
      ),
    sizes: [25, 50, 100, 200, 400],
    testSize: 3,
  },
  {
    id: 'html-prose',
    path: 'prose.html',
    description: 'an article page of `n` paragraphs (the baseline)',
    expected: { rule: 'html-too-deep', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(
        `<!doctype html><html lang="en"><head><title>Harbor wall plan approved</title><meta name="author" content="Ann Vale"></head><body><nav><a href="/">Home</a></nav><article><h1>Harbor wall plan approved</h1>${`<p>The <em>harbor</em> board in <a href="https://example.com/port-alder">Port Alder</a> approved the plan. ${body}</p>`.repeat(n)}</article></body></html>`,
      ),
    sizes: [1000, 2000, 4000, 8000, 16000],
    testSize: 10,
  },
  {
    id: 'html-many-meta',
    path: 'many-meta.html',
    description: '`n` repeated <meta name="keywords"> tags and invalid JSON-LD scripts',
    expected: { rule: 'json-ld-syntax', severity: 'warning', article: true },
    generate: (n = 10_000) =>
      text(
        `<!doctype html><html><head><title>Harbor wall plan approved</title>${'<meta name="keywords" content="harbor"><script type="application/ld+json">{oops</script>'.repeat(n)}</head><body><article><p>${body}</p></article></body></html>`,
      ),
    sizes: [10_000, 20_000, 40_000, 80_000, 160_000],
    testSize: 10,
  },
  {
    id: 'text-spaces',
    path: 'spaces.txt',
    description: 'a body line of `n` spaces between two words, then a photo-credit-like tail',
    expected: { rule: 'clutter-photo-credit', severity: 'info', article: true, line: 3 },
    generate: (n = 100_000) =>
      text(
        `Harbor wall plan approved\n\nBy Ann${' '.repeat(n)}Vale (Photo: Tomas Brel)\n\n${body}\n`,
      ),
    sizes: [100_000, 200_000, 400_000, 800_000, 1_600_000],
    testSize: 1000,
  },
  {
    id: 'text-prose',
    path: 'prose.txt',
    description: 'a plain-text article of `n` paragraphs (the baseline)',
    expected: { rule: 'long-title', severity: 'warning', article: true, absent: true },
    generate: (n = 1000) =>
      text(`Harbor wall plan approved\n\nBy Ann Vale\n\n${`${body} ${body}\n\n`.repeat(n)}`),
    sizes: [1000, 2000, 4000, 8000, 16000],
    testSize: 10,
  },
]

const fixed: HostileCase[] = [
  ...['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map(
    (key): HostileCase => ({
      id: `yaml-key-${key.replaceAll('_', '')}`,
      path: `key-${key.replaceAll('_', '')}.md`,
      description: `front-matter key \`${key}\`, a name every plain object inherits`,
      expected: { rule: 'front-matter-unknown-field', severity: 'warning', article: true, line: 3 },
      generate: () => markdown(`title: Harbor wall plan approved\n${key}: 1\n`, [body]),
    }),
  ),
  {
    id: 'yaml-proto-map',
    path: 'proto-map.md',
    description: 'front matter `__proto__` holding a map that would pollute prototypes',
    expected: { rule: 'front-matter-unknown-field', severity: 'warning', article: true, line: 3 },
    generate: () =>
      markdown(`title: Harbor wall plan approved\n__proto__:\n  polluted: true\n`, [body]),
  },
  {
    id: 'yaml-undefined-alias',
    path: 'undefined-alias.md',
    description: 'front matter using an alias no anchor defines',
    expected: { rule: 'front-matter-syntax', severity: 'error', article: false, line: 3 },
    generate: () => markdown(`title: Harbor wall plan approved\ndek: *missing\n`, [body]),
  },
  {
    id: 'yaml-billion-laughs',
    path: 'billion-laughs.md',
    description: 'front matter whose aliases expand exponentially ("billion laughs")',
    expected: { rule: 'front-matter-syntax', severity: 'error', article: false, line: 4 },
    generate: () => {
      const lines = ['title: Harbor wall plan approved', 'a0: &a0 [lol, lol, lol, lol, lol]']
      for (let level = 1; level < 10; level++) {
        const previous = `*a${level - 1}`
        lines.push(`a${level}: &a${level} [${Array(9).fill(previous).join(', ')}]`)
      }
      return markdown(`${lines.join('\n')}\n`, [body])
    },
  },
  {
    id: 'xml-forbidden-characters',
    path: 'forbidden-characters.txt',
    description: 'U+FFFE, U+FFFF and a C0 control in the title and body: invalid in XML feeds',
    expected: { rule: 'forbidden-character', severity: 'warning', article: true, line: 1 },
    generate: () => text(`Harbor \uFFFEwall\uFFFF plan\u0001 approved\n\n${body}\uFFFF\n`),
  },
  ...['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'].map(
    (url): HostileCase => ({
      id: `url-${url.split(':')[0]}`,
      path: `url-${url.split(':')[0]}.md`,
      description: `front-matter \`url\` with the ${url.split(':')[0]}: scheme`,
      expected: { rule: 'front-matter-value', severity: 'warning', article: true, line: 3 },
      generate: () =>
        markdown(`title: Harbor wall plan approved\nurl: ${JSON.stringify(url)}\n`, [body]),
    }),
  ),
  {
    id: 'json-url-javascript',
    path: 'url-javascript.json',
    description: 'JSON article whose `url` is a javascript: URL',
    expected: { rule: 'json-field-value', severity: 'warning', article: true, line: 1 },
    generate: () =>
      text(
        JSON.stringify({
          title: 'Harbor wall plan approved',
          url: 'javascript:alert(1)',
          blocks: [{ type: 'paragraph', text: body }],
        }),
      ),
  },
  {
    id: 'html-url-javascript',
    path: 'url-javascript.html',
    description: 'HTML page whose canonical link and og:url are javascript: URLs',
    expected: { rule: 'unsafe-url', severity: 'warning', article: true },
    generate: () =>
      text(
        `<!doctype html><html><head><title>Harbor wall plan approved</title><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x"></head><body><article><p>${body}</p></article></body></html>`,
      ),
  },
  {
    id: 'huge-title',
    path: 'huge-title.md',
    description: 'a 4.9 MB title with quotation marks (made a 362 MB site)',
    expected: { rule: 'field-too-long', severity: 'warning', article: true, line: 2 },
    generate: () =>
      markdown(
        `title: ${JSON.stringify('“We will rebuild,” said Tomas Brel. '.repeat(140_000))}\n`,
        [body],
      ),
  },
  {
    id: 'huge-byline',
    path: 'huge-byline.md',
    description: 'an author list of 100,000 names',
    expected: { rule: 'field-too-long', severity: 'warning', article: true, line: 3 },
    generate: () =>
      markdown(
        `title: Harbor wall plan approved\nauthor: ${JSON.stringify(Array.from({ length: 100_000 }, (_, index) => `Ann Vale ${index}`).join(', '))}\n`,
        [body],
      ),
  },
  {
    id: 'invalid-utf8',
    path: 'invalid-utf8.txt',
    description: 'UTF-8 text with a stray 0xFF byte on line 3',
    expected: { rule: 'invalid-utf8', severity: 'warning', article: true, line: 3 },
    generate: () => {
      const before = encoder.encode('Café owners welcome the square\n\nThe café ')
      const after = encoder.encode(' reopened on Monday, said Tomas Brel.\n')
      return Uint8Array.from([...before, 0xff, ...after])
    },
  },
  {
    id: 'utf16le-without-bom',
    path: 'utf16le.txt',
    description: 'UTF-16 little-endian text without a byte order mark',
    expected: { rule: 'transcoded', severity: 'info', article: true },
    generate: () =>
      Uint8Array.from(Buffer.from(`Harbor wall plan approved\n\n${body}\n`, 'utf16le')),
  },
  {
    id: 'utf16be-without-bom',
    path: 'utf16be.txt',
    description: 'UTF-16 big-endian text without a byte order mark',
    expected: { rule: 'transcoded', severity: 'info', article: true },
    generate: () => {
      const little = Buffer.from(`Harbor wall plan approved\n\n${body}\n`, 'utf16le')
      return Uint8Array.from(little, (_, index) => little[index ^ 1] ?? 0)
    },
  },
  {
    id: 'date-year-zero',
    path: 'year-zero.md',
    description: '`date: 0000-01-01`, a date the schema cannot hold',
    expected: { rule: 'front-matter-value', severity: 'error', article: true, line: 3 },
    generate: () => markdown('title: Harbor wall plan approved\ndate: 0000-01-01\n', [body]),
  },
]

/** Every hostile case, scalable ones first. */
export const hostileCases: readonly HostileCase[] = [...scalable, ...fixed]
