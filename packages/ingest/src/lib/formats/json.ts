import {
  Article,
  Author,
  Block,
  Dateline,
  IngestedArticle,
  IsoDate,
  Overrides,
  validate,
  WebUrl,
} from '@newsroom/schema'
import type { VFile } from 'vfile'
import { z } from 'zod'
import type { Draft } from '../draft.js'
import { emptyDraft } from '../draft.js'
import { describeIssues, describeValue } from '../field-issues.js'
import { type JsonPlaces, locateJson } from '../json-places.js'
import { type Place, report } from '../messages.js'
import { printable } from '../printable.js'

/**
 * What a JSON content file may hold: an article normalized elsewhere, in the shape of the
 * schema's IngestedArticle. `title` and `blocks` are required; the fields ingestion computes
 * (`sourceFile`, `sourceFormat`, `slug`, `wordCount`, `contentHash`, block ids) are recomputed.
 */
const JsonArticle = z.object({
  title: z.string().min(1),
  blocks: z.array(Block.omit({ id: true }).extend({ id: z.string().optional() })).min(1),
  dek: z.string().nullable().optional(),
  publisher: z.string().nullable().optional(),
  byline: z.string().nullable().optional(),
  authors: z.array(Author).optional(),
  dateline: Dateline.nullable().optional(),
  publishedAt: IsoDate.nullable().optional(),
  // Links are checked on their own: a bad one is left out with a warning, the article kept.
  url: z.unknown().optional(),
  image: z.unknown().optional(),
  language: z.string().nullable().optional(),
  readTimeMinutes: z.int().positive().optional(),
  tags: z.array(z.string()).optional(),
  overrides: Overrides.partial().optional(),
})

/** How each field (`*` for any list index) should look, for messages. */
const expectations: Readonly<Record<string, string>> = {
  title: 'non-empty text',
  blocks: 'a list of blocks',
  'blocks.*': 'a block such as `{"type": "paragraph", "text": "…"}`',
  'blocks.*.type': '`paragraph` or `heading`',
  'blocks.*.text': 'non-empty text',
  'blocks.*.id': 'text',
  dek: 'text or null',
  publisher: 'text or null',
  byline: 'text or null',
  authors: 'a list of authors such as `{"name": "Ann Vale", "kind": "person"}`',
  'authors.*': 'an author such as `{"name": "Ann Vale", "kind": "person"}`',
  'authors.*.name': 'non-empty text',
  'authors.*.kind': '`person` or `organization`',
  dateline: 'a map with `text`, `place` and `agency` (text or null), or null',
  publishedAt: 'a date such as `2024-06-19` or `2024-06-19T08:00:00Z`, or null',
  url: 'an absolute http or https URL such as `https://example.com/story`, or null',
  image: 'an absolute http or https URL of an image, or null',
  language: 'a language code such as `en`, or null',
  readTimeMinutes: 'a whole number of minutes, such as `4`',
  tags: 'a list of text',
  'tags.*': 'text',
  overrides: 'a map with `addTopics`, `removeTopics` (lists) and `speakerNames` (a map)',
  'overrides.addTopics': 'a list of topic names or slugs',
  'overrides.removeTopics': 'a list of topic names or slugs',
  'overrides.speakerNames': 'a map of name to canonical name',
}

function expectationOf(path: readonly PropertyKey[]): string | undefined {
  return expectations[path.map((key) => (typeof key === 'number' ? '*' : String(key))).join('.')]
}

const known = new Set(Object.keys(JsonArticle.shape))
/** Fields ingestion computes itself: accepted and ignored without a warning. */
const computed = new Set(Object.keys(IngestedArticle.shape).filter((key) => !known.has(key)))
/** Fields of an enriched Article: accepted and ignored, since enrichment runs again. */
const enriched = new Set(
  Object.keys(Article.shape).filter((key) => !known.has(key) && !computed.has(key)),
)

function placeAt(source: string, offset: number): Place {
  const before = source.slice(0, offset)
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') }
}

/**
 * Turn a JSON.parse error into a place. Node reports "at position 42", "(line 3 column 5)", or
 * (Node 20) only the offending token with some context, which is looked up in the source.
 */
function syntaxPlace(message: string, source: string): Place {
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
  const position = /position (\d+)/.exec(message)
  if (position) return placeAt(source, Number(position[1]))
  if (/end of JSON input/.test(message)) return placeAt(source, source.trimEnd().length)
  const context =
    /Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message)
  if (context) {
    const [, token = '', snippet = ''] = context
    const start = source.indexOf(snippet)
    if (start >= 0) return placeAt(source, start + Math.max(0, snippet.indexOf(token)))
  }
  return { line: 1, column: 1 }
}

