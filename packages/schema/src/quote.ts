import { z } from 'zod'
import { TextSpan } from './primitives.js'
import { SpeakerRef } from './speaker.js'

export const Sentiment = z.object({
  /** Sum of word polarities (AFINN-style), negative to positive. */
  polarity: z.number(),
  /** Polarity per word, for comparing texts of different length. */
  comparative: z.number(),
  valence: z.enum(['negative', 'neutral', 'positive']),
})
export type Sentiment = z.infer<typeof Sentiment>

/** A direct quotation and who said it. */
export const Quote = z.object({
  id: z.string(),
  /** The words between the quotation marks, without the marks. */
  text: z.string().min(1),
  /** The block the quote starts in. */
  blockId: z.string(),
  /** Every stretch of block text the quote covers (more than one when it runs over paragraphs). */
  spans: z.array(TextSpan).min(1),
  /** The attribution verb or phrase ("said", "according to"), or null when none was found. */
  cue: z.string().nullable(),
  /** The words that name the speaker at this quote ("he", "Wang", "a senior US official"). */
  mention: z.string().nullable(),
  /** Where the mention stands, when it stands in the article's blocks. */
  mentionSpan: TextSpan.optional(),
  /** The speaker, or null when the article does not say or the attribution is unclear. */
  speaker: SpeakerRef.nullable(),
  /**
   * The speaker the attribution leans to when it is too unsure to publish ("speaker unclear"):
   * never shown as the speaker and on no speaker page; its id may name no entry of `speakers`.
   */
  candidate: SpeakerRef.optional(),
  /** How likely the attribution is right, 0 to 1 (calibrated: of quotes given 0.8, about 80%). */
  confidence: z.number().min(0).max(1),
  sentiment: Sentiment.nullable(),
})
export type Quote = z.infer<typeof Quote>
