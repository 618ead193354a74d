/**
 * The word classes the phrase readers of this plugin work with, each made of the lists of
 * `@newsroom/lexicon` (nothing is typed here a second time).
 */
import {
  articles as articleList,
  auxiliaries,
  brillLexicon,
  calendarWords,
  clauseAdverbs,
  connectingNameParticles,
  coordinators,
  cueModifiers as cueModifierList,
  cueNouns as cueNounList,
  cueVerbs as cueVerbList,
  demonstratives,
  demonyms as demonymList,
  determiners as determinerList,
  interrogatives,
  irregularCueVerbs,
  monthNames,
  nounlikeCueVerbs as nounlikeCueVerbList,
  numberWords,
  possessiveDeterminers,
  prepositions as prepositionList,
  pronouns,
  quantifiers as quantifierList,
  relativeDays,
  relativePronouns,
  subordinators as subordinatorList,
  weekdayNames,
} from '@newsroom/lexicon'
import {
  BoundedCache,
  isHonorific,
  isOrganizationHead,
  isRoleHead,
  isRoleWord,
} from '@newsroom/names'
import { tokenFact } from '@newsroom/nlcst-tokens'
import type { Token } from './paragraphs.js'

/** Every inflected cue verb ("said", "warns", "tweeted", "likened"). */
export const cueVerbs: ReadonlySet<string> = new Set(cueVerbList)

/** Cue verb forms that are common nouns too ("state", "report", "post"). */
export const nounlikeCueVerbs: ReadonlySet<string> = new Set(nounlikeCueVerbList)

/** Irregular past forms of cue verbs ("said", "told", "wrote"): never nouns. */
export const pastCueVerbs: ReadonlySet<string> = new Set(
  Object.entries(irregularCueVerbs).flatMap(([base, forms]) =>
    forms.filter((form) => form !== base && !/(?:s|ing)$/.test(form)),
  ),
)

/** Nouns of statements ("a statement", "his remarks"). */
export const cueNouns: ReadonlySet<string> = new Set(cueNounList)

/** Words between a speaker and the cue ("also", "has"). */
export const cueModifiers: ReadonlySet<string> = new Set(cueModifierList)

/** Subject pronouns that can name a speaker. */
export const subjectPronouns: ReadonlySet<string> = new Set(
  pronouns
    .filter((pronoun) => pronoun.case === 'subject' && pronoun.lemma !== 'you')
    .map((pronoun) => pronoun.form),
)

/** Every determiner ("a", "the", "his", "several", "two"). */
export const determiners: ReadonlySet<string> = new Set(determinerList)

/** The people of a country or nation ("dutchman", "new zealander"), lowercase. */
export const demonyms: ReadonlySet<string> = new Set(demonymList)

/** The articles ("the", "a", "an"). */
export const articles: ReadonlySet<string> = new Set(articleList)

/** Number words ("two", "twelve"): after an article, a count that heads its phrase ("the two"). */
export const countWords: ReadonlySet<string> = new Set(numberWords)

/**
 * The words that take a part of a group ("one", "some", "several", "two"): before `of them`,
 * they name some of its members, no one in particular ("one of them said").
 */
export const partWords: ReadonlySet<string> = new Set([...numberWords, ...quantifierList])

/** Plural object pronouns ("them", "us"): the group a part is taken from. */
export const groupObjectPronouns: ReadonlySet<string> = new Set(
  pronouns
    .filter((pronoun) => pronoun.case === 'object' && pronoun.number === 'plural')
    .map((pronoun) => pronoun.form),
)

/** Possessive determiners ("his", "their"). */
export const possessives: ReadonlySet<string> = new Set(possessiveDeterminers)

export const prepositions: ReadonlySet<string> = new Set(prepositionList)
export const subordinators: ReadonlySet<string> = new Set(subordinatorList)

/** Lowercase particles inside a personal name ("van", "bin"). */
export const connectingParticles: ReadonlySet<string> = new Set(connectingNameParticles)

/** Words a capitalized name of a person or a body runs through: the particles and "of". */
export const nameConnectors: ReadonlySet<string> = new Set([...connectingNameParticles, 'of'])

/** Connectors inside a capitalized name or title ("Secretary of State", "Bank of America"). */
export const innerConnectors: ReadonlySet<string> = new Set([
  ...nameConnectors,
  'for',
  'the',
  'and',
  '&',
])

/** Object and reflexive pronoun forms ("him", "them", "itself"). */
const objectPronouns = pronouns
  .filter((pronoun) => pronoun.case === 'object' || pronoun.case === 'reflexive')
  .map((pronoun) => pronoun.form)

