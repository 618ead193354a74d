/**
 * Draw a sample of resolution choices to label by reading, from a held-out corpus: the VALIDATION
 * part of PolNeAR train (`newsroom eval --split validation`, the default) or PolNeAR DEV
 * (`--corpus dev`), with the shipped speaker model, which was fitted on neither: rows no rule was
 * written from, to measure per-rule precision by the person named (`resolution-precision`) and to
 * replay against a change (`resolution-check`) held out. `--corpus train` draws from the fit part
 * of PolNeAR train instead (`partNames('train')`, what the model was fitted on: rows to WRITE rules
 * from), skipping every choice (article and quote) already in a `data/resolution-labels-*.tsv`.
 *
 *   pnpm --filter @newsroom/evaluate sample-resolutions [--corpus validation|dev|train] [--per-rule 15] [--rules a,b] [--out file]
 *
 * `--rules` keeps only the rules named (default: all of `rules`).
 *
 * `--per-rule` caps every rule on validation. On dev the weak rules (`weakRules`: the ones whose
 * precision by reading is lowest on train) are taken whole, every published row, and the others
 * are capped by `--per-rule`: the weak rules are the ones a change is likely to move.
 *
 * The sample is drawn as `data/resolution-labels-a.tsv` was: the published choices of each rule
 * (a quotation whose speaker the plugin publishes), sorted by the sha1 of `article#quote`, the
 * first N per rule (all when fewer), interleaved round-robin by rule. Deterministic: the same code
 * and corpus give the same file. The rules in `leanRules` are never published now: their rows are
 * the unpublished leans (`quote.candidate`), on every corpus, to label whether the lean names the
 * right person. Writes the columns `resolution-precision` reads with empty `by_reading`, `label`
 * and `note`, to stdout unless `--out` names a file.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { annotationOf, articleFile, corpus, runOn, textFiles } from './corpus.js'
import { dataFolder } from './data-folder.js'
import { labelFilesIn, readResolutionLabels } from './resolution-precision.js'
import { partNames, train } from './train-runs.js'

/** The held-out corpora a sample is drawn from. */
export const sampledCorpora = ['validation', 'dev', 'train'] as const

export type SampledCorpus = (typeof sampledCorpora)[number]

/** PolNeAR dev: text/ and attributions/ (brat). */
export const dev = join(corpus, 'polnear-dev')

/** The folder of a held-out corpus (text/ and attributions/) and its articles, in name order. */
export function corpusArticles(name: SampledCorpus): { folder: string; articles: string[] } {
  if (name === 'validation') return { folder: train, articles: partNames('validation') }
  if (name === 'train') return { folder: train, articles: partNames('train') }
  return { folder: dev, articles: textFiles(join(dev, 'text')).map((file) => file.name) }
}

/** The rules sampled, in the order the round-robin takes them. */
export const rules = [
  'role-holder',
  'role-recent',
  'pronoun-earlier',
  'pronoun-newcomer',
  'pronoun-subject',
  'pronoun-speaker',
  'pronoun-only',
  'pronoun-clause-subject',
  'pronoun-opener',
] as const

/**
 * The rules of lowest precision by reading on train (pronoun-earlier 13/22, role-holder 15/23,
 * pronoun-newcomer 8/17, role-recent 15/19): on dev every published row of these is sampled.
 */
export const weakRules: ReadonlySet<string> = new Set([
  'pronoun-earlier',
  'role-holder',
  'pronoun-newcomer',
  'role-recent',
])

/**
 * Rules whose speaker is never published now (`unpublishedResolutions` in retext-quotes): their
 * leans are sampled instead, so that their precision by reading can still be measured.
 */
export const leanRules: ReadonlySet<string> = new Set(['pronoun-earlier'])

const columns = [
  'article',
  'quote',
  'resolution',
  'mention',
  'mention_at',
  'resolved',
  'quotation_prefix',
  'confidence',
  'by_reading',
  'label',
  'note',
] as const

type Row = Record<(typeof columns)[number], string>

/** The first characters of a quotation, enough for `resolution-check` to find it again. */
const prefixLength = 70

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** Cells hold no tab or newline: the file is tab-separated, one row a line. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

