/**
 * Census of service ranks over PolNeAR train (trial names48): people whose mention opens with a
 * rank (`serviceMemberTitles`: "Marine John Tiegen"), read as their role or left in the name.
 *
 *   pnpm --filter @newsroom/evaluate exec tsx --conditions=@newsroom/source scripts/names-census.ts
 *
 * One tab-separated line per person found (kind, article, name, and the ranks read as roles),
 * then counts.
 */
import { join } from 'node:path'
import { serviceMemberTitles } from '@newsroom/lexicon'
import retextEntities from '@newsroom/retext-entities'
import type { Entities } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { articleFile, corpus, runOn, textFiles } from './corpus.js'

const service = new Set(serviceMemberTitles)
const processor = unified().use(retextEnglish).use(retextEntities)
const directory = join(corpus, 'polnear-train', 'text')
const counts = new Map<string, number>()
const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
for (const { name, contents } of textFiles(directory)) {
  const file = articleFile(join(directory, name), contents)
  await runOn(processor, file)
  const people = (file.data.entities as Entities | undefined)?.people ?? []
  for (const person of people) {
    const ranked = person.roles.filter((role) =>
      service.has((role.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/\.$/, '')),
    )
    if (ranked.length > 0) {
      count('rank as role')
      console.log(['rank-role', name, person.name, ranked.join('; ')].join('\t'))
    }
    const first = (person.name.split(/\s+/)[0] ?? '').toLowerCase()
    if (service.has(first)) {
      count('rank word opening the name')
      console.log(['rank-name', name, person.name].join('\t'))
    }
  }
}
for (const [key, value] of [...counts].sort()) console.log(`# ${key}\t${value}`)
