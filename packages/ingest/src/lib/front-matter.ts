import type { VFile } from 'vfile'
import { z } from 'zod'
import { parseDate } from './dates.js'
import type { Draft } from './draft.js'
import { report } from './messages.js'
import { parseLocated } from './yaml-places.js'

/** Front-matter fields, each with the zod schema its value must satisfy. */
const fields = {
  title: z.string(),
  dek: z.string(),
  date: z.string(),
  publisher: z.string(),
  url: z.url(),
  author: z.union([z.string(), z.array(z.string()).min(1)]),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Expected a language code such as `en`'),
  tags: z.union([z.array(z.string()), z.string()]),
  topics: z.union([z.array(z.string()), z.string()]),
  readTime: z.int().positive(),
  overrides: z
    .object({
      addTopics: z.array(z.string()),
      removeTopics: z.array(z.string()),
      speakerNames: z.record(z.string(), z.string()),
    })
    .partial()
    .strict(),
} as const
type Field = keyof typeof fields

/** Other names people use for the same fields. */
const aliases: Readonly<Record<string, Field>> = {
  title: 'title',
  headline: 'title',
  dek: 'dek',
  description: 'dek',
  subtitle: 'dek',
  standfirst: 'dek',
  date: 'date',
  published: 'date',
  publishedAt: 'date',
  pubDate: 'date',
  publisher: 'publisher',
  url: 'url',
  author: 'author',
  authors: 'author',
  byline: 'author',
  language: 'language',
  lang: 'language',
  tags: 'tags',
  keywords: 'tags',
  topics: 'topics',
  readTime: 'readTime',
  overrides: 'overrides',
}

/** How each field should look, for messages. */
const expectations: Record<Field, string> = {
  title: 'text, such as `title: "Harbor reopens"`',
  dek: 'text',
  date: 'a date such as `2024-06-19` or `2024-06-19T08:00:00Z`',
  publisher: 'text',
  url: 'an absolute URL such as `https://example.com/story`',
  author: 'a name or a list of names',
  language: 'a language code such as `en`',
  tags: 'a list of words, such as `tags: [harbor, weather]`',
  topics: 'a list of topic names or slugs, such as `topics: [diplomacy, elections]`',
  readTime: 'a whole number of minutes, such as `readTime: 4`',
  overrides:
    'a map with `addTopics`, `removeTopics` (lists) and `speakerNames` (a map of name to canonical name)',
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a map'
  return `${typeof value === 'number' ? 'the number' : typeof value === 'boolean' ? 'the boolean' : 'the text'} \`${String(value)}\``
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0
      row[j] = Math.min(
        current + 1,
        (row[j - 1] ?? 0) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      previous = current
    }
  }
  return row[b.length] ?? 0
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = data
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

/**
 * Read YAML front matter into `draft`. Syntax errors are fatal (returns false); a field of the
 * wrong type or with a bad value is an error and the field is ignored; unknown fields warn.
 */
export function readFrontMatter(
  source: string,
  firstLine: number,
  draft: Draft,
  file: VFile,
): boolean {
  const located = parseLocated(source, firstLine)
  if (located.errors.length > 0) {
    for (const error of located.errors) {
      report(file, 'error', `Unexpected broken front matter: ${error.message}`, {
        rule: 'front-matter-syntax',
        place: error.place,
        note: 'Fix the YAML between the `---` lines; quote values that contain `:` or start with a special character.',
      })
    }
    return false
  }
  const data: unknown = located.document.toJS()
  if (data === null || data === undefined) return true
  if (typeof data !== 'object' || Array.isArray(data)) {
    report(file, 'error', `Expected front matter to be a map of fields, not ${describe(data)}`, {
      rule: 'front-matter-syntax',
      place: located.placeOf([]),
      note: 'Write one `field: value` per line between the `---` lines.',
    })
    return false
  }
  const record = data as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const field = aliases[key]
    if (field === undefined) {
      const suggestion = Object.keys(aliases)
        .map((name) => ({ name, cost: distance(key.toLowerCase(), name.toLowerCase()) }))
        .filter((candidate) => candidate.cost <= 2)
        .sort((a, b) => a.cost - b.cost || a.name.localeCompare(b.name))[0]
      report(file, 'warning', `Unexpected unknown front-matter field \`${key}\``, {
        rule: 'front-matter-unknown-field',
        field: key,
        place: located.placeOf([key]),
        note: suggestion
          ? `Did you mean \`${suggestion.name}\`? The field is ignored.`
          : `The field is ignored; known fields: ${Object.keys(fields).join(', ')}.`,
      })
      continue
    }
    // `field:` with no value (null) is a field left blank, as `newsroom new` writes them.
    if (record[key] === null) continue
    const result = fields[field].safeParse(record[key])
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = [key, ...issue.path]
        const dotted = path.map(String).join('.')
        const wrongType = issue.code === 'invalid_type' || issue.code === 'invalid_union'
        const reason =
          issue.path.length === 0
            ? `Expected \`${dotted}\` to be ${expectations[field]}, not ${describe(record[key])}`
            : `Unexpected \`${dotted}\`: ${issue.message} (found ${describe(valueAt(record, path))})`
        report(file, 'error', reason, {
          rule: wrongType ? 'front-matter-type' : 'front-matter-value',
          field: dotted,
          place: located.placeOf(path),
          note: `Make \`${key}\` ${expectations[field]}; until then the field is ignored.`,
        })
      }
      continue
    }
    apply(draft, field, result.data, key, located.placeOf([key]), file)
  }
  return true
}

function apply(
  draft: Draft,
  field: Field,
  value: unknown,
  key: string,
  place: { line: number; column: number },
  file: VFile,
): void {
  switch (field) {
    case 'title':
      draft.title = { value: value as string, place }
      break
    case 'dek':
      draft.dek = value as string
      break
    case 'publisher':
      draft.publisher = value as string
      break
    case 'url':
      draft.url = value as string
      break
    case 'author':
      draft.byline = Array.isArray(value) ? value.join(', ') : (value as string)
      break
    case 'language':
      draft.language = (value as string).toLowerCase()
      break
    case 'readTime':
      draft.readTimeStated = value as number
      break
    case 'tags': {
      const tags = Array.isArray(value) ? value : (value as string).split(',')
      draft.tags.push(...tags.map((tag: string) => tag.trim()).filter(Boolean))
      break
    }
    case 'topics': {
      const topics = Array.isArray(value) ? value : (value as string).split(',')
      draft.overrides.addTopics.push(...topics.map((topic: string) => topic.trim()).filter(Boolean))
      break
    }
    case 'overrides': {
      const overrides = value as Partial<Draft['overrides']>
      draft.overrides = {
        addTopics: [...draft.overrides.addTopics, ...(overrides.addTopics ?? [])],
        removeTopics: [...draft.overrides.removeTopics, ...(overrides.removeTopics ?? [])],
        speakerNames: { ...draft.overrides.speakerNames, ...overrides.speakerNames },
      }
      break
    }
    case 'date': {
      const parsed = parseDate(value as string)
      if (parsed === undefined) {
        report(file, 'error', `Expected \`${key}\` to be ${expectations.date}, not \`${value}\``, {
          rule: 'front-matter-value',
          field: key,
          place,
          note: 'Write the date as YYYY-MM-DD, optionally with a time and offset; until then it is ignored.',
        })
      } else draft.publishedAt = parsed.iso
      break
    }
  }
}