/** Parse a JSON article exported from another system, validated by the schema. */
export function parseJson(source: string, file: VFile): Draft | undefined {
  const draft = emptyDraft('json')
  draft.cleanUp = false
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    const message = (error as Error).message
    report(
      file,
      'error',
      `Unexpected invalid JSON: ${printable(message.split('\n')[0]?.replace(/, \.\.\..*$|, ".*$/, '') ?? '')}`,
      {
        rule: 'json-syntax',
        place: syntaxPlace(message, source),
        note: 'Fix the JSON syntax (a JSON validator or your editor can point at the problem).',
      },
    )
    return undefined
  }
  const located = locateJson(source)
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report(
      file,
      'error',
      `Expected a JSON object for one article, not ${Array.isArray(data) ? 'an array' : typeof data}`,
      {
        rule: 'json-shape',
        note: 'Put one article per .json file, as an object with `title` and `blocks`.',
      },
    )
    return undefined
  }
  const record = data as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (known.has(key) || computed.has(key)) continue
    const isEnriched = enriched.has(key)
    report(
      file,
      isEnriched ? 'info' : 'warning',
      isEnriched
        ? `Ignored enrichment field \`${key}\`: it is computed again`
        : `Unexpected unknown field \`${printable(key)}\``,
      {
        rule: isEnriched ? 'json-enrichment-field' : 'json-unknown-field',
        field: key,
        place: located.placeOf([key]),
        note: isEnriched
          ? 'Remove the field to silence this message.'
          : `The field is ignored; known fields: ${[...known].join(', ')}.`,
      },
    )
  }
  const checked = validate(JsonArticle, record)
  if (!checked.success) {
    const issues = JsonArticle.safeParse(record).error?.issues ?? []
    for (const problem of describeIssues(issues, record, expectationOf)) {
      report(file, 'error', problem.reason, {
        rule: problem.kind === 'value' ? 'json-field-value' : 'json-field-type',
        field: problem.field,
        place: located.placeOf(problem.path),
        note:
          problem.kind === 'missing'
            ? `Add \`${problem.field}\` to the article object; \`title\` and \`blocks\` are required.`
            : `Set \`${problem.field}\` to ${expectationOf(problem.path) ?? 'a value the IngestedArticle schema (packages/schema) allows'}.`,
      })
    }
    return undefined
  }
  for (const problem of checked.problems) {
    // Unknown top-level fields were reported above, with the enrichment fields told apart.
    if (!problem.field.includes('.')) continue
    const path = problem.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
    report(file, 'warning', `Unexpected unknown field \`${printable(problem.field)}\``, {
      rule: 'json-unknown-field',
      field: problem.field,
      place: located.placeOf(path),
      note: 'The field is ignored.',
    })
  }
  const article = checked.data
  draft.title = { value: article.title, place: located.placeOf(['title']) }
  draft.dek = article.dek ?? null
  draft.publisher = article.publisher ?? null
  draft.byline = article.byline ?? null
  draft.dateline = article.dateline ?? null
  draft.publishedAt = article.publishedAt ?? null
  draft.url = webUrl(article.url, 'url', located, file)
  draft.image = webUrl(article.image, 'image', located, file)
  draft.authors = article.authors ?? null
  draft.language = article.language ?? null
  draft.readTimeStated = article.readTimeMinutes ?? null
  draft.tags = article.tags ?? []
  draft.overrides = {
    addTopics: article.overrides?.addTopics ?? [],
    removeTopics: article.overrides?.removeTopics ?? [],
    speakerNames: article.overrides?.speakerNames ?? {},
  }
  for (const [index, topic] of draft.overrides.addTopics.entries())
    if (!draft.overridePlaces.addTopics.has(topic))
      draft.overridePlaces.addTopics.set(topic, located.placeOf(['overrides', 'addTopics', index]))
  for (const [index, topic] of draft.overrides.removeTopics.entries())
    if (!draft.overridePlaces.removeTopics.has(topic))
      draft.overridePlaces.removeTopics.set(
        topic,
        located.placeOf(['overrides', 'removeTopics', index]),
      )
  for (const name of Object.keys(draft.overrides.speakerNames))
    draft.overridePlaces.speakerNames.set(
      name,
      located.placeOf(['overrides', 'speakerNames', name]),
    )
  draft.segments = article.blocks.map((block, index) => ({
    type: block.type,
    lines: [{ text: block.text, ...located.placeOf(['blocks', index, 'text']) }],
  }))
  return draft
}

/** An http(s) URL field, or null: any other value is left out with a warning. */
function webUrl(
  value: unknown,
  field: 'url' | 'image',
  located: JsonPlaces,
  file: VFile,
): string | null {
  if (value === undefined || value === null) return null
  const result = WebUrl.safeParse(value)
  if (result.success) return result.data
  report(
    file,
    'warning',
    `Expected \`${field}\` to be ${expectations[field]}, not ${describeValue(value)}`,
    {
      rule: 'json-field-value',
      field,
      place: located.placeOf([field]),
      note: `Only http and https links are published (never \`javascript:\`, \`data:\` or \`file:\`); the field is ignored.`,
    },
  )
  return null
}
