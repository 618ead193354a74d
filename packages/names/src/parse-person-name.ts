import {
  brillLexicon,
  givenNameHonorifics as givenNameHonorificList,
  givenNameTitles as givenNameTitleList,
  hyphenatedParticles,
  nameKeepingTitles,
  nameSuffixes,
  ownedTitleOpeners,
  regnalNumerals,
  serviceMemberTitles,
} from '@newsroom/lexicon'
import { BoundedCache } from './bounded-cache.js'
import { isDictionaryWord } from './dictionary.js'
import { foldName, foldWord, lastWord, stripPossessive } from './fold.js'
import { isGivenName, likelyGivenNameGender } from './gender.js'
import { nameTradition } from './name-order.js'
import type { PersonName } from './person-name.js'
import { wordClass, wordClasses } from './word-classes.js'

const givenNameHonorifics = new Set(givenNameHonorificList)
const givenNameTitles = new Set(givenNameTitleList)
const serviceTitles = new Set(serviceMemberTitles)
const keepingTitleSet = new Set(nameKeepingTitles)
const hyphenParticleSet = new Set(hyphenatedParticles)
const regnalSet = new Set(regnalNumerals)
const ownedTitleOpenerSet = new Set(ownedTitleOpeners)
/** The suffixes that are words or degrees (`Jr`, `PhD`), not regnal numerals. */
const wordSuffixes = new Set(nameSuffixes.filter((suffix) => !regnalSet.has(suffix)))

function bare(word: string): string {
  return foldWord(word)
}

/** Whether a word is a courtesy title (`Mr`, `Dr.`, `Sheikh`). */
export function isHonorific(word: string): boolean {
  return (wordClasses(word) & wordClass.honorific) !== 0
}

/** Whether a word ends a role or title (`Minister`, `spokesman`, `Secretary-General`). */
export function isRoleHead(word: string): boolean {
  return (wordClasses(word) & wordClass.roleHead) !== 0
}

const roleWordClasses =
  wordClass.roleHead | wordClass.roleModifier | wordClass.roleComplement | wordClass.roleConnector

/**
 * Whether a word can only describe a person, never name one: a role head (`minister`), a role
 * modifier (`former`, `acting`, `Current`) or a complement inside a role (`Foreign`, `Affairs`).
 */
export function isRoleWord(word: string): boolean {
  return (wordClasses(word) & roleWordClasses) !== 0
}

/** Whether a word is a name particle (`van`, `de`, `bin`) or starts with one (`al-Assad`). */
export function isNameParticle(word: string): boolean {
  return (wordClasses(word) & wordClass.nameParticle) !== 0
}

/**
 * Capitalized particles that open a family name and neither a given name nor a place's name
 * (`De Vries`, `Von Trapp`, `Dos Santos`): "Van", "Al" and "Ben" are given names too (`Van Jones`,
 * `Al Gore`), and "Des", "Den", "Da" open places (`Des Moines`, `Den Haag`, `Da Nang`).
 */
const familyOpeningParticles: ReadonlySet<string> = new Set(['de', 'von', 'della', 'dos'])

/**
 * Whether a name is a family name said without the given name, as its first word is a particle:
 * written in lowercase (`von der Leyen`, `bin Salman`), one that is no given name (`De Vries`),
 * or any followed by another in lowercase (`Van der Kolk`, `De los Santos`); not `Van Voorhis`,
 * which may be a given name and a family name.
 */
function opensWithFamilyParticle(nameWords: readonly string[]): boolean {
  const first = nameWords[0] ?? ''
  if (!isNameParticle(first)) return false
  if (first !== capitalize(first) || familyOpeningParticles.has(first.toLowerCase())) return true
  const second = nameWords[1] ?? ''
  return nameWords.length > 2 && isNameParticle(second) && second !== capitalize(second)
}

function isRoleComplement(word: string): boolean {
  return (wordClasses(word) & wordClass.roleComplement) !== 0
}

