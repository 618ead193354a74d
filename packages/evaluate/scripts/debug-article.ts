/** Print the quotes retext-quotes finds in one corpus text, with cue, mention and speaker. */
import { readFile } from 'node:fs/promises'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { articleFile } from './corpus.js'

const path = process.argv[2]
if (!path) throw new TypeError('Expected a path to a corpus text')
const file = articleFile(path, await readFile(path))
const processor = unified().use(retextEnglish).use(retextEntities).use(retextQuotes)
await processor.run(processor.parse(file), file)
for (const quote of file.data.quotes ?? []) {
  console.log(
    `${quote.blockId} [${quote.cue} | ${quote.mention} | ${quote.speaker?.kind}:${quote.speaker?.name} ${quote.confidence}] ${quote.text.slice(0, 90)}`,
  )
}
for (const message of file.messages) console.log(String(message))
