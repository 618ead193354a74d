/**
 * How the quotations whose chosen mention was resolved by a description rule (`role-*`,
 * `recent-body`, `anonymous`…) fare, by resolution, on each held-out set: how many are right and
 * wrong (the speaker given or leaned to, as `newsroom eval` judges it), and of those how many are
 * published: how often each rule is right, what a doubt or a feature on it would trade (trial
 * q25b in `docs/speaker-model-trials.md` split `role-recent` by the evidence it rests on).
 *
 *   pnpm --filter @newsroom/evaluate exec tsx --conditions=@newsroom/source scripts/description-census.ts [--all]
 *
 * Sets: the validation part of PolNeAR train, PolNeAR dev and Wikinews dev (the gold files of
 * `../shared/corpus/gold`). `--all` counts every resolution, names and pronouns too. Judged as
 * `newsroom eval` judges (`matchSourceMentions` for validation, `sameSpeaker` of a gold file's
 * speaker and its other readings for the dev sets) on the plugins' own output, before the
 * pipeline's speaker spellings are unified: the totals can differ from `eval`'s by a quotation.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes, { type QuoteCandidates } from '@newsroom/retext-quotes'
import type { Quote } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { matchQuotes, readGold, sameSpeaker, systemQuotesFromQuotes } from '../src/index.js'
import { articleFile, corpus, runOn } from './corpus.js'
import { matchedChoices, partNames, runArticles } from './train-runs.js'

const everyResolution = process.argv.includes('--all')
/** Resolutions counted without `--all`: those a description reaches a speaker by. */
const descriptionResolution = /^(role-|recent-body|anonymous|group|document-)/

const processor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextQuotes, { candidates: true })

interface Tally {
  right: number
  wrong: number
  rightPublished: number
  wrongPublished: number
}

/** One judged quotation: how its mention was resolved, whether right, whether published. */
interface Judged {
  resolution: string
  right: boolean
  published: boolean
}

function tallyByResolution(judged: readonly Judged[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>()
  for (const { resolution, right, published } of judged) {
    if (!everyResolution && !descriptionResolution.test(resolution)) continue
    const tally = tallies.get(resolution) ?? {
      right: 0,
      wrong: 0,
      rightPublished: 0,
      wrongPublished: 0,
    }
    if (right) {
      tally.right++
      if (published) tally.rightPublished++
    } else {
      tally.wrong++
      if (published) tally.wrongPublished++
    }
    tallies.set(resolution, tally)
  }
  return tallies
}

function report(name: string, judged: readonly Judged[]): void {
  const right = judged.filter((quote) => quote.right).length
  console.log(`\n${name}: ${right} of ${judged.length} matched quotations right`)
  console.log('  resolution            right  wrong  published right  published wrong')
  const rows = [...tallyByResolution(judged)].sort(([a], [b]) => a.localeCompare(b))
  for (const [resolution, tally] of rows)
    console.log(
      `  ${resolution.padEnd(20)} ${String(tally.right).padStart(6)} ${String(tally.wrong).padStart(6)} ${String(tally.rightPublished).padStart(16)} ${String(tally.wrongPublished).padStart(16)}`,
    )
}

async function validation(): Promise<Judged[]> {
  const runs = await runArticles(partNames('validation'), processor)
  const resolutionOf = new Map(
    runs.flatMap((article) =>
      article.system.quotes.map(
        (quote, at) => [quote, article.candidates[at]?.resolution ?? 'none'] as const,
      ),
    ),
  )
  return matchedChoices(runs).map(({ quote }) => ({
    resolution: resolutionOf.get(quote.system) ?? 'none',
    right: quote.right,
    published: quote.system.speaker !== null,
  }))
}

async function goldSet(goldFile: string, content: string): Promise<Judged[]> {
  const judged: Judged[] = []
  for (const article of readGold(readFileSync(join(corpus, 'gold', goldFile), 'utf8'))) {
    const file = articleFile(article.file, readFileSync(join(content, article.file)))
    await runOn(processor, file)
    const quotes: Quote[] = file.data.quotes ?? []
    const candidates: QuoteCandidates[] = file.data.speakerCandidates ?? []
    // Speakers labelled as `newsroom eval` labels them (an anonymous one by its description).
    const system = systemQuotesFromQuotes(quotes, file.data.speakers ?? [])
    const matches = matchQuotes(
      article.quotes.map((quote) => quote.text),
      quotes.map((quote) => quote.text),
    )
    for (const [goldIndex, systemIndex] of matches) {
      const gold = article.quotes[goldIndex]
      const quote = system[systemIndex]
      if (gold === undefined || quote === undefined) continue
      const accepted = [gold.speaker, ...(gold.alsoAccept ?? [])]
      const leaned = quote.speaker ?? quote.candidate ?? null
      judged.push({
        resolution: candidates[systemIndex]?.resolution ?? 'none',
        right: accepted.some((speaker) => sameSpeaker(speaker, leaned)),
        published: quote.speaker !== null,
      })
    }
  }
  return judged
}

report('validation', await validation())
report('polnear-dev', await goldSet('polnear-dev.jsonl', join(corpus, 'polnear-dev', 'text')))
report('wikinews-dev', await goldSet('dev.jsonl', join(corpus, 'articles')))
