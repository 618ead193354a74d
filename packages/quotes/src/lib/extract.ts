import { foldName } from '@newsroom/names'
import type { Speaker } from '@newsroom/schema'
import {
  type Attribution,
  attributeQuote,
  type CueSubject,
  cueSubjects,
  type PreparedParagraph,
  prepareParagraph,
} from './attribution.js'
import {
  buildCatalogue,
  type CatalogueMention,
  type KnownMention,
  type NameChain,
  nameChains,
} from './catalogue.js'
import { findQuotes, type RawQuote } from './find-quotes.js'
import type { MarkProblem } from './marks.js'
import type { MentionPhrase } from './mention-phrase.js'
import { normalizePhrase, pronounKinds, readPhrase, SpeakerRegistry } from './speakers.js'

/** Settings of one extraction run (see the plugin options). */
export interface ExtractSettings {
  minUnattributedWords: number
}

/** One speech quote with its attribution, in paragraph coordinates. */
export interface ExtractedQuote {
  raw: RawQuote
  cue: string | null
  mention: string | null
  speaker: Speaker | null
  confidence: number
}

export interface Extraction {
  quotes: ExtractedQuote[]
  speakers: Speaker[]
  problems: MarkProblem[]
}

const methodConfidence: Record<Attribution['method'], number> = {
  after: 0.9,
  'sentence-end': 0.85,
  before: 0.8,
  'according-to': 0.7,
  continuation: 0.6,
  none: 0,
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0
}

