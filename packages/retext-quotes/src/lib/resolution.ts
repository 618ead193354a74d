/**
 * The ways a chosen mention is resolved to an entity (stage 4, `Coreference`), and how sure each
 * way is: its own module so that the look-up helpers of coreference can name a resolution
 * without importing coreference.
 */
/** How a mention was resolved to an entity. */
export type Resolution =
  /** A name the article resolves to a person or an organization. */
  | 'name'
  /** A bare word that is the short name of a person the article names in full. */
  | 'short-name'
  /** A family name several people share, or "the younger Vale": the one the text shows. */
  | 'namesake'
  /** A family name several people share, with nothing in the text to tell which: a lean only. */
  | 'namesake-unclear'
  /** A plural or collective description, or names joined by "and". */
  | 'group'
  /** An unnamed person ("a senior official"). */
  | 'anonymous'
  /** "the union": the organization of this or the previous paragraph. */
  | 'recent-body'
  /** "the mayor": the person the article gives that role. */
  | 'role-holder'
  /** "the senator": the latest named person who may hold that role. */
  | 'role-recent'
  /** "Beijing's top diplomat": the article's main named speaker. */
  | 'role-principal'
  /** A definite description nobody named holds: an unnamed person. */
  | 'role-unnamed'
  /** "the WHO's website": the owner of a document. */
  | 'document-owner'
  /** "the article read": the organization of this or the previous paragraph. */
  | 'document-recent'
  /** "he" in a sentence whose named subject is of that gender. */
  | 'pronoun-subject'
  /** The person opening the paragraph, before anyone spoke in it. */
  | 'pronoun-opener'
  /** Someone who spoke in this or the previous paragraph. */
  | 'pronoun-speaker'
  /** The one person of that gender named nearby. */
  | 'pronoun-only'
  /** The one person the text introduces nearby. */
  | 'pronoun-newcomer'
  /** The one subject of a clause nearby. */
  | 'pronoun-clause-subject'
  /** The latest compatible referent, further back. */
  | 'pronoun-earlier'
  /** Nothing the article names. */
  | 'none'

/**
 * How often each rule names the right entity when it starts from the right mention. Names are
 * as sure as the name resolvers; a pronoun pointing to who just spoke nearly always means them;
 * rules that reach further back, or guess the organization behind a document, less so. These
 * are estimates, checked against the errors on the gold sets (by rule); the choice of the
 * mention is what the speaker model's calibration, on out-of-fold choices of train, covers.
 */
export const resolutionConfidence: Readonly<Record<Resolution, number>> = Object.freeze({
  name: 1,
  'short-name': 0.97,
  namesake: 0.95,
  'namesake-unclear': 0.5,
  group: 0.97,
  anonymous: 0.97,
  'recent-body': 0.85,
  'role-holder': 0.97,
  'role-recent': 0.9,
  'role-principal': 0.9,
  'role-unnamed': 0.95,
  'document-owner': 0.95,
  'document-recent': 0.8,
  'pronoun-subject': 0.98,
  'pronoun-opener': 0.97,
  'pronoun-speaker': 0.98,
  'pronoun-only': 0.96,
  'pronoun-newcomer': 0.92,
  'pronoun-clause-subject': 0.9,
  'pronoun-earlier': 0.8,
  none: 0,
})

/**
 * Resolutions whose doubt lies in the article, not in the choice of the mention: too rare on
 * train for the speaker model to weigh, so their factor in `resolutionConfidence` applies even
 * with a model that weighs how mentions resolve ("Vale said" of two Vales is even odds at best).
 */
export const discountedResolutions: ReadonlySet<Resolution> = new Set(['namesake-unclear'])
