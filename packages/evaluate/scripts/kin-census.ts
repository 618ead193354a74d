/**
 * Every quotation whose chosen mention is a possessed kin description (`my father`, `her
 * sister`, `Ana Ruiz's son`), with how it resolves, over PolNeAR train, PolNeAR dev and the
 * Wikinews articles: the census of trial q33d in `docs/speaker-model-trials.md`.
 *
 *   pnpm --filter @newsroom/evaluate exec tsx --conditions=@newsroom/source scripts/kin-census.ts [--wide]
 *
 * One tab-separated line per quotation (set, article, block, resolution, mention, speaker or
 * lean, confidence, the quotation's start), then the counts by set and resolution. The shape is
 * read here from the mention alone, independently of the plugin's `isPossessedKin`.
 */
import { join } from 'node:path'
import { collateralKin, elderKin, siblingKin, spouseKin, youngerKin } from '@newsroom/lexicon'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes, { type QuoteCandidates } from '@newsroom/retext-quotes'
import type { Quote } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { articleFile, corpus, runOn, textFiles } from './corpus.js'

const kin = [...elderKin, ...youngerKin, ...spouseKin, ...siblingKin, ...collateralKin].join('|')
const possessedKin = new RegExp(
  String.raw`^(?:my|our|his|her|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s)\s+(?:\p{Ll}+\s+)?(?:${kin})$`,
  'iu',
)

/** `--wide`: every chosen mention holding a kin word (`Another child`, `the widow`), owned or not. */
const counted = process.argv.includes('--wide')
  ? new RegExp(String.raw`\b(?:${kin})\b`, 'iu')
  : possessedKin

const processor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextQuotes, { candidates: true })

const sets: Array<[string, string]> = [
  ['polnear-train', join(corpus, 'polnear-train', 'text')],
  ['polnear-dev', join(corpus, 'polnear-dev', 'text')],
  ['wikinews', join(corpus, 'articles')],
]
const counts = new Map<string, number>()
for (const [set, directory] of sets) {
  for (const { name, contents } of textFiles(directory)) {
    const file = articleFile(join(directory, name), contents)
    await runOn(processor, file)
    const quotes = (file.data.quotes ?? []) as Quote[]
    const candidates = (file.data.speakerCandidates ?? []) as QuoteCandidates[]
    for (const [index, quote] of quotes.entries()) {
      if (quote.mention === null || !counted.test(quote.mention)) continue
      const resolution = candidates[index]?.resolution ?? '?'
      const key = `${set} ${resolution}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
      const speaker = quote.speaker?.name ?? `(lean) ${quote.candidate?.name ?? '-'}`
      console.log(
        [
          set,
          name,
          quote.blockId,
          resolution,
          quote.mention,
          speaker,
          quote.confidence,
          quote.text.slice(0, 70),
        ].join('\t'),
      )
    }
  }
}
for (const [key, count] of [...counts].sort()) console.log(`# ${key}\t${count}`)
