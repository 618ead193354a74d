import { repairMojibake } from '@newsroom/ingest'
import { type BlockText, blockPointer } from './align.js'
import type { BratDocument, BratSpan } from './brat.js'

/** Where a source mention stands in the ingested article. */
export interface MentionSpan {
  blockId: string
  start: number
  end: number
}

/** A gold direct quotation with the mention of its source, as an annotator marked it. */
export interface MentionGoldQuote {
  text: string
  /** The source mention ("he", "Caddell", "a senior official"), or null when none is marked. */
  source: { text: string; span: MentionSpan | null } | null
}

/** One article of a corpus annotated with source mentions (PolNeAR). */
export interface MentionGoldArticle {
  file: string
  quotes: MentionGoldQuote[]
  /** Quoted text no attribution holds (titles, scare quotes): neither right nor spurious. */
  ignore: string[]
}

const opening = new Set(['“', '«', '„'])
const closing = new Set(['”', '»'])

/** The quoted stretches of `text` between `start` and `end`: `[innerStart, innerEnd)` ranges. */
function quotedStretches(text: string, start: number, end: number): Array<[number, number]> {
  const stretches: Array<[number, number]> = []
  let open = -1
  for (let at = start; at < end; at++) {
    const character = text[at] as string
    if (character === '"') {
      if (open < 0) open = at + 1
      else {
        stretches.push([open, at])
        open = -1
      }
    } else if (opening.has(character)) {
      if (open < 0) open = at + 1
    } else if (closing.has(character) && open >= 0) {
      stretches.push([open, at])
      open = -1
    }
  }
  return stretches
}

/** Characters ingest drops from text: zero-width, BOM, soft hyphen, controls. */
const invisible = /[\u200B\u2060\uFEFF\u00AD]|(?![\t\n\f\r\v])\p{Cc}/gu

/** Text as the ingested article holds it: mojibake repaired, no invisible characters, single spaces. */
function clean(text: string): string {
  return repairMojibake(text).text.replace(invisible, '').replace(/\s+/gu, ' ').trim()
}

/** A stretch trimmed of spaces, or null when no word is left in it. */
function words(text: string, [start, end]: [number, number]): string | null {
  const inner = clean(text.slice(start, end))
  return /[\p{L}\p{N}]/u.test(inner) ? inner : null
}

/**
 * The direct quotations of one PolNeAR article: every quoted stretch inside the Content span of
 * an attribution, with the Source mention of that attribution, its place mapped onto the blocks
 * of the ingested article. Quoted stretches outside every Content span are `ignore` entries.
 */
export function directQuotations(
  file: string,
  raw: string,
  document: BratDocument,
  blocks: readonly BlockText[],
): MentionGoldArticle {
  const pointer = blockPointer(raw, blocks)
  const spanOf = (span: BratSpan): MentionSpan | null => {
    const [start = 0] = span.fragments[0] ?? []
    const end = span.fragments.at(-1)?.[1] ?? start
    const from = pointer(start)
    const to = pointer(Math.max(start, end - 1))
    if (!from || !to || from.blockId !== to.blockId) return null
    return { blockId: from.blockId, start: from.offset, end: to.offset + 1 }
  }
  const found = new Map<number, { text: string; source: MentionGoldQuote['source'] }>()
  const inContent: Array<[number, number]> = []
  for (const event of document.events) {
    const content = event.roles.Content
    if (!content) continue
    const source = event.roles.Source
    for (const [start, end] of content.fragments) {
      // Annotators may leave the marks just outside the span.
      const fragment: [number, number] = [Math.max(0, start - 1), Math.min(raw.length, end + 1)]
      inContent.push(fragment)
      for (const stretch of quotedStretches(raw, fragment[0], fragment[1])) {
        const text = words(raw, stretch)
        if (text === null || found.has(stretch[0])) continue
        found.set(stretch[0], {
          text,
          source: source
            ? {
                text: clean(source.fragments.map(([a, b]) => raw.slice(a, b)).join(' ')),
                span: spanOf(source),
              }
            : null,
        })
      }
    }
  }
  const ignore: string[] = []
  for (const stretch of quotedStretches(raw, 0, raw.length)) {
    if (inContent.some(([start, end]) => stretch[0] >= start && stretch[1] <= end)) continue
    const text = words(raw, stretch)
    if (text !== null) ignore.push(text)
  }
  const quotes = [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, quote]) => quote)
  return { file, quotes, ignore }
}
