import { slugify } from '@newsroom/names'
import { distance } from 'fastest-levenshtein'
import type { VFile } from 'vfile'
import { parseDate } from './dates.js'
import type { Draft } from './draft.js'
import { describeIssues, describeValue } from './field-issues.js'
import {
  aliases,
  expectations,
  type Field,
  fields,
  overrideExpectations,
} from './front-matter-fields.js'
import { type Place, report } from './messages.js'
import { parseLocated } from './yaml-places.js'

/** What a field (or a part of `overrides`) should look like, for messages about it. */
function expectationOf(field: Field, path: readonly PropertyKey[]): string | undefined {
  if (path.length === 1) return expectations[field]
  if (field === 'overrides' && path.length === 2) return overrideExpectations[String(path[1])]
  if (field === 'overrides' && path[1] === 'speakerNames') return 'a canonical name (text)'
  return undefined
}

/** What to do about a bad value of `key`. */
function advice(field: Field, key: string, value: unknown): string {
  if (field === 'slug') {
    const suggestion =
      typeof value === 'string' || typeof value === 'number' ? slugify(String(value)) : ''
    return `${suggestion ? `Write it as \`${key}: ${suggestion}\`` : `Make \`${key}\` ${expectations.slug}`}; until then the slug comes from the title.`
  }
  return `Make \`${key}\` ${expectations[field]}; until then the field is ignored.`
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
    report(
      file,
      'error',
      `Expected front matter to be a map of fields, not ${describeValue(data)}`,
      {
        rule: 'front-matter-syntax',
        place: located.placeOf([]),
        note: 'Write one `field: value` per line between the `---` lines.',
      },
    )
    return false
  }
  const record = data as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const field = aliases[key]
    if (field === undefined) {
      const suggestion = Object.keys(aliases)
        .map((name) => ({ name, cost: distance(key.toLowerCase(), name.toLowerCase()) }))
        .filter((candidate) => candidate.cost <= 2)
        .sort((a, b) => a.cost - b.cost || a.name.localeCompare(b.name, 'en'))[0]
      report(file, 'warning', `Unexpected unknown front-matter field \`${key}\``, {
        rule: 'front-matter-unknown-field',
        field: key,
        // The key, not its value: a block value starts on the next line.
        place: located.keyPlaceOf(key),
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
      const problems = describeIssues(
        result.error.issues,
        record,
        (path) => expectationOf(field, path),
        [key],
      )
      for (const problem of problems) {
        report(file, 'error', problem.reason, {
          rule: problem.kind === 'value' ? 'front-matter-value' : 'front-matter-type',
          field: problem.field,
          place: located.placeOf(problem.path),
          note: advice(field, key, record[key]),
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
  place: Place,
  file: VFile,
): void {
  switch (field) {
    case 'title':
      draft.title = { value: value as string, place }
      break
    case 'slug':
      draft.slug = value as string
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
