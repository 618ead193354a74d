/**
 * Build the input of one stage from plain text the way the plugin does: parse with
 * retext-english, read the tokens with @newsroom/nlcst-tokens, and (when asked) run
 * retext-entities for the mentions it finds, so each stage is tested on real parser output.
 */

import { localParagraphTokens, paragraphTokens, type TokenParagraph } from '@newsroom/nlcst-tokens'
import retextEntities from '@newsroom/retext-entities'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import retextQuotes from '../../src/index.js'
import type { KnownMention } from '../../src/lib/article-names.js'
import { findQuotes } from '../../src/lib/find-quotes.js'
import { type ArticleModel, buildModel } from '../../src/lib/model.js'
import { type PreparedParagraph, prepareParagraph } from '../../src/lib/paragraphs.js'

/** The paragraphs of a text as the plugin reads them: their texts and their parser tokens (offsets in the paragraph). */
export interface ParsedText {
  texts: string[]
  parsed: readonly TokenParagraph[]
}

/** Parse a text (paragraphs separated by a blank line) into paragraph texts and tokens. */
export function parseText(text: string): ParsedText {
  const tree = unified().use(retextEnglish).parse(text)
  const parsed = localParagraphTokens(tree)
  return {
    texts: parsed.map((paragraph) => text.slice(paragraph.start, paragraph.end)),
    parsed,
  }
}

/** The mentions retext-entities finds in a text, in paragraph coordinates. */
export async function knownMentionsOf(text: string): Promise<KnownMention[]> {
  const file = new VFile(text)
  const processor = unified().use(retextEnglish).use(retextEntities)
  const tree = await processor.run(processor.parse(file), file)
  const starts = paragraphTokens(tree as Parameters<typeof paragraphTokens>[0]).map(
    (paragraph) => paragraph.start,
  )
  const names = new Map<string, string>()
  for (const list of Object.values(file.data.entities ?? {}))
    for (const entity of list) names.set(entity.id, entity.name)
  return (file.data.entityMentions ?? []).map((mention) => ({
    kind: mention.kind,
    name: names.get(mention.entityId) ?? null,
    text: mention.text,
    paragraph: mention.paragraph,
    start: mention.start - (starts[mention.paragraph] ?? 0),
    end: mention.end - (starts[mention.paragraph] ?? 0),
  }))
}

/** The article model of a text (with retext-entities' mentions when `entities` is set). */
export async function articleOf(
  text: string,
  { entities = false, title = null }: { entities?: boolean; title?: string | null } = {},
): Promise<ArticleModel> {
  const { texts, parsed } = parseText(text)
  const known = entities ? await knownMentionsOf(text) : undefined
  return buildModel(texts, parsed, known, title)
}

/** One paragraph prepared for the phrase readers: its quotations masked, its sentences found. */
export function paragraphOf(text: string): PreparedParagraph {
  const { texts, parsed } = parseText(text)
  if (texts.length !== 1) throw new Error(`Expected one paragraph, not ${texts.length}`)
  const { quotes } = findQuotes(texts)
  const segments = quotes.flatMap((quote) => quote.segments)
  return prepareParagraph(0, texts[0] as string, parsed[0], segments)
}

/** The text of a span of a paragraph. */
export function spanText(paragraph: PreparedParagraph, start: number, end: number): string {
  return paragraph.text.slice(start, end)
}

/** A text run through the whole plugin as an article runs it (retext-english, retext-entities). */
export async function attributed(text: string): Promise<VFile> {
  const file = new VFile(text)
  const processor = unified().use(retextEnglish).use(retextEntities).use(retextQuotes)
  await processor.run(processor.parse(file), file)
  return file
}
