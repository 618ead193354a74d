import { voiceCueVerbs } from '@newsroom/lexicon'
import { type TokenParagraph, withParagraphOffsets } from '@newsroom/nlcst-tokens'
import {
  type ArticleFileData,
  Author,
  type Quote,
  type Speaker,
  type SpeakerRef,
  type TextSpan,
  withFastPath,
} from '@newsroom/schema'
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import type { KnownMention } from './article-names.js'
import {
  type Candidate,
  gatherCandidates,
  quotingFrameOfQuote,
  type SpeechQuote,
} from './candidates.js'
import {
  type Choice,
  calibrate,
  choiceFeatures,
  chooseCandidate,
  rivalsToResolve,
  type SpeakerModel,
  scoreCandidate,
  speakerModel,
  weighsResolution,
} from './choose.js'
import { Coreference, type MentionAt, type QuoteEvent, type Resolved } from './coreference.js'
import { type CueMatch, cueMatches, cueSubjects, followsQuotingFrame } from './cue-patterns.js'
import { doubledApostrophes } from './doubled-apostrophes.js'
import type { RawQuote } from './find-quotes.js'
import { type MarkProblem, opensWithCapitalsLabelNotTurn, type QuotedSegment } from './marks.js'
import type { MentionPhrase } from './mention-phrase.js'
import { type ArticleModel, buildModel, firstReaching } from './model.js'
import { leavesNamedKinOpen } from './named-kin.js'
import type { PreparedParagraph } from './paragraphs.js'
import { afterOrganization, normalizePhrase } from './readings.js'
import { SpeakerRegistry } from './registry.js'
import { isPublishable, type Resolution, resolutionConfidence } from './resolution.js'
import {
  colonBeforeMark,
  isSpeech,
  standsAsSentence,
  startsSentenceAfterQuote,
  wordBeforeMark,
} from './speech.js'

/** Configuration of `retextQuotes`. */
export interface Options {
  /**
   * Fewest words a quotation needs to count as speech when no attribution cue is found near it
   * (shorter ones are scare quotes, titles or coined terms). Default: `5`.
   */
  minUnattributedWords?: number | null | undefined
  /**
   * Confidence (0 to 1) from which a speaker is published; below it a quotation keeps its
   * `candidate` and gets no `speaker` ("speaker unclear"). Default: the threshold of
   * `model` (the shipped model's, chosen on out-of-fold choices of train for a precision of
   * 0.97, when no other model is given).
   */
  threshold?: number | null | undefined
  /** Another speaker model (weights, calibration, threshold). Default: the shipped one. */
  model?: SpeakerModel | null | undefined
  /**
   * Also write `file.data.speakerCandidates`: every candidate mention of every quotation with
   * its features and score, for fitting and inspecting the model. Default: `false`.
   */
  candidates?: boolean | null | undefined
}

/** A candidate mention of a quotation as `file.data.speakerCandidates` lists it. */
export interface SpeakerCandidate {
  text: string
  span: TextSpan
  features: Record<string, number>
  score: number
  chosen: boolean
  /**
   * The entity the mention would resolve to had it been chosen (`Coreference.wouldResolve`; a
   * speaker id, null: none): two candidates of a quotation naming one person share it. Ids
   * compare among the candidates of one quotation (an unnamed speaker not registered yet has
   * the id it would get then).
   */
  entity: string | null
}

/** The candidates of one quotation (`quote` is its id in `file.data.quotes`). */
export interface QuoteCandidates {
  quote: string
  candidates: SpeakerCandidate[]
  /** The softmax probability of the chosen candidate (0 when there is none). */
  probability: number
  /** The features of the choice the confidence model reads (empty when there is none). */
  choice: Record<string, number>
  /** How the chosen mention was resolved (see `resolutionConfidence`). */
  resolution: Resolution
  /**
   * Whether a speaker so resolved may be published at all: not an unclear namesake (see
   * `unpublishedResolutions`), whatever its confidence.
   */
  publishable: boolean
}

/** A mention written by retext-entities (its `EntityMention`), read structurally. */
interface EntityMentionLike {
  entityId: string
  kind: 'person' | 'organization' | 'place'
  text: string
  start: number
  end: number
  paragraph: number
}

interface EntityLike {
  id: string
  name: string
}