async function publishedChoices(name: SampledCorpus): Promise<Row[]> {
  const { folder, articles } = corpusArticles(name)
  const processor = unified()
    .use(retextEnglish)
    .use(retextEntities)
    .use(retextQuotes, { candidates: true })
  const rows: Row[] = []
  for (const article of articles) {
    // As `newsroom eval` scores the part: an article without annotations is left out.
    if (annotationOf(folder, article) === null) continue
    const file = articleFile(article, readFileSync(join(folder, 'text', article)))
    await runOn(processor, file)
    const byQuote = new Map(
      (file.data.speakerCandidates ?? []).map((entry) => [entry.quote, entry]),
    )
    for (const quote of file.data.quotes ?? []) {
      const entry = byQuote.get(quote.id)
      const chosen = entry?.candidates.find((candidate) => candidate.chosen)
      if (!entry || !chosen) continue
      const speaker = quote.speaker ?? (leanRules.has(entry.resolution) ? quote.candidate : null)
      if (!speaker) continue
      rows.push({
        article,
        quote: quote.id,
        resolution: entry.resolution,
        mention: cell(chosen.text),
        mention_at: `${chosen.span.blockId}:${chosen.span.start}`,
        resolved: cell(speaker.name),
        quotation_prefix: cell(quote.text).slice(0, prefixLength),
        confidence: String(Math.round((quote.confidence ?? 0) * 1000) / 1000),
        by_reading: '',
        label: '',
        note: '',
      })
    }
  }
  return rows
}

/** `article#quote` of every row of the labels files in `folder`, held-out ones included. */
export function labelledChoices(folder: string): Set<string> {
  const files = [...labelFilesIn(folder), ...labelFilesIn(folder, { heldOut: true })]
  return new Set(
    files.flatMap((file) =>
      readResolutionLabels(readFileSync(file, 'utf8'), file).map(
        (row) => `${row.article}#${row.quote}`,
      ),
    ),
  )
}

/** The rows not already labelled (`labelledChoices`), so that a new sample adds new choices. */
export function unlabelled(rows: readonly Row[], labelled: ReadonlySet<string>): Row[] {
  return rows.filter((row) => !labelled.has(`${row.article}#${row.quote}`))
}

/**
 * The first rows of each rule by sha1 of `article#quote`, round-robin by rule: `perRule` of each,
 * or every row of a rule in `whole`.
 */
export function drawSample(
  rows: readonly Row[],
  perRule: number,
  whole: ReadonlySet<string> = new Set(),
  sampled: readonly string[] = rules,
): Row[] {
  const byRule = sampled.map((rule) =>
    rows
      .filter((row) => row.resolution === rule)
      .map((row) => ({ row, key: sha1(`${row.article}#${row.quote}`) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, whole.has(rule) ? undefined : perRule)
      .map(({ row }) => row),
  )
  const sample: Row[] = []
  const longest = Math.max(0, ...byRule.map((group) => group.length))
  for (let at = 0; at < longest; at++)
    for (const group of byRule) {
      const row = group[at]
      if (row) sample.push(row)
    }
  return sample
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: 'validation' },
      'per-rule': { type: 'string', default: '15' },
      rules: { type: 'string' },
      out: { type: 'string' },
    },
  })
  const name = values.corpus
  if (!(sampledCorpora as readonly string[]).includes(name))
    throw new Error(`expected --corpus ${sampledCorpora.join(' or ')}, not \`${name}\``)
  const held = name as SampledCorpus
  const sampled = values.rules ? values.rules.split(',') : [...rules]
  const unknown = sampled.filter((rule) => !(rules as readonly string[]).includes(rule))
  if (unknown.length > 0) throw new Error(`unknown rules: ${unknown.join(', ')}`)
  const all = await publishedChoices(held)
  // Train has rows labelled already (data/resolution-labels-{a,b}.tsv): draw past them.
  const rows = held === 'train' ? unlabelled(all, labelledChoices(dataFolder)) : all
  const sample = drawSample(
    rows,
    Number(values['per-rule']),
    held === 'dev' ? weakRules : new Set(),
    sampled,
  )
  const counts = sampled.map(
    (rule) =>
      `${rule} ${sample.filter((row) => row.resolution === rule).length}/` +
      `${rows.filter((row) => row.resolution === rule).length}`,
  )
  const text = `${[columns.join('\t'), ...sample.map((row) => columns.map((name) => row[name]).join('\t'))].join('\n')}\n`
  if (values.out) writeFileSync(values.out, text)
  else process.stdout.write(text)
  console.error(`sampled (of published) per rule: ${counts.join(', ')}`)
}

if (process.argv[1]?.endsWith('sample-resolutions.ts')) await main()
