/**
 * What the words around a name show of it being a person's: a cue verb after it past its
 * appositions (`speaksAfterName`), a title before it (`titledName`), an age or a person's
 * description after it (`describedAsPerson`). Coreference reads these to doubt a pronoun that
 * means a name nothing shows to be a person's (see `isDoubtedPerson` there).
 */
import {
  articles,
  bodyNouns,
  brillLexicon,
  calendarWords,
  deputyRoleModifiers,
  isPersonNoun,
  listCoordinators,
  pastRoleModifiers,
  rankedRoleModifiers,
  relativeDays,
  relativePronouns,
  timeNouns,
} from '@newsroom/lexicon'
import { isOrganizationHead, isRoleHead, isRoleWord } from '@newsroom/names'
import type { NameChain } from './article-names.js'
import { ageOfModifier } from './mention-phrase.js'
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
  isGerundToken,
  isHonorificToken,
  isRoleHeadToken,
  mayBeFiniteVerbToken,
  mayBePastOrFiniteVerbToken,
  possessives,
  prepositions,
  subordinators,
} from './words.js'

/** How many tokens after a name `speaksAfterName` reads for the verb past its appositions. */
const appositionReach = 32

/** How many words of a description after a name (`, a harbor pilot`) are read for its head. */
const descriptionReach = 5

const articleSet: ReadonlySet<string> = new Set(articles)
const ageShape = /^\d{1,3}$/
/** The oldest age read after a name: a larger number is a count (`Calder Bay, 300,`). */
const oldestAge = 120
const thousandsGroup = /^\d{3}$/
const presentParticiple = /^[a-z]{2,}ing$/
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
 * The age the text gives a person where it names them, else null: a number set off by commas
 * after the name (`Nora Lake, 52,`) or an age as a modifier before it (`52-year-old Nora
 * Lake`). A later `the 52-year-old` means the person of that age.
 */
export function statedAge(prepared: PreparedParagraph, chain: NameChain): number | null {
  const { tokens } = prepared
  const after = firstTokenFrom(tokens, chain.end)
  const number = tokens[after + 1]
  if (
    tokens[after]?.text === ',' &&
    number !== undefined &&
    ageShape.test(number.text) &&
    number.start < sentenceEndOf(prepared, chain) &&
    isAge(tokens, after + 1)
  )
    return Number(number.text)
  const before = tokens[firstTokenFrom(tokens, chain.start) - 1]
  return before?.kind === 'word' ? ageOfModifier(before.lower) : null
}

/**
 * The role a description after a name gives its bearer, as its head word, lowercased
 * (`Nora Lake, a harbor commissioner,` → `commissioner`), else null: a role the text states,
 * which a later `the officer` meaning someone else may contradict. The description must close
 * where an apposition closes (a mark, the sentence's end, `of`, `who`): one running on into a
 * verb is the subject of the next clause (`Speaking to Nora Lake, the candidate stated`).
 * English states a present role in a few more ways, read here too: a relative clause (`Nora
 * Lake, who serves as the harbor commissioner,`, `who is`, `who became`; `who chairs the board`
 * by its verb: `chairman`), a predicate of the name's clause (`Nora Lake is the harbor
 * commissioner.`, `became mayor in 2019`, `has been`, `serves as`) and `now` (`Nora Lake, now
 * the commissioner,`). A past one (`was`, `served as`, `a former nurse`) is none, nor one denied
 * or to come (`is still not`, `the likely nominee`), a deputy's (`the deputy commissioner`), a
 * predicate of a name that does not open its clause (`The husband of Nora Lake is`, `When Nora
 * Lake is`), nor the chair of what is no body (`who chairs the meeting`).
 */
export function roleAfterName(prepared: PreparedParagraph, chain: NameChain): string | null {
  const { tokens } = prepared
  const afterName = firstTokenFrom(tokens, chain.end)
  const sentenceEnd = sentenceEndOf(prepared, chain)
  const description =
    tokens[afterName]?.text === ','
      ? (descriptionFrom(tokens, sentenceEnd, afterName + 1, true) ??
        statedAfterComma(tokens, sentenceEnd, afterName + 1))
      : statedByPredicate(prepared, chain, afterName)
  if (typeof description === 'string') return description
  return presentRoleHead(description)
}

/** Determiners that open a description set before a name (`the governor,`, `her aide,`). */
const descriptionDeterminers: ReadonlySet<string> = new Set(['the', ...possessives])

/** Marks that close an apposition's name (`the governor, Luc Haddon, on Monday`). */
const appositionNameClosers: ReadonlySet<string> = new Set([',', '.', ';'])

