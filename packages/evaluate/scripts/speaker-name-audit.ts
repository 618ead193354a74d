/**
 * The speaker names of a `newsroom process` output that look like no name: a first or last word
 * that the English lexicon classes as something else (an auxiliary, a role word, a determiner, a
 * calendar word…), a capitalized common word the article also writes in lowercase, an owner
 * glued before a name ("Fox News’ Ann Vale") or a modifier ("76-year-old Ann Vale"). Counts by
 * class, then lists each name with its article.
 *
 *   pnpm --filter @newsroom/evaluate speaker-name-audit <out-dir> [--all] [--quiet]
 *
 * Reads `<out-dir>/articles/*.json`: every named speaker of every article (`--all`: also the
 * candidates given no published speaker). A word can be a name and a common word ("Will",
 * "Hope"): the list is what to read, not a count of defects.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  auxiliaries,
  calendarWords,
  clauseAdverbs,
  collectiveNouns,
  coordinators,
  determiners,
  interrogatives,
  peopleNouns,
  prepositions,
  pronouns,
  roleHeads,
  roleModifiers,
  speechVerbs,
  stanceAdverbs,
  subordinators,
} from '@newsroom/lexicon'
import { isDictionaryWord, isGivenName } from '@newsroom/names'

const args = process.argv.slice(2)
const folder = args.find((arg) => !arg.startsWith('--'))
if (folder === undefined) throw new TypeError('Expected an output folder of `newsroom process`')
const all = args.includes('--all')
const quiet = args.includes('--quiet')

const classes: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['auxiliary', new Set(auxiliaries)],
  ['speech-verb', new Set(speechVerbs)],
  ['role-head', new Set(roleHeads)],
  ['role-modifier', new Set(roleModifiers)],
  ['determiner', new Set(determiners)],
  ['pronoun', new Set(pronouns.map((pronoun) => pronoun.form))],
  ['calendar', new Set(calendarWords)],
  [
    'function-word',
    new Set([
      ...prepositions,
      ...coordinators,
      ...subordinators,
      ...interrogatives,
      ...clauseAdverbs,
      ...stanceAdverbs,
    ]),
  ],
  ['people-noun', new Set([...peopleNouns, ...collectiveNouns])],
]

function lexiconClass(word: string): string | undefined {
  const lower = word.toLowerCase().replace(/[.,]$/u, '')
  for (const [name, set] of classes) if (set.has(lower)) return name
  // A plural of a people or role noun ("Democrats", "Supporters").
  const singular = lower.replace(/(?:e?s)$/u, '')
  if (singular !== lower) {
    for (const [name, set] of classes)
      if ((name === 'people-noun' || name === 'role-head') && set.has(singular))
        return `${name}-plural`
  }
  return undefined
}

interface Finding {
  name: string
  kind: string
  article: string
  classes: string[]
}

const findings: Finding[] = []
let named = 0
for (const file of readdirSync(join(folder, 'articles')).sort()) {
  const article = JSON.parse(readFileSync(join(folder, 'articles', file), 'utf8')) as {
    slug: string
    title?: string
    blocks: Array<{ text?: string }>
    speakers?: Array<{ name: string; kind: string }>
    quotes?: Array<{ candidate?: { name: string; kind: string } | null }>
  }
  const text = [article.title ?? '', ...article.blocks.map((block) => block.text ?? '')].join('\n')
  const lowercase = new Set(text.match(/\b\p{Ll}[\p{L}'-]*/gu) ?? [])
  // Name → kind.
  const names = new Map<string, string>()
  for (const speaker of article.speakers ?? [])
    if (speaker.kind === 'person' || speaker.kind === 'organization')
      names.set(speaker.name, speaker.kind)
  if (all)
    for (const quote of article.quotes ?? [])
      if (quote.candidate && quote.candidate.kind !== 'anonymous')
        names.set(quote.candidate.name, quote.candidate.kind)
  for (const [name, kind] of names) {
    named++
    const words = name.split(/\s+/)
    const first = words[0] ?? ''
    const last = words.at(-1) ?? ''
    const found: string[] = []
    const firstClass = lexiconClass(first)
    if (firstClass) found.push(`first:${firstClass}`)
    const lastClass = words.length > 1 ? lexiconClass(last) : undefined
    if (lastClass) found.push(`last:${lastClass}`)
    if (!firstClass && isDictionaryWord(first) && !isGivenName(first)) {
      if (lowercase.has(first.toLowerCase())) found.push('first:common-word')
    }
    if (
      words.length > 1 &&
      !lastClass &&
      isDictionaryWord(last) &&
      lowercase.has(last.toLowerCase())
    )
      found.push('last:common-word')
    if (words.slice(0, -1).some((word) => /(?:['’]s?|s['’])$/u.test(word))) found.push('owner')
    if (words.some((word) => /^[\p{L}\d]+-(?:year-old|born|based|led|backed)$/iu.test(word)))
      found.push('modifier')
    if (found.length > 0) findings.push({ name, kind, article: article.slug, classes: found })
  }
}

const counts = new Map<string, number>()
for (const finding of findings)
  for (const name of finding.classes) {
    const key = `${finding.kind} ${name}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
const people = findings.filter((finding) => finding.kind === 'person').length
console.log(
  `${findings.length} of ${named} speaker names flagged (${people} people, ${findings.length - people} organizations)`,
)
for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
  console.log(`  ${name}: ${count}`)
if (!quiet)
  for (const finding of findings.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))
    console.log(
      `${finding.kind}\t${finding.name}\t${finding.classes.join(',')}\t${finding.article}`,
    )