declare module 'vfile' {
  /** Reads `article` (its title) and `blockIds` when given. */
  interface DataMap extends ArticleFileData {
    /** Direct quotations with their speakers (retext-quotes). */
    quotes?: Quote[]
    /** The speakers quoted in the article, resolved to canonical names (retext-quotes). */
    speakers?: Speaker[]
    /** The candidate speaker mentions of each quotation, when asked for (retext-quotes). */
    speakerCandidates?: QuoteCandidates[]
  }
}

const emptyOptions: Readonly<Options> = Object.freeze({})

/** Repeated warnings of one kind reported per file; the rest are counted in one more. */
const reportedPerRule = 10

/** Cue verbs whose object right after them is said aloud (see `cuedRightBefore`). */
const voiceCues: ReadonlySet<string> = new Set(voiceCueVerbs)

/** Where this package's README describes its messages. */
const messagesUrl = 'https://github.com/newsroom/newsroom/tree/main/packages/retext-quotes#messages'

const markNames: Record<string, string> = {
  '"': 'straight double quotation mark',
  '“': 'left double quotation mark',
  '”': 'right double quotation mark',
  '„': 'low double quotation mark',
  '«': 'left guillemet',
  '»': 'right guillemet',
  "'": 'straight single quotation mark',
  '‘': 'left single quotation mark',
  '’': 'right single quotation mark',
}

/** retext-entities' mentions in paragraph coordinates; undefined when it did not run. */
function readKnownMentions(
  file: VFile,
  paragraphStarts: readonly number[],
): KnownMention[] | undefined {
  const data = file.data as Record<string, unknown>
  const mentions = data.entityMentions as EntityMentionLike[] | undefined
  if (!Array.isArray(mentions)) return undefined
  const entities = data.entities as
    | { people?: EntityLike[]; organizations?: EntityLike[]; places?: EntityLike[] }
    | undefined
  const names = new Map<string, string>()
  for (const list of [entities?.people, entities?.organizations, entities?.places]) {
    for (const entity of list ?? []) names.set(entity.id, entity.name)
  }
  return mentions.map((mention) => {
    const base = paragraphStarts[mention.paragraph] ?? 0
    return {
      kind: mention.kind,
      name: names.get(mention.entityId) ?? null,
      text: mention.text,
      paragraph: mention.paragraph,
      start: mention.start - base,
      end: mention.end - base,
    }
  })
}

function checkThreshold(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !(value >= 0 && value <= 1))
    throw new TypeError(
      `Expected \`threshold\` to be a number from 0 to 1, not \`${String(value)}\``,
    )
  return value
}

/**
 * A phrase put in the form the resolvers read: the name first, role words and an organization
 * before it (`Rellmark Post Ann Vale`, the one retext-entities found) as appositions.
 */
function normalized(model: ArticleModel, phrase: MentionPhrase, paragraph: number): MentionPhrase {
  const plain = normalizePhrase(phrase)
  if (plain.form !== 'name') return plain
  // "the Washington Post Trump said", "United Nations ambassador Nikki Haley": an organization
  // or place retext-entities found at the start of a name phrase is an affiliation.
  const leading = leadingOrganization(model, model.knownByParagraph.get(paragraph) ?? [], plain)
  return leading ? normalizePhrase(afterOrganization(plain, leading.end)) : plain
}

/** The first organization or place mention (sorted by start) that opens a name phrase. */
function leadingOrganization(
  model: ArticleModel,
  mentions: readonly KnownMention[],
  plain: MentionPhrase,
): KnownMention | undefined {
  // The mentions that end before the phrase starts are skipped by bisection.
  for (let at = firstReaching(model, mentions, plain.start); at < mentions.length; at++) {
    const mention = mentions[at] as KnownMention
    // Sorted by start: one starting at or after the phrase's end cannot end inside it, nor can
    // any after it.
    if (mention.start >= plain.end) return undefined
    if (
      mention.kind !== 'person' &&
      mention.end > plain.start &&
      mention.end < plain.end - 2 &&
      (mention.start <= plain.start ||
        /^the\s+$/i.test(plain.text.slice(0, mention.start - plain.start)))
    )
      return mention
  }
  return undefined
}

