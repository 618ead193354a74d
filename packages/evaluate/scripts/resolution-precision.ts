/**
 * The precision of each resolution rule (`pronoun-*`, `role-*`, …) judged by the person it
 * names, from hand labels. PolNeAR's gold marks the source mention itself (`he`, `the governor`),
 * so `newsroom eval --split validation` and the speaker-model fit count a choice of that mention
 * right whoever coreference resolves it to: the fitted weights of a resolution learn how often
 * the mention is right, not the person. Only reading the article tells; this sums the readings.
 * It generalizes `contested-pronouns` (one file of contested pronouns, right or wrong) to every
 * labelled sample, several files labelled in parallel, rows not labelled yet and `unclear`.
 *
 *   pnpm --filter @newsroom/evaluate resolution-precision [--held-out | --labels file…]
 *
 * Reads every `data/resolution-labels-*.tsv` of train by default, `--held-out` the held-out ones
 * (`resolution-labels-validation.tsv` and `resolution-labels-dev.tsv`, drawn from the validation
 * part and from PolNeAR dev by `sample-resolutions`; figures per file, then together), or the
 * `--labels` files. Each is
 * tab-separated under a header naming its columns (`#` lines are comments; more columns may
 * follow): `article`, `quote`, `resolution`, `mention`, `mention_at`, `resolved`, `by_reading`,
 * `label` (`right`, `wrong`, `unclear`, or empty: not labelled yet) and `note`.
 *
 * Prints per rule the right of the labelled (`unclear` counts as labelled and not right: a rule is
 * not credited with what a reader cannot confirm) with a Wilson 95% interval, then the same by
 * distinct mention (one pronoun can be the speaker of several quotations, which are not
 * independent draws), then each wrong mention with its note. A choice (article and quote) in
 * two files counts once; if its labels disagree it is listed and left out.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { dataFolder } from './data-folder.js'
import { wilsonLower, wilsonUpper } from './logistic.js'

const requiredColumns = [
  'article',
  'quote',
  'resolution',
  'mention',
  'mention_at',
  'resolved',
  'by_reading',
  'label',
  'note',
] as const

const labelValues = ['right', 'wrong', 'unclear', ''] as const

export type ResolutionLabelValue = (typeof labelValues)[number]

export interface ResolutionLabel {
  /** The labels file and line, for messages. */
  source: string
  article: string
  quote: string
  resolution: string
  mention: string
  mentionAt: string
  resolved: string
  byReading: string
  /** Empty when the row is not labelled yet. */
  label: ResolutionLabelValue
  note: string
}

function isLabelValue(value: string): value is ResolutionLabelValue {
  return (labelValues as readonly string[]).includes(value)
}

/** The rows of one labels file (`file` names it in messages); throws on a row that contradicts itself. */
export function readResolutionLabels(text: string, file: string): ResolutionLabel[] {
  const lines = text.split('\n').map((line, index) => ({ line, number: index + 1 }))
  const content = lines.filter(({ line }) => line.trim() !== '' && !line.startsWith('#'))
  const [header, ...rows] = content
  if (header === undefined) return []
  const names = header.line.split('\t')
  const missing = requiredColumns.filter((name) => !names.includes(name))
  if (missing.length > 0)
    throw new Error(`${file}:${header.number}: expected the columns \`${missing.join('`, `')}\``)
  const at = Object.fromEntries(requiredColumns.map((name) => [name, names.indexOf(name)])) as {
    [name in (typeof requiredColumns)[number]]: number
  }
  return rows.map(({ line, number }) => {
    const source = `${file}:${number}`
    const cells = line.split('\t')
    // Trailing tabs of a row not labelled yet may be trimmed by an editor; extra cells are a shift.
    if (cells.length > names.length)
      throw new Error(`${source}: expected at most ${names.length} cells, not ${cells.length}`)
    const cell = (name: (typeof requiredColumns)[number]) => (cells[at[name]] ?? '').trim()
    const label = cell('label')
    if (!isLabelValue(label))
      throw new Error(
        `${source}: expected \`right\`, \`wrong\`, \`unclear\` or nothing, not \`${label}\``,
      )
    const row: ResolutionLabel = {
      source,
      article: cell('article'),
      quote: cell('quote'),
      resolution: cell('resolution'),
      mention: cell('mention'),
      mentionAt: cell('mention_at'),
      resolved: cell('resolved'),
      byReading: cell('by_reading'),
      label,
      note: cell('note'),
    }
    if (row.article === '' || row.resolution === '')
      throw new Error(`${source}: expected an article and a resolution`)
    if (label !== '' && row.byReading === '')
      throw new Error(`${source}: labelled \`${label}\` without the person by reading`)
    if (label === 'right' && row.byReading === 'unclear')
      throw new Error(`${source}: right, yet the person by reading is unclear`)
    if (label === 'wrong' && row.byReading === row.resolved)
      throw new Error(`${source}: wrong, yet resolved to the person by reading`)
    return row
  })
}

