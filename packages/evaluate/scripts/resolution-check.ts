/**
 * The reading labels of `data/resolution-labels-*.tsv` replayed against the current code: an
 * entity-level check of the resolution rules any change can run. The labels say whom each sampled
 * quotation's speaker mention means by reading; this processes the labelled PolNeAR train
 * articles again, finds each labelled quotation by article and quotation prefix (quote ids shift
 * when a change finds another quotation) and compares the speaker the pipeline gives now with
 * that person.
 *
 *   pnpm --filter @newsroom/evaluate resolution-check [--held-out | --labels file…] [--content folder]
 *
 * Reads the train labels by default; `--held-out` the rows drawn from the validation part and
 * from PolNeAR dev (`data/resolution-labels-{validation,dev}.tsv`, each article read from its own
 * corpus), which no rule may be written from: run it to measure a change once it is written, not
 * to find the next one. With several files, the totals of each file follow the rules.
 * `--content` reads every article from one folder instead.
 * Prints per rule as labelled: right, wrong, unpublished and not found now, beside right and wrong
 * as labelled; then every row whose outcome changed. Now is the shipped model's publication, not
 * the out-of-fold one the sample was drawn from, so a labelled row may be unpublished now with no
 * change to the code. A speaker is right when named as `by_reading` names them, or as `resolved`
 * did when the row was labelled right (the same person); any other person is wrong.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes from '@newsroom/retext-quotes'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { articleFile, corpus, runOn } from './corpus.js'
import {
  labelFilesOf,
  type ResolutionLabel,
  readResolutionLabels,
  tallyResolutionLabels,
  textFolderOf,
} from './resolution-precision.js'

/** What the pipeline gives a labelled quotation now. */
export interface CurrentAttribution {
  quote: string
  text: string
  /** The speaker's name, published or not; null when there is none. */
  speaker: string | null
  published: boolean
  resolution: string
}

export type Outcome = 'right' | 'wrong' | 'unpublished' | 'not found'

export interface CheckedRow {
  label: ResolutionLabel
  /** Outcome as labelled: every sampled row was published. */
  before: 'right' | 'wrong'
  now: Outcome
  current: CurrentAttribution | null
}

function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * The quotation of `label` among the article's quotations now: the one whose text starts with
 * the labelled prefix, the one with the labelled id when several do.
 */
export function findLabelled(
  label: ResolutionLabel & { quotationPrefix: string },
  quotations: readonly CurrentAttribution[],
): CurrentAttribution | null {
  const prefix = normalized(label.quotationPrefix)
  const matching = quotations.filter((quotation) =>
    prefix === '' ? quotation.quote === label.quote : normalized(quotation.text).startsWith(prefix),
  )
  return matching.find((quotation) => quotation.quote === label.quote) ?? matching[0] ?? null
}

/** Whether `speaker` names the person of a labelled row. */
function namesPerson(label: ResolutionLabel, speaker: string): boolean {
  const name = normalized(speaker)
  if (name === normalized(label.byReading)) return true
  return label.label === 'right' && name === normalized(label.resolved)
}

/** The outcome of a labelled row given what the pipeline gives its quotation now. */
export function outcomeOf(label: ResolutionLabel, current: CurrentAttribution | null): Outcome {
  if (current === null) return 'not found'
  if (current.speaker === null || !current.published) return 'unpublished'
  return namesPerson(label, current.speaker) ? 'right' : 'wrong'
}

export interface RuleCheck {
  resolution: string
  before: { right: number; wrong: number }
  now: Record<Outcome, number>
}

/** Per labelled rule (sorted), outcomes as labelled and now; rows not labelled `right`/`wrong` are left out. */
export function checkRows(rows: readonly CheckedRow[]): RuleCheck[] {
  const byRule = new Map<string, RuleCheck>()
  for (const row of rows) {
    const resolution = row.label.resolution
    let check = byRule.get(resolution)
    if (!check) {
      check = {
        resolution,
        before: { right: 0, wrong: 0 },
        now: { right: 0, wrong: 0, unpublished: 0, 'not found': 0 },
      }
      byRule.set(resolution, check)
    }
    check.before[row.before]++
    check.now[row.now]++
  }
  return [...byRule.values()].sort((a, b) => a.resolution.localeCompare(b.resolution))
}