function isSuffix(word: string): boolean {
  if ((wordClasses(word) & wordClass.suffixWord) === 0) return false
  // Roman numerals only in capitals, so that "Xi" and "Li" stay names.
  return wordSuffixes.has(bare(word)) || /^[IVX]+$/.test(word)
}

/**
 * Index where the role prefix of a mention ends (exclusive), or 0 when there is none: up to the
 * last role head or honorific that still leaves a name after it, plus an "of …" complement
 * ("Secretary of State", "Mayor of Koszalin").
 */
function roleEnd(words: readonly string[]): number {
  let lastHead = -1
  // A head needs a name word (not a suffix) somewhere after it.
  let lastNameWord = words.length - 1
  while (lastNameWord >= 0 && isSuffix(words[lastNameWord] ?? '')) lastNameWord--
  for (let index = 0; index < lastNameWord; index++) {
    const word = words[index] ?? ''
    // "Don Fowler" is a name; "Don Juan Carlos Ruiz" has a title.
    if (givenNameHonorifics.has(bare(word)) && !isRoleHead(word) && words.length - index < 3)
      continue
    if (givenNameTitles.has(bare(word)) && bare(words[index + 1] ?? '') !== 'of') continue
    // "Marine Ann Vale" is a rank before a full name; "Marine Le Pen" is a name.
    if (
      serviceTitles.has(bare(word)) &&
      lastNameWord - index >= 2 &&
      isGivenName(words[index + 1] ?? '')
    )
      lastHead = index
    if (isRoleHead(word) || isHonorific(word)) lastHead = index
  }
  if (lastHead < 0) return 0
  let end = lastHead + 1
  if (end < words.length - 1 && (wordClasses(words[end] ?? '') & wordClass.roleConnector) !== 0) {
    end++
    // "Secretary of State": nothing but role words after the connector, so no name at all.
    if (words.slice(end).every((word) => isRoleComplement(word))) return words.length
    // Take complement words while a two-word name would still remain, or while they are
    // known role words ("Foreign Affairs").
    while (end < words.length - 1) {
      const word = words[end] ?? ''
      const remaining = words.length - end
      if (isRoleComplement(word)) end++
      // "Secretary of State John F. Kerry": a given name, or a word before an initial, starts
      // the name.
      else if (/^\p{Lu}\.$/u.test(words[end + 1] ?? '') || (remaining <= 3 && isGivenName(word)))
        break
      else if (remaining > 2) end++
      else break
    }
  }
  return end
}

/**
 * Where the owner before a name ends: after the last word but one with a possessive ending
 * ("*Fox News’* Ann Vale", "*Trump's* daughter Ivanka"), or 0. The owner is part of the role.
 */
function ownerEnd(words: readonly string[]): number {
  for (let index = words.length - 2; index >= 0; index--)
    if (/(?:['’]s|s['’])$/u.test(words[index] ?? '')) return index + 1
  return 0
}

/**
 * Whether the words after an owner's possessive name a thing the owner has rather than a
 * person: a preposition opening them ("Forbes’ *Under* 30 Summit", "Vale’s *After* Hours", "the
 * Times’ *Over* the Line") opens the title of an event, a show or a column, as no name opens.
 * Before a capitalized word no dictionary holds, it is a given name and the word a family name
 * ("Harbour News’ Per Brannock"); so it is before a word the dictionary holds when people are
 * known to bear it (`Per`, `Till`) and the word is one written capitalized mostly as a proper
 * noun (`isMostlyProperNoun`: "Harbour News’ Per Baker", "Acme’s Till Brook"), not a common
 * noun capitalized in a title ("Vale’s Till Death").
 */
function opensOwnedTitle(words: readonly string[]): boolean {
  const [first, next] = words
  if (first === undefined || !ownedTitleOpenerSet.has(foldWord(first))) return false
  if (next === undefined || !/^\p{Lu}/u.test(next)) return true
  const bare = stripPossessive(next)
  if (!isDictionaryWord(bare)) return false
  return likelyGivenNameGender(first) === null || !isMostlyProperNoun(bare)
}

