/** Print the candidate speaker mentions of each quotation of a text, with their scores. */
import { readFile } from 'node:fs/promises'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { articleFile } from './corpus.js'

const [argument] = process.argv.slice(2)
if (!argument) throw new TypeError('Expected a path to a text, or `-` and the text on stdin')
const file =
  argument === '-'
    ? new VFile(await new Response(process.stdin as unknown as ReadableStream).text())
    : articleFile(argument, await readFile(argument))
const processor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextQuotes, { candidates: true })
await processor.run(processor.parse(file), file)
for (const [index, quote] of (file.data.quotes ?? []).entries()) {
  console.log(
    `${quote.id} “${quote.text.slice(0, 70)}” → ${quote.speaker?.name ?? `(${quote.candidate?.name ?? 'nobody'})`} ${quote.confidence}`,
  )
  const candidates = file.data.speakerCandidates?.[index]?.candidates ?? []
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    const features = Object.entries(candidate.features)
      .map(([name, value]) => (value === 1 ? name : `${name}=${value.toFixed(2)}`))
      .join(' ')
    console.log(
      `   ${candidate.chosen ? '*' : ' '} ${candidate.score.toFixed(2).padStart(6)} ${candidate.text}  [${features}]`,
    )
  }
}
