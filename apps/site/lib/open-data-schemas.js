import { createRequire } from 'node:module'
import { schemaApiUrl } from './urls.js'

const require = createRequire(import.meta.url)

/**
 * The JSON Schemas the site publishes beside its open data, by file stem: one for each kind of
 * file under `/api/` (an article, the article list, the speaker and topic indexes, the report).
 * They are the files `@newsroom/schema` generates from its zod schemas (`schemas/<stem>.schema.json`),
 * copied as they are, so the published schemas are the ones the data was validated with.
 */
export const publishedSchemaStems = Object.freeze([
  'article',
  'article-list',
  'speakers',
  'topics',
  'report',
])

/**
 * Each published schema: the file `@newsroom/schema` ships and where the site publishes it
 * (relative to the site, `api/schemas/article.schema.json`).
 *
 * @returns {{ from: string, to: string }[]}
 */
export function publishedSchemas() {
  return publishedSchemaStems.map((stem) => ({
    from: require.resolve(`@newsroom/schema/schemas/${stem}.schema.json`),
    to: schemaApiUrl(stem).slice(1),
  }))
}