/**
 * Whether a capitalized word is written so mostly as a proper noun: the likeliest tag the
 * tagger's lexicon (tagged news copy) gives it as written is `NNP`/`NNPS` ("Baker", "Brook"), not
 * a common noun's or another class's ("Death", "Eternity", "Hours"). Read only in the rare case
 * above, so the lexicon is loaded on first need.
 */
function isMostlyProperNoun(word: string): boolean {
  const likeliest = brillLexicon().get(word)?.[0]
  return likeliest === 'NNP' || likeliest === 'NNPS'
}

/**
 * The name words left once the words that describe rather than name are taken off (the
 * lexicon's word classes: never a name word, whatever case they are written in):
 * - function words and weekdays before or after the name are dropped ("*Does* Rubio", "*While*
 *   Vale", "Washington D.C. *He*"): a capitalized run swept them up at a sentence start. Only
 *   the mention's first word can open a sentence: after a role or an owner ("Sen. *Can* Vale")
 *   a capitalized function word is a given name, but for a preposition right after an owner
 *   (`opensOwnedTitle`): the words are then a title's, and no name is left;
 * - role modifiers with no role head are dropped ("*Former* Vale"), nouns of people join the
 *   role (`prefix`): "*Moderator* Ann Vale", "*Democrats* Ann Vale and …";
 * - a determiner, a group word or "people of …" before the name leaves no name: the words are a
 *   noun phrase ("*A* Vale win", "*Many* Ostravians", "*Team* Vale", "*Supporters of* Vale"),
 *   and so does a party member after it ("Florida *Republican*"); "the" is left with the words
 *   it opens, as the name of a body may start with it ("The American Legion").
 * A family name of a family-name-first tradition is left alone ("He Lifeng"), as is a word
 * that is a given name before another name word ("Will Rogers").
 */
function descriptionWordsTaken(
  words: readonly string[],
  prefix: string[],
  afterOwner: boolean,
): string[] {
  const name = [...words]
  if (nameTradition(name) !== 'western') return name
  if (afterOwner && opensOwnedTitle(name)) return []
  while (name.length > 0) {
    const word = name[0] ?? ''
    const classes = wordClasses(word)
    const opensMention = prefix.length === 0 && name.length === words.length
    if ((classes & wordClass.functionWord) !== 0 && opensMention) {
      name.shift()
      continue
    }
    if ((classes & wordClass.determiner) !== 0)
      // "The Blaze", "The American Legion": a body's name may open with "the".
      return foldWord(word) === 'the' ? name : []
    if (name.length === 1 || isGivenName(word)) break
    if ((classes & wordClass.collective) !== 0) return []
    if ((classes & wordClass.peopleNoun) !== 0) {
      if ((wordClasses(name[1] ?? '') & wordClass.roleConnector) !== 0) return []
      prefix.push(name.shift() ?? '')
      continue
    }
    if ((classes & wordClass.roleModifier) !== 0) {
      name.shift()
      continue
    }
    break
  }
  const trailing = wordClass.functionWord | wordClass.determiner
  while (name.length > 1 && (wordClasses(name[name.length - 1] ?? '') & trailing) !== 0) name.pop()
  if ((wordClasses(name[name.length - 1] ?? '') & wordClass.partyMember) !== 0) return []
  return name
}

/**
 * Take a person mention apart: roles and honorifics before the name, then the name in its
 * tradition's order. `"US Secretary of State Antony Blinken"` → name `"Antony Blinken"`, roles
 * `["US Secretary of State"]`; `"Mr Wang"` → name `"Wang"`, honorifics `["Mr"]`.
 */
export function parsePersonName(text: string): PersonName {
  // Shared, not copied (`PersonName` is read-only): a copy of the object and its three lists at
  // every call was most of what asking a parse again allocated.
  return rememberedParse(text).name
}

/**
 * A parse as `parsePersonName` remembers it, with the folds of it that `resolvePeople` reads at
 * every mention, each made the first time it is asked: a name is mentioned again and again,
 * within and across articles, and each fold asked anew was a look-up in a memo as large as the
 * vocabulary, by a string the memo had to hash.
 */