/** Words after a comma that make a name one of a list (`the mayor, Luc Haddon, and Pia Moss`). */
const listJoiners: ReadonlySet<string> = new Set(listCoordinators)

/**
 * Whether the description opening at `opening` is the object of a preposition that opens its
 * sentence or a phrase set off by a comma (`Unlike the governor, Luc Haddon, 61, supports the
 * bill`; `Ines Tarrow, like the governor, Luc Haddon, …`): the name after it is then the
 * clause's subject, no holder of the description. A preposition inside a phrase leaves the
 * description the name's (`met with the governor, Luc Haddon,`; `one of the family's
 * attorneys, Bo Tander, said`; `Along with her husband, Bo Tander, she …`), and so does one
 * that may open a clause when a verb follows the name's comma (`After the governor, Luc Haddon,
 * spoke, …`: the description is that clause's subject). `as` gives the name the role (`As the
 * chief executive, Bo Tander, put it`).
 */
function governedByFrontedPreposition(
  tokens: readonly Token[],
  sentenceStart: number,
  opening: number,
  afterName: number,
): boolean {
  const governor = tokens[opening - 1]
  if (governor === undefined || governor.start < sentenceStart) return false
  if (!prepositions.has(governor.lower) || governor.lower === 'as') return false
  const before = tokens[opening - 2]
  if (before !== undefined && before.start >= sentenceStart && before.text !== ',') return false
  const afterComma = tokens[afterName + 1]
  return !(
    subordinators.has(governor.lower) &&
    tokens[afterName]?.text === ',' &&
    afterComma !== undefined &&
    mayBeFiniteVerbToken(afterComma)
  )
}

/**
 * Whether the words from `from` are another description set before a name, closed by a comma
 * with a capitalized word after it (`the governor, Luc Haddon, and the mayor, Pia Moss,`): two
 * appositions paired, not a list of names (`the mayor, Luc Haddon, and Pia Moss`).
 */
function opensPairedApposition(
  tokens: readonly Token[],
  from: number,
  sentenceEnd: number,
): boolean {
  const opening = tokens[from]
  if (opening === undefined || !descriptionDeterminers.has(opening.lower)) return false
  for (let at = from + 1; at <= from + 1 + descriptionReach; at++) {
    const token = tokens[at]
    if (token === undefined || token.start >= sentenceEnd) return false
    if (token.kind !== 'word') {
      const next = tokens[at + 1]
      return token.text === ',' && next?.kind === 'word' && next.capital
    }
  }
  return false
}

/**
 * The role a description set before a name gives its bearer, as its head word, lowercased
 * (`met with the governor, Luc Haddon, on Monday` → `governor`; `her aide, Bo Tander.` →
 * `aide`), else null. The description opens with `the` or a possessive determiner and runs to
 * the comma before the name; the name closes as an apposition does (a comma, not before `and`
 * or `or`, or the sentence's end): `the mayor, Luc Haddon and Ines Tarrow` lists three people,
 * and in `According to the mayor, Luc Haddon lied` the name is the next clause's subject. A
 * description after a comma is a name's own apposition (`Ines Tarrow, the mayor, Luc Haddon`),
 * and a past, deputy's or unheld role (`the former governor, Luc Haddon`) is no present one.
 */
export function roleBeforeName(prepared: PreparedParagraph, chain: NameChain): string | null {
  const { tokens } = prepared
  const nameStart = firstTokenFrom(tokens, chain.start)
  if (tokens[nameStart - 1]?.text !== ',') return null
  const sentenceEnd = sentenceEndOf(prepared, chain)
  const afterName = firstTokenFrom(tokens, chain.end)
  const closer = tokens[afterName]
  if (
    closer !== undefined &&
    closer.start < sentenceEnd &&
    (!appositionNameClosers.has(closer.text) ||
      (closer.text === ',' &&
        listJoiners.has(tokens[afterName + 1]?.lower ?? '') &&
        !opensPairedApposition(tokens, afterName + 2, sentenceEnd)))
  )
    return null
  const sentenceStart = (prepared.sentences[sentenceIndexAt(prepared, chain.start)] ?? [0, 0])[0]
  let opening = -1
  for (let at = nameStart - 2; at >= 0 && at >= nameStart - 2 - descriptionReach; at--) {
    const token = tokens[at] as Token
    if (token.start < sentenceStart || token.kind !== 'word') break
    if (descriptionDeterminers.has(token.lower)) {
      opening = at
      break
    }
  }
  if (opening < 0 || tokens[opening - 1]?.text === ',') return null
  if (governedByFrontedPreposition(tokens, sentenceStart, opening, afterName)) return null
  const article = tokens[opening]?.lower === 'the'
  const description = descriptionFrom(tokens, sentenceEnd, article ? opening : opening + 1, article)
  return presentRoleHead(description)
}