/** Lowercase words that never belong to a speaker phrase: they end it. */
export const phraseBreakers: ReadonlySet<string> = new Set([
  ...relativePronouns,
  ...coordinators,
  ...subordinators,
  ...prepositionList.filter((word) => !innerConnectors.has(word)),
  ...interrogatives,
  ...objectPronouns,
  ...relativeDays,
  ...(irregularCueVerbs.say ?? []),
  'be',
  'been',
  'being',
  'it',
  'there',
  'here',
  'then',
  'also',
  'not',
  'later',
  'now',
])

/**
 * Words that open a clause and are capitalized only because they start a sentence ("However",
 * "Meanwhile", "In", "Thursday"): never the start of a name or of a speaker phrase. "May" is
 * left out: it is a name too.
 */
export const clauseOpeners: ReadonlySet<string> = new Set([
  ...clauseAdverbs,
  ...coordinators,
  ...prepositionList,
  ...subordinators,
  ...demonstratives,
  ...calendarWords.filter((word) => word !== 'may'),
  'it',
  'speaking',
  'asked',
  'addressing',
  'writing',
  'following',
])

/** Words that open a sentence before its subject, or that a name run never starts with. */
export const runOpeners: ReadonlySet<string> = new Set([
  ...clauseOpeners,
  ...determinerList,
  ...interrogatives,
  ...subjectPronouns,
  'may',
  'neither',
  'either',
  'ahead',
  'according',
  'not',
  'last',
  'next',
])

/** Auxiliary verbs ("has", "would"). */
export const auxiliaryVerbs: ReadonlySet<string> = new Set(auxiliaries)

/** Words before a clause's subject that leave it opening the clause ("But", "However,"). */
export const subjectOpeners: ReadonlySet<string> = new Set([...coordinators, ...clauseAdverbs])

/** Month names. */
export const months: ReadonlySet<string> = new Set(monthNames)

/**
 * Days that follow a speaker's name when a cue dates the words ("said Ann Vale Thursday",
 * "told reporters today"): never the end of a name. Months are left out: June, April and August
 * are names too.
 */
export const speechDays: ReadonlySet<string> = new Set([...weekdayNames, ...relativeDays])

/**
 * The closed-class words (articles, determiners, pronouns, prepositions, conjunctions,
 * auxiliaries, question words, clause adverbs) and the cue verbs: few in kind, most of the
 * running text.
 */
const closedClassWords: readonly string[] = [
  ...new Set([
    ...articleList,
    ...determinerList,
    ...pronouns.map((pronoun) => pronoun.form),
    ...prepositionList,
    ...coordinators,
    ...subordinatorList,
    ...auxiliaries,
    ...relativePronouns,
    ...interrogatives,
    ...demonstratives,
    ...possessiveDeterminers,
    ...clauseAdverbs,
    ...cueVerbList,
  ]),
]

/**
 * A question about a token's word that reads its answer for a closed-class word from a small
 * set, made when first asked (the closed-class words `answer` says no to), before the token's
 * lexeme is looked up for `fact`: finding a lexeme in the shared vocabulary, a large table, costs
 * more than a set of a few hundred words, and such words are most of the tokens asked. `fact`
 * must be `lowercaseFact(answer)` (or answer alike for every token).
 */
export function sparingClosedClass(
  answer: (lower: string) => boolean,
  fact: (token: Token) => boolean,
): (token: Token) => boolean {
  let no: ReadonlySet<string> | undefined
  return (token) => {
    no ??= new Set(closedClassWords.filter((word) => !answer(word)))
    return !no.has(token.lower) && fact(token)
  }
}

/** Distinct words a memo of `perWord` holds before it starts again (memory stays bounded). */
const memoLimit = 20_000

/**
 * A question about a word, answered once per distinct word and then remembered: the phrase
 * readers ask the same questions of the same words, token after token and article after
 * article, and one answer may take several list look-ups and regular expressions. `answer`
 * must depend on the word alone.
 */
export function perWord(answer: (word: string) => boolean): (word: string) => boolean {
  const known = new BoundedCache<string, boolean>(memoLimit)
  return (word) => {
    let value = known.get(word)
    if (value === undefined) {
      value = answer(word)
      known.set(word, value)
    }
    return value
  }
}

/**
 * A question about the word of a token, asked of the word in lowercase: the answer is kept on the
 * token's lexeme (`tokenFact` of @newsroom/nlcst-tokens) and read back with no look-up by the word.
 * `answer` must depend on the word alone. Make each once, at module level.
 */
