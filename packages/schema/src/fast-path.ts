import { z } from 'zod'

/** Each schema's compiled form, made once per schema object and dropped with it. */
const compiledSchemas = new WeakMap<z.ZodType, z.ZodType>()

/**
 * `schema` with zod's compiled fast path (`z.compile`), made on first use: a valid value is
 * checked and copied by one generated function, where the runtime parser makes a result object
 * and an issue list for every field. A value the fast path refuses goes to the runtime parser,
 * so the issues are the same. Where zod cannot compile (no `new Function`), the compiled form is
 * the runtime parser, slower but as complete.
 *
 * `z.compile` generates code even when zod is told not to (`z.config({ jitless: true })`, as a
 * strict Content Security Policy needs), so that setting is asked here, on every call, as zod's
 * own parser asks it, and the plain schema is returned.
 */
export function withFastPath<Schema extends z.ZodType>(schema: Schema): Schema {
  if (z.config().jitless) return schema
  let compiled = compiledSchemas.get(schema)
  if (compiled === undefined) {
    compiled = z.compile(schema)
    compiledSchemas.set(schema, compiled)
  }
  return compiled as Schema
}