/**
 * A role the text says a person does not hold (`roleDenialAfterName`), with what kind of
 * denial: an ended role (`no longer the mayor`, `not the mayor anymore`) leaves the person the
 * former holder; one stating the deputy role (`not the mayor, but the deputy mayor`) leaves
 * them the deputy. Any other denial says they are neither.
 */
export interface RoleDenial {
  /**
   * The denied roles' heads, lowercased, the description's own last (`mayor`; `the mayor or
   * the council chair`: `mayor`, `chair`).
   */
  heads: readonly string[]
  /** Whether the role is past its end (`no longer`, `anymore`). */
  ended: boolean
  /** Whether the denying sentence gives the person the deputy role (`but the deputy mayor`). */
  deputyStated: boolean
}

/**
 * The role the text says a person does not hold, or no longer holds, and how (`RoleDenial`,
 * its head word lowercased last): `Nora Lake is not the harbor commissioner.`, `Nora Lake, who
 * is no longer mayor,`, `has never been the commissioner`, `was the commissioner no longer`;
 * else null: the
 * description's `the commissioner` is then someone else. Read where `roleAfterName` reads a
 * stated role (the name's clause's predicate, or its `, who` clause). A role is denied unless
 * the denial is of a judgement or a complement (`bareDeniedRole`): `is not a popular mayor`,
 * `not the mayor of Tarno but of Lodi` say the person is the mayor. A past `not` (`was not the
 * mayor in 2019`) says nothing of the present; a past `never` (`was never the mayor`) says
 * the role never was theirs, and a role past its end (`was no longer the mayor`) does not come
 * back.
 */
export function roleDenialAfterName(
  prepared: PreparedParagraph,
  chain: NameChain,
): RoleDenial | null {
  const { tokens } = prepared
  const afterName = firstTokenFrom(tokens, chain.end)
  const sentenceEnd = sentenceEndOf(prepared, chain)
  let verbStart = afterName
  if (tokens[afterName]?.text === ',') {
    if (tokens[afterName + 1]?.lower !== 'who') return null
    verbStart = afterName + 2
  } else if (!opensClause(prepared, chain, firstTokenFrom(tokens, chain.start))) return null
  const deniedByVerb = pastRun(tokens, sentenceEnd, verbStart, deniedPerfectRuns)
  let index = deniedByVerb < 0 ? pastRun(tokens, sentenceEnd, verbStart, denyingVerbRuns) : -1
  if (deniedByVerb < 0 && index < 0) return null
  const pastVerb = pastTenseDenyingVerbs.has(tokens[verbStart]?.lower ?? '')
  while (index >= 0 && denialAdverbs.has(tokens[index]?.lower ?? '')) index++
  const denial = deniedByVerb < 0 ? pastRun(tokens, sentenceEnd, index, denialRuns) : deniedByVerb
  let start = denial < 0 ? index : denial
  // "is not yet the mayor", "is not even the mayor": the denial reaches past the adverb.
  if (denial >= 0) while (articleAdverbs.has(tokens[start]?.lower ?? '')) start++
  const description = descriptionFrom(tokens, sentenceEnd, start, false)
  if (description === null || !description.closed || description.deputy || description.past)
    return null
  // "is not the only commissioner", "not just the mayor": one of them, so no denial.
  for (let at = start; at < tokens.length && tokens[at]?.lower !== description.head; at++)
    if (holdingAllTheSameWords.has(tokens[at]?.lower ?? '')) return null
  // Without a denial before it, only one after the head (`the commissioner no longer`) denies.
  if (denial < 0 && !description.ended) return null
  // A past `not` (`was not`, `had not been`): the role may be theirs since; a past `never`
  // (`was never`, `had never been`) says it never was.
  const ended = description.ended || tokens[denial - 1]?.lower === 'longer'
  const never = tokens[deniedByVerb < 0 ? denial - 1 : verbStart + 1]?.lower === 'never'
  if (pastVerb && !ended && !never) return null
  if (!bareDeniedRole(tokens, sentenceEnd, start, description.head)) return null
  if (!isRoleHead(description.head)) return null
  let endedAfter = false
  let deputyStated = false
  const heads: string[] = []
  const last = Math.min(tokens.length, start + 2 * descriptionReach)
  for (let at = start; at < last && (tokens[at] as Token).start < sentenceEnd; at++) {
    const lower = (tokens[at] as Token).lower
    if (lower === description.head) break
    // "not the mayor or the council chair": each role of the coordination is denied.
    const next = tokens[at + 1]?.lower
    if ((next === 'or' || next === 'and') && isRoleHead(lower)) heads.push(lower)
  }
  heads.push(description.head)
  for (let at = start; at < last && (tokens[at] as Token).start < sentenceEnd; at++) {
    const lower = (tokens[at] as Token).lower
    if (lower === 'anymore') endedAfter = true
    // "but the deputy mayor", "but deputy mayor": the deputy role given instead.
    if (lower === 'but')
      deputyStated ||=
        deputyWords.has(tokens[at + 1]?.lower ?? '') || deputyWords.has(tokens[at + 2]?.lower ?? '')
  }
  return { heads, ended: ended || endedAfter, deputyStated }
}