/** Whether a cue before a quotation stands right before its opening mark (see `CueEvidence`). */
function cuedRightBefore(
  found: readonly CueMatch[],
  first: QuotedSegment | undefined,
  paragraphs: readonly PreparedParagraph[],
): boolean {
  if (!first || !found.some((match) => match.role.startsWith('before'))) return false
  const text = (paragraphs[first.paragraph] as PreparedParagraph).text
  // `Brill: "Vale out!"`: the name and its colon attribute what follows.
  if (colonBeforeMark(text, first.open) && found.some((match) => match.role === 'before-colon'))
    return true
  // Only a verb of the voice says its object aloud: `wrote "Why Not Tonight?"` names a song.
  const word = wordBeforeMark(text, first.open)
  if (!voiceCues.has(word)) return false
  return found.some((match) => match.role.startsWith('before') && match.cue.toLowerCase() === word)
}

/** The cue matches of every quotation, as the patterns read them. */
function matchesOf(model: ArticleModel): CueMatch[][] {
  return model.quotes.map((quote) => {
    const first = quote.segments[0]
    const last = quote.segments.at(-1)
    if (!first || !last) return []
    return cueMatches(first, last, model.paragraphs)
  })
}

/**
 * The quotations that are speech, each with its cue matches, their phrases normalized: whether
 * a quotation is speech asks only whether a pattern matched, so the phrases of scare quotes and
 * titles are never normalized.
 */
function speechQuotes(
  model: ArticleModel,
  matches: readonly CueMatch[][],
  minUnattributedWords: number,
): SpeechQuote[] {
  const kept: SpeechQuote[] = []
  for (const [index, quote] of model.quotes.entries()) {
    const found = matches[index] ?? []
    const previous = model.quotes[index - 1]
    const followsAttributed =
      previous !== undefined &&
      (matches[index - 1]?.length ?? 0) > 0 &&
      startsSentenceAfterQuote(previous, quote, model.paragraphs)
    const first = quote.segments[0]
    const evidence = {
      attributed:
        found.length > 0 || (first !== undefined && followsQuotingFrame(first, model.paragraphs)),
      attributedAfter: found.some((match) => match.role.startsWith('after')),
      cuedRightBefore: cuedRightBefore(found, first, model.paragraphs),
    }
    const ownSentence = standsAsSentence(quote, model.paragraphs)
    // A transcript's turn printed without marks is speech by its form: its label says who speaks.
    if (
      first?.turnSpeaker !== undefined ||
      isSpeech(quote, evidence, minUnattributedWords, followsAttributed, ownSentence)
    )
      kept.push({
        quote,
        // Written out in the order of `cueMatches`' fields rather than spread (a spread copies
        // through a generic path), the phrase normalized.
        matches: found.map((match) => ({
          phrase: normalized(model, match.phrase, match.paragraph),
          cue: match.cue,
          role: match.role,
          paragraph: match.paragraph,
          rank: match.rank,
        })),
      })
  }
  return kept
}

/**
 * One quotation on its way out: its choice, what its mention resolved to, the speaker (id, null:
 * none) the chosen candidate and its close rivals name (`rivalsToResolve`), by candidate index,
 * and with `candidates: true`, the entity each candidate would resolve to.
 */
interface Attribution {
  speech: SpeechQuote
  candidates: Candidate[]
  choice: Choice | null
  resolved: Resolved
  rivals: Map<number, string | null>
  entities: Array<string | null>
}

/**
 * What the walk calls with the resolved mention of a quotation. It also asks what the close
 * rivals of the choice would resolve to had they been chosen (all candidates with `all`), in
 * the state the chosen one saw (so that the quotation's own speaker cannot make its pronoun
 * candidates point to it): a rival naming the same speaker backs the choice (`agreement`).
 */
function attributeTo(
  attribution: Attribution,
  coreference: Coreference,
  all: boolean,
): (resolved: Resolved) => void {
  return (resolved) => {
    attribution.resolved = resolved
    const { choice, candidates } = attribution
    if (all)
      attribution.entities = coreference
        .wouldResolve(candidates)
        .map((candidate) => candidate.speaker?.id ?? null)
    if (!choice) return
    const rivals = rivalsToResolve(choice)
    const asked = all
      ? rivals.map((at) => attribution.entities[at] ?? null)
      : coreference
          .wouldResolve(rivals.map((at) => candidates[at] as Candidate))
          .map((candidate) => candidate.speaker?.id ?? null)
    attribution.rivals.set(choice.index, resolved.speaker?.id ?? null)
    for (const [at, index] of rivals.entries()) attribution.rivals.set(index, asked[at] ?? null)
  }
}

const reflexive = /sel(?:f|ves)$/i

