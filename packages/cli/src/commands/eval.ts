import { readFile } from 'node:fs/promises'
import {
  type GoldArticle,
  type QuoteScore,
  readGold,
  scoreQuotes,
  systemQuotesFromQuotes,
} from '@newsroom/evaluate'
import { type Command, stringOption } from '../command.js'
import { cliErrors } from '../errors.js'
import { toJsonText } from '../json.js'
import { processContent } from '../process-content.js'
import { parseJobs, progressPrinter } from './shared-options.js'

const percent = (value: number) => `${(value * 100).toFixed(1)}%`

function formatScore(score: QuoteScore, errorLimit: number): string {
  const lines = [
    `articles ${score.articles}, gold quotes ${score.goldQuotes}, system quotes ${score.systemQuotes} (${score.ignoredQuotes} ignored), matched ${score.matchedQuotes}`,
    `quotes       precision ${percent(score.quotes.precision)}  recall ${percent(score.quotes.recall)}  F1 ${percent(score.quotes.f1)}`,
    `speakers     accuracy ${percent(score.speakerAccuracy)} (${score.speakerCorrect}/${score.matchedQuotes} matched quotes)`,
    `attribution  precision ${percent(score.attribution.precision)}  recall ${percent(score.attribution.recall)}  F1 ${percent(score.attribution.f1)}`,
  ]
  const shown = score.errors.slice(0, errorLimit)
  if (shown.length > 0) {
    lines.push('', `errors (${shown.length} of ${score.errors.length}):`)
    for (const error of shown) {
      const text = (error.gold ?? error.system ?? '').slice(0, 90)
      const speakers =
        error.kind === 'wrong-speaker'
          ? `  expected ${error.expectedSpeaker}, got ${error.actualSpeaker ?? 'nobody'}`
          : error.kind === 'missed'
            ? `  (${error.expectedSpeaker})`
            : `  (${error.actualSpeaker ?? 'nobody'})`
      lines.push(`  ${error.kind.padEnd(13)} ${error.file}: “${text}”${speakers}`)
    }
  }
  return lines.join('\n')
}

export const evalCommand: Command = {
  summary: 'score quotes and speakers against a gold file (JSON Lines)',
  usage: `Usage: newsroom eval --gold <file.jsonl> --content <dir> [options]

Processes the content files the gold names (its \`file\` fields, relative to --content) and scores
quote precision/recall/F1 (token-overlap matching), canonical-speaker accuracy and attribution F1,
then lists the errors.

Options:
  --gold <file>     gold quotations, one article per line (required)
  --content <dir>   folder holding the gold's files (default: content)
  --errors <n>      errors to list (default: 50; 0 for none)
  --json            print the full score, with every error, as JSON
  --jobs <n>        articles processed at once (default: number of cores)`,
  options: {
    gold: { type: 'string' },
    content: { type: 'string', default: 'content' },
    errors: { type: 'string', default: '50' },
    json: { type: 'boolean', default: false },
    jobs: { type: 'string' },
  },
  async run(values) {
    const goldPath = stringOption(values, 'gold')
    if (goldPath === undefined) throw cliErrors.missingOption('eval', 'gold')
    let gold: GoldArticle[]
    try {
      gold = readGold(await readFile(goldPath, 'utf8'))
    } catch (error) {
      throw cliErrors.goldUnreadable(goldPath, error)
    }
    const result = await processContent({
      contentDir: stringOption(values, 'content') ?? 'content',
      only: new Set(gold.map((article) => article.file)),
      jobs: parseJobs('eval', stringOption(values, 'jobs')),
      onProgress: progressPrinter(),
    })
    const score = scoreQuotes(
      gold,
      result.articles.map((article) => ({
        file: article.sourceFile,
        quotes: systemQuotesFromQuotes(article.quotes),
      })),
    )
    if (values.json === true) process.stdout.write(toJsonText(score))
    else
      console.log(
        formatScore(score, Number.parseInt(stringOption(values, 'errors') ?? '50', 10) || 0),
      )
    return 0
  },
}
