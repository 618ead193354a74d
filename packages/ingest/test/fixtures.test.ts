import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'

/**
 * Fixture cases: `fixtures/<case>/input.<ext>` ingests to `fixtures/<case>/output.json` (the
 * article, where each block came from in the file, and every message). Regenerate with `UPDATE=1 pnpm test` and review the diff.
 */
const root = new URL('fixtures/', import.meta.url)
const update = process.env.UPDATE === '1'

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = new URL(`${name}/`, root)
    const input = readdirSync(folder).find((entry) => entry.startsWith('input.'))
    if (input === undefined) continue
    it(name, () => {
      const extension = input.slice('input'.length)
      const file = ingest({
        path: `${name}${extension}`,
        contents: readFileSync(new URL(input, folder)),
      })
      const actual = {
        article: file.data.article ?? null,
        blockSources: file.data.blockSources ?? null,
        messages: file.messages.map((message) => ({
          place: `${message.line}:${message.column}`,
          severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
          ruleId: message.ruleId,
          ...(message.field === undefined ? {} : { field: message.field }),
          reason: message.reason,
          note: message.note,
        })),
      }
      const expectedFile = new URL('output.json', folder)
      if (update || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`)
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
    })
  }
})
