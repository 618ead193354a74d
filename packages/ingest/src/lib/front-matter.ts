import { slugify } from '@newsroom/names'
import { distance } from 'fastest-levenshtein'
import type { VFile } from 'vfile'
import { type Document, isMap, isScalar } from 'yaml'
import { parseDate } from './dates.js'
import type { Draft, PlacedField } from './draft.js'
import { describeIssues, describeValue } from './field-issues.js'
import {
  aliases,
  expectations,
  type Field,
  fields,
  overrideExpectations,
} from './front-matter-fields.js'
import { type Place, report, shorten } from './messages.js'
import { printable } from './printable.js'
import { readSimpleFrontMatter, type SimpleEntry } from './simple-front-matter.js'
import { findTooDeep } from './yaml-depth.js'
import { type LocatedDocument, parseLocated } from './yaml-places.js'

/** Deepest nesting of front-matter values read; real front matter is two or three deep. */
export const maxFrontMatterDepth = 32
/** Most aliases expanded: enough for any real reuse, far too few for exponential expansion. */
const maxAliasCount = 100
/** Unknown fields named one by one; more are counted in one message. */
const maxUnknownFieldMessages = 20

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
  if (field === 'url' || field === 'image') {
    return `Make \`${key}\` ${expectations[field]}; other kinds of links (\`javascript:\`, \`data:\`, \`file:\`) are never published, so the field is ignored.`
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
  const simple = readSimpleFrontMatter(source, firstLine)
  if (simple !== undefined && applySimple(simple, draft, file)) return true
  const tooDeep = findTooDeep(source, maxFrontMatterDepth)
  if (tooDeep) {
    const at = lineOf(source, tooDeep.offset)
    report(
      file,
      'error',
      `Unexpected front matter nested more than ${maxFrontMatterDepth} levels deep`,
      {
        rule: 'front-matter-too-deep',
        place: { line: at.line + firstLine - 1, column: at.column },
        note: `Front-matter values are text, lists or maps a few levels deep; nothing deeper than ${maxFrontMatterDepth} levels is read. The front matter is ignored.`,
      },
    )
    return true
  }
  const located = parseLocated(source, firstLine)
  if (located.errors.length > 0) {
    for (const error of located.errors) {
      report(file, 'error', `Unexpected broken front matter: ${printable(error.message)}`, {
        rule: 'front-matter-syntax',
        place: error.place,
        note: 'Fix the YAML between the `---` lines; quote values that contain `:` or start with a special character.',
      })
    }
    return false
  }
  let data: unknown
  try {
    // Aliases are expanded here: an alias to no anchor, or so many that the expansion would
    // grow exponentially ("billion laughs"), throws.
    data = located.document.toJS({ maxAliasCount })
  } catch (error) {
    report(
      file,
      'error',
      `Unexpected broken front matter: ${printable((error as Error).message)}`,
      {
        rule: 'front-matter-syntax',
        place: located.aliasPlace(),
        note: `Define each anchor (\`&name\`) before its alias (\`*name\`); at most ${maxAliasCount} aliases are expanded.`,
      },
    )
    return false
  }
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
  const duplicate = firstDuplicateKey(located.document)
  if (duplicate !== undefined) {
    report(file, 'error', `Unexpected broken front matter: Map keys must be unique`, {
      rule: 'front-matter-syntax',
      place: located.toPlace(duplicate.offset),
      field: duplicate.key,
      note: `\`${printable(duplicate.key)}\` is given twice; keep one.`,
    })
    return false
  }
  // Keys come from the file: `__proto__`, `constructor` or `toString` are keys like any other,
  // so only own properties are read, never a plain object's inherited ones.
  const record = data as Record<string, unknown>
  let unknown = 0
  for (const key of Object.keys(record)) {
    const field = Object.hasOwn(aliases, key) ? aliases[key] : undefined
    const value = record[key]
    if (field === undefined) {
      unknown++
      reportUnknownField(file, key, unknown, located.keyPlaceOf(key))
      continue
    }
    // `field:` with no value (null) is a field left blank, as `newsroom new` writes them.
    if (value === null) continue
    const result = fields[field].safeParse(value)
    if (!result.success) {
      const problems = describeIssues(
        result.error.issues,
        record,
        (path) => expectationOf(field, path),
        [key],
      )
      for (const problem of problems) {
        report(file, severityOf(field), problem.reason, {
          rule: problem.kind === 'value' ? 'front-matter-value' : 'front-matter-type',
          field: problem.field,
          place: located.placeOf(problem.path),
          note: advice(field, key, value),
        })
      }
      continue
    }
    apply(draft, field, result.data, key, located.placeOf([key]), file)
    placeOverrides(draft, field, result.data, key, located)
  }
  if (unknown > maxUnknownFieldMessages) {
    report(
      file,
      'warning',
      `Unexpected ${unknown - maxUnknownFieldMessages} more unknown front-matter fields`,
      {
        rule: 'front-matter-unknown-field',
        place: located.placeOf([]),
        note: `Only the first ${maxUnknownFieldMessages} unknown fields are named; all of them are ignored.`,
      },
    )
  }
  return true
}

/**
 * Apply simple front matter (see `readSimpleFrontMatter`) when every key is a known field with a
 * valid value, as the full reading would; else apply nothing and return false, leaving the
 * messages, and their places, to the full reading.
 */
