import type { ArticleFileData, Quote, Speaker } from '@newsroom/schema'
import type { Paragraph, Root } from 'nlcst'
import type { VFile } from 'vfile'
import type { KnownMention } from './catalogue.js'
import { extractQuotes } from './extract.js'

/** Configuration of `retextQuotes`. */
export interface Options {
  /**
   * Fewest words a quotation needs to count as speech when no attribution cue is found near it
   * (shorter ones are scare quotes, titles or coined terms). Default: `5`.
   */
  minUnattributedWords?: number | null | undefined
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
  }
}

const emptyOptions: Readonly<Options> = Object.freeze({})

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

function readKnownMentions(file: VFile, paragraphStarts: readonly number[]): KnownMention[] {
  const data = file.data as Record<string, unknown>
  const mentions = data.entityMentions as EntityMentionLike[] | undefined
  if (!Array.isArray(mentions)) return []
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

/**
 * Find direct quotations and attribute them to canonical speakers.
 * Writes `file.data.quotes` and `file.data.speakers`; reports unbalanced quotation marks as
 * warnings. Uses `file.data.entityMentions` from retext-entities when that plugin ran first.
 */
export default function retextQuotes(options?: Options | null | undefined) {
  const settings = options ?? emptyOptions
  const minUnattributedWords = settings.minUnattributedWords ?? 5
  if (!Number.isInteger(minUnattributedWords) || minUnattributedWords < 1) {
    throw new TypeError(
      `Expected \`minUnattributedWords\` to be a positive integer, not \`${String(minUnattributedWords)}\``,
    )
  }

  return function transformer(tree: Root, file: VFile): void {
    const paragraphs = tree.children.filter(
      (node): node is Paragraph => node.type === 'ParagraphNode',
    )
    const value = String(file.value)
    const starts = paragraphs.map((node) => node.position?.start.offset ?? 0)
    const texts = paragraphs.map((node, index) =>
      value.slice(starts[index], node.position?.end.offset ?? starts[index]),
    )
    const given = (file.data as { blockIds?: unknown }).blockIds
    const blockIds = paragraphs.map((_, index) => {
      const id = Array.isArray(given) ? given[index] : undefined
      return typeof id === 'string' ? id : `p${index + 1}`
    })
    const article = (file.data as { article?: { title?: unknown } }).article
    const extraction = extractQuotes(texts, readKnownMentions(file, starts), {
      minUnattributedWords,
      title: typeof article?.title === 'string' ? article.title : null,
    })

    for (const problem of extraction.problems) {
      const offset = (starts[problem.paragraph] ?? 0) + problem.offset
      const start = pointAt(value, offset)
      const end = pointAt(value, offset + 1)
      const name = markNames[problem.mark] ?? 'quotation mark'
      const message = file.message(
        problem.ruleId === 'unclosed'
          ? `Unexpected unclosed ${name} \`${problem.mark}\`, expected a closing mark before the paragraph ends`
          : `Unexpected ${name} \`${problem.mark}\` closing a quotation that was never opened`,
        { place: { start, end }, ruleId: problem.ruleId, source: 'retext-quotes' },
      )
      message.actual = problem.mark
    }

    file.data.quotes = extraction.quotes.map((quote, index) => {
      const first = quote.raw.segments[0]
      return {
        id: `q${index + 1}`,
        text: quote.raw.text,
        blockId: blockIds[first?.paragraph ?? 0] ?? 'p1',
        spans: quote.raw.segments.map((segment) => ({
          blockId: blockIds[segment.paragraph] ?? `p${segment.paragraph + 1}`,
          start: segment.innerStart,
          end: segment.innerEnd,
        })),
        cue: quote.cue,
        mention: quote.mention,
        speaker: quote.speaker
          ? { id: quote.speaker.id, name: quote.speaker.name, kind: quote.speaker.kind }
          : null,
        confidence: quote.confidence,
        sentiment: null,
      }
    })
    file.data.speakers = extraction.speakers.map((speaker) => ({
      ...speaker,
      roles: [...speaker.roles],
      aliases: [...speaker.aliases],
    }))
  }
}

/** Line and column (1-based) of an offset in a text. */
function pointAt(value: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1
  let lineStart = 0
  for (
    let index = value.indexOf('\n');
    index !== -1 && index < offset;
    index = value.indexOf('\n', index + 1)
  ) {
    line++
    lineStart = index + 1
  }
  return { line, column: offset - lineStart + 1, offset }
}
