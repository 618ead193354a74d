/**
 * Passive attributions with a `by` agent in PolNeAR train: every sentence holding a quotation
 * mark and a passive cue verb (a form of `be` or `get`, then up to two adverbs, then the past
 * participle of a cue verb of the lexicon) with `by` within a few words after it ("was called
 * "reckless" by the mayor", "was quoted by the Gazette as saying"). For each, the gold
 * attributions whose content overlaps the sentence and holds a quotation mark, and where their
 * source sits: in the `by` phrase (`agent`), before the auxiliary (`subject`), or elsewhere. The
 * census of trial q35d in `docs/speaker-model-trials.md`; read from the brat files alone.
 *
 *   pnpm --filter @newsroom/evaluate exec tsx --conditions=@newsroom/source scripts/passive-census.ts [--validation]
 *
 * One tab-separated line per (sentence, gold attribution): article, where the source sits, the
 * participle, the agent's first words, the gold source, the sentence; then the counts.
 */
import { join } from 'node:path'
import {
  cueModifiers,
  inflect,
  irregularCueVerbs,
  judgementVerbs,
  passiveAuxiliaries,
  regularSpeechVerbs,
} from '@newsroom/lexicon'
import { isValidationArticle, readBrat } from '../src/index.js'
import { annotationOf, corpus, textFiles } from './corpus.js'

/** Past participles of the cue verbs: the past of a regular verb, the non-present forms of an irregular one. */
const participles = new Set([
  ...[...regularSpeechVerbs, ...judgementVerbs].map((base) => inflect(base)[2] as string),
  ...Object.entries(irregularCueVerbs).flatMap(([base, forms]) =>
    forms.filter(
      (form) =>
        !form.endsWith('ing') &&
        (form === base ? form === 'put' || form === 'read' : !form.endsWith('s') || form === base),
    ),
  ),
])
const auxiliaries = new Set(passiveAuxiliaries)
const modifiers = new Set(cueModifiers)
/** Words read after the participle for `by` ("called "reckless" by", "quoted in the Gazette by"). */
const byWindow = 30

interface Word {
  text: string
  lower: string
  start: number
  end: number
}

/** The word at an index of a sentence, known to be in it. */
function word(sentence: readonly Word[], at: number): Word {
  return sentence[at] as Word
}

const directory = join(corpus, 'polnear-train')
const onlyValidation = process.argv.includes('--validation')
const counts = new Map<string, number>()
const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
const token = /[\p{L}\p{N}'’-]+|[“”"]|[^\s\p{L}\p{N}]/gu

for (const { name, contents } of textFiles(join(directory, 'text'))) {
  if (onlyValidation && !isValidationArticle(name)) continue
  const annotation = annotationOf(directory, name)
  if (annotation === null) continue
  const text = contents.toString('utf8')
  const events = readBrat(annotation).events
  const tokens = [...text.matchAll(token)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }))
  // Sentences: cut after . ? ! (outside nothing clever) and at line breaks.
  let first = 0
  for (let at = 0; at <= tokens.length; at++) {
    const current = tokens[at]
    const ends =
      current === undefined ||
      /^[.?!]$/.test(current.text) ||
      text.slice(tokens[at - 1]?.end ?? 0, current.start).includes('\n')
    if (!ends) continue
    const last = current !== undefined && /^[.?!]$/.test(current.text) ? at + 1 : at
    const sentence = tokens.slice(first, Math.min(last + 1, tokens.length))
    first = last
    if (!sentence.some((t) => /^[“”"]$/.test(t.text))) continue
    for (let index = 1; index < sentence.length; index++) {
      const verb = sentence[index] as (typeof sentence)[number]
      if (!participles.has(verb.lower)) continue
      let before = index - 1
      while (
        before > 0 &&
        modifiers.has(word(sentence, before).lower) &&
        !auxiliaries.has(word(sentence, before).lower) &&
        index - before <= 2
      )
        before--
      if (!auxiliaries.has(word(sentence, before).lower)) continue
      let by = -1
      for (let after = index + 1; after < sentence.length && after - index <= byWindow; after++) {
        if (word(sentence, after).lower === 'by') {
          by = after
          break
        }
      }
      const kind = by === -1 ? 'no-by' : 'by'
      const byStart = by === -1 ? Number.POSITIVE_INFINITY : word(sentence, by).start
      const sStart = word(sentence, 0).start
      const sEnd = word(sentence, sentence.length - 1).end
      const agent =
        by === -1
          ? ''
          : sentence
              .slice(by + 1, by + 5)
              .map((t) => t.text)
              .join(' ')
      const gold = events.filter((event) => {
        const content = event.roles.Content
        if (!content) return false
        const [cs, ce] = [
          (content.fragments[0] as [number, number])[0],
          (content.fragments.at(-1) as [number, number])[1],
        ]
        return cs < sEnd && ce > sStart && /[“”"]/.test(text.slice(Math.max(cs - 1, 0), ce + 1))
      })
      if (gold.length === 0) {
        count(`${kind} none`)
        console.log(
          [
            name,
            kind,
            'none',
            verb.lower,
            agent,
            '-',
            text.slice(sStart, sEnd).replace(/\s+/g, ' '),
          ].join('\t'),
        )
      }
      for (const event of gold) {
        const source = event.roles.Source
        let where = 'no-source'
        if (source) {
          const s = (source.fragments[0] as [number, number])[0]
          const e = (source.fragments.at(-1) as [number, number])[1]
          where =
            s >= byStart
              ? 'agent'
              : e <= word(sentence, before).start && e > sStart
                ? 'subject'
                : s >= sEnd || e <= sStart
                  ? 'outside'
                  : 'other'
        }
        count(`${kind} ${where}`)
        console.log(
          [
            name,
            kind,
            where,
            verb.lower,
            agent,
            source?.text ?? '-',
            text.slice(sStart, sEnd).replace(/\s+/g, ' '),
          ].join('\t'),
        )
      }
    }
  }
}
console.log('')
for (const [key, value] of [...counts].sort()) console.log(`${key}\t${value}`)