/**
 * Whether the description opening at `start` denies the role itself, as it does unless a clear
 * signal says it denies only a judgement of it: a judging word before the head, by the Brill
 * lexicon's adjective, comparative, superlative or possessive-pronoun tags (`a popular mayor`,
 * `your average mayor`, `the most popular mayor`, `the youngest mayor`; not a word naming which
 * holder: `the new mayor`, `the next mayor`, `the real mayor`), a clause after it (`a mayor
 * who ducks a fight`, `the mayor to close the pier`), or a complement contrasted (`the mayor of
 * Tarno but of Lodi`, `the mayor but of Lodi`) or not closed. Phrases, adverbs and `and`/`or`
 * after the head (`the mayor in Tarno`, `the mayor now`, `the commissioner for the harbor`)
 * keep the denial; so does a `but` contrasting the role itself (`not the mayor, but the deputy
 * mayor`, `not the mayor but he acts like one`).
 */
function bareDeniedRole(
  tokens: readonly Token[],
  sentenceEnd: number,
  start: number,
  head: string,
): boolean {
  const last = Math.min(tokens.length, start + descriptionReach + 1)
  let headAt = start
  for (; headAt < last && tokens[headAt]?.lower !== head; headAt++) {
    const token = tokens[headAt] as Token
    if (headAt === start && articleSet.has(token.lower)) continue
    if (withoutPossessiveEnding(token.text) !== token.text) continue
    if (!namesRoleOrHolder(token.lower)) return false
  }
  if (headAt >= last) return false
  const afterAt = headAt + 1
  const after = tokens[afterAt]
  if (after === undefined || after.start >= sentenceEnd) return true
  // "not the mayor but the deputy mayor", "not the mayor, but he acts like one": the role
  // contrasted; "not the mayor but of Lodi": only its complement.
  const contrastAt = after.text === ',' ? afterAt + 1 : afterAt
  if (tokens[contrastAt]?.lower === 'but') return tokens[contrastAt + 1]?.lower !== 'of'
  if (after.kind !== 'word') return true
  if (after.lower === 'of') return closedComplement(tokens, sentenceEnd, headAt + 2)
  // Anything else after the head (`in Tarno`, `now`, `either`, `despite rumors`) leaves
  // the role denied; only a clause says what kind of holder the person is not.
  return !roleClauseOpeners.has(after.lower)
}

/** Words that open a clause after a denied role's head (`a mayor who ducks a fight`). */
const roleClauseOpeners: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'that',
  'which',
  'to',
])

/** Adverbs between a denial and the role's article (`is not yet the mayor`, `not even the`). */
const articleAdverbs: ReadonlySet<string> = new Set(['yet', 'even', 'really'])

/**
 * Whether a word before a denied role's head names the role or its holder (`prime`, `harbor`,
 * `city`, `new`; a word the Brill lexicon lacks is mostly a name's: `Tarno`), not a judging
 * adjective (`popular`, `average`), a superlative (`most`, `youngest`) or a possessive pronoun
 * (`your average mayor`).
 */
function namesRoleOrHolder(lower: string): boolean {
  if (isRoleWord(lower) || holderNamingWords.has(lower)) return true
  const likeliest = brillLexicon().get(lower)?.[0]
  return likeliest === undefined || !judgingTags.has(likeliest)
}

/**
 * Penn Treebank tags of the words that judge a role rather than name it: adjectives,
 * comparatives, superlatives (`popular`, `better`, `youngest`, `most`), possessive pronouns
 * (`your average mayor`).
 */
const judgingTags: ReadonlySet<string> = new Set(['JJ', 'JJR', 'JJS', 'RBR', 'RBS', 'PRP$'])

/** Adjectives that say which holder a role has, not how good one (`the new mayor`). */
const holderNamingWords: ReadonlySet<string> = new Set([
  'new',
  'next',
  'real',
  'acting',
  'interim',
  'current',
  'sitting',
])

