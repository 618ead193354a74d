/** Grammatical gender of an English pronoun: `neuter` is `it`; `null` is unmarked (`they`, `I`). */
export type PronounGender = 'male' | 'female' | 'neuter' | null

/** One English personal pronoun form with what it says about its referent. */
export interface Pronoun {
  /** The form as written, lowercase (`him`, `their`). */
  form: string
  /** The subject form it belongs to (`he` for `him`, `his`, `himself`). */
  lemma: 'i' | 'you' | 'he' | 'she' | 'it' | 'we' | 'they'
  person: 1 | 2 | 3
  number: 'singular' | 'plural'
  gender: PronounGender
  case: 'subject' | 'object' | 'possessive' | 'reflexive'
}

function forms(
  lemma: Pronoun['lemma'],
  person: Pronoun['person'],
  number: Pronoun['number'],
  gender: PronounGender,
  subject: string,
  object: string,
  possessive: readonly string[],
  reflexive: readonly string[],
): Pronoun[] {
  const base = { lemma, person, number, gender }
  return [
    { form: subject, ...base, case: 'subject' },
    ...(object === subject ? [] : [{ form: object, ...base, case: 'object' as const }]),
    ...possessive.map((form) => ({ form, ...base, case: 'possessive' as const })),
    ...reflexive.map((form) => ({ form, ...base, case: 'reflexive' as const })),
  ]
}

/**
 * English personal pronouns: every form with its person, number, gender and case. `they` is
 * plural here, as news copy uses it for groups and bodies far more than for one person.
 * Source: the personal pronoun table of the Cambridge Grammar of the English Language.
 */
export const pronouns: readonly Pronoun[] = Object.freeze([
  ...forms('i', 1, 'singular', null, 'i', 'me', ['my', 'mine'], ['myself']),
  ...forms('you', 2, 'singular', null, 'you', 'you', ['your', 'yours'], ['yourself', 'yourselves']),
  ...forms('he', 3, 'singular', 'male', 'he', 'him', ['his'], ['himself']),
  ...forms('she', 3, 'singular', 'female', 'she', 'her', ['her', 'hers'], ['herself']),
  ...forms('it', 3, 'singular', 'neuter', 'it', 'it', ['its'], ['itself']),
  ...forms('we', 1, 'plural', null, 'we', 'us', ['our', 'ours'], ['ourselves']),
  ...forms('they', 3, 'plural', null, 'they', 'them', ['their', 'theirs'], ['themselves']),
])