/** A title of a work or a name in quotation marks: every long word capitalized, no sentence end. */
function looksLikeTitle(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
  if (words.length === 0 || words.length > 7) return false
  if (/[.!?]["'”’]*$/.test(text.trim()) && words.length > 3) return false
  return words.every((word) => word.length < 4 || /^[\p{Lu}\p{N}]/u.test(word))
}

/** Whether a quotation is speech (not a scare quote, a title or a coined term). */
function isSpeech(
  quote: RawQuote,
  attribution: Attribution,
  settings: ExtractSettings,
  followsAttributed: boolean,
): boolean {
  const words = wordCount(quote.text)
  if (words === 0) return false
  const attributed = attribution.method !== 'none' && attribution.method !== 'continuation'
  if (looksLikeTitle(quote.text)) return attributed && attribution.method === 'after'
  if (attributed) return true
  // `"…," Ann said. "Short."`: a quote after an attributed one in the same paragraph is theirs.
  return followsAttributed || words >= settings.minUnattributedWords
}

/** Whether only the previous quote's attribution clause separates two quotes. */
function startsSentenceAfterQuote(
  previous: RawQuote,
  quote: RawQuote,
  paragraphs: readonly PreparedParagraph[],
): boolean {
  const last = previous.segments.at(-1)
  const first = quote.segments[0]
  if (!last || !first) return false
  const between = (paragraphs[first.paragraph] as PreparedParagraph).text.slice(
    last.close,
    first.open,
  )
  return (
    between.length < 80 &&
    !/[\p{L}]{2,}[^.!?,:;]*[.!?]\s+\p{Lu}/u.test(
      between.replace(/^[^\p{L}]*[\p{L}\s'’.-]*?[.!?:,]\s*$/u, ''),
    )
  )
}

function positionKey(paragraph: number, offset: number): string {
  return `${paragraph}:${offset}`
}

function startsParagraph(quote: RawQuote, paragraphs: readonly PreparedParagraph[]): boolean {
  const first = quote.segments[0]
  if (!first) return false
  const text = (paragraphs[first.paragraph] as PreparedParagraph).text
  return first.open === text.length - text.trimStart().length
}

interface Event {
  paragraph: number
  offset: number
  order: number
  run: () => void
}

/**
 * Find the speech quotes of an article's paragraphs and attribute each to a canonical speaker.
 * `known` carries mentions found by retext-entities, when it ran first.
 */
export function extractQuotes(
  texts: readonly string[],
  known: readonly KnownMention[],
  settings: ExtractSettings,
): Extraction {
  const { quotes: raw, problems } = findQuotes(texts)
  const paragraphs = texts.map((text, index) => prepareParagraph(text, raw, index))
  const attributions = raw.map((quote) => {
    const attribution = attributeQuote(quote, paragraphs)
    return attribution.phrase
      ? { ...attribution, phrase: normalizePhrase(attribution.phrase) }
      : attribution
  })
  const kept = raw
    .map((quote, index) => ({ quote, attribution: attributions[index] as Attribution }))
    .filter(({ quote, attribution }, index, all) => {
      const previous = all[index - 1]
      const followsAttributed =
        previous !== undefined &&
        previous.attribution.method !== 'none' &&
        previous.quote.segments.at(-1)?.paragraph === quote.segments[0]?.paragraph &&
        startsSentenceAfterQuote(previous.quote, quote, paragraphs)
      return isSpeech(quote, attribution, settings, followsAttributed)
    })
  const subjects = paragraphs
    .flatMap((paragraph, index) => cueSubjects(paragraph, index))
    .map((subject) => ({ ...subject, phrase: normalizePhrase(subject.phrase) }))
  const chains = nameChains(paragraphs)
  const chainsByParagraph = new Map<number, NameChain[]>()
  for (const chain of chains) {
    const list = chainsByParagraph.get(chain.paragraph)
    if (list) list.push(chain)
    else chainsByParagraph.set(chain.paragraph, [chain])
  }

  // Every name of the article goes through the shared resolvers once.
  const mentions: CatalogueMention[] = []
  const mentionAt = new Map<string, number>()
  const globalPosition = (paragraph: number, offset: number): number =>
    paragraph * 1_000_000 + offset
  const knownAt = new Map<string, KnownMention>()
  for (const mention of known) {
    if (mention.kind === 'place') continue
    mentions.push({
      text: mention.text,
      kind: mention.kind,
      position: globalPosition(mention.paragraph, mention.start),
    })
  }
  const knownOverlapping = (
    paragraph: number,
    start: number,
    end: number,
  ): KnownMention | undefined =>
    known.find(
      (mention) =>
        mention.paragraph === paragraph &&
        mention.start < end &&
        mention.end > start &&
        mention.end >= end - 1,
    )
  // Only names that can matter go to the resolvers: those sharing a word with a speaker phrase,
  // and the subjects that pronouns may point back to.
  const speakerWords = new Set<string>()
  for (const phrase of [
    ...kept.map(({ attribution }) => attribution.phrase),
    ...subjects.map((subject) => subject.phrase),
  ]) {
    if (phrase?.form === 'name')
      for (const word of phrase.text.split(/\s+/))
        speakerWords.add(word.replace(/['’]s$/, '').toLowerCase())
  }
  for (const chain of chains) {
    const relevant =
      chain.subject || chain.text.split(/\s+/).some((word) => speakerWords.has(word.toLowerCase()))
    if (!relevant) continue
    mentions.push({
      text: chain.text,
      kind: chain.kind,
      position: globalPosition(chain.paragraph, chain.start),
    })
    mentionAt.set(positionKey(chain.paragraph, chain.start), mentions.length - 1)
  }
  const phraseMentions = (phrase: MentionPhrase, paragraph: number): void => {
    if (phrase.form !== 'name') return
    const knownMention = knownOverlapping(paragraph, phrase.start, phrase.end)
    if (knownMention) knownAt.set(positionKey(paragraph, phrase.start), knownMention)
    const chain = chainsByParagraph
      .get(paragraph)
      ?.find((candidate) => candidate.start < phrase.end && candidate.end >= phrase.end - 1)
    const kind =
      knownMention?.kind === 'organization' ||
      knownMention?.kind === 'place' ||
      chain?.kind === 'organization'
        ? 'organization'
        : 'person'
    mentions.push({ text: phrase.text, kind, position: globalPosition(paragraph, phrase.start) })
    mentionAt.set(positionKey(paragraph, phrase.start), mentions.length - 1)
  }
  for (const { attribution } of kept)
    if (attribution.phrase) phraseMentions(attribution.phrase, attribution.paragraph)
  for (const subject of subjects) phraseMentions(subject.phrase, subject.paragraph)
  const catalogue = buildCatalogue(mentions)

  const registry = new SpeakerRegistry()
  const referents: Array<{ position: number; speaker: Speaker }> = []
  const lastInParagraph = new Map<number, Speaker>()
  const introducedBy = new Map<number, Speaker>()

  // The article's main named speaker, for definite descriptions ("Beijing's top diplomat").
  const namedCounts = new Map<string, number>()
  for (const { attribution } of kept) {
    const phrase = attribution.phrase
    if (phrase?.form !== 'name') continue
    const index = mentionAt.get(positionKey(attribution.paragraph, phrase.start))
    if (index === undefined || catalogue.mentions[index]?.kind !== 'person') continue
    const cluster =
      catalogue.people.clusters[catalogue.people.clusterOf[catalogue.inputIndex[index] ?? -1] ?? -1]
    if (cluster?.parsed.full)
      namedCounts.set(cluster.name, (namedCounts.get(cluster.name) ?? 0) + 1)
  }
  const principal = [...namedCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null

  const resolvePhrase = (
    phrase: MentionPhrase,
    paragraph: number,
  ): { speaker: Speaker | null; certainty: number } => {
    const index = mentionAt.get(positionKey(paragraph, phrase.start))
    const knownMention = knownAt.get(positionKey(paragraph, phrase.start))
    // The kind comes from retext-entities when it ran; the name always from the shared resolver.
    const reading = readPhrase(phrase, catalogue, index, knownMention?.kind ?? null, null)
    switch (reading.type) {
      case 'person':
        return {
          speaker: registry.named(reading.name, 'person', reading.alias, reading.roles),
          certainty: 1,
        }
      case 'organization':
        return {
          speaker: registry.named(reading.name, 'organization', reading.alias, []),
          certainty: 1,
        }
      case 'anonymous':
      case 'group':
        return { speaker: registry.unnamed(reading.description, reading.type), certainty: 0.9 }
      case 'definite': {
        const head = foldName(reading.head)
        const byRole = catalogue.people.clusters.find(
          (cluster) =>
            cluster.parsed.full &&
            cluster.roles.some((role) => foldName(role).split(' ').includes(head)),
        )
        // "Beijing's top diplomat": a possessive role description names someone the article
        // names elsewhere; without a role match, its main speaker.
        const possessive = /^[\p{L}.]+['’]s\s/u.test(reading.description)
        const name = byRole?.name ?? (possessive ? principal : null)
        if (name !== null) {
          const speaker = registry.named(name, 'person', reading.description, [])
          registry.addRole(speaker, reading.description)
          return { speaker, certainty: byRole ? 0.8 : 0.55 }
        }
        return { speaker: registry.unnamed(reading.description, 'anonymous'), certainty: 0.7 }
      }
      case 'pronoun': {
        const kinds = pronounKinds(reading.pronoun)
        const position = globalPosition(paragraph, phrase.start)
        for (let at = referents.length - 1; at >= 0; at--) {
          const referent = referents[at] as { position: number; speaker: Speaker }
          if (referent.position >= position) continue
          if (kinds.has(referent.speaker.kind))
            return { speaker: referent.speaker, certainty: 0.85 }
        }
        return { speaker: null, certainty: 0 }
      }
    }
  }

  const events: Event[] = []
  const extracted: ExtractedQuote[] = []
  const handledPhrases = new Set<string>()
  kept.forEach(({ quote, attribution }, order) => {
    const first = quote.segments[0]
    if (!first) return
    const phrase = attribution.phrase
    if (phrase) handledPhrases.add(positionKey(attribution.paragraph, phrase.start))
    const at =
      phrase && attribution.paragraph === first.paragraph
        ? Math.min(phrase.start, first.open)
        : first.open
    events.push({
      paragraph: first.paragraph,
      offset: at,
      order,
      run: () => {
        let speaker: Speaker | null = null
        let confidence = methodConfidence[attribution.method]
        let method = attribution.method
        if (phrase) {
          const resolved = resolvePhrase(phrase, attribution.paragraph)
          speaker = resolved.speaker
          confidence *= resolved.certainty
        } else if (startsParagraph(quote, paragraphs)) {
          speaker =
            introducedBy.get(first.paragraph - 1) ??
            lastInParagraph.get(first.paragraph - 1) ??
            null
          method = 'continuation'
          confidence = speaker ? methodConfidence.continuation : 0
        } else {
          speaker = lastInParagraph.get(first.paragraph) ?? null
          confidence = speaker ? 0.5 : 0
        }
        if (speaker) {
          speaker.quoteCount++
          const last = quote.segments.at(-1) ?? first
          lastInParagraph.set(last.paragraph, speaker)
          referents.push({ position: globalPosition(last.paragraph, last.close), speaker })
        }
        extracted.push({
          raw: quote,
          cue: attribution.cue,
          mention: phrase?.text ?? null,
          speaker,
          confidence: speaker ? Math.round(confidence * 100) / 100 : 0,
        })
        void method
      },
    })
  })
  subjects.forEach((subject: CueSubject, order) => {
    if (handledPhrases.has(positionKey(subject.paragraph, subject.phrase.start))) {
      if (subject.introducesQuote) {
        events.push({
          paragraph: subject.paragraph,
          offset: subject.phrase.start + 0.5,
          order: kept.length + order,
          run: () => {
            const speaker = lastInParagraph.get(subject.paragraph)
            if (speaker) introducedBy.set(subject.paragraph, speaker)
          },
        })
      }
      return
    }
    events.push({
      paragraph: subject.paragraph,
      offset: subject.phrase.start,
      order: kept.length + order,
      run: () => {
        const { speaker } = resolvePhrase(subject.phrase, subject.paragraph)
        if (!speaker) return
        referents.push({ position: globalPosition(subject.paragraph, subject.phrase.end), speaker })
        lastInParagraph.set(subject.paragraph, speaker)
        if (subject.introducesQuote) introducedBy.set(subject.paragraph, speaker)
      },
    })
  })
  chains.forEach((chain: NameChain, order) => {
    if (!chain.subject || chain.kind !== 'person') return
    const index = mentionAt.get(positionKey(chain.paragraph, chain.start))
    if (index === undefined) return
    events.push({
      paragraph: chain.paragraph,
      offset: chain.start,
      order: kept.length + subjects.length + order,
      run: () => {
        const cluster =
          catalogue.people.clusters[
            catalogue.people.clusterOf[catalogue.inputIndex[index] ?? -1] ?? -1
          ]
        if (!cluster || cluster.name === '' || !cluster.parsed.full) return
        const speaker = registry.named(cluster.name, 'person', '', cluster.roles)
        referents.push({ position: globalPosition(chain.paragraph, chain.end), speaker })
      },
    })
  })
  events.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset || a.order - b.order)
  for (const event of events) event.run()

  extracted.sort(
    (a, b) =>
      (a.raw.segments[0]?.paragraph ?? 0) - (b.raw.segments[0]?.paragraph ?? 0) ||
      (a.raw.segments[0]?.open ?? 0) - (b.raw.segments[0]?.open ?? 0),
  )
  return { quotes: extracted, speakers: registry.list(), problems }
}
