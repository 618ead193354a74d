import type { z } from 'zod'

/** One problem with data checked by `validate`: the field as a dotted path and a message. */
export interface DataProblem {
  /** Dotted path of the field (`blocks.3.text`), `(root)` for the value itself. */
  field: string
  message: string
  /** `error`: the data was refused; `warning`: an unknown key was dropped. */
  severity: 'error' | 'warning'
}

export interface ValidateOptions {
  /** Refuse unknown keys instead of dropping them with a warning (default `false`). */
  strict?: boolean
}

export type Validation<T> =
  | { success: true; data: T; problems: DataProblem[] }
  | { success: false; data: undefined; problems: DataProblem[] }

const noOptions: ValidateOptions = Object.freeze({})

/**
 * Parse `data` with `schema` and say what zod would do silently: keys the schema does not know
 * are dropped from the result, each with a warning (an error with `strict: true`, which then
 * refuses the data). Other problems are errors naming the field.
 */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  options: ValidateOptions = noOptions,
): Validation<z.output<Schema>> {
  const result = schema.safeParse(data)
  if (!result.success) {
    return {
      success: false,
      data: undefined,
      problems: result.error.issues.map((issue) => ({
        field: fieldOf(issue.path),
        message: issue.message,
        severity: 'error',
      })),
    }
  }
  const severity = options.strict === true ? 'error' : 'warning'
  const problems = droppedKeys(data, result.data, []).map(
    (path): DataProblem => ({
      field: fieldOf(path),
      message:
        severity === 'error'
          ? `Unexpected unknown key \`${String(path.at(-1))}\``
          : `Unexpected unknown key \`${String(path.at(-1))}\`: it is dropped`,
      severity,
    }),
  )
  if (severity === 'error' && problems.length > 0) {
    return { success: false, data: undefined, problems }
  }
  return { success: true, data: result.data, problems }
}

function fieldOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.') || '(root)'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Paths of the keys of `input` that the parsed `output` lacks. The walk follows the output,
 * whose depth is the schema's, so a deeply nested input cannot make it recurse deeply.
 */
function droppedKeys(input: unknown, output: unknown, path: PropertyKey[]): PropertyKey[][] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return output.flatMap((item, index) => droppedKeys(input[index], item, [...path, index]))
  }
  if (!isRecord(input) || !isRecord(output)) return []
  const found: PropertyKey[][] = []
  for (const key of Object.keys(input)) {
    if (Object.hasOwn(output, key))
      found.push(...droppedKeys(input[key], output[key], [...path, key]))
    else found.push([...path, key])
  }
  return found
}