/**
 * The quoter of the quoting frame whose object pronoun a quotation's choice is (`Penn quoted her
 * as saying`), for the walk to keep the pronoun from meaning it; else null.
 */
function quoterOfPronoun(model: ArticleModel, attribution: Attribution): MentionAt | null {
  const mention = attribution.choice?.candidate
  // "Vale quoted herself as saying": a reflexive one means the quoter.
  if (mention?.phrase.form !== 'pronoun' || reflexive.test(mention.phrase.text)) return null
  const frame = quotingFrameOfQuote(model, attribution.speech)
  if (!frame?.quoter || frame.object?.form !== 'pronoun') return null
  if (frame.paragraph !== mention.paragraph || frame.object.start !== mention.phrase.start)
    return null
  return { paragraph: frame.paragraph, phrase: normalized(model, frame.quoter, frame.paragraph) }
}

/** An article's authors, as ingestion gives them: made once, as a schema is costly to build. */
const Authors = Author.array()

/**
 * The names of the people among an ingested article's authors (`{name, kind}` each). Checked
 * through zod's compiled fast path (see `withFastPath`): the runtime parser, run for every
 * article, took some 3% of this plugin's time on the bench's articles, for a list of two or three.
 */
function personAuthors(authors: unknown): string[] {
  const parsed = withFastPath(Authors).safeParse(authors)
  if (!parsed.success) return []
  return parsed.data.flatMap((author) => (author.kind === 'person' ? [author.name] : []))
}

/** Where a quotation starts (its opening mark) and ends (its closing mark), for the walk. */
function placeOf(attribution: Attribution): Pick<QuoteEvent, 'start' | 'end'> {
  const first = attribution.speech.quote.segments[0] as { paragraph: number; open: number }
  const last = attribution.speech.quote.segments.at(-1) as { paragraph: number; close: number }
  return {
    start: { paragraph: first.paragraph, offset: first.open },
    end: { paragraph: last.paragraph, offset: last.close },
  }
}

/**
 * Whether a quotation opens with a label in capitals and is not a transcript's turn
 * (`"BRILL: you had four years."` after Lake's quotation) while the chosen candidate has no cue
 * of its own to it: carried over from the quotation before, or only near it. The label names
 * someone else, or no one (`"WARNING: …"`), so continuing the speaker before is a guess;
 * `"NOTE: …," Lake said.` keeps its own cue's speaker.
 */
function labelledWithoutOwnCue(
  candidate: Candidate,
  quote: RawQuote,
  texts: readonly string[],
): boolean {
  if (candidate.roles.length > 0) return false
  const first = quote.segments[0]
  if (first === undefined) return false
  const text = texts[first.paragraph]
  return text !== undefined && opensWithCapitalsLabelNotTurn(text, first)
}

/** Whether a quotation is an interview's turn printed without marks (`Q: …`, `A: …`). */
function interviewTurn(quote: RawQuote): boolean {
  const speaker = quote.segments[0]?.turnSpeaker
  return speaker === 'interviewer' || speaker === 'interviewee'
}

/** The label of a turn printed without marks, before its colon: its text and offsets. */
function turnLabel(
  text: string | undefined,
  first: QuotedSegment,
): { text: string; start: number; end: number } | null {
  if (text === undefined) return null
  const end = text.lastIndexOf(':', first.innerStart)
  return end > first.open ? { text: text.slice(first.open, end), start: first.open, end } : null
}

/**
 * Resolve an interview's turns printed without marks: an answer (`A:`) is the one person the
 * text introduces before the transcript, else unclear; a question (`Q:`) is the interviewer's,
 * never published (the outlet asks, and is no speaker of its own article). Who is asked is read
 * once an article.
 */
function interviewTurnSpeakers(attributions: Attribution[], coreference: Coreference): void {
  let interviewee: Speaker | null | undefined
  let firstTurn = -1
  for (const attribution of attributions) {
    const first = attribution.speech.quote.segments[0]
    if (first?.turnSpeaker === undefined) continue
    if (firstTurn < 0) firstTurn = first.paragraph
    if (first.turnSpeaker !== 'interviewee') continue
    if (interviewee === undefined) interviewee = coreference.interviewee(firstTurn)
    if (interviewee)
      attribution.resolved = { speaker: interviewee, resolution: 'interviewee-label' }
  }
}

function speakerRef(value: Speaker): SpeakerRef {
  return { id: value.id, name: value.name, kind: value.kind }
}

