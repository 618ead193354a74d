/**
 * English function words: the closed classes a phrase reader needs to know where a noun phrase
 * or a clause starts and ends.
 * Source: the closed word classes of the Cambridge Grammar of the English Language.
 */

/** Prepositions (one word). */
export const prepositions: readonly string[] = Object.freeze([
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'alongside',
  'amid',
  'among',
  'amongst',
  'around',
  'as',
  'at',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'between',
  'beyond',
  'by',
  'concerning',
  'despite',
  'down',
  'during',
  'except',
  'for',
  'from',
  'in',
  'inside',
  'into',
  'like',
  'near',
  'of',
  'off',
  'on',
  'onto',
  'outside',
  'over',
  'past',
  'per',
  'regarding',
  'since',
  'than',
  'through',
  'throughout',
  'to',
  'toward',
  'towards',
  'under',
  'unlike',
  'until',
  'up',
  'upon',
  'via',
  'with',
  'within',
  'without',
])

/**
 * Words that open the title of a work or an event after its owner's possessive ("Vale’s *Till*
 * Death", "Forbes’ *Under* 30"): the prepositions, and `till`, which running text reads so
 * seldom as a preposition that it is kept out of them (people are named Till: "Till Lindqvist
 * said" must keep its given name wherever prepositions are read).
 */
export const ownedTitleOpeners: readonly string[] = Object.freeze([...prepositions, 'till'])

/** Prepositions of place: a capitalized name after one is most often a place ("in Ostrava"). */
export const locativePrepositions: readonly string[] = Object.freeze([
  'in',
  'at',
  'near',
  'from',
  'outside',
  'across',
  'into',
  'towards',
  'toward',
  'around',
  'throughout',
])

/** Coordinating conjunctions. */
export const coordinators: readonly string[] = Object.freeze([
  'and',
  'but',
  'or',
  'nor',
  'yet',
  'so',
])

/** Subordinating conjunctions: words that open a subordinate clause before its subject. */
export const subordinators: readonly string[] = Object.freeze([
  'after',
  'although',
  'as',
  'because',
  'before',
  'if',
  'once',
  'since',
  'though',
  'unless',
  'until',
  'when',
  'whenever',
  'where',
  'whereas',
  'wherever',
  'while',
  'whether',
])

/** Relative pronouns: words that open a relative clause (`who`, `which`). */
export const relativePronouns: readonly string[] = Object.freeze([
  'who',
  'whom',
  'whose',
  'which',
  'that',
])

/** Interrogative words. */
export const interrogatives: readonly string[] = Object.freeze([
  'what',
  'how',
  'why',
  'where',
  'when',
  'who',
])

/**
 * Adverbs and connectives that open a sentence or clause ("However, …", "Meanwhile …"): words
 * capitalized only because they start a sentence, never part of a name.
 */
export const clauseAdverbs: readonly string[] = Object.freeze([
  'even',
  'however',
  'meanwhile',
  'still',
  'then',
  'also',
  'instead',
  'indeed',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'therefore',
  'thus',
  'separately',
  'earlier',
  'later',
  'now',
  'here',
  'there',
])

/**
 * Adverbs of likelihood or stance that open a clause ("*Maybe* Vale is right", "*Sadly*, …"):
 * capitalized only at the start of a sentence, never part of a name.
 * Source: the modal and evaluative adverbs of the Cambridge Grammar of the English Language.
 */
export const stanceAdverbs: readonly string[] = Object.freeze([
  'maybe',
  'perhaps',
  'probably',
  'possibly',
  'certainly',
  'surely',
  'clearly',
  'obviously',
  'apparently',
  'evidently',
  'presumably',
  'hopefully',
  'fortunately',
  'unfortunately',
  'ironically',
  'interestingly',
  'admittedly',
  'arguably',
  'undoubtedly',
  'frankly',
  'sadly',
])

/** Forms of `be` (written out; contractions are read as such elsewhere). */
export const beForms: readonly string[] = Object.freeze([
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
])

/**
 * Forms of `be` and `get` that make a participle after them passive: "Vale was emailed", "Vale
 * got asked": the subject is then no sender, maker or speaker.
 */
export const passiveAuxiliaries: readonly string[] = Object.freeze([
  ...beForms,
  'get',
  'gets',
  'got',
  'gotten',
  'getting',
])

/** Forms of `be`, `have` and `do` and the modal verbs: the auxiliaries of an English verb group. */
export const auxiliaries: readonly string[] = Object.freeze([
  ...beForms,
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'will',
  'would',
])

/**
 * Auxiliaries that are also common given names ("*Will* Rogers", "*May* Ling"): the only ones
 * that may open a name. The given-name tables hold rarer ones too ("Had", "Can"), so a table
 * look-up cannot tell.
 */
export const givenNameAuxiliaries: readonly string[] = Object.freeze(['will', 'may'])

/**
 * Relative pronouns that can be the subject of their clause (`Vale, who said`, `the report,
 * which found`): not `whom` or `whose`.
 */
export const subjectRelativePronouns: readonly string[] = Object.freeze(
  relativePronouns.filter((word) => word !== 'whom' && word !== 'whose'),
)

/** Coordinators that join the members of a list (`Vale and Orrin`, `Vale or Orrin`). */
export const listCoordinators: readonly string[] = Object.freeze(['and', 'or'])

/**
 * Prepositions whose object may be a pair `X and Y` (`between Vale and Orrin`, `with Vale and
 * Orrin`): after one, the pair is an object, not a subject that speaks.
 */
export const pairPrepositions: readonly string[] = Object.freeze([
  'against',
  'between',
  'by',
  'for',
  'from',
  'of',
  'to',
  'with',
])

/**
 * Prepositions that tie a person to the body they belong to (`Ann Vale of the University of
 * Ostrava`, `a researcher at Rellmark`, `Orrin from the Institute`).
 */
export const affiliationPrepositions: readonly string[] = Object.freeze([
  'at',
  'from',
  'of',
  'with',
])

/**
 * Words that link an office after its head to the place it serves (`the senator *from* Vermont`,
 * `the governor *of* Ohio`, `a congressman *representing* Utah`).
 */
export const constituencyLinks: readonly string[] = Object.freeze([
  'for',
  'from',
  'of',
  'representing',
])

/** Relative pronouns that may stand for a thing (`the letter *that* Vale wrote`): not `who`. */
export const thingRelativePronouns: readonly string[] = Object.freeze(
  subjectRelativePronouns.filter((word) => word !== 'who'),
)

/**
 * Words that add a second thing to the first, as `and` does (`a video *with* some comments`,
 * `the report *plus* its annex`, `a letter *alongside* a photograph`).
 */
export const additivePrepositions: readonly string[] = Object.freeze(['alongside', 'plus', 'with'])
