/**
 * The types of what candidates read of a phrase once per article (`phraseFacts` in
 * candidates.ts), on their own so that the article model can hold them in its memo without
 * importing the stage that reads them.
 */

/**
 * What describes a candidate's phrase whatever the quotation: read once per phrase of an article
 * (see `phraseFacts`), where a phrase near several quotations was read again for each of them.
 */
export interface PhraseFacts {
  /** The paragraph the facts were read in (a phrase is read in its own paragraph only). */
  paragraph: number
  /** The index of the first token at or after its start (`tokenIndexAt`). */
  token: number
  /** The number of the sentence, over the article, its start is in (`sentenceNumber`). */
  sentence: number
  /** `formOf` the phrase. */
  form: string
  /** The nodes of its form in the feature name families `form:`, `form-place:`, `no-cue:`, `nearest:`. */
  formNode: NamePart
  formPlaceNode: NamePart
  noCueNode: NamePart
  nearestNode: NamePart
  /** `kindOf` a candidate with the phrase and no entity mention of retext-entities. */
  unknownKind: string
  /** Whether it opens its sentence or clause (`opensClause`). */
  opensClause: boolean
  /** Whether the word before it is a preposition. */
  afterPreposition: boolean
  /** Whether the word before it is a cue verb (`isCue`). */
  afterCue: boolean
  /** Whether it ends in a possessive. */
  possessive: boolean
  /** A name of one common word capitalized to open its sentence (`isOpeningWord`). */
  commonWordOpening: boolean
  /** A name of calendar words only ("Wednesday", "Last March"). */
  calendarName: boolean
  /** A name of more than two words, all in capitals. */
  capitalsName: boolean
}

/**
 * A part of a feature name and the names it begins: a tree of the names made so far, each with
 * its feature index (`featureIndex`), so that a name joined from its parts (`form:` and the
 * form) is neither built as a new string nor looked up by name for every candidate.
 */
export interface NamePart {
  name: string
  /** Its feature index, given when first asked for (-1 until then). */
  index: number
  next: Map<string, NamePart>
  /** The nodes after it of the places (`placeAfter`), by place number: no name looked up. */
  byPlace: Array<NamePart | undefined>
}
