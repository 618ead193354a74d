/**
 * How the quotations whose chosen mention was resolved by a description rule (`role-*`,
 * `recent-body`, `anonymous`…) fare, by resolution, on each held-out set: how many are right and
 * wrong (the speaker given or leaned to, as `newsroom eval` judges it), and of those how many are
 * published: how often each rule is right, what a doubt or a feature on it would trade (trial
 * q25b in `docs/speaker-model-trials.md` split `role-recent` by the evidence it rests on).
 *
 *   pnpm --filter @newsroom/evaluate exec tsx --conditions=@newsroom/source scripts/description-census.ts [--all] [--train] [--conflicts] [--quotes] [--forms [--forms-whole]]
 *
 * Sets: the validation part of PolNeAR train, PolNeAR dev and Wikinews dev (the gold files of
 * `../shared/corpus/gold`). `--all` counts every resolution, names and pronouns too. Judged as
 * `newsroom eval` judges (`matchSourceMentions` for validation, `sameSpeaker` of a gold file's
 * speaker and its other readings for the dev sets) on the plugins' own output, before the
 * pipeline's speaker spellings are unified: the totals can differ from `eval`'s by a quotation.
 *
 * A second table (trial q26b) splits the descriptions taken for a named person (`role-holder`,
 * `role-recent`, `role-principal`) by what the text says of that person's role, read here from
 * the text alone, independently of the plugin: `conflict` when the text gives them a role (an
 * apposition after their name, `Ann Vale, a harbor pilot,`, or a title before it, `Pilot Vale`)
 * and none of its heads is the description's head or of its kind (`roleKinds`); `agrees` when one
 * is; `no role` when the text gives them none.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { roleKinds } from '@newsroom/lexicon'
import { foldName, isRoleHead } from '@newsroom/names'
import retextEntities from '@newsroom/retext-entities'
import retextQuotes, { type QuoteCandidates } from '@newsroom/retext-quotes'
import type { Quote } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { matchQuotes, readGold, sameSpeaker, systemQuotesFromQuotes } from '../src/index.js'
import { articleFile, corpus, runOn } from './corpus.js'
import { matchedChoices, partNames, runArticles } from './train-runs.js'

const everyResolution = process.argv.includes('--all')
/** `--quotes`: print each quotation counted, to compare two runs line by line. */
const listQuotes = process.argv.includes('--quotes')
/** `--conflicts`: print each description taken for a person whose role the text says differs. */
const listConflicts = process.argv.includes('--conflicts')
/**
 * `--forms` (trial q27d): for each quotation a description resolved, which way the text before
 * it (its paragraph and the one before) states someone to hold the description's head: an
 * apposition after the name (`Vale, a harbor pilot,`), a relative clause (`Vale, who heads the
 * pilots,`), a predicate (`Vale is the harbor pilot`, `Vale became pilot`, `Vale, now the
 * pilot,`) or a title before the name (`harbor pilot Ann Vale`); and whether the speaker given
 * or leaned to is that person, and right.
 */
const listForms = process.argv.includes('--forms')
/** `--forms-whole`: read the forms in the whole text before the description, not two paragraphs. */
const wholeText = process.argv.includes('--forms-whole')
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
  /** For a description taken for a named person: what the text says of that person's role. */
  roleEvidence: RoleEvidence | undefined
  /** The article, quotation and speaker given or leaned to (`--quotes`). */
  label: string
  /** `--forms`: the forms stating a holder of the description's head, each with `=` or `≠`. */
  forms: string[] | undefined
}

type RoleEvidence = 'conflict' | 'agrees' | 'no role'

/** Resolutions by which a description reaches a named person. */
const descriptionToPerson = /^role-(holder|recent|principal)$/

const roleKindSets = roleKinds.map((kind) => new Set(kind))

