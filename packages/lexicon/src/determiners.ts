import { pronouns } from './pronouns.js'

/** The English articles. */
export const articles: readonly string[] = Object.freeze(['a', 'an', 'the'])

/** Demonstrative determiners (`this`, `those`). */
export const demonstratives: readonly string[] = Object.freeze(['this', 'that', 'these', 'those'])

/** Possessive determiners (`his`, `their`): a noun phrase they open has an owner. */
export const possessiveDeterminers: readonly string[] = Object.freeze([
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
])

/** Cardinal numbers written as words, one to twenty and the round tens, hundreds and more. */
export const numberWords: readonly string[] = Object.freeze([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
])

/**
 * Quantifiers: determiners that count or measure (`some`, `many`, `several`), and the plural
 * nouns of number used as one (`dozens`, `hundreds`).
 */
export const quantifiers: readonly string[] = Object.freeze([
  'some',
  'many',
  'most',
  'several',
  'both',
  'all',
  'few',
  'each',
  'every',
  'no',
  'any',
  'other',
  'another',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
])

/** The possessive determiners of the third person (`his`, `her`, `its`, `their`). */
export const thirdPersonPossessives: readonly string[] = Object.freeze(
  possessiveDeterminers.filter((word) =>
    pronouns.some((pronoun) => pronoun.form === word && pronoun.person === 3),
  ),
)

/** Every determiner above, with the number words from one to ten. */
export const determiners: readonly string[] = Object.freeze([
  ...articles,
  ...demonstratives,
  ...possessiveDeterminers,
  ...quantifiers,
  ...numberWords.slice(0, 10),
])
