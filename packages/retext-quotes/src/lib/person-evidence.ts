/**
 * What the words around a name show of it being a person's: a cue verb after it past its
 * appositions (`speaksAfterName`), a title before it (`titledName`), an age or a person's
 * description after it (`describedAsPerson`). Coreference reads these to doubt a pronoun that
 * means a name nothing shows to be a person's (see `doubtedPeople` there).
 */
import { isPersonNoun, pastRoleModifiers, relativePronouns } from '@newsroom/lexicon'
import { isRoleHead } from '@newsroom/names'
import type { NameChain } from './article-names.js'
import {
  firstTokenFrom,
  type PreparedParagraph,
  sentenceIndexAt,
  type Token,
} from './paragraphs.js'
import { withoutPossessiveEnding } from './possessive.js'
import { descriptionHead } from './readings.js'
import {
  cueVerbs,
  isHonorificToken,
  isRoleHeadToken,
  mayBePastOrFiniteVerbToken,
  prepositions,
  subordinators,
} from './words.js'

/** How many tokens after a name `speaksAfterName` reads for the verb past its appositions. */
const appositionReach = 32

/** How many words of a description after a name (`, a harbor pilot`) are read for its head. */
const descriptionReach = 5

const articles: ReadonlySet<string> = new Set(['a', 'an', 'the'])
const ageShape = /^\d{1,3}$/
/** The oldest age read after a name: a larger number is a count (`Calder Bay, 300,`). */
const oldestAge = 120
const thousandsGroup = /^\d{3}$/
/**
 * Words after which a description after a name is an apposition still (`Nora Lake, a nurse from
 * Linden`, `the mayor who`); a subordinator or `and` may as well open the next clause's verb.
 */
const appositionClosers: ReadonlySet<string> = new Set([...prepositions, ...relativePronouns])
/** Words that end a description's noun phrase: what follows them is no part of its head. */
const descriptionEnds: ReadonlySet<string> = new Set([
  ...prepositions,
  ...subordinators,
  ...relativePronouns,
  'and',
])

/** The end of the sentence holding a name. */
function sentenceEndOf(prepared: PreparedParagraph, chain: NameChain): number {
  return (prepared.sentences[sentenceIndexAt(prepared, chain.start)] ?? [0, 0])[1]
}

/**
 * Whether a cue verb is the verb of a name's clause, past any appositions ("Ann Vale, 60, a
 * nurse, said she…"): the cue finders may miss such a subject, yet it speaks.
 */
export function speaksAfterName(prepared: PreparedParagraph, chain: NameChain): boolean {
  const { tokens } = prepared
  const sentenceEnd = sentenceEndOf(prepared, chain)
  const speaks = (token: Token | undefined): boolean =>
    token !== undefined &&
    token.start < sentenceEnd &&
    token.kind === 'word' &&
    cueVerbs.has(token.lower)
  let index = firstTokenFrom(tokens, chain.end)
  if (tokens[index]?.text !== ',') return speaks(tokens[index])
  // The verb follows the comma that closes the last apposition; no more than three
  // appositions and a few dozen tokens are read, so a long sentence is not walked for each name.
  const last = Math.min(tokens.length, index + appositionReach)
  for (let commas = 0; commas < 3 && index < last; index++) {
    const token = tokens[index] as Token
    if (token.start >= sentenceEnd) return false
    if (token.text !== ',') continue
    commas++
    if (speaks(tokens[index + 1])) return true
  }
  return false
}

/**
 * Whether a title stands before the last two words of a name (`Mayor Nora Lake`, `Dr. Mia
 * Bay`), in the name's run of words or just before it: a role's head or an honorific, which
 * only a person bears. Not any word of a role (`isRoleWordToken`), which holds "the", "to".
 */
export function titledName(prepared: PreparedParagraph, chain: NameChain): boolean {
  const { tokens } = prepared
  const nameStart = firstTokenFrom(tokens, chain.start)
  // An honorific's period stands between it and the name (`Ms. Lake`).
  const first = Math.max(0, tokens[nameStart - 1]?.text === '.' ? nameStart - 2 : nameStart - 1)
  let words = 0
  let index = firstTokenFrom(tokens, chain.end) - 1
  // The name's own last two words are passed over, from its end, but not a title standing
  // before a bare surname in the name's run (`Ms. Lake`, `Mayor Lake`).
  for (; index >= nameStart && words < 2; index--) {
    const token = tokens[index] as Token
    if (token.kind !== 'word') continue
    if (words === 1 && (isHonorificToken(token) || isRoleHeadToken(token))) break
    words++
  }
  for (; index >= first; index--) {
    const token = tokens[index] as Token
    if (token.kind === 'word' && (isHonorificToken(token) || isRoleHeadToken(token))) return true
  }
  return false
}