/** A count of right among labelled, with its Wilson 95% interval. */
export interface Proportion {
  right: number
  labelled: number
  lower: number
  upper: number
}

function proportion(right: number, labelled: number): Proportion {
  return {
    right,
    labelled,
    lower: wilsonLower(right, labelled, 1.96),
    upper: wilsonUpper(right, labelled, 1.96),
  }
}

/** One mention as labelled: the rows (quotations) it is the chosen speaker of. */
export interface LabelledMention {
  article: string
  mentionAt: string
  mention: string
  resolved: string
  byReading: string
  label: Exclude<ResolutionLabelValue, ''>
  note: string
  quotations: number
}

export interface RuleTally {
  resolution: string
  byChoice: Proportion
  wrong: number
  unclear: number
  unlabelled: number
  byMention: Proportion
  /** Wrong mentions in the order first labelled. */
  wrongMentions: LabelledMention[]
}

export interface ResolutionTally {
  rules: RuleTally[]
  all: { byChoice: Proportion; byMention: Proportion }
  /** Rows of one choice (article and quote) labelled differently; left out of every count. */
  conflicts: ResolutionLabel[][]
}

/** Per resolution rule (sorted by name), the labelled choices and mentions and how many are right. */
export function tallyResolutionLabels(rows: readonly ResolutionLabel[]): ResolutionTally {
  const byChoice = new Map<string, ResolutionLabel[]>()
  for (const row of rows) {
    const key = `${row.article}#${row.quote}`
    const group = byChoice.get(key)
    if (group) group.push(row)
    else byChoice.set(key, [row])
  }
  const choices: ResolutionLabel[] = []
  const conflicts: ResolutionLabel[][] = []
  for (const group of byChoice.values()) {
    const labelled = group.filter((row) => row.label !== '')
    const labels = new Set(labelled.map((row) => row.label))
    const [first] = labelled.length > 0 ? labelled : group
    if (first === undefined) continue
    if (labels.size > 1) conflicts.push(group)
    else choices.push(first)
  }

  const byRule = new Map<string, ResolutionLabel[]>()
  for (const choice of choices) {
    const group = byRule.get(choice.resolution)
    if (group) group.push(choice)
    else byRule.set(choice.resolution, [choice])
  }
  const rules: RuleTally[] = []
  const allMentions: LabelledMention[] = []
  for (const [resolution, ruleChoices] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const labelled = ruleChoices.filter((row) => row.label !== '')
    const count = (label: ResolutionLabelValue) =>
      ruleChoices.filter((row) => row.label === label).length
    const mentions = mentionsOf(labelled)
    allMentions.push(...mentions)
    rules.push({
      resolution,
      byChoice: proportion(count('right'), labelled.length),
      wrong: count('wrong'),
      unclear: count('unclear'),
      unlabelled: count(''),
      byMention: proportion(
        mentions.filter((mention) => mention.label === 'right').length,
        mentions.length,
      ),
      wrongMentions: mentions.filter((mention) => mention.label === 'wrong'),
    })
  }
  const labelledChoices = choices.filter((row) => row.label !== '')
  return {
    rules,
    all: {
      byChoice: proportion(
        labelledChoices.filter((row) => row.label === 'right').length,
        labelledChoices.length,
      ),
      byMention: proportion(
        allMentions.filter((mention) => mention.label === 'right').length,
        allMentions.length,
      ),
    },
    conflicts,
  }
}

/**
 * The distinct mentions of labelled choices of one rule. A mention is right only when every
 * quotation it is the speaker of is labelled right (they name one person, so they agree unless a
 * label is a slip), else wrong when any is wrong, else unclear.
 */
function mentionsOf(labelled: readonly ResolutionLabel[]): LabelledMention[] {
  const mentions = new Map<string, LabelledMention>()
  for (const row of labelled) {
    if (row.label === '') continue
    const key = `${row.article}\t${row.mentionAt}\t${row.resolved}`
    const mention = mentions.get(key)
    if (!mention) {
      mentions.set(key, {
        article: row.article,
        mentionAt: row.mentionAt,
        mention: row.mention,
        resolved: row.resolved,
        byReading: row.byReading,
        label: row.label,
        note: row.note,
        quotations: 1,
      })
      continue
    }
    mention.quotations++
    if (mention.label === row.label) continue
    if (row.label === 'wrong' || (row.label === 'unclear' && mention.label === 'right')) {
      mention.label = row.label
      mention.byReading = row.byReading
      mention.note = row.note
    }
  }
  return [...mentions.values()]
}

