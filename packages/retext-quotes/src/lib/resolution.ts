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
  /**
   * "the statement said" of a statement the text introduced with its author ("Vale issued a
   * statement", "some comments of his own"), or "his statement": that author, named or not.
   */
  | 'document-author'
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
  /**
   * The one person the text introduces nearby: as a sentence's subject, or elsewhere when no
   * main clause subject comes just before the pronoun.
   */
  | 'pronoun-newcomer'
  /** The one subject of a clause nearby. */
  | 'pronoun-clause-subject'
  /** The latest compatible referent, further back. */
  | 'pronoun-earlier'
  /**
   * The latest compatible referent, further back, with a relative of the pronoun's gender
   * introduced since ("his wife, Jane,"): who it means is open, so a lean only.
   */
  | 'pronoun-kin-between'
  /**
   * "I" or "we" answering an interview's question: the one asked, the latest person the text
   * names before it however far back (an interview names the one it asks once, at its start).
   */
  | 'pronoun-interviewee'
  /**
   * A mention naming the one a cue speaks to or of (`…," a source told *Fox News*`, `*Vale* was
   * asked, "…"`, see `spoken-to`), resolved as it would be otherwise: they did not say it.
   */
  | 'spoken-to'
  /**
   * A pronoun or description that means a name nothing in the article shows to be a person's
   * (`Calder Bay voted…` then `He said`): a place or a body, or a person the name finders
   * missed; a lean only (see `Coreference.isDoubtedPerson`).
   */
  | 'unevidenced-person'
  /**
   * "I" or "we" outside any quotation: the article's writer, by its byline's one author or the
   * closing line that introduces the writer ("Ann Vale is a playwright in Orlen.").
   */
  | 'writer'
  /**
   * An unnamed kin description the article ties to a name elsewhere ("…," my father said, with
   * "my father, Hugo Vale," in the text; see `named-kin.ts`): not an anonymous person, but whom
   * of the named this reading does not settle; a lean only.
   */
  | 'kin-named'
  /**
   * An answer (`A:`) of an interview printed as a transcript: the one person the text names
   * before the interview (see `Coreference.interviewee`).
   */
  | 'interviewee-label'
  /** Nothing the article names. */
  | 'none'

/**
 * How often each rule names the right entity when it starts from the right mention. Names are
 * as sure as the name resolvers; a pronoun pointing to who just spoke nearly always means them;
 * rules that reach further back, or guess the organization behind a document, less so. These
 * are estimates, checked against the errors on the gold sets (by rule); the choice of the
 * mention is what the speaker model's calibration, on out-of-fold choices of train, covers.
 * Used only with a speaker model whose confidence does not weigh the resolution itself.
 */
export const resolutionConfidence: Readonly<Record<PublishableResolution, number>> = Object.freeze({
  name: 1,
  'short-name': 0.97,
  namesake: 0.95,
  group: 0.97,
  anonymous: 0.97,
  'recent-body': 0.85,
  'role-holder': 0.97,
  'role-recent': 0.9,
  'role-principal': 0.9,
  'role-unnamed': 0.95,
  'document-owner': 0.95,
  // Two steps, each a reading of the text: the document a description repeats, then its author.
  'document-author': 0.9,
  'document-recent': 0.8,
  'pronoun-subject': 0.98,
  'pronoun-opener': 0.97,
  'pronoun-speaker': 0.98,
  'pronoun-only': 0.96,
  'pronoun-newcomer': 0.92,
  'pronoun-clause-subject': 0.9,
  'pronoun-interviewee': 0.9,
  // The label says the one asked answers; the introduction names only them.
  'interviewee-label': 0.95,
  // A byline is read by ingest; a closing line of the writer is a pattern of opinion pages.
  writer: 0.95,
  none: 0,
})

/**
 * Resolutions never published, whatever the speaker model says of the mention: the article
 * leaves open which person it means ("Vale said" of two Vales, with nothing in the text to tell
 * them apart), so a right mention still names nobody for sure; or the mention names the one
 * spoken to, not the speaker (`spoken-to`); or a pronoun or description means a name the article
 * never shows to be a person's (`unevidenced-person`); or an unnamed kin description names
 * someone the article names elsewhere (`kin-named`); or a pronoun reaches back past everyone near
 * it to the latest referent that fits (`pronoun-earlier`, and `pronoun-kin-between` past a
 * relative introduced since), which names the right person in 16 of 22 train mentions read and 20
 * of 36 held-out ones, while the confidence model, fitted on gold that marks the pronoun itself,
 * cannot tell those cases apart. The quotation keeps the lean as its `candidate`, with confidence
 * 0; `fit-speaker-model` counts it so too, so that its threshold is chosen on what the plugin
 * publishes.
 */
export const unpublishedResolutions = [
  'namesake-unclear',
  'spoken-to',
  'unevidenced-person',
  'kin-named',
  'pronoun-kin-between',
  'pronoun-earlier',
] as const satisfies readonly Resolution[]

/** A resolution that may be published (see `unpublishedResolutions`). */
export type PublishableResolution = Exclude<Resolution, (typeof unpublishedResolutions)[number]>

const unpublished: ReadonlySet<Resolution> = new Set(unpublishedResolutions)

/** Whether a quotation whose mention was resolved so may be published. */
export function isPublishable(resolution: Resolution): resolution is PublishableResolution {
  return !unpublished.has(resolution)
}
