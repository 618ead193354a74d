import type { Article, Diagnostic } from '@newsroom/schema'
import { hostileInputs } from './inputs.js'

/**
 * A hostile content file, processed end to end beside the good articles in one run with every
 * other such file: what the run must report for it, and whether its article is published. One
 * run for all of them keeps the suite fast; each file's outcome is still checked on its own.
 */
export interface ContentCase {
  /** What the issue calls it. */
  name: string
  /** File name in the content folder (its extension picks the format). */
  file: string
  contents: () => string | Uint8Array
  /** A diagnostic the file must have: its rule, and its severity and line where they are definite. */
  diagnostic?: { ruleId: string; severity?: Diagnostic['severity']; line?: number }
  /** Whether the file's article is published. */
  published: boolean
  /** Further checks of the file's article (when published) and diagnostics. */
  check?: (article: Article | undefined, diagnostics: Diagnostic[]) => void
}

const body = 'The harbour board approved the plan on Monday, said board chair Ada Quillon.'

const markdown = (frontMatter: string, text = body) => `---\n${frontMatter}---\n\n${text}\n`

function fail(message: string): never {
  throw new Error(message)
}

export const contentCases: ContentCase[] = [
  // Crashes that must be diagnostics with a line.
  ...['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map(
    (key): ContentCase => ({
      name: `front-matter key \`${key}\``,
      file: `key-${key.replaceAll('_', '')}.md`,
      contents: () => markdown(`title: Harbour Key ${key}\n${key}:\n  polluted: true\n`),
      diagnostic: { ruleId: 'ingest/front-matter-unknown-field', severity: 'warning', line: 3 },
      published: true,
    }),
  ),
  {
    name: 'front-matter alias no anchor defines',
    file: 'undefined-alias.md',
    contents: () => markdown('title: Harbour Alias\ndek: *missing\n'),
    diagnostic: { ruleId: 'ingest/front-matter-syntax', severity: 'error', line: 3 },
    published: false,
  },
  {
    name: 'billion laughs in front matter',
    file: 'billion-laughs.md',
    contents: () => {
      const lines = ['title: Harbour Laughs', 'a0: &a0 [lol, lol, lol, lol, lol]']
      for (let level = 1; level < 10; level++)
        lines.push(
          `a${level}: &a${level} [${Array(9)
            .fill(`*a${level - 1}`)
            .join(', ')}]`,
        )
      return markdown(`${lines.join('\n')}\n`)
    },
    diagnostic: { ruleId: 'ingest/front-matter-syntax', severity: 'error', line: 4 },
    published: false,
  },
  {
    name: '10,000 nested <div>',
    file: 'nested.html',
    contents: () => hostileInputs.nestedDivs(10_000),
    diagnostic: { ruleId: 'ingest/html-too-deep', severity: 'warning' },
    published: true,
    check: (article) => {
      const text = article?.blocks.map((block) => block.text).join('\n') ?? ''
      if (!text.includes('The quay is safe')) fail('the nested text is lost')
    },
  },
  {
    name: '10,000 nested block quotes',
    file: 'nested.md',
    contents: () => hostileInputs.nestedBlockQuotes(10_000),
    diagnostic: { ruleId: 'ingest/markdown-plain-text', severity: 'warning' },
    published: true,
  },
  {
    name: '5,000 unclosed quotation marks: repeated diagnostics capped',
    file: 'quotation-marks.txt',
    contents: () => hostileInputs.quotationMarks(5000),
    published: true,
    check: (_article, diagnostics) => {
      const byRule = new Map<string, number>()
      for (const { ruleId } of diagnostics) byRule.set(ruleId, (byRule.get(ruleId) ?? 0) + 1)
      for (const [rule, count] of byRule)
        if (count > 21) fail(`${count} diagnostics of ${rule}: not capped`)
      // Each mark is counted: the ones listed, and the rest in one diagnostic.
      const unclosed = diagnostics.filter((d) => d.ruleId === 'retext-quotes/unclosed')
      const more = unclosed
        .map((d) => /^Unexpected (\d+) more unclosed quotation marks/.exec(d.message)?.[1])
        .find(Boolean)
      if (more === undefined) fail('no diagnostic counts the unclosed marks left out')
      if (Number(more) + unclosed.length - 1 < 4990) fail(`${more} more: marks uncounted`)
    },
  },

  // Inputs that were slow: each must come out, with its limit named where one applies. How
  // their time grows is measured by `pnpm --filter @newsroom/tests hostile:growth`.
  {
    name: 'one 10k-letter word',
    file: 'long-word.txt',
    contents: () => hostileInputs.longWord(10_000),
    published: true,
  },
  {
    name: 'a paragraph of 2,000 words without punctuation',
    file: 'unpunctuated.txt',
    contents: () => hostileInputs.unpunctuated(2000),
    published: true,
  },
  {
    name: '2,000 capitalized words',
    file: 'capitalized.txt',
    contents: () => hostileInputs.capitalized(2000),
    published: true,
  },
  {
    name: '2,000 front-matter keys',
    file: 'front-matter-keys.md',
    contents: () => hostileInputs.frontMatterKeys(2000),
    diagnostic: { ruleId: 'ingest/front-matter-unknown-field', severity: 'warning', line: 3 },
    published: true,
  },
  {
    name: '2,000 HTML attributes',
    file: 'attributes.html',
    contents: () => hostileInputs.htmlAttributes(2000),
    diagnostic: { ruleId: 'ingest/html-too-many-attributes', severity: 'warning' },
    published: true,
  },
  {
    name: 'Markdown `*a` ×2,000',
    file: 'emphasis.md',
    contents: () => hostileInputs.markdownEmphasis(2000),
    diagnostic: { ruleId: 'ingest/markdown-plain-text', severity: 'warning', line: 7 },
    published: true,
  },
  {
    name: 'Markdown `[a](` ×2,000',
    file: 'links.md',
    contents: () => hostileInputs.markdownLinks(2000),
    diagnostic: { ruleId: 'ingest/markdown-plain-text', severity: 'warning', line: 7 },
    published: true,
  },
  {
    name: 'a JSON article of 2,000 blocks',
    file: 'blocks.json',
    contents: () => hostileInputs.jsonBlocks(2000),
    published: true,
  },

  // Output hygiene.
  {
    name: 'U+FFFE, U+FFFF and a control character in the title',
    file: 'forbidden-characters.txt',
    contents: () => `Harbour \uFFFEWall\uFFFF Plan\u0001 Approved\n\n${body}\uFFFF\n`,
    diagnostic: { ruleId: 'ingest/forbidden-character', severity: 'warning', line: 1 },
    published: true,
    check: (article) => {
      if (article?.title !== 'Harbour Wall Plan Approved') fail(`title ${article?.title}`)
      // In any field: JSON keeps U+FFFE and U+FFFF as they are and escapes U+0001.
      const json = JSON.stringify(article)
      for (const character of ['\uFFFE', '\uFFFF', '\\u0001'])
        if (json.includes(character)) fail(`${JSON.stringify(character)} left in the article`)
    },
  },
  ...['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd'].map(
    (url): ContentCase => ({
      name: `front-matter url \`${url}\``,
      file: `url-${url.split(':')[0]}.md`,
      contents: () =>
        markdown(`title: Harbour ${url.split(':')[0]} Link\nurl: ${JSON.stringify(url)}\n`),
      diagnostic: { ruleId: 'ingest/front-matter-value', severity: 'warning', line: 3 },
      published: true,
      check: (article) => {
        if (article?.url !== null) fail(`url published: ${article?.url}`)
      },
    }),
  ),
  {
    name: 'a 74 kB title with 4,000 quotation marks',
    file: 'huge-title.md',
    contents: () =>
      markdown(`title: ${JSON.stringify('“We will rebuild,” said Ada Quillon. '.repeat(2000))}\n`),
    diagnostic: { ruleId: 'ingest/field-too-long', severity: 'warning', line: 2 },
    published: true,
    check: (article) => {
      if ((article?.title.length ?? 0) > 500) fail('the title is not bounded')
      if (JSON.stringify(article).length > 20_000) fail('the article is not proportional')
    },
  },
  {
    name: 'invalid UTF-8',
    file: 'invalid-utf8.txt',
    contents: () =>
      Buffer.concat([
        Buffer.from('Harbour Café Reopens\n\nThe café '),
        Buffer.from([0xff]),
        Buffer.from(' reopened on Monday, said Ada Quillon.\n'),
      ]),
    diagnostic: { ruleId: 'ingest/invalid-utf8', severity: 'warning', line: 3 },
    published: true,
  },
  {
    name: '`date: 0000-01-01`',
    file: 'year-zero.md',
    contents: () => markdown('title: Harbour Year Zero\ndate: 0000-01-01\n'),
    diagnostic: { ruleId: 'ingest/front-matter-value', line: 3 },
    published: true,
    check: (article) => {
      if (article?.publishedAt !== null) fail(`publishedAt ${article?.publishedAt}`)
    },
  },
  {
    name: 'UTF-16 LE without a BOM',
    file: 'utf16le.txt',
    contents: () => Buffer.from(`Harbour Sixteen Bits\n\n${body}\n`, 'utf16le'),
    diagnostic: { ruleId: 'ingest/transcoded', severity: 'info' },
    published: true,
    check: (article) => {
      if (article?.title !== 'Harbour Sixteen Bits') fail(`title ${article?.title}`)
    },
  },
  {
    name: 'ESC in a file name',
    file: 'esc-\u001b[31mred.txt',
    contents: () => '',
    diagnostic: { ruleId: 'ingest/empty-file', severity: 'error' },
    published: false,
  },
  {
    name: 'newline in a file name',
    file: 'new\nline.txt',
    contents: () => '',
    diagnostic: { ruleId: 'ingest/empty-file', severity: 'error' },
    published: false,
  },
]