function formatProportion({ right, labelled, lower, upper }: Proportion): string {
  if (labelled === 0) return '0/0'
  return `${right}/${labelled} = ${(right / labelled).toFixed(3)}, Wilson 95% ${lower.toFixed(3)} to ${upper.toFixed(3)}`
}

/** The report `resolution-precision` prints, one line per string. */
export function formatResolutionTally(tally: ResolutionTally): string[] {
  const lines: string[] = []
  for (const rule of tally.rules) {
    lines.push(
      `${rule.resolution}: right ${formatProportion(rule.byChoice)} (wrong ${rule.wrong}, ` +
        `unclear ${rule.unclear}, not labelled ${rule.unlabelled})`,
    )
    if (rule.byMention.labelled > 0)
      lines.push(`  by distinct mention: ${formatProportion(rule.byMention)}`)
    for (const mention of rule.wrongMentions) {
      const times = mention.quotations > 1 ? `, ${mention.quotations} quotations` : ''
      lines.push(
        `  wrong: ${mention.resolved} for ${mention.byReading} (\`${mention.mention}\` at ` +
          `${mention.article} ${mention.mentionAt}${times})${mention.note ? `: ${mention.note}` : ''}`,
      )
    }
  }
  lines.push(`all rules: right ${formatProportion(tally.all.byChoice)}`)
  lines.push(`  by distinct mention: ${formatProportion(tally.all.byMention)}`)
  for (const group of tally.conflicts)
    lines.push(
      `labels disagree, left out: ${group.map((row) => `${row.source} ${row.label || '(none)'}`).join(', ')}`,
    )
  return lines
}

/**
 * The held-out labels, by file: the rows drawn from PolNeAR train's validation part and from
 * PolNeAR dev, each with the folder of its article texts. Read only when asked (`--held-out`), so
 * that a fix written against the default files is measured on rows it never saw.
 */
export const heldOutLabels: Readonly<Record<string, string>> = {
  'resolution-labels-dev.tsv': join('polnear-dev', 'text'),
  'resolution-labels-validation.tsv': join('polnear-train', 'text'),
}

/**
 * The folder, under the corpus folder, of the article texts of a labels file: its held-out
 * corpus, else PolNeAR train, which every other labels file is drawn from.
 */
export function textFolderOf(file: string): string {
  return heldOutLabels[basename(file)] ?? join('polnear-train', 'text')
}

/**
 * The labels files of `folder`, in name order: every `resolution-labels-*.tsv` but the held-out
 * ones, or with `heldOut` the held-out ones alone (those present).
 */
export function labelFilesIn(folder: string, { heldOut = false } = {}): string[] {
  return readdirSync(folder)
    .filter(
      (name) =>
        /^resolution-labels-.+\.tsv$/.test(name) && Object.hasOwn(heldOutLabels, name) === heldOut,
    )
    .sort()
    .map((name) => join(folder, name))
}

/** The files a labels script reads: `--labels` when given, else the default files of `data/`. */
export function labelFilesOf(values: { labels?: string[]; 'held-out'?: boolean }): string[] {
  if (values.labels) return values.labels
  return labelFilesIn(dataFolder, {
    heldOut: values['held-out'] ?? false,
  }).map((file) => relative(process.cwd(), file))
}

function main(): void {
  const { values } = parseArgs({
    options: {
      labels: { type: 'string', multiple: true },
      'held-out': { type: 'boolean', default: false },
    },
  })
  const files = labelFilesOf(values)
  if (files.length === 0) {
    console.log('No labels files (data/resolution-labels-*.tsv).')
    return
  }
  const byFile = files.map((file) => readResolutionLabels(readFileSync(file, 'utf8'), file))
  // Held out, each file is its own corpus: figures per file first, then together.
  if (values['held-out'] && files.length > 1)
    files.forEach((file, index) => {
      const rows = byFile[index] ?? []
      console.log(`${file}: ${rows.length} rows`)
      for (const line of formatResolutionTally(tallyResolutionLabels(rows))) console.log(line)
      console.log('')
    })
  const rows = byFile.flat()
  console.log(`${rows.length} rows from ${files.length} file(s): ${files.join(', ')}`)
  for (const line of formatResolutionTally(tallyResolutionLabels(rows))) console.log(line)
}

if (process.argv[1]?.endsWith('resolution-precision.ts')) main()