/**
 * Whether an `of` complement opening at `index` closes at a mark or the sentence's end within a
 * few words, with no clause nor contrast in it (`of the union`, not `of Tarno but of Lodi`,
 * `of the union that won`).
 */
function closedComplement(tokens: readonly Token[], sentenceEnd: number, index: number): boolean {
  const last = Math.min(tokens.length, index + descriptionReach)
  let words = 0
  for (; index < last; index++) {
    const token = tokens[index] as Token
    if (token.start >= sentenceEnd || token.kind === 'punct') break
    if (token.kind !== 'word') continue
    if (complementBreakers.has(token.lower)) return false
    words++
  }
  const end = tokens[index]
  if (words === 0 || (end !== undefined && end.start < sentenceEnd && end.kind !== 'punct'))
    return false
  // "of Tarno, but of Lodi": the complement contrasted after a comma too.
  return !(end?.text === ',' && tokens[index + 1]?.lower === 'but')
}

/**
 * Words that, in an `of` complement of a denied role, open a phrase, a clause or a contrast of
 * their own (`of Tarno but of Lodi`, `of the union that won`); not `of`, `and` inside a body's
 * name (`of the Dock and Harbor Union`).
 */
const complementBreakers: ReadonlySet<string> = new Set([
  ...[...descriptionEnds].filter((word) => word !== 'of' && word !== 'and'),
  'but',
])
/** The past-tense verbs of `denyingVerbRuns` and `deniedPerfectRuns`. */
const pastTenseDenyingVerbs: ReadonlySet<string> = new Set(['was', 'had'])

/** Word runs after a name or its `, who` that a denial of a role follows (`is`, `was`, `has been`). */
const denyingVerbRuns: readonly (readonly string[])[] = [
  ['is'],
  ['was'],
  ['has', 'been'],
  ['had', 'been'],
]
/** Perfects whose denial stands before `been` (`has never been`, `had not been`). */
const deniedPerfectRuns: readonly (readonly string[])[] = [
  ['has', 'never', 'been'],
  ['has', 'not', 'been'],
  ['had', 'never', 'been'],
  ['had', 'not', 'been'],
]
/** Words that deny the role after them (`not`, `never`, `no longer`). */
const denialRuns: readonly (readonly string[])[] = [['not'], ['never'], ['no', 'longer']]
/** Words that, in a denied description, deny only more than the role (`not the only mayor`). */
const holdingAllTheSameWords: ReadonlySet<string> = new Set([
  'only',
  'just',
  'merely',
  'simply',
  'sole',
  'first',
  'last',
  'typical',
  'usual',
])
/** Adverbs between the verb and its denial (`is still not`, `is also no longer`). */
const denialAdverbs: ReadonlySet<string> = new Set(['still', 'also', 'now', 'clearly'])

/** The index past a run of `runs` opening at `index`, else -1. */
function pastRun(
  tokens: readonly Token[],
  sentenceEnd: number,
  index: number,
  runs: readonly (readonly string[])[],
): number {
  for (const run of runs) {
    if (
      run.every((word, at) => {
        const token = tokens[index + at]
        return token?.kind === 'word' && token.start < sentenceEnd && token.lower === word
      })
    )
      return index + run.length
  }
  return -1
}

/**
 * Verbs a relative clause after a name states a role by, with the role (`Nora Lake, who chairs
 * the dock board,` → `chairman`): the holder of what the object names.
 */
const roleOfRelativeVerb: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chairman'],
  ['directs', 'director'],
  ['heads', 'head'],
  ['leads', 'leader'],
])

/**
 * Word runs that state a present role when they follow a name or its `, who` (`is the
 * commissioner`, `became mayor`, `serves as the commissioner`), each as its lowercased words.
 * `was` and `served as` state a past one, and `becomes` mostly a future or a supposed one (`if
 * Nora Lake becomes mayor`): left out.
 */
const roleStatingRuns: readonly (readonly string[])[] = [
  ['is'],
  ['became'],
  ['has', 'been'],
  ['serves', 'as'],
]

/**
 * Words that, opening a predicate, deny or judge rather than state a role (`is not yet a
 * candidate`, `is such a con artist`).
 */
const unstatingOpenings: ReadonlySet<string> = new Set(['not', 'never', 'no', 'such', 'hardly'])

/**
 * Words that, before a description's head, make its role one its bearer does not hold now:
 * denied (`is still not the commissioner`, `is also no longer commissioner`, `neither … nor`)
 * or to come (`is likely the next commissioner`, `would be`); after the head, see
 * `endedRoleWords`. Asked of the word as written, so a capitalized `May` or `Will` is no modal.
 */