export class RememberedParse {
  readonly name: PersonName
  #folded: string | undefined
  #foldedSurname: string | undefined
  #foldedFirstGiven: string | undefined
  #foldedLastWord: string | undefined
  #keys: readonly string[] | undefined

  constructor(name: PersonName) {
    this.name = name
  }

  /** `foldName` of the name. */
  get folded(): string {
    this.#folded ??= foldName(this.name.name)
    return this.#folded
  }

  /** `foldName` of the family name. */
  get foldedSurname(): string {
    this.#foldedSurname ??= foldName(this.name.surname)
    return this.#foldedSurname
  }

  /** `foldName` of the first given name, `''` when there is none. */
  get foldedFirstGiven(): string {
    this.#foldedFirstGiven ??= foldName(this.name.given[0] ?? '')
    return this.#foldedFirstGiven
  }

  /** `lastWord` of the name folded. */
  get foldedLastWord(): string {
    this.#foldedLastWord ??= lastWord(this.folded)
    return this.#foldedLastWord
  }

  /** `nameKeys` of the name, frozen: every caller of the remembered parse shares the list. */
  get keys(): readonly string[] {
    this.#keys ??= Object.freeze(foldedNameKeys(this.name, this.folded))
    return this.#keys
  }
}

/** The remembered parse of a mention's text (see `parsePersonName`). */
export function rememberedParse(text: string): RememberedParse {
  let remembered = parsedCache.get(text)
  if (remembered === undefined) {
    remembered = new RememberedParse(frozenParse(parse(text)))
    parsedCache.set(text, remembered)
  }
  return remembered
}

/**
 * A parse made immutable, lists and all: it is shared by every caller that asks for the same
 * text, in this article and the next, so a change one caller made (JavaScript ignores
 * `readonly`) would reach all the others and disagree with the folds kept beside it.
 */
function frozenParse(name: PersonName): PersonName {
  Object.freeze(name.roles)
  Object.freeze(name.honorifics)
  Object.freeze(name.given)
  return Object.freeze(name)
}

/**
 * Parses by mention text, shared across articles: the same people are named in the same words
 * again and again, and parsing is pure.
 */
const parsedCache = new BoundedCache<string, RememberedParse>(10_000)