function sameRoleKind(a: string, b: string): boolean {
  return a === b || roleKindSets.some((kind) => kind.has(a) && kind.has(b))
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The role heads the text gives a person (by their family name): the head of a description
 * after the name (`Vale, a harbor pilot,`, up to six words, to a comma or a word opening a
 * phrase of its own) and a title before it (`Pilot Vale`). Read from the text alone.
 */
function rolesInText(text: string, name: string): string[] {
  const surname = name.split(' ').at(-1) ?? name
  const heads: string[] = []
  const after = new RegExp(
    `\\b${escaped(surname)}(?:'s)?, (?:a|an|the) ((?:[\\w'’-]+ ){0,5}?[\\w'’-]+)(?=,|\\.|;| who\\b| from\\b| of\\b| in\\b| at\\b| for\\b| with\\b| and\\b)`,
    'gu',
  )
  for (const match of text.matchAll(after)) {
    const head = (match[1] ?? '').split(' ').at(-1) ?? ''
    if (isRoleHead(head)) heads.push(foldName(head).replace(/\.$/, ''))
  }
  const before = new RegExp(`\\b([A-Z][\\w.]+) (?:[A-Z][\\w'’.-]+ )?${escaped(surname)}\\b`, 'gu')
  for (const match of text.matchAll(before)) {
    const title = match[1] ?? ''
    if (isRoleHead(title)) heads.push(foldName(title).replace(/\.$/, ''))
  }
  return heads
}

/** What the text says of a person's role against a description's head word. */
function roleEvidence(text: string, name: string, description: string): RoleEvidence {
  const head = foldName(description.split(' ').at(-1) ?? '').replace(/\.$/, '')
  const heads = rolesInText(text, name)
  if (heads.length === 0) return 'no role'
  return heads.some((role) => sameRoleKind(role, head)) ? 'agrees' : 'conflict'
}

/** The evidence for a quotation whose description was taken for a named person, else none. */
function evidenceOf(
  text: string,
  resolution: string,
  quote: Quote | undefined,
  candidates: QuoteCandidates | undefined,
): RoleEvidence | undefined {
  if (!descriptionToPerson.test(resolution) || quote === undefined) return undefined
  const name = quote.speaker?.name ?? quote.candidate?.name
  const description = candidates?.candidates.find((candidate) => candidate.chosen)?.text
  if (name === undefined || description === undefined) return undefined
  const evidence = roleEvidence(text, name, description)
  if (listConflicts && evidence === 'conflict')
    console.log(`  conflict: ${description} → ${name} (${rolesInText(text, name).join(', ')})`)
  return evidence
}

const nameWords = "[A-Z][\\w'’.-]+(?: [A-Z][\\w'’.-]+){0,3}"
const roleVerbs =
  '(?:heads|headed|chairs|chaired|leads|led|runs|ran|directs|directed|manages|managed|oversees|oversaw|serves as|served as|is|was|became|has been|had been)'

/**
 * The people (their last name word) the text states to hold a role head, by form, read from the
 * text alone: `apposition`, `relative`, `predicate`, `title`.
 */
function holdersByForm(text: string, head: string): Array<[string, string]> {
  const escapedHead = escaped(head)
  const found: Array<[string, string]> = []
  const forms: Array<[string, RegExp]> = [
    [
      'apposition',
      new RegExp(
        `(${nameWords}), (?:a|an|the) (?:[\\w'’-]+ ){0,4}?${escapedHead}s?\\b(?=,|\\.|;| who\\b| from\\b| of\\b| in\\b| at\\b| for\\b| with\\b| and\\b)`,
        'giu',
      ),
    ],
    [
      'relative',
      new RegExp(
        `(${nameWords}),? who (?:also |now |currently )?${roleVerbs} (?:the |a |an )?(?:[\\w'’-]+ ){0,4}?${escapedHead}\\b`,
        'giu',
      ),
    ],
    [
      'relative',
      new RegExp(
        `(${nameWords}),? who (?:also |now |currently )?(?:heads|chairs|leads|runs|directs|oversees) (?:the |a |an )?(?:[\\w'’-]+ ){0,4}?[\\w'’-]+`,
        'gu',
      ),
    ],
    [
      'predicate',
      new RegExp(
        `(${nameWords})(?: ${roleVerbs}|, now) (?:the |a |an )?(?:[\\w'’-]+ ){0,4}?${escapedHead}\\b`,
        'gu',
      ),
    ],
    ['title', new RegExp(`\\b${escapedHead}\\.? (${nameWords})`, 'giu')],
  ]
  for (const [form, pattern] of forms)
    for (const match of text.matchAll(pattern)) {
      const name = match[1] ?? ''
      // The relative clause without the head (`who heads the agency`) counts only for the
      // general heads a running verb gives (`the head`, `the chief`, `the leader`).
      if (
        form === 'relative' &&
        !new RegExp(`\\b${escapedHead}\\b`, 'i').test(match[0]) &&
        !['head', 'chief', 'leader', 'director', 'chairman', 'chair'].includes(head)
      )
        continue
      const last = name.split(' ').at(-1) ?? name
      if (!/^[A-Z]/.test(last)) continue
      found.push([form, last])
    }
  return found
}

/** `--forms`: the forms stating a holder of the chosen description's head, `=` when it is the speaker. */
function formsOf(
  blocks: readonly string[],
  blockIds: readonly string[],
  candidates: QuoteCandidates | undefined,
  leaned: string | null,
): string[] | undefined {
  const chosen = candidates?.candidates.find((candidate) => candidate.chosen)
  if (chosen === undefined || !/^(the|a|an) /i.test(chosen.text)) return undefined
  const head = foldName(chosen.text.split(' ').at(-1) ?? '').replace(/['’]s$|\.$/, '')
  if (!isRoleHead(head)) return undefined
  const at = blockIds.indexOf(chosen.span.blockId)
  if (at < 0) return undefined
  const window = [
    ...blocks.slice(wholeText ? 0 : Math.max(0, at - 1), at),
    (blocks[at] ?? '').slice(0, chosen.span.start),
  ].join('\n\n')
  const forms = new Set<string>()
  for (const [form, last] of holdersByForm(window, head))
    forms.add(`${form}${leaned?.split(' ').includes(last) ? '=' : '≠'}`)
  return [...forms]
}

function reportForms(judged: readonly Judged[]): void {
  const counts = new Map<string, { right: number; wrong: number }>()
  for (const { forms, right } of judged) {
    if (forms === undefined) continue
    for (const form of forms.length === 0 ? ['none'] : forms) {
      const count = counts.get(form) ?? { right: 0, wrong: 0 }
      if (right) count.right++
      else count.wrong++
      counts.set(form, count)
    }
  }
  console.log(
    '  role-head descriptions by the form stating a holder (= the speaker given, ≠ another):',
  )
  for (const [form, count] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `  ${form.padEnd(20)} ${String(count.right).padStart(6)} ${String(count.wrong).padStart(6)}`,
    )
  if (listQuotes)
    for (const quote of judged)
      if (quote.forms !== undefined && quote.forms.length > 0)
        console.log(
          `  forms ${quote.forms.join(',')} ${quote.right ? 'right' : 'wrong'} ${quote.label}`,
        )
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

function reportEvidence(judged: readonly Judged[]): void {
  const tallies = new Map<string, Tally>()
  for (const { roleEvidence: evidence, right, published } of judged) {
    if (evidence === undefined) continue
    const tally = tallies.get(evidence) ?? {
      right: 0,
      wrong: 0,
      rightPublished: 0,
      wrongPublished: 0,
    }
    if (right) tally.right++
    else tally.wrong++
    if (published && right) tally.rightPublished++
    if (published && !right) tally.wrongPublished++
    tallies.set(evidence, tally)
  }
  console.log('  description → named person, by the role the text gives them:')
  for (const [evidence, tally] of [...tallies].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `  ${evidence.padEnd(20)} ${String(tally.right).padStart(6)} ${String(tally.wrong).padStart(6)} ${String(tally.rightPublished).padStart(16)} ${String(tally.wrongPublished).padStart(16)}`,
    )
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
  reportEvidence(judged)
  if (listForms) reportForms(judged)
  if (listQuotes)
    for (const quote of judged)
      if (everyResolution || descriptionResolution.test(quote.resolution))
        console.log(
          `  quote ${quote.resolution} ${quote.right ? 'right' : 'wrong'}${quote.published ? ' published' : ''} ${quote.label}`,
        )
}

async function part(name: 'train' | 'validation'): Promise<Judged[]> {
  const runs = await runArticles(partNames(name), processor, { keepTexts: true })
  const judgedOf = new Map(
    runs.flatMap((article) => {
      const text = (article.texts ?? []).join('\n\n')
      // Not every quotation has candidates: they are found by the quotation's id.
      const byQuote = new Map(article.candidates.map((entry) => [entry.quote, entry]))
      return article.system.quotes.map((quote, at) => {
        const candidates = byQuote.get(article.quotes[at]?.id ?? '')
        const resolution = candidates?.resolution ?? 'none'
        const evidence = evidenceOf(text, resolution, article.quotes[at], candidates)
        const label = `${article.name} ${article.quotes[at]?.id}`
        const leaned = quote.speaker ?? quote.candidate ?? null
        const forms = listForms
          ? formsOf(article.texts ?? [], article.blockIds ?? [], candidates, leaned)
          : undefined
        return [quote, { resolution, evidence, label, forms }] as const
      })
    }),
  )
  return matchedChoices(runs).map(({ quote }) => ({
    resolution: judgedOf.get(quote.system)?.resolution ?? 'none',
    right: quote.right,
    published: quote.system.speaker !== null,
    roleEvidence: judgedOf.get(quote.system)?.evidence,
    forms: judgedOf.get(quote.system)?.forms,
    label: `${judgedOf.get(quote.system)?.label} ${quote.system.speaker ?? quote.system.candidate ?? 'none'}`,
  }))
}

async function goldSet(goldFile: string, content: string): Promise<Judged[]> {
  const judged: Judged[] = []
  for (const article of readGold(readFileSync(join(corpus, 'gold', goldFile), 'utf8'))) {
    const file = articleFile(article.file, readFileSync(join(content, article.file)))
    await runOn(processor, file)
    const quotes: Quote[] = file.data.quotes ?? []
    // Not every quotation has candidates: they are found by the quotation's id.
    const byQuote = new Map(
      (file.data.speakerCandidates ?? []).map((entry) => [entry.quote, entry]),
    )
    const candidates = quotes.map((quote) => byQuote.get(quote.id))
    // Speakers labelled as `newsroom eval` labels them (an anonymous one by its description).
    const system = systemQuotesFromQuotes(quotes, file.data.speakers ?? [])
    const text = String(file.value)
    const blocks = file.data.article?.blocks ?? []
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
      const resolution = candidates[systemIndex]?.resolution ?? 'none'
      judged.push({
        resolution,
        right: accepted.some((speaker) => sameSpeaker(speaker, leaned)),
        published: quote.speaker !== null,
        roleEvidence: evidenceOf(text, resolution, quotes[systemIndex], candidates[systemIndex]),
        forms: listForms
          ? formsOf(
              blocks.map((block) => block.text),
              blocks.map((block) => block.id),
              candidates[systemIndex],
              leaned,
            )
          : undefined,
        label: `${article.file} ${quotes[systemIndex]?.id} ${leaned ?? 'none'}`,
      })
    }
  }
  return judged
}

// `--train`: the fit part too, in sample (the model was fitted on it: its choices are not held out).
if (process.argv.includes('--train')) report('train (in sample)', await part('train'))
report('validation', await part('validation'))
report('polnear-dev', await goldSet('polnear-dev.jsonl', join(corpus, 'polnear-dev', 'text')))
report('wikinews-dev', await goldSet('dev.jsonl', join(corpus, 'articles')))
