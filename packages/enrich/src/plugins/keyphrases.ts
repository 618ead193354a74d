import type { Keyphrase } from '@newsroom/schema'
import type { Root, SentenceContent } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import retextKeywords, { type Keyphrase as RetextKeyphrase } from 'retext-keywords'
import retextPos from 'retext-pos'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

declare module 'vfile' {
  interface DataMap {
    /**
     * Key phrases as schema `Keyphrase`s, best first. Populated by the keyphrases plugin
     * (retext-keywords keeps its own `keyphrases` and `keywords` keys).
     */
    keyphraseList?: Keyphrase[]
  }
}

/** Configuration of `keyphrases`. */
export interface KeyphrasesOptions {
  /** Most key phrases to keep (default: `10`). */
  maximum?: number | null | undefined
}

/** What `keyphrases` writes on `file.data.keyphraseList`. */
export type KeyphrasesResult = Keyphrase[]

const emptyOptions: Readonly<KeyphrasesOptions> = Object.freeze({})

/**
 * Extract key phrases with `retext-keywords` and convert them to schema `Keyphrase`s on
 * `file.data.keyphraseList`: the most frequent surface form of each phrase, a 0..1 score
 * (retext-keywords' score relative to the best phrase), duplicates (same text, case folded)
 * merged, ordered by score then text, at most `maximum`. retext-keywords needs part-of-speech
 * tags: words are tagged with `retext-pos` when no earlier plugin tagged them.
 */
export default function keyphrases(options?: Readonly<KeyphrasesOptions> | null) {
  const settings = options ?? emptyOptions
  const maximum = settings.maximum ?? 10
  if (!Number.isInteger(maximum) || maximum < 1) {
    throw new TypeError(`Expected \`maximum\` to be a positive integer, not \`${maximum}\``)
  }
  const tag = retextPos()
  // Ask for more than kept: merging case variants and dropping non-words thins the list.
  const extract = retextKeywords({ maximum: maximum * 2 })

  return function transformer(tree: Root, file: VFile): undefined {
    if (!isTagged(tree)) tag(tree)
    extract(tree, file)
    file.data.keyphraseList = convert(file.data.keyphrases ?? [], maximum)
  }
}

function isTagged(tree: Root): boolean {
  let tagged = false
  visit(tree, 'WordNode', (node) => {
    tagged = typeof node.data?.partOfSpeech === 'string'
    return false
  })
  return tagged
}

const hasLetter = /\p{L}/u

function convert(phrases: readonly RetextKeyphrase[], maximum: number): Keyphrase[] {
  const byText = new Map<string, Keyphrase>()
  for (const phrase of phrases) {
    const text = surfaceForm(phrase)
    if (!hasLetter.test(text)) continue
    const key = text.toLowerCase()
    const score = Math.round(Math.min(1, Math.max(0, phrase.score)) * 1000) / 1000
    const known = byText.get(key)
    if (!known || score > known.score) byText.set(key, { text, score })
  }
  return [...byText.values()]
    .sort((a, b) => b.score - a.score || a.text.localeCompare(b.text, 'en'))
    .slice(0, maximum)
}

/** The form of the phrase the text uses most (ties: the first in sort order). */
function surfaceForm(phrase: RetextKeyphrase): string {
  const forms = new Map<string, number>()
  for (const match of phrase.matches) {
    const form = match.nodes
      .map((node: SentenceContent) => nlcstToString(node))
      .join('')
      .replace(/\s+/gu, ' ')
      .trim()
    forms.set(form, (forms.get(form) ?? 0) + 1)
  }
  let best = ''
  let bestCount = 0
  for (const [form, count] of [...forms].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    if (count > bestCount) {
      best = form
      bestCount = count
    }
  }
  return best
}