/** The report, one line per string: per rule, the total, then each changed row. */
export function formatCheck(rows: readonly CheckedRow[]): string[] {
  const lines: string[] = []
  const format = (check: Omit<RuleCheck, 'resolution'>) =>
    `as labelled right ${check.before.right} wrong ${check.before.wrong}; now right ` +
    `${check.now.right} wrong ${check.now.wrong} unpublished ${check.now.unpublished}` +
    (check.now['not found'] > 0 ? ` not found ${check.now['not found']}` : '')
  const rules = checkRows(rows)
  for (const rule of rules) lines.push(`${rule.resolution}: ${format(rule)}`)
  const total: Omit<RuleCheck, 'resolution'> = {
    before: { right: 0, wrong: 0 },
    now: { right: 0, wrong: 0, unpublished: 0, 'not found': 0 },
  }
  for (const rule of rules) {
    total.before.right += rule.before.right
    total.before.wrong += rule.before.wrong
    for (const outcome of Object.keys(total.now) as Outcome[])
      total.now[outcome] += rule.now[outcome]
  }
  lines.push(`all rules: ${format(total)}`)
  const changed = rows.filter((row) => row.now !== row.before)
  lines.push(`changed: ${changed.length}`)
  for (const row of changed) {
    const { label, current } = row
    const now = current
      ? `${current.speaker ?? '(none)'} by ${current.resolution} (${current.quote})`
      : '(quotation not found)'
    lines.push(
      `  ${row.before} -> ${row.now}: ${label.article} ${label.quote} \`${label.mention}\` ` +
        `${label.mentionAt} ${label.resolution}: was ${label.resolved}, by reading ` +
        `${label.byReading}, now ${now}`,
    )
  }
  return lines
}

/** The labelled rows, one per choice (article and quote), rows of disagreeing labels left out. */
function labelledChoices(
  files: readonly string[],
): Array<ResolutionLabel & { quotationPrefix: string; file: string }> {
  const rows: Array<ResolutionLabel & { quotationPrefix: string; file: string }> = []
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const header = text.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#'))
    const prefixAt = header?.split('\t').indexOf('quotation_prefix') ?? -1
    const lines = text.split('\n')
    for (const label of readResolutionLabels(text, file)) {
      const number = Number(label.source.slice(label.source.lastIndexOf(':') + 1))
      const cells = (lines[number - 1] ?? '').split('\t')
      rows.push({
        ...label,
        file,
        quotationPrefix: prefixAt < 0 ? '' : (cells[prefixAt] ?? '').trim(),
      })
    }
  }
  const conflicting = new Set(
    tallyResolutionLabels(rows).conflicts.flatMap((group) =>
      group.map((row) => `${row.article}#${row.quote}`),
    ),
  )
  const seen = new Set<string>()
  return rows.filter((row) => {
    const key = `${row.article}#${row.quote}`
    if (row.label !== 'right' && row.label !== 'wrong') return false
    if (conflicting.has(key) || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      labels: { type: 'string', multiple: true },
      'held-out': { type: 'boolean', default: false },
      content: { type: 'string' },
    },
  })
  const files = labelFilesOf(values)
  const labels = labelledChoices(files)
  const processor = unified()
    .use(retextEnglish)
    .use(retextEntities)
    .use(retextQuotes, { candidates: true })
  // One article name may stand in two corpora: keyed by path, each label read from its file's.
  const pathOf = (label: { article: string; file: string }) =>
    join(values.content ?? join(corpus, textFolderOf(label.file)), label.article)
  const byArticle = new Map<string, CurrentAttribution[]>()
  for (const path of [...new Set(labels.map(pathOf))].sort()) {
    const file = articleFile(path, readFileSync(path))
    await runOn(processor, file)
    const resolutions = new Map(
      (file.data.speakerCandidates ?? []).map((entry) => [entry.quote, entry.resolution]),
    )
    byArticle.set(
      path,
      (file.data.quotes ?? []).map((quote) => ({
        quote: quote.id,
        text: quote.text,
        speaker: quote.speaker?.name ?? quote.candidate?.name ?? null,
        published: quote.speaker != null,
        resolution: resolutions.get(quote.id) ?? 'none',
      })),
    )
  }
  const rows: CheckedRow[] = labels.map((label) => {
    const current = findLabelled(label, byArticle.get(pathOf(label)) ?? [])
    return {
      label,
      before: label.label === 'right' ? 'right' : 'wrong',
      now: outcomeOf(label, current),
      current,
    }
  })
  console.log(`${labels.length} labelled choices from ${files.join(', ')}`)
  for (const line of formatCheck(rows)) console.log(line)
  if (files.length > 1)
    for (const file of files) {
      const ofFile = rows.filter((_, index) => labels[index]?.file === file)
      const total = formatCheck(ofFile).find((line) => line.startsWith('all rules: '))
      console.log(`${file}: ${total?.slice('all rules: '.length) ?? 'no rows'}`)
    }
}

if (process.argv[1]?.endsWith('resolution-check.ts')) await main()
