import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  directQuotations,
  type GoldArticle,
  isValidationArticle,
  type MentionGoldArticle,
  type QuoteMentions,
  type QuoteScore,
  readBrat,
  readGold,
  type SystemArticle,
  scoreQuotes,
  scoreSourceMentions,
  systemQuotesFromQuotes,
} from '@newsroom/evaluate'
import type { Article } from '@newsroom/schema'
import type { Command, OptionValues } from '../command.js'
import { CliError, cliErrors } from '../errors.js'
import { toJsonText } from '../json.js'
import { processContent } from '../process-content.js'
import { parseJobs, progressPrinter } from './shared-options.js'

/** The errors of `newsroom eval`, in the style of the CLI's catalog. */
const evalErrors = {
  goldFilesMissing: (folder: string, files: readonly string[]) =>
    new CliError(
      'GoldFilesMissing',
      `${files.length} article${files.length === 1 ? '' : 's'} of the gold ${files.length === 1 ? 'is' : 'are'} not in ${folder}: ${files.slice(0, 5).join(', ')}${files.length > 5 ? `, and ${files.length - 5} more` : ''}.`,
      'Pass the folder that holds the gold’s files with --content, or --allow-missing to score the others.',
    ),
  unpairedGold: (golds: number, contents: number) =>
    new CliError(
      'UnpairedGold',
      `${golds} --gold files but ${contents} --content folders were given.`,
      'Give one --content after each --gold (or a single --content for all of them).',
    ),
  unknownSplit: (split: string) =>
    new CliError(
      'UnknownSplit',
      `There is no split named ${JSON.stringify(split)}.`,
      'The splits are `validation`, the part of a brat training corpus kept aside, and `train`, the rest.',
    ),
  noValidationArticles: (folder: string, split: Split) =>
    new CliError(
      'NoValidationArticles',
      `No annotated articles of the ${split} part were found in ${folder}.`,
      'Pass a brat corpus folder (with text/ and attributions/) with --content.',
    ),
} as const

/**
 * The parts of a brat training corpus: `validation`, kept aside to judge a change by, and
 * `train`, the rest, on which a change is chosen.
 */
type Split = 'validation' | 'train'

const isSplit = (name: string): name is Split => name === 'validation' || name === 'train'

const percent = (value: number) => `${(value * 100).toFixed(1)}%`

/** The figures and the errors of one gold set. */
export function formatScore(score: QuoteScore, errorLimit: number): string {
  const lines = [
    `  articles ${score.articles}, gold quotes ${score.goldQuotes}, system quotes ${score.systemQuotes} (${score.ignoredQuotes} ignored), matched ${score.matchedQuotes}`,
    `  quotes       precision ${percent(score.quotes.precision)}  recall ${percent(score.quotes.recall)}  F1 ${percent(score.quotes.f1)}`,
    `  speakers     accuracy ${percent(score.speakerAccuracy)} (${score.speakerCorrect}/${score.matchedQuotes} matched quotes)`,
    `  published    precision ${percent(score.publishedPrecision)} (${score.publishedCorrect}/${score.published})  coverage ${percent(score.coverage)} (${score.published}/${score.knownQuotes} matched quotes with a known speaker)`,
    `  attribution  precision ${percent(score.attribution.precision)}  recall ${percent(score.attribution.recall)}  F1 ${percent(score.attribution.f1)}`,
    `  thresholds   ${score.thresholds.map((row) => `≥${row.threshold.toFixed(1)} ${percent(row.precision)}/${percent(row.coverage)}`).join('  ')}  (precision/coverage)`,
  ]
  const shown = score.errors.slice(0, errorLimit)
  if (shown.length > 0) {
    lines.push('', `  errors (${shown.length} of ${score.errors.length}):`)
    for (const error of shown) {
      const text = (error.gold ?? error.system ?? '').slice(0, 90)
      const actual = `${error.actualSpeaker ?? 'nobody'}${error.actualSpeaker !== null && !error.published ? ' (unpublished)' : ''}`
      const speakers =
        error.kind === 'wrong-speaker'
          ? `  expected ${error.expectedSpeaker}, got ${actual}`
          : error.kind === 'missed'
            ? `  (${error.expectedSpeaker})`
            : `  (${actual})`
      lines.push(`    ${error.kind.padEnd(13)} ${error.file}: “${text}”${speakers}`)
    }
  }
  return lines.join('\n')
}

