/**
 * Writes `schemas/<name>.schema.json` from the zod schemas. Run `pnpm --filter @newsroom/schema
 * generate` after changing a schema; a test fails while the committed files are stale.
 */
import { writeFile } from 'node:fs/promises'
import { jsonSchemas } from '../src/json-schemas.js'

for (const [name, schema] of Object.entries(jsonSchemas())) {
  const target = new URL(`../schemas/${name}.schema.json`, import.meta.url)
  await writeFile(target, `${JSON.stringify(schema, null, 2)}\n`)
  console.log(`wrote schemas/${name}.schema.json`)
}