const unheldRoleWords: ReadonlySet<string> = new Set([
  ...unstatingOpenings,
  'neither',
  'nor',
  'next',
  'likely',
  'probably',
  'possibly',
  'perhaps',
  'future',
  'potential',
  'prospective',
  'would-be',
  'would',
  'could',
  'may',
  'might',
])

/** Words that, after `no` right after a role's head, end the role (`a commissioner no more`). */
const endedRoleWords: ReadonlySet<string> = new Set(['more', 'longer'])

const deputyWords: ReadonlySet<string> = new Set(deputyRoleModifiers)
const closingPoint = /\.$/

/** The deputy words that are a rank of a head's role (`an assistant professor`, `Lt. Gen.`). */
const rankModifiers: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(rankedRoleModifiers).map(([head, modifiers]) => [head, new Set(modifiers)]),
)

/** Whether `word` before `head` makes a deputy of the head's role, not a rank of it. */
function isDeputyWordOf(word: string, head: string): boolean {
  return deputyWords.has(word) && !(rankModifiers.get(head)?.has(word) ?? false)
}

const bodyNounSet: ReadonlySet<string> = new Set(bodyNouns)

/**
 * Whether a description's deputy word stands before its head (`the deputy mayor`, `the city's
 * vice mayor`), after any possessive: the role is another than the head's, so the text denying
 * someone the head's role (`is not the mayor, but the deputy mayor`) says nothing of it.
 */
export function describesDeputy(description: string, head: string): boolean {
  // An abbreviated title is read by its words without their points (`Lt. Gov.` for `gov`).
  const lowerHead = head.toLowerCase().replace(closingPoint, '')
  const words = description
    .toLowerCase()
    .split(' ')
    .map((word) => word.replace(closingPoint, ''))
  const headAt = words.lastIndexOf(lowerHead)
  for (let at = headAt - 1; at >= 0; at--) {
    const word = words[at] as string
    if (withoutPossessiveEnding(word) !== word) return false
    if (isDeputyWordOf(word, lowerHead)) return true
  }
  return false
}

/**
 * Whether a description names its role as a past one (`the former mayor`, `the ex-mayor`): the
 * one the text says no longer holds the role (`is no longer the mayor`) may be who it means.
 */
export function describesPastHolder(description: string, head: string): boolean {
  const words = description.toLowerCase().split(' ')
  // `the ex-mayor` holds its head inside a hyphenated word: every word counts then.
  const headAt = words.lastIndexOf(head.toLowerCase())
  const end = headAt === -1 ? words.length : headAt
  for (let at = 0; at < end; at++) {
    if (marksPastRole(words[at] as string)) return true
  }
  return false
}

/**
 * What a comma after a name opens other than an article: `now` and a role (`, now the
 * commissioner,`), or a relative clause stating one (`, who serves as the commissioner,`,
 * `, who chairs the dock board,`): its description, or the role its verb names; else null.
 */
function statedAfterComma(
  tokens: readonly Token[],
  sentenceEnd: number,
  index: number,
): Description | string | null {
  const opening = tokens[index]
  if (opening === undefined || opening.kind !== 'word' || opening.start >= sentenceEnd) return null
  if (opening.lower === 'now') return descriptionFrom(tokens, sentenceEnd, index + 1, false)
  if (opening.lower !== 'who') return null
  const verb = tokens[index + 1]
  const role = verb?.kind === 'word' ? roleOfRelativeVerb.get(verb.lower) : undefined
  // "who chairs the dock board": the object names what is chaired, not a person; and only
  // a body's chair holds a role ("who leads the polls" is no party leader).
  if (role !== undefined && verb !== undefined && verb.start < sentenceEnd) {
    const object = descriptionFrom(tokens, sentenceEnd, index + 2, true)
    return object !== null && (isOrganizationHead(object.head) || bodyNounSet.has(object.head))
      ? role
      : null
  }
  const roleStart = pastRun(tokens, sentenceEnd, index + 1, roleStatingRuns)
  return roleStart < 0 ? null : descriptionFrom(tokens, sentenceEnd, roleStart, false)
}

/**
 * A role a name's clause states of it as its predicate (`Nora Lake is the harbor
 * commissioner.`, `Nora Lake became mayor in 2019`), else null. The name must be the clause's
 * subject, opening it: a name after a word is inside a phrase (`The husband of Nora Lake is`,
 * `An aide to`, `What worries Nora Lake is`) or a supposed clause's (`if`, `when`, `once`,
 * `until Nora Lake is the nominee`).
 */
