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

/**
 * Who an unpublished attribution leaned to. Enrichment renames speakers
 * (`alignSpeakersWithEntities`, `requireSpeakerEvidence`, `placeGivenNames`,
 * `applySpeakerOverrides`, `unifySpeakerSpellings`) on `speakers`, on `quote.speaker` and on a
 * candidate that leaned to a speaker of the article alike, so that one person has one id in an
 * article; the merge of spellings across articles reaches a candidate in any article, as the
 * site's identity of a person. The descriptions say so, and enrich tests pin it.
 */
const CandidateRef = SpeakerRef.extend({
  id: z
    .string()
    .describe(
      "When the lean is to a speaker of the article (an entry of its `speakers`), the id that speaker has there: enrichment's renaming of speakers reaches the candidate too (a lone given name carried as mary-<article slug>, a name the front matter overrides, \"Brel\" to \"Ana Brel\" as `ana-brel`, the id of the article's entity, a spelling merged across articles under the most quoted one's id), so the candidate joins the article's `speakers` by its id, and for a person or a body the speaker index too. Otherwise (a place or a word that names no one, taken off the speakers; a body credited as the source of someone else's words, or an author of the article, none of whose quotations is published; someone the article only leans to) the id it had when it became the candidate, as retext-quotes gave it or as the speaker taken off had it then, but for a hyphenated modifier before a body's name, which is dropped (\"Kurdish-led …\"), and a spelling merged across articles, whose id it takes whatever its article, so that it names the entry the speaker index has for that person. Such an id names no entry of the article's `speakers` (unless the article lists the merged spelling itself), and can equal the id of an unrelated entry of the speaker index (another article's Brel). An unnamed candidate that is no listed speaker is numbered after the listed ones (anonymous-2 beside a listed anonymous-1), so it never shares one's id.",
    ),
  name: z
    .string()
    .describe(
      "When the lean is to a speaker of the article, that speaker's name there (after a front-matter override or a given name completed to a full name); otherwise the name the lean was resolved to, as the id was made; for an unnamed speaker its description.",
    ),
}).describe(
  "A reference to who the attribution leaned to, by the id and name the article's speaker of that person has, or when it leaned to no speaker of the article, the id and name it had then; and its kind.",
)

/**
 * A direct quotation and who said it. The descriptions are the field documentation a reader of
 * the JSON gets (they are copied into the JSON Schemas): what `speaker`, `candidate` and
 * `confidence` say follows what `@newsroom/retext-quotes` and `@newsroom/enrich` do; keep them in
 * step with those packages.
 */
export const Quote = z.object({
  id: z
    .string()
    .describe(
      "The quotation's position in its article: q1 for the first quotation of the text, q2 for the second, and so on. Not a lasting id: a quotation found before it (an edit of the article, another version of the pipeline) renumbers every one after it, and with them the quoteId of the speaker index and the page anchors made from it.",
    ),
  text: z.string().min(1).describe('The words between the quotation marks, without the marks.'),
  blockId: z.string().describe('The id of the block (blocks[].id) the quotation starts in.'),
  spans: z
    .array(TextSpan)
    .min(1)
    .describe(
      "Where the words of the quotation stand: one span per block it covers, in order (more than one when it runs over paragraphs), each the stretch of that block's text between the marks.",
    ),
  cue: z
    .string()
    .nullable()
    .describe(
      'The attribution verb or phrase that ties the chosen mention to the quotation ("said", "according to", "told"), as the text writes it; null when no cue was found (a mention chosen without one, or none chosen).',
    ),
  mention: z
    .string()
    .nullable()
    .describe(
      'The words of the text the attribution chose as naming the speaker at this quotation ("he", "Wang", "a senior US official", "the ministry"), as written; null when none was chosen. It is what the speaker or candidate was resolved from, shown whether or not a speaker is published.',
    ),
  mentionSpan: TextSpan.optional().describe(
    "Where the mention stands in the blocks' text; left out when there is no mention.",
  ),
  speaker: SpeakerRef.nullable().describe(
    'Who said the words, when the attribution is published: the quotation\'s confidence reached the speaker model\'s threshold (0.83 for the shipped model), the way the mention was resolved is one that may be published, and the speaker passed enrichment\'s checks (a person or a body, not a place, not a word that names no one, not a body credited as the source of someone else\'s words, not one of the article\'s own authors). Otherwise null: the site shows the quotation as "speaker unclear", on no speaker\'s page; `candidate` then says who the attribution leaned to. Null without a candidate: no mention was chosen, the mention resolved to no one, or the attribution published a mention that stands right after "told" (the one told, not the speaker; a lean below the threshold right after "told" keeps its candidate).',
  ),
  candidate: CandidateRef.optional().describe(
    "Present only when `speaker` is null and the attribution resolved its mention to someone: who it leaned to, never shown as the speaker and on no speaker page. It is there because the confidence is below the threshold; or because the resolution is one never published, with confidence 0 (two people of the article share the name and nothing tells which; the mention names who was spoken to, not the speaker; a pronoun or description means a name nothing shows to be a person's; an unnamed relative the article names elsewhere; a pronoun reaching back past nearer people); or because the quotation opens with a label in capitals and its mention has no cue of its own, which forces its confidence to 0 (see `confidence`); or because enrichment took the speaker off (see `speaker`), keeping the confidence of the choice. When it leaned to a speaker of the article, its `id` and `name` are that speaker's (see its `id`).",
  ),
  confidence: z
    .number()
    .min(0)
    .max(1)
    .describe(
      'How likely the chosen mention and its resolution name who said the words, 0 to 1, rounded to two decimals: calibrated on news quotations the model was not fitted on, so that of quotations given 0.9 about 90% are right. 0 when nothing was resolved, when the resolution is one never published (see `candidate`), or when the quotation opens with a label in capitals ("BRILL: …", "WARNING: …") and its mention has no cue of its own to it, only one carried over from the quotation before. It measures the choice of the mention, not whether what the mention names can speak: a quotation tied by "said" to a name the article uses for a province or a town can get a high confidence (0.85 to 0.99, say) for that reading, and still no speaker, as enrichment never publishes a place; its `candidate` is the place. A published speaker always has a confidence at or above the threshold; a quotation without one may have any.',
    ),
  sentiment: Sentiment.nullable().describe(
    "The sentiment of the quotation's words; null when none was worked out.",
  ),
})
export type Quote = z.infer<typeof Quote>
