/**
 * Every entity and named speaker that retext-entities and retext-quotes find in the shared
 * corpora (the corpus articles, PolNeAR dev and train), one line each: what to diff before and
 * after a change to entity finding, to see each name it adds or drops.
 *
 *   pnpm --filter @newsroom/evaluate entity-census <out-file> [--no-train]
 *
 * Lines are `<corpus>/<article>\t<kind>\t<name>` (kind: person, organization, place, or
 * speaker:<kind>), sorted; skips cleanly when the corpus is absent.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import type { Entities, Speaker } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { articleFile, corpus, type RetextProcessor, runOn, textFiles } from './corpus.js'

const args = process.argv.slice(2)
const out = args.find((arg) => !arg.startsWith('--'))
if (out === undefined) throw new TypeError('Expected an output file')
const sources: Array<[label: string, directory: string]> = [
  ['articles', join(corpus, 'articles')],
  ['polnear-dev', join(corpus, 'polnear-dev/text')],
]
if (!args.includes('--no-train'))
  sources.push(['polnear-train', join(corpus, 'polnear-train/text')])

const processor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextQuotes) as unknown as RetextProcessor

const lines: string[] = []
if (existsSync(corpus)) {
  for (const [label, directory] of sources) {
    for (const { name, contents } of textFiles(directory)) {
      const file = articleFile(name, contents)
      await runOn(processor, file)
      const data = file.data as { entities?: Entities; speakers?: Speaker[] }
      const where = `${label}/${name}`
      const entities = data.entities
      if (entities) {
        for (const entity of entities.people) lines.push(`${where}\tperson\t${entity.name}`)
        for (const entity of entities.organizations)
          lines.push(`${where}\torganization\t${entity.name}`)
        for (const entity of entities.places) lines.push(`${where}\tplace\t${entity.name}`)
      }
      for (const speaker of data.speakers ?? [])
        if (speaker.kind === 'person' || speaker.kind === 'organization')
          lines.push(`${where}\tspeaker:${speaker.kind}\t${speaker.name}`)
    }
  }
}
writeFileSync(out, `${lines.sort().join('\n')}\n`)
console.log(`Wrote ${lines.length} lines to ${out}`)