function applySimple(entries: readonly SimpleEntry[], draft: Draft, file: VFile): boolean {
  const valid: Array<{ entry: SimpleEntry; field: Field; value: unknown }> = []
  for (const entry of entries) {
    const field = Object.hasOwn(aliases, entry.key) ? aliases[entry.key] : undefined
    if (field === undefined) return false
    if (entry.value === null) continue
    const result = fields[field].safeParse(entry.value)
    if (!result.success) return false
    valid.push({ entry, field, value: result.data })
  }
  for (const { entry, field, value } of valid) {
    apply(draft, field, value, entry.key, entry.place, file)
    // One key a line: each topic of a `topics` list is on the line its value starts.
    if (field === 'topics')
      for (const topic of topicNames(value)) draft.overridePlaces.addTopics.set(topic, entry.place)
  }
  return true
}

/** A bad `url` is a warning: the article is complete without it, and it is never published. */
function severityOf(field: Field): 'error' | 'warning' {
  return field === 'url' || field === 'image' ? 'warning' : 'error'
}

function reportUnknownField(file: VFile, key: string, count: number, place: Place): void {
  if (count > maxUnknownFieldMessages) return
  const suggestion = Object.keys(aliases)
    .map((name) => ({ name, cost: distance(key.toLowerCase(), name.toLowerCase()) }))
    .filter((candidate) => candidate.cost <= 2)
    .sort((a, b) => a.cost - b.cost || a.name.localeCompare(b.name, 'en'))[0]
  report(
    file,
    'warning',
    `Unexpected unknown front-matter field \`${printable(shorten(key, 60))}\``,
    {
      rule: 'front-matter-unknown-field',
      field: key,
      // The key, not its value: a block value starts on the next line.
      place,
      note: suggestion
        ? `Did you mean \`${suggestion.name}\`? The field is ignored.`
        : `The field is ignored; known fields: ${Object.keys(fields).join(', ')}.`,
    },
  )
}

/** The names of a `topics` value: a list, or one string of names separated by commas. */
function topicNames(value: unknown): string[] {
  const names = Array.isArray(value) ? (value as string[]) : (value as string).split(',')
  return names.map((name) => name.trim()).filter((name) => name !== '')
}

/**
 * Where each override entry is written (a speaker name's key, each topic of `addTopics`,
 * `topics` or `removeTopics`), for messages about one entry; the first place of a name given twice wins.
 */
function placeOverrides(
  draft: Draft,
  field: Field,
  value: unknown,
  key: string,
  located: LocatedDocument,
): void {
  const { speakerNames, addTopics, removeTopics } = draft.overridePlaces
  const place = (places: Map<string, Place>, name: string, at: Place) => {
    if (!places.has(name)) places.set(name, at)
  }
  if (field === 'topics') {
    if (!Array.isArray(value)) {
      for (const topic of topicNames(value)) place(addTopics, topic, located.placeOf([key]))
      return
    }
    for (const [index, topic] of (value as string[]).entries())
      if (topic.trim() !== '') place(addTopics, topic.trim(), located.placeOf([key, index]))
    return
  }
  if (field !== 'overrides') return
  const overrides = value as Partial<Draft['overrides']>
  for (const [index, topic] of (overrides.addTopics ?? []).entries())
    place(addTopics, topic, located.placeOf([key, 'addTopics', index]))
  for (const [index, topic] of (overrides.removeTopics ?? []).entries())
    place(removeTopics, topic, located.placeOf([key, 'removeTopics', index]))
  for (const name of Object.keys(overrides.speakerNames ?? {}))
    place(speakerNames, name, located.entryKeyPlaceOf([key, 'speakerNames'], name))
}

/** The first top-level key given twice, and where its second occurrence is. */
function firstDuplicateKey(document: Document): { key: string; offset: number } | undefined {
  const contents = document.contents
  if (!isMap(contents)) return undefined
  const seen = new Set<string>()
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined
    if (key === undefined) continue
    if (seen.has(key)) return { key, offset: isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0 }
    seen.add(key)
  }
  return undefined
}

function lineOf(source: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let at = source.indexOf('\n'); at >= 0 && at < offset; at = source.indexOf('\n', at + 1)) {
    line++
    start = at + 1
  }
  return { line, column: offset - start + 1 }
}

/** The article field each front-matter field fills. */
const placedFields: Readonly<Partial<Record<Field, PlacedField>>> = {
  dek: 'dek',
  publisher: 'publisher',
  author: 'byline',
  date: 'publishedAt',
  url: 'url',
  image: 'image',
  language: 'language',
  tags: 'tags',
  topics: 'overrides',
  overrides: 'overrides',
}

function apply(
  draft: Draft,
  field: Field,
  value: unknown,
  key: string,
  place: Place,
  file: VFile,
): void {
  const placed = placedFields[field]
  if (placed !== undefined) draft.places[placed] ??= place
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
    case 'image':
      draft.image = value as string
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
      for (const tag of tags) if (tag.trim() !== '') draft.tags.push(tag.trim())
      break
    }
    case 'topics': {
      const topics = Array.isArray(value) ? value : (value as string).split(',')
      for (const topic of topics)
        if (topic.trim() !== '') draft.overrides.addTopics.push(topic.trim())
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
        report(
          file,
          'error',
          `Expected \`${key}\` to be ${expectations.date}, not \`${printable(String(value))}\``,
          {
            rule: 'front-matter-value',
            field: key,
            place,
            note: 'Write the date as YYYY-MM-DD, optionally with a time and offset; until then it is ignored.',
          },
        )
      } else draft.publishedAt = parsed.iso
      break
    }
  }
}
