import { readdir, readFile, writeFile } from 'node:fs/promises'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import retextQuotes from '../src/index.js'

const root = new URL('fixtures/', import.meta.url)
const update = process.env.UPDATE === '1'

async function run(text: string) {
  const file = new VFile({ value: text.trim(), path: 'input.txt' })
  const processor = unified().use(retextEnglish).use(retextQuotes)
  await processor.run(processor.parse(file), file)
  return {
    quotes: file.data.quotes,
    speakers: file.data.speakers,
    messages: file.messages.map((message) => ({
      reason: message.reason,
      line: message.line,
      column: message.column,
      ruleId: message.ruleId,
      source: message.source,
    })),
  }
}

describe('fixtures', async () => {
  const cases = (await readdir(root, { withFileTypes: true })).filter((entry) =>
    entry.isDirectory(),
  )
  for (const entry of cases) {
    it(entry.name, async () => {
      const folder = new URL(`${entry.name}/`, root)
      const actual = await run(await readFile(new URL('input.txt', folder), 'utf8'))
      const outputUrl = new URL('output.json', folder)
      if (update) await writeFile(outputUrl, `${JSON.stringify(actual, null, 2)}\n`)
      expect(actual).toEqual(JSON.parse(await readFile(outputUrl, 'utf8')))
    })
  }
})