/**
 * Whether a comma after a name opens an age (`Nora Lake, 52,`) or a description headed by a
 * noun of a person or a role (`, a nurse`, `, the harbor pilot,`): what news copy puts after a
 * person's name, not after a place's (`Calder Bay, a town of 4,000`).
 */
export function describedAsPerson(prepared: PreparedParagraph, chain: NameChain): boolean {
  const { tokens } = prepared
  const index = firstTokenFrom(tokens, chain.end)
  if (tokens[index]?.text !== ',') return false
  const opening = tokens[index + 1]
  if (opening === undefined || opening.start >= sentenceEndOf(prepared, chain)) return false
  if (ageShape.test(opening.text)) return isAge(tokens, index + 1)
  const head = descriptionAfterName(prepared, chain)?.head
  return head !== undefined && (isPersonNoun(head) || isRoleHead(head))
}

/**
 * The role a description after a name gives its bearer, as its head word, lowercased
 * (`Nora Lake, a harbor commissioner,` → `commissioner`), else null: a role the text states,
 * which a later `the officer` meaning someone else may contradict. The description must close
 * where an apposition closes (a mark, the sentence's end, `of`, `who`): one running on into a
 * verb is the subject of the next clause (`Speaking to Nora Lake, the candidate stated`).
 */
export function roleAfterName(prepared: PreparedParagraph, chain: NameChain): string | null {
  const description = descriptionAfterName(prepared, chain)
  if (description === null || !description.closed || description.past) return null
  return isRoleHead(description.head) ? description.head : null
}

const pastModifiers = new Set(pastRoleModifiers)

/** Whether a word makes a role a past one (`former`, `ex-officer`). */
function marksPastRole(word: string): boolean {
  const lower = word.toLowerCase()
  const hyphen = lower.indexOf('-')
  return pastModifiers.has(lower) || (hyphen > 0 && pastModifiers.has(lower.slice(0, hyphen)))
}

/**
 * The head word, lowercased, of a description a comma after a name opens with an article
 * (`, a nurse`, `, the harbor pilot,`), whether it closes as an apposition does and whether it
 * is a past role (`, a former nurse,`); else null.
 */
function descriptionAfterName(
  prepared: PreparedParagraph,
  chain: NameChain,
): { head: string; closed: boolean; past: boolean } | null {
  const { tokens } = prepared
  const sentenceEnd = sentenceEndOf(prepared, chain)
  let index = firstTokenFrom(tokens, chain.end)
  if (tokens[index]?.text !== ',') return null
  const opening = tokens[index + 1]
  if (opening === undefined || opening.start >= sentenceEnd) return null
  if (opening.kind !== 'word' || !articles.has(opening.lower)) return null
  // The noun phrase ends at a comma, the sentence's end, a quotation or a word that opens a
  // phrase or clause of its own (`a nurse from Linden`, `a town with a mayor`, `who`).
  let words: string[] = []
  // A finite verb read in it (`the commissioner stated his case`) makes it a clause's subject.
  let verbRead = false
  const last = Math.min(tokens.length, index + 2 + descriptionReach)
  for (index += 2; index < last; index++) {
    const token = tokens[index] as Token
    if (token.start >= sentenceEnd || token.kind !== 'word') break
    if (descriptionEnds.has(token.lower)) break
    // A possessive is the phrase's determiner (`the mayor's hometown`), not its head.
    if (withoutPossessiveEnding(token.text) !== token.text) words = []
    else words.push(token.text)
    if (mayBePastOrFiniteVerbToken(token)) verbRead = true
  }
  if (words.length === 0) return null
  const end = tokens[index]
  const closed =
    (end === undefined ||
      end.start >= sentenceEnd ||
      end.kind === 'punct' ||
      (end.kind === 'word' && appositionClosers.has(end.lower))) &&
    !verbRead

  return {
    head: descriptionHead([opening.text, ...words].join(' ')).toLowerCase(),
    closed,
    // "a former officer, now a harbor commissioner": what the person was.
    past: words.some(marksPastRole),
  }
}

/**
 * Whether the number at `index`, closed by a comma, is an age (`, 52,`): not a count written
 * in groups of three (`, 4,000,`), nor past a lifetime.
 */
function isAge(tokens: readonly Token[], index: number): boolean {
  if (Number((tokens[index] as Token).text) > oldestAge) return false
  if (tokens[index + 1]?.text !== ',') return false
  return !thousandsGroup.test(tokens[index + 2]?.text ?? '')
}
