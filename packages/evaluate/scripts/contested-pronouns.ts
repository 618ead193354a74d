/**
 * The precision of the pronouns the resolver marks contested (`Coreference.contestedPronoun`),
 * from hand labels: PolNeAR's gold marks the pronoun itself as the source and so counts every
 * such choice right whoever the pronoun is resolved to; only reading the article tells. The mark
 * is not on main (q32b's 6736ec3, q32h's 3f60152, both reverted; see the trials doc): the labels
 * are kept for whoever tries pronoun doubt next, judged by the entity and not by the mention.
 *
 *   pnpm --filter @newsroom/evaluate contested-pronouns [--labels data/contested-pronouns.tsv]
 *
 * Labels: one row per marked pronoun (tab-separated, `#` lines are comments): the article, the
 * pronoun's block and offset, the pronoun, the resolution rule, the quotation's first words, the
 * person it was resolved to, the person by reading, `right` or `wrong`, and a note.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { dataFolder } from './data-folder.js'
import { wilsonLower, wilsonUpper } from './logistic.js'

const columns = [
  'article',
  'pronoun_at',
  'pronoun',
  'resolution',
  'quotation_prefix',
  'resolved',
  'by_reading',
  'label',
  'note',
] as const

type Label = Record<(typeof columns)[number], string>

/** The labelled rows of `text`; throws on a row that contradicts itself. */
export function readLabels(text: string): Label[] {
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'))
  const [header, ...rows] = lines
  if (header !== columns.join('\t'))
    throw new Error(`Expected the header \`${columns.join('\\t')}\`, not \`${header}\``)
  return rows.map((line, at) => {
    const cells = line.split('\t')
    if (cells.length !== columns.length)
      throw new Error(`Row ${at + 1}: expected ${columns.length} cells, not ${cells.length}`)
    const row = Object.fromEntries(columns.map((name, index) => [name, cells[index]])) as Label
    if (row.label !== 'right' && row.label !== 'wrong')
      throw new Error(`Row ${at + 1}: expected \`right\` or \`wrong\`, not \`${row.label}\``)
    // A description of the person (`the retired neurosurgeon`) is right too: see its note.
    if (row.label === 'wrong' && row.resolved === row.by_reading)
      throw new Error(`Row ${at + 1}: wrong, yet resolved to the person by reading`)
    return row
  })
}

function main(): void {
  const { values } = parseArgs({
    options: {
      labels: {
        type: 'string',
        default: join(dataFolder, 'contested-pronouns.tsv'),
      },
    },
  })
  const labels = readLabels(readFileSync(values.labels, 'utf8'))
  const right = labels.filter((row) => row.label === 'right').length
  const total = labels.length
  const byRule = new Map<string, [number, number]>()
  for (const row of labels) {
    const counts = byRule.get(row.resolution) ?? [0, 0]
    counts[0] += row.label === 'right' ? 1 : 0
    counts[1]++
    byRule.set(row.resolution, counts)
  }
  const precision = right / total
  console.log(
    `contested pronouns right ${right}/${total} = ${precision.toFixed(4)}, Wilson 95% ` +
      `${wilsonLower(right, total, 1.96).toFixed(3)} to ${wilsonUpper(right, total, 1.96).toFixed(3)}`,
  )
  for (const [rule, [ruleRight, ruleTotal]] of [...byRule].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`  ${rule}: ${ruleRight}/${ruleTotal}`)
}

if (process.argv[1]?.endsWith('contested-pronouns.ts')) main()