/**
 * Resolutions that read a description as a named person's role, guessed from the people near it
 * or from a holder the text states ("Ana Brill, a sister of the mayor," for "his sister"): a kin
 * description the article names by apposition may be someone else (see `named-kin.ts`).
 */
const roleReadings: ReadonlySet<Resolution> = new Set<Resolution>([
  'role-holder',
  'role-recent',
  'role-principal',
])

/**
 * Find direct quotations and attribute them to canonical speakers, in named stages over one
 * model of the article: find quotations (`find-quotes`), gather candidate mentions
 * (`candidates`), choose one with the fitted model (`choose`), resolve it to an entity
 * (`coreference`), and name the speakers (`registry`). Writes `file.data.quotes` and
 * `file.data.speakers`; reports unbalanced quotation marks as warnings.
 */
export default function retextQuotes(options?: Options | null | undefined) {
  const settings = options ?? emptyOptions
  const minUnattributedWords = settings.minUnattributedWords ?? 5
  if (!Number.isInteger(minUnattributedWords) || minUnattributedWords < 1) {
    throw new TypeError(
      `Expected \`minUnattributedWords\` to be a positive integer, not \`${String(minUnattributedWords)}\``,
    )
  }
  const model = settings.model ?? speakerModel
  if (typeof model !== 'object' || typeof model.weights !== 'object')
    throw new TypeError('Expected `model` to be a speaker model with `weights`')
  const threshold = checkThreshold(settings.threshold) ?? model.threshold
  // A model fitted with how mentions resolve weighs that itself; an older one is given the table.
  const resolutionWeighed = weighsResolution(model)
  const listCandidates = settings.candidates === true

  return function transformer(tree: Root, file: VFile): void {
    // The tokens the other plugins read, in paragraph offsets while the quotations are attributed.
    withParagraphOffsets(tree, (parsed) => attribute(parsed, file))
  }

  /** Attribute the quotations of an article, from its parser tokens in paragraph offsets. */
  function attribute(parsed: readonly TokenParagraph[], file: VFile): void {
    const value = String(file.value)
    const starts = parsed.map((paragraph) => paragraph.start)
    const texts = parsed.map((paragraph) => value.slice(paragraph.start, paragraph.end))
    const given = (file.data as { blockIds?: unknown }).blockIds
    const blockIds = parsed.map((_, index) => {
      const id = Array.isArray(given) ? given[index] : undefined
      return typeof id === 'string' ? id : `p${index + 1}`
    })
    const article = (file.data as { article?: { title?: unknown; authors?: unknown } }).article
    const articleModel = buildModel(
      texts,
      parsed,
      readKnownMentions(file, starts),
      typeof article?.title === 'string' ? article.title : null,
      personAuthors(article?.authors),
    )
    const doubled = doubledApostrophes(texts)
    report(
      file,
      value,
      starts,
      doubled === null ? articleModel.problems : [...articleModel.problems, doubled],
    )

    // Stages 2 and 3: candidates, and the choice among them.
    const speech = speechQuotes(articleModel, matchesOf(articleModel), minUnattributedWords)
    // An article that quotes no one has no candidates to gather and nothing to resolve.
    if (speech.length === 0) {
      file.data.quotes = []
      file.data.speakers = []
      if (listCandidates) file.data.speakerCandidates = []
      return
    }
    const normalize = (phrase: MentionPhrase, paragraph: number): MentionPhrase =>
      normalized(articleModel, phrase, paragraph)
    const attributions: Attribution[] = speech.map((quote, index) => {
      const candidates = gatherCandidates(
        articleModel,
        quote,
        speech[index - 1],
        normalize,
        speech[index + 1],
      )
      return {
        speech: quote,
        candidates,
        // An interview's question and answer (`Q:`, `A:`) are the asker's and the one asked's,
        // whatever mention is near: no mention is chosen (see `interviewTurnSpeakers`).
        choice: interviewTurn(quote.quote) ? null : chooseCandidate(candidates, model),
        resolved: { speaker: null, resolution: 'none' },
        rivals: new Map(),
        entities: [],
      }
    })

    // Stage 4: resolve the chosen mentions, in text order.
    // Each paragraph's subjects are its own, new lists: normalized in place, not copied.
    const subjects = articleModel.paragraphs.flatMap(cueSubjects)
    for (const subject of subjects)
      subject.phrase = normalized(articleModel, subject.phrase, subject.paragraph)
    // A labelled quotation no cue of its own ties to a mention (`labelledWithoutOwnCue`) leans
    // to a quotation's speaker before it only (the same mention, resolved alike). Any other
    // mention it resolved, read as no cue's, would be taken from the subject or the cue it is
    // (`Piet Brill spoke`, `…," Piet Brill replied`): the walk keeps one resolution a place,
    // and a name the text alone does not show to be a person's (an unlisted given name) would
    // resolve to no one for that cue's own quotation too.
    const walkedPlaces = new Set<string>()
    const walked = attributions.map((attribution) => {
      const candidate = attribution.choice?.candidate
      if (!candidate) return null
      const place = `${candidate.paragraph}:${candidate.phrase.start}`
      if (
        labelledWithoutOwnCue(candidate, attribution.speech.quote, texts) &&
        !walkedPlaces.has(place)
      )
        return null
      walkedPlaces.add(place)
      return candidate
    })
    const chosen: MentionAt[] = walked.filter((mention) => mention !== null)
    const registry = new SpeakerRegistry()
    const coreference = new Coreference(articleModel, registry, chosen, subjects)
    coreference.walk(
      attributions.map((attribution, index) => {
        const { start, end } = placeOf(attribution)
        return {
          start,
          end,
          mention: walked[index] ?? null,
          quoter: quoterOfPronoun(articleModel, attribution),
          attribute: attributeTo(attribution, coreference, listCandidates),
        }
      }),
      subjects,
    )
    interviewTurnSpeakers(attributions, coreference)
    // An unnamed kin description the article names elsewhere is no anonymous speaker, nor
    // whoever a role's reading gave it but the one holder the article names (see
    // `named-kin.ts`): its quotations, pronouns after it included, keep their speaker as a lean
    // only.
    // The text is read for kin appositions only when some speaker's description could be one
    // (see `leavesNamedKinOpen`).
    for (const attribution of attributions) {
      const { speaker, resolution } = attribution.resolved
      if (
        speaker !== null &&
        leavesNamedKinOpen(
          articleModel,
          speaker,
          attribution.choice?.candidate.phrase.text ?? null,
          roleReadings.has(resolution),
        )
      )
        attribution.resolved = { speaker, resolution: 'kin-named' }
    }

    // Stage 5: publish the speakers sure enough. Unnamed speakers take their final ids only
    // when the registry lists them (after every quotation is counted): each reference made
    // here is given its speaker's id again then.
    const references: Array<[SpeakerRef, Speaker]> = []
    const referenceTo = (speaker: Speaker): SpeakerRef => {
      const reference = speakerRef(speaker)
      references.push([reference, speaker])
      return reference
    }
    const quotes: Quote[] = attributions.map((attribution, index) => {
      const { quote } = attribution.speech
      const mention = attribution.choice?.candidate
      const speaker = attribution.resolved.speaker
      const { resolution } = attribution.resolved
      // An unclear namesake is never published (see `unpublishedResolutions`): confidence 0.
      // Nor is the speaker of a labelled quotation no cue of its own ties it to (see
      // `labelledWithoutOwnCue`): only a lean.
      const confidence =
        resolution === 'interviewee-label'
          ? resolutionConfidence[resolution]
          : speaker &&
              attribution.choice &&
              isPublishable(resolution) &&
              !labelledWithoutOwnCue(attribution.choice.candidate, quote, texts)
            ? Math.round(
                calibrate(attribution.choice, model, resolution, attribution.rivals) *
                  (resolutionWeighed ? 1 : resolutionConfidence[resolution]) *
                  100,
              ) / 100
            : 0
      const published = speaker !== null && isPublishable(resolution) && confidence >= threshold
      if (published) speaker.quoteCount++
      const first = quote.segments[0]
      // An interview's turn has no chosen mention: its label (`Q`, `A`) says who speaks.
      const label = interviewTurn(quote) && first ? turnLabel(texts[first.paragraph], first) : null
      // Built in the order of its fields, the optional ones set only when they hold: spreading
      // an object made for each optional field took a slow generic copy for every quotation.
      const written: Quote = {
        id: `q${index + 1}`,
        text: quote.text,
        blockId: blockIds[first?.paragraph ?? 0] ?? 'p1',
        spans: quote.segments.map((segment) => ({
          blockId: blockIds[segment.paragraph] ?? `p${segment.paragraph + 1}`,
          start: segment.innerStart,
          end: segment.innerEnd,
        })),
        cue: mention?.cue ?? (label ? ':' : null),
        mention: mention?.phrase.text ?? label?.text ?? null,
        // Cast: the JSON keeps its field order, so `speaker`, `confidence` and `sentiment`, which
        // follow the optional fields, are set below, before the quotation is returned.
      } as Quote
      if (mention)
        written.mentionSpan = {
          blockId: blockIds[mention.paragraph] ?? `p${mention.paragraph + 1}`,
          start: mention.phrase.start,
          end: mention.phrase.end,
        }
      else if (label && first)
        written.mentionSpan = {
          blockId: blockIds[first.paragraph] ?? `p${first.paragraph + 1}`,
          start: label.start,
          end: label.end,
        }
      written.speaker = published ? referenceTo(speaker) : null
      if (speaker && !published) written.candidate = referenceTo(speaker)
      written.confidence = confidence
      written.sentiment = null
      return written
    })
    file.data.quotes = quotes
    file.data.speakers = registry.list().map((speaker) => ({
      ...speaker,
      roles: [...speaker.roles],
      aliases: [...speaker.aliases],
    }))
    for (const [reference, speaker] of references) reference.id = speaker.id
    if (listCandidates) {
      file.data.speakerCandidates = attributions.map((attribution, index) => ({
        quote: `q${index + 1}`,
        probability: attribution.choice?.probability ?? 0,
        choice: attribution.choice
          ? Object.fromEntries(
              choiceFeatures(
                attribution.choice,
                attribution.resolved.resolution,
                attribution.rivals,
              ),
            )
          : {},
        resolution: attribution.resolved.resolution,
        publishable: isPublishable(attribution.resolved.resolution),
        candidates: attribution.candidates.map((candidate, at) => ({
          text: candidate.phrase.text,
          span: {
            blockId: blockIds[candidate.paragraph] ?? `p${candidate.paragraph + 1}`,
            start: candidate.phrase.start,
            end: candidate.phrase.end,
          },
          features: Object.fromEntries(candidate.features),
          score: scoreCandidate(candidate, model),
          chosen: candidate === attribution.choice?.candidate,
          entity: attribution.entities[at] ?? null,
        })),
      }))
    }
  }
}

