import { Article, Block, Dateline, IngestedArticle, IsoDate, Overrides } from '@newsroom/schema'
import type { VFile } from 'vfile'
import { z } from 'zod'
import type { Draft } from '../draft.js'
import { emptyDraft } from '../draft.js'
import { describeIssues } from '../field-issues.js'
import { type Place, report } from '../messages.js'
import { parseLocated } from '../yaml-places.js'

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
  dateline: Dateline.nullable().optional(),
  publishedAt: IsoDate.nullable().optional(),
  url: z.url().nullable().optional(),
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
  dateline: 'a map with `text`, `place` and `agency` (text or null), or null',
  publishedAt: 'a date such as `2024-06-19` or `2024-06-19T08:00:00Z`, or null',
  url: 'an absolute URL such as `https://example.com/story`, or null',
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
  draft.removeClutter = false
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    const message = (error as Error).message
    report(
      file,
      'error',
      `Unexpected invalid JSON: ${message.split('\n')[0]?.replace(/, \.\.\..*$|, ".*$/, '')}`,
      {
        rule: 'json-syntax',
        place: syntaxPlace(message, source),
        note: 'Fix the JSON syntax (a JSON validator or your editor can point at the problem).',
      },
    )
    return undefined
  }
  const located = parseLocated(source, 1)
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
        : `Unexpected unknown field \`${key}\``,
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
  const result = JsonArticle.safeParse(record)
  if (!result.success) {
    for (const problem of describeIssues(result.error.issues, record, expectationOf)) {
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
  const article = result.data
  draft.title = { value: article.title, place: located.placeOf(['title']) }
  draft.dek = article.dek ?? null
  draft.publisher = article.publisher ?? null
  draft.byline = article.byline ?? null
  draft.dateline = article.dateline ?? null
  draft.publishedAt = article.publishedAt ?? null
  draft.url = article.url ?? null
  draft.language = article.language ?? null
  draft.readTimeStated = article.readTimeMinutes ?? null
  draft.tags = article.tags ?? []
  draft.overrides = {
    addTopics: article.overrides?.addTopics ?? [],
    removeTopics: article.overrides?.removeTopics ?? [],
    speakerNames: article.overrides?.speakerNames ?? {},
  }
  draft.segments = article.blocks.map((block, index) => ({
    type: block.type,
    lines: [{ text: block.text, ...located.placeOf(['blocks', index, 'text']) }],
  }))
  return draft
}
