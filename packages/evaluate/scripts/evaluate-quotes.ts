/**
 * Score retext-quotes (after retext-english and retext-entities) against the shared gold files,
 * faster than `newsroom eval` (no topics, keyphrases or sentiment), on the same ingested text.
 *
 *   pnpm --filter @newsroom/evaluate evaluate-quotes [--errors] [--gold dev] [--no-entities]
 *
 * Reads `../shared/corpus` beside the repository; prints a note and exits 0 when it is absent.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import {
  type MentionGoldArticle,
  type QuoteScore,
  readGold,
  type SystemArticle,
  scoreQuotes,
  scoreSourceMentions,
  systemQuotesFromQuotes,
} from '../src/index.js'
import { articleFile, corpus, shared } from './corpus.js'
import { partNames, runArticles, train } from './train-runs.js'

const goldSets = [
  { name: 'dev', gold: join(corpus, 'gold/dev.jsonl'), texts: join(corpus, 'articles') },
  {
    name: 'polnear-dev',
    gold: join(corpus, 'gold/polnear-dev.jsonl'),
    texts: join(corpus, 'polnear-dev/text'),
  },
  { name: 'seed', gold: join(corpus, 'gold/seed.jsonl'), texts: join(shared, 'seeds') },
]

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

function printScore(name: string, score: QuoteScore): void {
  console.log(
    `${name.padEnd(12)} articles ${String(score.articles).padStart(3)}  gold ${String(score.goldQuotes).padStart(4)}  system ${String(score.systemQuotes).padStart(4)} (+${score.ignoredQuotes} ignored)  matched ${String(score.matchedQuotes).padStart(4)}`,
  )
  console.log(
    `${''.padEnd(12)} quotes P ${percent(score.quotes.precision)} R ${percent(score.quotes.recall)} F1 ${percent(score.quotes.f1)}  speaker accuracy ${percent(score.speakerAccuracy)} (${score.speakerCorrect}/${score.matchedQuotes})  attribution F1 ${percent(score.attribution.f1)}`,
  )
  console.log(
    `${''.padEnd(12)} published precision ${percent(score.publishedPrecision)} coverage ${percent(score.coverage)}  |  ${score.thresholds.map((row) => `≥${row.threshold}: ${percent(row.precision)}/${percent(row.coverage)}`).join('  ')}`,
  )
}

/** The train articles kept aside for validation, with their source-mention gold. */
async function validationSet(
  processor: ReturnType<typeof makeProcessor>,
): Promise<{ gold: MentionGoldArticle[]; system: SystemArticle[] }> {
  if (!existsSync(join(train, 'text'))) return { gold: [], system: [] }
  const runs = await runArticles(partNames('validation'), processor)
  return { gold: runs.map((run) => run.gold), system: runs.map((run) => run.system) }
}

function makeProcessor(useEntities: boolean) {
  return useEntities
    ? unified().use(retextEnglish).use(retextEntities).use(retextQuotes)
    : unified().use(retextEnglish).use(retextQuotes)
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.log(`Skipping: no shared corpus at ${corpus}`)
    return
  }
  const args = process.argv.slice(2)
  const showErrors = args.includes('--errors')
  const useEntities = !args.includes('--no-entities')
  const only = args.includes('--gold') ? args[args.indexOf('--gold') + 1] : undefined
  const processor = makeProcessor(useEntities)

  for (const set of goldSets) {
    if (only && set.name !== only) continue
    if (!existsSync(set.gold)) continue
    const gold = readGold(await readFile(set.gold, 'utf8'))
    const system: SystemArticle[] = []
    for (const article of gold) {
      const file = articleFile(article.file, await readFile(join(set.texts, article.file)))
      await processor.run(processor.parse(file), file)
      system.push({
        file: article.file,
        quotes: systemQuotesFromQuotes(file.data.quotes ?? [], file.data.speakers ?? []),
      })
    }
    report(set.name, scoreQuotes(gold, system), showErrors)
  }
  if (!only || only === 'validation') {
    const { gold, system } = await validationSet(processor)
    if (gold.length > 0) report('validation', scoreSourceMentions(gold, system), showErrors)
  }
}

function report(name: string, score: QuoteScore, showErrors: boolean): void {
  printScore(name, score)
  if (showErrors) {
    for (const error of score.errors) {
      const speakers =
        error.kind === 'spurious'
          ? `(${error.actualSpeaker})`
          : `expected ${error.expectedSpeaker}, got ${error.actualSpeaker}`
      console.log(
        `  ${error.kind.padEnd(13)} ${error.file.slice(0, 40).padEnd(40)} ${speakers}${error.published ? '' : ' (unpublished)'}\n      ${(error.gold ?? error.system ?? '').slice(0, 140)}`,
      )
    }
  }
}

if (process.argv[1]?.endsWith('evaluate-quotes.ts')) await main()
