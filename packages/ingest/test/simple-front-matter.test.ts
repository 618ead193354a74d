import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { ingest } from '../src/index.js'
import { readSimpleFrontMatter } from '../src/lib/simple-front-matter.js'
import { parseLocated } from '../src/lib/yaml-places.js'

/** Values a front-matter line may hold: plain, quoted, typed, and YAML that means more. */
const values = [
  '',
  'null',
  '~',
  'Null',
  'NULL',
  'true',
  'False',
  '0',
  '7',
  '007',
  '-3',
  '+12',
  '-0',
  '1.5',
  '1e3',
  '.5',
  '0x1F',
  '0o17',
  '.inf',
  '-.Inf',
  '.nan',
  '12345678901234567890',
  '2024-06-19',
  '2024-06-19T08:00:00Z',
  'Harbour board approves sea wall',
  'Harbour board: sea wall',
  'Harbour board:',
  'Harbour #1',
  'Harbour # comment',
  'Harbour#1',
  'https://example.org/a?b=c#d',
  "Fiona's harbour",
  'Say "yes"',
  '"Quoted title"',
  '"Quoted: with colon #1"',
  '"Escaped \\" quote"',
  '"back\\\\slash"',
  '""',
  "'Single quoted'",
  "'It''s'",
  "''",
  '"unclosed',
  '"a" b',
  '[a, b]',
  '[]',
  '[ ]',
  '[harbour, sea wall]',
  '[a, ]',
  '[a,,b]',
  '[1, 2]',
  '[null]',
  '["a", b]',
  '[a: b]',
  '[a, [b]]',
  '[unclosed',
  '{a: b}',
  '- a',
  '-',
  '? a',
  '& anchor',
  '*alias',
  '!tag value',
  '| block',
  '> folded',
  '% directive',
  '@at',
  '`tick`',
  'a  b   spaced',
  '   leading spaces',
  'trailing spaces   ',
  'Café Müller',
  'no\u00a0break',
  '\u00a0',
  'tab\there',
  'zero\u200bwidth',
]

const keys = ['title', 'dek', 'tags', 'readTime', 'Title-2', 'x_y']

/** The entries of `source` as the `yaml` package reads them, with each value's place. */
function viaYaml(source: string, firstLine: number) {
  const located = parseLocated(source, firstLine)
  if (located.errors.length > 0) return undefined
  const data = located.document.toJS() as Record<string, unknown> | null
  if (data === null) return []
  return Object.entries(data).map(([key, value]) => ({
    key,
    value,
    place: value === null ? undefined : located.placeOf([key]),
  }))
}

function simpleOf(source: string, firstLine: number) {
  return readSimpleFrontMatter(source, firstLine)?.map(({ key, value, place }) => ({
    key,
    value,
    place: value === null ? undefined : place,
  }))
}

describe('readSimpleFrontMatter', () => {
  it('reads each value as the yaml package does, or leaves it to the package', () => {
    let simple = 0
    for (const value of values) {
      for (const key of keys) {
        const source = `title: "Harbour"\n${key}: ${value}\n\ndate: 2024-06-19\n`
        const read = simpleOf(source, 2)
        if (read === undefined) continue
        simple++
        expect(read, source).toEqual(viaYaml(source, 2))
      }
    }
    // Most of the plain values are read without the package.
    expect(simple).toBeGreaterThan(keys.length * 20)
  })

  it('leaves whole-document YAML to the package: comments, blocks, indents, markers', () => {
    for (const source of [
      '# a comment\ntitle: A',
      'title: A # comment',
      'tags:\n  - a\n  - b',
      'overrides:\n  speakerNames:\n    Vale: Ann Vale',
      'title: A\n  continued',
      'title: A\ntitle: B',
      '---\ntitle: A',
      'title: A\n...',
      'title: |\n  block',
      '"title": A',
      '__proto__: A',
      'title:A',
      'title\r: A',
      'title: A\r\ndek: B',
      '\ttitle: A',
    ]) {
      expect(readSimpleFrontMatter(source, 2), source).toBeUndefined()
    }
  })

  it('reads what `newsroom new` and articles write', () => {
    const written = stringify({
      title: 'Council approves sea wall',
      dek: null,
      date: null,
      publisher: null,
      author: null,
      url: null,
      language: 'en',
      tags: [],
      topics: [],
    })
    const article =
      'title: "Harbour board approves sea wall"\ndate: 2024-06-19\npublisher: Coastline Gazette\nauthor: Ilse Marchbank\ntopics: [environment, transport]\n'
    for (const source of [written, article]) {
      const read = simpleOf(source, 2)
      expect(read, source).toBeDefined()
      expect(read).toEqual(viaYaml(source, 2))
    }
  })

  it('gives the same article and messages as the full reading', () => {
    const body = '\n\nThe harbour board met on Monday. "We are ready," said Ilse Marchbank.\n'
    // Simple front matter, and the same with a comment, which only the yaml package reads.
    const simple =
      '---\ntitle: "Harbour board approves sea wall"\ndate: 2024-06-19\nauthor: Ilse Marchbank\ntags: [harbour, council]\nreadTime: 3\n---'
    const full = simple.replace('\nreadTime: 3', '\nreadTime: 3 # minutes')
    const read = (text: string) => {
      const file = ingest({ path: 'a.md', contents: new TextEncoder().encode(text) })
      return {
        article: { ...file.data.article, contentHash: undefined },
        messages: file.messages.map((message) => [message.reason, message.place]),
      }
    }
    expect(readSimpleFrontMatter(simple.split('\n').slice(1, -1).join('\n'), 2)).toBeDefined()
    expect(read(simple + body)).toEqual(read(full + body))
  })
})