/** One scored set: its name, where it came from, and its score. */
interface ScoredSet {
  name: string
  gold: string
  content: string
  /** Gold articles left out because their file is not in the content folder. */
  missing: string[]
  /**
   * Gold articles the pipeline could not process (a worker out of time or memory, a read error):
   * scored as finding nothing, so the figures are too low; with the first error of each.
   */
  failed: Array<{ file: string; error: string }>
  score: QuoteScore
}

/** The files of `wanted` that gave no article, with the first error reported for each. */
function failedFiles(
  wanted: readonly string[],
  result: Awaited<ReturnType<typeof processContent>>,
): ScoredSet['failed'] {
  const read = new Set(result.articles.map((article) => article.sourceFile))
  const firstError = new Map<string, string>()
  for (const { file, severity, message } of result.report.diagnostics)
    if (severity === 'error' && !firstError.has(file)) firstError.set(file, message)
  return wanted
    .filter((file) => !read.has(file))
    .map((file) => ({ file, error: firstError.get(file) ?? 'no article' }))
}

function listOption(values: OptionValues, name: string): string[] {
  const value = values[name]
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string',
  )
}

function systemArticles(
  articles: readonly Article[],
  candidates: ReadonlyMap<string, readonly QuoteMentions[]> = new Map(),
): SystemArticle[] {
  return articles.map((article) => ({
    file: article.sourceFile,
    quotes: systemQuotesFromQuotes(
      article.quotes,
      article.speakers,
      candidates.get(article.sourceFile) ?? [],
    ),
  }))
}

/** Score one gold file against the articles of a content folder. */
async function scoreGoldSet(
  goldPath: string,
  content: string,
  allowMissing: boolean,
  jobs: number | undefined,
): Promise<ScoredSet> {
  let gold: GoldArticle[]
  try {
    gold = readGold(await readFile(goldPath, 'utf8'))
  } catch (error) {
    throw cliErrors.goldUnreadable(goldPath, error)
  }
  const missing = gold
    .map((article) => article.file)
    .filter((file) => !existsSync(join(content, file)))
  if (missing.length > 0 && !allowMissing) throw evalErrors.goldFilesMissing(content, missing)
  const present = gold.filter((article) => !missing.includes(article.file))
  const result = await processContent({
    contentDir: content,
    only: new Set(present.map((article) => article.file)),
    cacheDir: false,
    jobs,
    onProgress: progressPrinter(),
  })
  return {
    name: basename(goldPath).replace(/\.jsonl?$/, ''),
    gold: goldPath,
    content,
    missing,
    failed: failedFiles(
      present.map((article) => article.file),
      result,
    ),
    score: scoreQuotes(present, systemArticles(result.articles)),
  }
}

/**
 * Score a part of a brat corpus (PolNeAR train: `text/` and `attributions/`): the source mention
 * of each direct quotation against the mention the pipeline chose or the speaker it named.
 */
async function scoreSplit(
  corpus: string,
  split: Split,
  jobs: number | undefined,
): Promise<ScoredSet> {
  const texts = join(corpus, 'text')
  const annotations = join(corpus, 'attributions')
  const annotationFiles = existsSync(annotations) ? (await readdir(annotations)).sort() : []
  const names = existsSync(texts)
    ? (await readdir(texts))
        .filter(
          (name) => name.endsWith('.txt') && isValidationArticle(name) === (split === 'validation'),
        )
        .filter((name) =>
          annotationFiles.some((file) => file.startsWith(`${name.replace(/\.txt$/, '')}_`)),
        )
        .sort()
    : []
  if (names.length === 0) throw evalErrors.noValidationArticles(corpus, split)
  const result = await processContent({
    contentDir: texts,
    only: new Set(names),
    cacheDir: false,
    jobs,
    onProgress: progressPrinter(),
  })
  const gold: MentionGoldArticle[] = []
  // The mentions weighed for each quote and the entities they resolve to, so that a speaker is
  // judged by entity: run again in this process, as the published article does not carry them.
  // Loaded here: the main thread of the other commands never loads the NLP pipeline.
  const [{ quoteCandidates }, { ingest }] = await Promise.all([
    import('@newsroom/enrich'),
    import('@newsroom/ingest'),
  ])
  const candidates = new Map<string, QuoteMentions[]>()
  for (const article of result.articles) {
    const stem = article.sourceFile.replace(/\.txt$/, '')
    // The first annotator's file, when an article has two.
    const annotation = annotationFiles.find((file) => file.startsWith(`${stem}_`))
    if (annotation === undefined) continue
    const bytes = await readFile(join(texts, article.sourceFile))
    const raw = bytes.toString('utf8')
    const document = readBrat(await readFile(join(annotations, annotation), 'utf8'))
    gold.push(directQuotations(article.sourceFile, raw, document, article.blocks))
    const ingested = ingest({ path: article.sourceFile, contents: bytes }).data.article
    if (ingested) candidates.set(article.sourceFile, await quoteCandidates(ingested))
  }
  // Articles the pipeline could not read count as finding nothing.
  const read = new Set(gold.map((article) => article.file))
  for (const name of names) if (!read.has(name)) gold.push({ file: name, quotes: [], ignore: [] })
  return {
    name: split,
    gold: join(corpus, 'attributions'),
    content: texts,
    missing: [],
    failed: failedFiles(names, result),
    score: scoreSourceMentions(gold, systemArticles(result.articles, candidates)),
  }
}