/** The line and column of an offset, from the offsets where lines start. */
function pointAt(lineStarts: readonly number[], offset: number) {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((lineStarts[middle] as number) <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: offset - (lineStarts[low] as number) + 1, offset }
}

/**
 * Report unbalanced quotation marks: the first few of each kind at their place, then one
 * message counting the rest, so a broken file cannot flood the report.
 */
function report(
  file: VFile,
  value: string,
  starts: readonly number[],
  problems: readonly MarkProblem[],
): void {
  if (problems.length === 0) return
  const lineStarts = [0]
  for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1))
    lineStarts.push(at + 1)
  const counts = new Map<string, number>()
  for (const problem of problems) {
    const count = (counts.get(problem.ruleId) ?? 0) + 1
    counts.set(problem.ruleId, count)
    if (count > reportedPerRule) continue
    const offset = (starts[problem.paragraph] ?? 0) + problem.offset
    const name = markNames[problem.mark] ?? 'quotation mark'
    const message = file.message(
      problem.ruleId === 'unclosed'
        ? `Unexpected unclosed ${name} \`${problem.mark}\`, expected a closing mark before the paragraph ends`
        : problem.ruleId === 'unopened'
          ? `Unexpected ${name} \`${problem.mark}\` closing a quotation that was never opened`
          : `Unexpected quotation marks written as two apostrophes (\`''\`, ${problem.count ?? 1} in the text), which are not read as quotation marks: the words between them are not found as quotations; write them as \`"\` or \`“\`…\`”\``,
      {
        place: { start: pointAt(lineStarts, offset), end: pointAt(lineStarts, offset + 1) },
        ruleId: problem.ruleId,
        source: 'retext-quotes',
      },
    )
    message.actual = problem.mark
    message.url = messagesUrl
  }
  for (const [ruleId, count] of counts) {
    if (count <= reportedPerRule) continue
    const message = file.message(
      `Unexpected ${count - reportedPerRule} more ${ruleId === 'unclosed' ? 'unclosed' : 'unopened'} quotation marks, not reported one by one`,
      { ruleId, source: 'retext-quotes' },
    )
    message.url = messagesUrl
  }
}