function parse(text: string): PersonName {
  // A nickname in quotation marks is not part of the name: Robert C. "Bobby" Scott.
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0 && !/^["“‘'].+["”’']$/u.test(word))
  const last = words.length - 1
  if (last >= 0) words[last] = stripPossessive(words[last] ?? '').replace(/[,;:]$/, '')

  const owned = ownerEnd(words)
  const end = owned + roleEnd(words.slice(owned))
  const prefix = words.slice(0, end)
  let nameWords = descriptionWordsTaken(words.slice(end), prefix, owned > 0 && end === owned)

  const honorificWords: string[] = []
  while (prefix.length > 0 && isHonorific(prefix[prefix.length - 1] ?? '')) {
    honorificWords.unshift(prefix.pop() ?? '')
  }
  while (prefix.length > 0 && isHonorific(prefix[0] ?? ''))
    honorificWords.push(prefix.shift() ?? '')
  const roles = prefix.length > 0 ? [prefix.join(' ')] : []

  let suffix: string | null = null
  if (nameWords.length > 1 && isSuffix(nameWords[nameWords.length - 1] ?? '')) {
    suffix = nameWords[nameWords.length - 1] ?? null
    nameWords = nameWords.slice(0, -1)
  }

  // "Pope Francis", "King Charles": a one-word name keeps the title it is known by; with a
  // regnal number ("Queen Elizabeth II") the number identifies the person instead.
  const lastTitle = prefix[prefix.length - 1]
  let keptTitle = false
  if (
    nameWords.length === 1 &&
    lastTitle !== undefined &&
    keepingTitleSet.has(bare(lastTitle)) &&
    !(suffix !== null && regnalSet.has(bare(suffix)))
  ) {
    nameWords = [capitalize(lastTitle), ...nameWords]
    keptTitle = true
    prefix.pop()
    roles.splice(0, roles.length, ...(prefix.length > 0 ? [prefix.join(' ')] : []))
  }

  const tradition = nameTradition(nameWords)
  const surnameFirst = tradition !== 'western'
  let given: string[]
  let surname: string
  if (nameWords.length === 0) {
    given = []
    surname = ''
  } else if (keptTitle) {
    given = []
    surname = nameWords[nameWords.length - 1] ?? ''
  } else if (nameWords.length > 1 && opensWithFamilyParticle(nameWords)) {
    // "von der Leyen", "bin Salman", "De Vries": a family name said without the given name.
    given = []
    surname = nameWords.join(' ')
  } else if (surnameFirst) {
    surname = nameWords[0] ?? ''
    given = nameWords.slice(1)
  } else {
    let particleAt = -1
    for (let index = 1; index < nameWords.length; index++) {
      const word = nameWords[index] ?? ''
      const isLast = index === nameWords.length - 1
      // A hyphenated particle ("al-Assad") may be the last word; a free one ("van") may not.
      if (isNameParticle(word) && (!isLast || word.includes('-'))) {
        particleAt = index
        break
      }
    }
    if (particleAt > 0) {
      surname = nameWords.slice(particleAt).join(' ')
      given = nameWords.slice(0, particleAt)
    } else {
      surname = nameWords[nameWords.length - 1] ?? ''
      given = nameWords.slice(0, -1)
    }
  }
  const name = [...nameWords, ...(suffix === null ? [] : [suffix])].join(' ')
  return {
    text,
    name,
    roles,
    honorifics: honorificWords,
    given,
    surname,
    suffix,
    tradition,
    surnameFirst,
    full: (given.length > 0 || keptTitle) && surname.length > 0,
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/**
 * The short forms a later (or earlier) mention may use for this person, folded: the family
 * name with and without particles ("bin salman", "salman"), the family name of a
 * family-name-first name ("wang"), the last word of a Vietnamese name ("phuc") and its family
 * name ("nguyen").
 */
export function shortForms(person: PersonName): string[] {
  const forms = new Set<string>()
  if (person.surname === '') return []
  if (person.tradition === 'vietnamese') {
    const lastGiven = person.given[person.given.length - 1]
    if (lastGiven !== undefined) forms.add(foldName(lastGiven))
    // English-language news also writes the family name alone ("Nguyen said"), as it does of
    // any other name.
    forms.add(foldName(person.surname))
    return [...forms]
  }
  const surname = foldName(person.surname)
  forms.add(surname)
  const surnameWords = surname.split(' ')
  const core = surnameWords[surnameWords.length - 1] ?? surname
  if (surnameWords.length > 1) forms.add(core)
  const hyphen = core.indexOf('-')
  if (hyphen > 0 && hyphenParticleSet.has(core.slice(0, hyphen))) {
    forms.add(core.slice(hyphen + 1))
    forms.add(core.replace('-', ' '))
  }
  if (surnameWords.length > 1 && hyphenParticleSet.has(surnameWords[0] ?? '')) {
    forms.add(surnameWords.join('-'))
  }
  return [...forms]
}

/**
 * Every folded form by which a mention can point at this person: the full name, the name without
 * middle names or initials, and the short forms.
 */
export function nameKeys(person: PersonName): string[] {
  return foldedNameKeys(person, foldName(person.name))
}

/**
 * `nameKeys(parsePersonName(text))`, kept with the remembered parse of `text`: a mention named
 * again (in this article or the next) costs one look-up, not a parse's and a fold's look-ups and
 * a new list. Shared by every caller: read-only.
 */
export function mentionNameKeys(text: string): readonly string[] {
  return rememberedParse(text).keys
}

/** `nameKeys` of a person whose name the caller has folded already (`folded`). */
export function foldedNameKeys(person: PersonName, folded: string): string[] {
  const keys = new Set<string>()
  if (person.name === '') return []
  keys.add(folded)
  if (person.full && !person.surnameFirst && person.given.length > 1) {
    keys.add(foldName(`${person.given[0]} ${person.surname}`))
  }
  for (const form of shortForms(person)) keys.add(form)
  return [...keys]
}