export function lowercaseFact(answer: (lower: string) => boolean): (token: Token) => boolean {
  return tokenFact((word: string) => answer(word.toLowerCase()))
}

/** Penn Treebank tags of a verb that can head a clause: not a gerund ("Vale, alleging that…"). */
const clauseVerbTags: ReadonlySet<string> = new Set(['MD', 'VB', 'VBD', 'VBN', 'VBP', 'VBZ'])

/**
 * Whether a token's word is likeliest (by the Brill tagger's lexicon) a verb that can head a
 * clause ("read", "said", "was"); ask it of lowercase words ("Will" may be a name).
 */
export const isClauseVerbToken = lowercaseFact((lower) =>
  clauseVerbTags.has(brillLexicon().get(lower)?.[0] ?? ''),
)

/** Penn Treebank tags of a finite verb, and of the common nouns that may be spelt like one. */
const finiteVerbTags: ReadonlySet<string> = new Set(['VBD', 'VBP', 'VBZ'])

/**
 * Whether a token's word is likeliest (by the Brill tagger's lexicon) a finite verb or a modal
 * ("recalls", "described", "will"), not a base form or a participle that may modify a noun
 * ("sources close to", "officials based in").
 */
export const isFiniteVerbToken = lowercaseFact((lower) => {
  const likeliest = brillLexicon().get(lower)?.[0] ?? ''
  return likeliest === 'MD' || finiteVerbTags.has(likeliest)
})
/**
 * Whether a token's word is likeliest a finite verb (`isFiniteVerbToken`) or a past participle
 * also tagged as a past tense ("stated", "named"): in a description after a name, such a word
 * makes it the subject of a clause (`To Ann Vale, the commissioner stated his case`).
 */
export const mayBePastOrFiniteVerbToken = lowercaseFact((lower) => {
  const tags = brillLexicon().get(lower)
  const likeliest = tags?.[0] ?? ''
  return (
    likeliest === 'MD' ||
    finiteVerbTags.has(likeliest) ||
    (likeliest === 'VBN' && (tags?.includes('VBD') ?? false))
  )
})
const commonNounTags: ReadonlySet<string> = new Set(['NN', 'NNS'])

/**
 * Whether a token's word may be a verb heading a clause where a verb is expected (right after a
 * subject's name): a clause verb by its likeliest tag (`isClauseVerbToken`), or a common noun
 * by it that the Brill tagger's lexicon also tags as a finite verb ("heads", "chairs", "backs",
 * "cast"). Not a function word the lexicon's stray tags call a verb ("the", "and", "at").
 */
export const mayBeFiniteVerbToken = lowercaseFact((lower) => {
  const tags = brillLexicon().get(lower)
  const likeliest = tags?.[0] ?? ''
  return (
    clauseVerbTags.has(likeliest) ||
    (commonNounTags.has(likeliest) && (tags?.some((tag) => finiteVerbTags.has(tag)) ?? false))
  )
})

/**
 * Whether a token's word is likeliest (by the Brill tagger's lexicon) a present participle or
 * gerund ("backing", "praising"): of a capitalized word, ask it only where the capital may be
 * the sentence's (a name's first word: "Manning" is a name too).
 */
export const isGerundToken = lowercaseFact((lower) => brillLexicon().get(lower)?.[0] === 'VBG')

/**
 * Whether a token's word is likeliest (by the Brill tagger's lexicon) a plural noun: a common
 * one in lowercase ("medics", "doctors") or a proper one as written ("Americans", "Texans"). A
 * family name ending in s ("Williams", "Sanders") is likeliest a singular proper noun.
 */
export const isPluralNounToken = tokenFact((word) => {
  const lexicon = brillLexicon()
  return lexicon.get(word.toLowerCase())?.[0] === 'NNS' || lexicon.get(word)?.[0] === 'NNPS'
})

/** Whether a token's word is an organization's head word ("ministry", "Post"). */
export const isOrganizationHeadToken = lowercaseFact(isOrganizationHead)

/** Whether a token's word is a role's head word ("minister", "spokeswoman"). */
export const isRoleHeadToken = lowercaseFact(isRoleHead)

/** `isRoleHeadToken`, asked of words of any class (the word before a name: "the", "said"). */
export const isRoleHeadWord = sparingClosedClass(isRoleHead, isRoleHeadToken)

/** Whether a token's word is a courtesy title or honorific ("mr.", "dr."). */
export const isHonorificToken = lowercaseFact(isHonorific)

/** Whether a token's word is a word of a role's title ("deputy", "minister"). */
export const isRoleWordToken = lowercaseFact(isRoleWord)