export const evalCommand: Command = {
  summary: 'score quotes and speakers against gold files or a split of a brat corpus',
  usage: `Usage: newsroom eval --gold <file.jsonl> --content <dir> [--gold <file> --content <dir>…] [options]
       newsroom eval --split validation|train --content <brat corpus> [options]

Processes the content files each gold names (its \`file\` fields, relative to its --content) and
prints, per gold set: quote precision/recall/F1 (token-overlap matching), speaker accuracy (of
the speaker given or leaned to), the precision and coverage of published speakers, attribution
precision/recall/F1, and precision/coverage had speakers been published from each confidence;
then the errors.

With --split validation, --content is a brat corpus (text/ and attributions/, as PolNeAR train)
and the part of it kept aside for validation is scored: each quote's source mention against the
mention the pipeline chose (or one its coreference resolves to the same entity) or the speaker
it named. --split train scores the rest of the corpus, on which changes are chosen.

Options:
  --gold <file>       gold quotations, one article per line; repeat for several sets
  --content <dir>     folder holding the gold's files (default: content); one per --gold, or one
                      for all
  --split validation  score the validation part of the brat corpus in --content
  --split train       score the rest of it (the part changes are chosen on)
  --allow-missing     leave gold articles missing from --content out of the figures (counted)
                      instead of stopping with an error
  --errors <n>        errors to list per set (default: 50; 0 for none)
  --json              print the full scores, with every error, as JSON
  --jobs <n>          articles processed at once (default: number of cores, fewer for little content)`,
  options: {
    gold: { type: 'string', multiple: true },
    content: { type: 'string', multiple: true },
    split: { type: 'string' },
    'allow-missing': { type: 'boolean', default: false },
    errors: { type: 'string', default: '50' },
    json: { type: 'boolean', default: false },
    jobs: { type: 'string' },
  },
  async run(values) {
    const golds = listOption(values, 'gold')
    const contents = listOption(values, 'content')
    const split = typeof values.split === 'string' ? values.split : undefined
    const jobs = parseJobs('eval', typeof values.jobs === 'string' ? values.jobs : undefined)
    const errorLimit = Number.parseInt(String(values.errors ?? '50'), 10) || 0
    if (split !== undefined && !isSplit(split)) throw evalErrors.unknownSplit(split)
    if (split === undefined && golds.length === 0) throw cliErrors.missingOption('eval', 'gold')
    if (contents.length > 1 && contents.length !== golds.length)
      throw evalErrors.unpairedGold(golds.length, contents.length)

    const sets: ScoredSet[] = []
    for (const [index, goldPath] of golds.entries()) {
      const content = contents[contents.length > 1 ? index : 0] ?? 'content'
      sets.push(await scoreGoldSet(goldPath, content, values['allow-missing'] === true, jobs))
    }
    if (split !== undefined) sets.push(await scoreSplit(contents.at(-1) ?? 'content', split, jobs))

    // Figures with articles the pipeline lost are too low: say so, and fail the command.
    const failures = sets.flatMap((set) => set.failed)
    for (const { file, error } of failures)
      console.error(`eval: ${file} could not be processed, its quotes count as missed: ${error}`)
    const code = failures.length > 0 ? 1 : 0
    if (values.json === true) {
      process.stdout.write(toJsonText({ sets }))
      return code
    }
    const blocks = sets.map((set) => {
      const left =
        set.missing.length > 0
          ? `\n  ${set.missing.length} gold article${set.missing.length === 1 ? '' : 's'} not in ${set.content}, left out of the figures`
          : ''
      const failed =
        set.failed.length > 0
          ? `\n  ${set.failed.length} gold article${set.failed.length === 1 ? '' : 's'} could not be processed, scored as finding nothing`
          : ''
      return `${set.name} (${set.gold}, texts in ${set.content})${left}${failed}\n${formatScore(set.score, errorLimit)}`
    })
    console.log(blocks.join('\n\n'))
    return code
  },
}