function statedByPredicate(
  prepared: PreparedParagraph,
  chain: NameChain,
  index: number,
): Description | null {
  const { tokens } = prepared
  const sentenceEnd = sentenceEndOf(prepared, chain)
  const nameStart = firstTokenFrom(tokens, chain.start)
  if (!opensClause(prepared, chain, nameStart)) return null
  const roleStart = pastRun(tokens, sentenceEnd, index, roleStatingRuns)
  return roleStart < 0 ? null : descriptionFrom(tokens, sentenceEnd, roleStart, false)
}

/**
 * Marks after which a clause may open (`In 2019, Nora Lake became mayor`; `; Lake is`; an
 * opening quotation mark).
 */
const clauseOpeningMarks: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '(',
  '—',
  '–',
  '"',
  '\u201c',
  '\u2018',
])
/** Words that join a clause to the one before after a mark (`, and Nora Lake is`). */
const clauseJoiningWords: ReadonlySet<string> = new Set(['and', 'but'])

/**
 * Words that name a time a sentence's opening adverbial ends with (`Last year`, `In March`,
 * `Now`). `May` is left out: it is a name too.
 */
export const timeAdverbialHeads: ReadonlySet<string> = new Set([
  ...calendarWords.filter((word) => word !== 'may'),
  ...timeNouns,
  ...relativeDays,
  'now',
])
/**
 * Words a sentence's opening time adverbial holds before its head (`Since 2019`, `Earlier this
 * month`). Not `next`, `by` or `until`: a role stated of a time to come is none held now.
 */
const timeAdverbialWords: ReadonlySet<string> = new Set([
  'last',
  'this',
  'earlier',
  'early',
  'late',
  'since',
  'in',
  'on',
])
/** A year written out (`2019`). */
const yearShape = /^(?:1[89]|20)\d\d$/
/** Most words of a sentence's opening time adverbial (`Earlier this month`). */
const timeAdverbialReach = 3

/**
 * Whether only a sentence-initial `And`/`But`, a short time adverbial ending in a time
 * (`Last year`, `Now`, `Since 2019`, `In March`), or both, stand in the sentence before the
 * name at token `nameStart`: the adverbial is no phrase the name is inside.
 */
function opensAfterSentenceOpening(
  tokens: readonly Token[],
  sentenceStart: number,
  nameStart: number,
): boolean {
  let first = nameStart
  for (; first > 0 && nameStart - first <= timeAdverbialReach; first--) {
    const token = tokens[first - 1] as Token
    if (token.start < sentenceStart) break
    if (token.kind !== 'word') return false
  }
  const beforeFirst = tokens[first - 1]
  if (beforeFirst !== undefined && beforeFirst.start >= sentenceStart) return false
  if (clauseJoiningWords.has((tokens[first] as Token).lower)) first++
  if (first === nameStart) return true
  const namesTime = (token: Token): boolean =>
    timeAdverbialHeads.has(token.lower) || yearShape.test(token.text)
  if (!namesTime(tokens[nameStart - 1] as Token)) return false
  for (let index = first; index < nameStart - 1; index++) {
    const token = tokens[index] as Token
    if (!timeAdverbialWords.has(token.lower) && !namesTime(token)) return false
  }
  return true
}

/**
 * Whether the name at token `nameStart` opens its clause: first in its sentence or after only
 * an opening `And`/`But` or time adverbial (`opensAfterSentenceOpening`), after a mark that ends
 * a phrase or opens a quotation, or after `, and`/`, but`. A name the parser ran a sentence's
 * opening participle into (`Backing Nora Lake is`) opens none.
 */
function opensClause(prepared: PreparedParagraph, chain: NameChain, nameStart: number): boolean {
  const { tokens } = prepared
  const first = tokens[nameStart]
  if (first?.capital && isGerundToken(first) && chain.text.split(' ').length > 2) return false
  const sentenceStart = (prepared.sentences[sentenceIndexAt(prepared, chain.start)] ?? [0, 0])[0]
  const before = nameStart - 1
  const previous = tokens[before]
  if (previous === undefined || previous.start < sentenceStart) return true
  if (previous.kind !== 'word')
    return previous.kind === 'punct' && clauseOpeningMarks.has(previous.text)
  if (opensAfterSentenceOpening(tokens, sentenceStart, nameStart)) return true
  const mark = tokens[before - 1]
  return (
    clauseJoiningWords.has(previous.lower) &&
    mark !== undefined &&
    mark.start >= sentenceStart &&
    clauseOpeningMarks.has(mark.text)
  )
}

const pastModifiers = new Set(pastRoleModifiers)

/** Whether a word makes a role a past one (`former`, `ex-officer`). */
function marksPastRole(word: string): boolean {
  const lower = word.toLowerCase()
  const hyphen = lower.indexOf('-')
  return pastModifiers.has(lower) || (hyphen > 0 && pastModifiers.has(lower.slice(0, hyphen)))
}

