import { createRequire } from 'node:module'
import type Nlp from 'compromise'

const require = createRequire(import.meta.url)

/**
 * `data/compromise-lexicon.txt`: compromise's English lexicon (`world().model.one.lexicon`, the
 * 24,000 words and names it knows, with the inflected forms it makes of them at load) as
 * `knowledgeOf` and `isListedPerson` read it, a line an entry, `word<TAB>Tag Tag…`, in order of
 * the words (UTF-16 code units, as `SortedLines` searches). The test holds the file to it.
 */
export function compromiseLexiconText(): string {
  const loaded = require('compromise') as typeof Nlp | { default: typeof Nlp }
  const nlp = 'default' in loaded ? loaded.default : loaded
  const world = nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }
  const lexicon = world.model.one.lexicon
  const words = Object.keys(lexicon).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const lines = words.map((word) => {
    const entry = lexicon[word] as string | string[]
    const tags = Array.isArray(entry) ? entry : [entry]
    // A line holds one word and its tags: a tab or line break in a word, or a space in a tag,
    // would make another entry of it.
    if (/[\t\n\r]/.test(word) || tags.some((tag) => tag === '' || /\s/.test(tag)))
      throw new SyntaxError(`Unexpected word \`${JSON.stringify(word)}\` that a line cannot hold`)
    return `${word}\t${tags.join(' ')}\n`
  })
  return lines.join('')
}
