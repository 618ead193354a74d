/**
 * Draw a sample of resolution choices to label by reading, from the VALIDATION part of PolNeAR
 * train (`newsroom eval --split validation`), with the shipped speaker model, which was not fitted
 * on that part: rows no rule was written from, to measure per-rule precision by the person named
 * (`resolution-precision`) and to replay against a change (`resolution-check`) held out.
 *
 *   pnpm --filter @newsroom/evaluate sample-resolutions [--per-rule 15] [--out file]
 *
 * The sample is drawn as `data/resolution-labels-a.tsv` was: the published choices of each rule
 * (a quotation whose speaker the plugin publishes), sorted by the sha1 of `article#quote`, the
 * first N per rule (all when fewer), interleaved round-robin by rule. Deterministic: the same code
 * and corpus give the same file. Writes the columns `resolution-precision` reads with empty
 * `by_reading`, `label` and `note`, to stdout unless `--out` names a file.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { annotationOf, articleFile, runOn } from './corpus.js'
import { partNames, train } from './train-runs.js'

/** The rules sampled, in the order the round-robin takes them. */
const rules = [
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

async function publishedChoices(): Promise<Row[]> {
  const processor = unified()
    .use(retextEnglish)
    .use(retextEntities)
    .use(retextQuotes, { candidates: true })
  const rows: Row[] = []
  for (const article of partNames('validation')) {
    // As `newsroom eval` scores the part: an article without annotations is left out.
    if (annotationOf(train, article) === null) continue
    const file = articleFile(article, readFileSync(join(train, 'text', article)))
    await runOn(processor, file)
    const byQuote = new Map(
      (file.data.speakerCandidates ?? []).map((entry) => [entry.quote, entry]),
    )
    for (const quote of file.data.quotes ?? []) {
      const entry = byQuote.get(quote.id)
      const chosen = entry?.candidates.find((candidate) => candidate.chosen)
      if (!quote.speaker || !entry || !chosen) continue
      rows.push({
        article,
        quote: quote.id,
        resolution: entry.resolution,
        mention: cell(chosen.text),
        mention_at: `${chosen.span.blockId}:${chosen.span.start}`,
        resolved: cell(quote.speaker.name),
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

/** The first `perRule` rows of each rule by sha1 of `article#quote`, round-robin by rule. */
export function drawSample(rows: readonly Row[], perRule: number): Row[] {
  const byRule = rules.map((rule) =>
    rows
      .filter((row) => row.resolution === rule)
      .map((row) => ({ row, key: sha1(`${row.article}#${row.quote}`) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, perRule)
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
      'per-rule': { type: 'string', default: '15' },
      out: { type: 'string' },
    },
  })
  const rows = await publishedChoices()
  const sample = drawSample(rows, Number(values['per-rule']))
  const counts = rules.map(
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