/** A description's head word, lowercased, whether it closes as an apposition does, whether it is a past role. */
interface Description {
  head: string
  closed: boolean
  past: boolean
  /**
   * Whether the head is a deputy's (`executive vice president`): no holder of the head's own
   * role, nor of a known class of roles.
   */
  deputy: boolean
  /** Whether a word before its head denies the role or puts it to come (`unheldRoleWords`). */
  unheld: boolean
  /** Whether `no longer`, `no more` after its head end the role (`the commissioner no longer`). */
  ended: boolean
}

/**
 * The role a description states its name holds now: its head, when it closes as an apposition
 * does, is a role and is no past, deputy's or unheld one; else null.
 */
function presentRoleHead(description: Description | null): string | null {
  if (
    description === null ||
    !description.closed ||
    description.past ||
    description.deputy ||
    description.unheld
  )
    return null
  return isRoleHead(description.head) ? description.head : null
}

/**
 * The head word, lowercased, of a description a comma after a name opens with an article
 * (`, a nurse`, `, the harbor pilot,`), whether it closes as an apposition does and whether it
 * is a past role (`, a former nurse,`); else null.
 */
function descriptionAfterName(prepared: PreparedParagraph, chain: NameChain): Description | null {
  const { tokens } = prepared
  const index = firstTokenFrom(tokens, chain.end)
  if (tokens[index]?.text !== ',') return null
  return descriptionFrom(tokens, sentenceEndOf(prepared, chain), index + 1, true)
}

/**
 * The description opening at `index` (`a nurse`, `the harbor pilot`; with `articleRequired`
 * false, `mayor` alone as well), read as `descriptionAfterName` reads it; else null.
 */
function descriptionFrom(
  tokens: readonly Token[],
  sentenceEnd: number,
  start: number,
  articleRequired: boolean,
): Description | null {
  const opening = tokens[start]
  if (opening === undefined || opening.start >= sentenceEnd || opening.kind !== 'word') return null
  const article = articleSet.has(opening.lower)
  if (articleRequired && !article) return null
  if (unstatingOpenings.has(opening.lower)) return null
  // The noun phrase ends at a comma, the sentence's end, a quotation or a word that opens a
  // phrase or clause of its own (`a nurse from Linden`, `a town with a mayor`, `who`).
  let words: string[] = []
  // A finite verb read in it (`the commissioner stated his case`) makes it a clause's subject.
  let verbRead = false
  // Every word read, a possessive's too: a denial before it still holds (`likely the city's commissioner`).
  const read: string[] = []
  let index = article ? start + 1 : start
  const last = Math.min(tokens.length, index + descriptionReach)
  for (; index < last; index++) {
    const token = tokens[index] as Token
    if (token.start >= sentenceEnd || token.kind !== 'word') break
    if (descriptionEnds.has(token.lower)) break
    read.push(token.text)
    // A possessive is the phrase's determiner (`the mayor's hometown`), not its head.
    if (withoutPossessiveEnding(token.text) !== token.text) words = []
    else words.push(token.text)
    if (mayBePastOrFiniteVerbToken(token)) verbRead = true
    // "is defending his record", "is even calling donors": a verb's progressive, no role.
    if (!article && presentParticiple.test(token.lower) && !isRoleHead(token.lower)) verbRead = true
  }
  if (words.length === 0) return null
  const end = tokens[index]
  const closed =
    (end === undefined ||
      end.start >= sentenceEnd ||
      end.kind === 'punct' ||
      (end.kind === 'word' && appositionClosers.has(end.lower))) &&
    !verbRead

  const head = descriptionHead((article ? [opening.text, ...words] : words).join(' ')).toLowerCase()
  const headAt = words.findLastIndex((word) => word.toLowerCase() === head)
  const headRead = read.findLastIndex((word) => word.toLowerCase() === head)
  const ended = read[headRead + 1] === 'no' && endedRoleWords.has(read[headRead + 2] ?? '')
  return {
    head,
    closed,
    // "a former officer, now a harbor commissioner": what the person was.
    past: words.some(marksPastRole),
    // "the deputy harbor commissioner": a deputy's word anywhere before the head.
    deputy: words
      .slice(0, Math.max(0, headAt))
      .some((word) => isDeputyWordOf(word.toLowerCase().replace(closingPoint, ''), head)),
    // Past the head, a denial mostly opens a clause of the head's own (`the commissioner no one
    // elected`, `the only commissioner never to lose`): only `no more`, `no longer` end the role.
    unheld:
      (headRead < 0 ? read : read.slice(0, headRead)).some((word) => unheldRoleWords.has(word)) ||
      ended,
    ended,
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
