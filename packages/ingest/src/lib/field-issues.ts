import type { z } from 'zod'
import { printable } from './printable.js'

type Issue = z.core.$ZodIssue

/** A zod issue turned into words a writer can act on. */
export interface FieldProblem {
  /** Path of the field in the data, keys and list indices. */
  path: PropertyKey[]
  /** The path as a dotted string (`overrides.addTopics`, `blocks.0.text`). */
  field: string
  /** `missing`: no value; `type`: a value of the wrong kind; `value`: the right kind, a bad value. */
  kind: 'missing' | 'type' | 'value'
  reason: string
}

/** Describe a found value briefly: `a list`, `the number \`5\``, `the text \`two\``. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list'
  if (typeof value === 'object') return 'a map'
  if (typeof value === 'string') {
    if (value === '') return 'empty text'
    return `the text \`${printable(value.length > 60 ? `${value.slice(0, 57)}…` : value)}\``
  }
  return `${typeof value === 'number' ? 'the number' : typeof value === 'boolean' ? 'the boolean' : 'the value'} \`${String(value)}\``
}

export function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = data
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

const typeWords: Readonly<Record<string, string>> = {
  string: 'text',
  array: 'a list',
  number: 'a number',
  int: 'a whole number',
  object: 'a map',
  record: 'a map',
  boolean: '`true` or `false`',
}

/** What zod expected, in words, when the caller has no description of the field. */
function expectedByIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeWords[issue.expected] ?? issue.expected
    case 'invalid_value':
      return issue.values.length === 1
        ? `\`${String(issue.values[0])}\``
        : `one of ${issue.values.map((value) => `\`${String(value)}\``).join(', ')}`
    case 'too_small':
      if (issue.origin === 'string') return 'non-empty text'
      if (issue.origin === 'array') return `a list of at least ${String(issue.minimum)}`
      return `a number ${issue.inclusive ? 'of at least' : 'above'} ${String(issue.minimum)}`
    case 'too_big':
      if (issue.origin === 'string') return `text of at most ${String(issue.maximum)} characters`
      if (issue.origin === 'array') return `a list of at most ${String(issue.maximum)}`
      return `a number ${issue.inclusive ? 'of at most' : 'below'} ${String(issue.maximum)}`
    case 'invalid_format':
      return issue.format === 'url' ? 'an absolute URL' : `a valid ${issue.format}`
    default:
      return 'a valid value'
  }
}

/** Whether every branch of a union failed on the kind of value, not on the value itself. */
function allWrongType(branches: ReadonlyArray<readonly Issue[]>): boolean {
  return branches.every((branch) =>
    branch.some((issue) => issue.code === 'invalid_type' && issue.path.length === 0),
  )
}

/**
 * Turn the issues of a failed `safeParse` of `data` into problems phrased like the rest of the
 * house diagnostics: "Expected `blocks`, a list of blocks; none found", "Expected `title` to be
 * text, not the number `3`". `expectationOf(path)` describes a field (`undefined` to let the
 * issue say what was expected); `prefix` is prepended to every path (a front-matter key).
 */
export function describeIssues(
  issues: readonly Issue[],
  data: unknown,
  expectationOf: (path: readonly PropertyKey[]) => string | undefined,
  prefix: readonly PropertyKey[] = [],
): FieldProblem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path]
    const field = path.map(String).join('.')
    // The field as messages print it; `field` itself names the place the reporter looks up.
    const shown = printable(field)
    const value = valueAt(data, path)
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `\`${printable(key)}\``).join(', ')
      return {
        path,
        field,
        kind: 'value',
        reason: `Unexpected unknown key${issue.keys.length === 1 ? '' : 's'} ${keys} in \`${shown}\``,
      }
    }
    const expected = expectationOf(path) ?? expectedByIssue(issue)
    if (value === undefined && issue.code === 'invalid_type') {
      return {
        path,
        field,
        kind: 'missing',
        reason: `Expected \`${shown}\`, ${expected}; none found`,
      }
    }
    const wrongType =
      issue.code === 'invalid_type' ||
      (issue.code === 'invalid_union' && allWrongType(issue.errors))
    return {
      path,
      field,
      kind: wrongType ? 'type' : 'value',
      reason: `Expected \`${shown}\` to be ${expected}, not ${describeValue(value)}`,
    }
  })
}
