import { repairMojibake } from '@newsroom/ingest'

/** A block of an ingested article: its id and its normalized text. */
export interface BlockText {
  id: string
  text: string
}

/** An offset inside a block: the block's id and the offset in its text. */
export interface BlockPoint {
  blockId: string
  offset: number
}

/** Characters ingest removes from block text (zero-width, BOM, soft hyphen, controls). */
const invisible = /[\u200B\u2060\uFEFF\u00AD]|(?![\t\n\f\r\v])\p{Cc}/u
const space = /\s/u

/**
 * Map offsets of a raw text to the blocks an ingester made of it, when block text is the raw
 * text with its mojibake repaired, invisible characters dropped and whitespace runs made one
 * space (as `@newsroom/ingest` does). Blocks are found in order; text in no block (a title line, dropped
 * clutter) maps to null.
 */
export function blockPointer(
  raw: string,
  blocks: readonly BlockText[],
): (offset: number) => BlockPoint | null {
  // The raw text normalized as blocks are, with the normalized index of every raw offset. Its
  // mojibake is repaired as ingest repairs it; every offset inside a repaired run maps to the
  // start of what it became.
  let normalized = ''
  const normalizedAt = new Int32Array(raw.length + 1)
  let inSpace = false
  const take = (character: string) => {
    if (invisible.test(character)) return
    if (space.test(character)) {
      if (!inSpace) normalized += ' '
      inSpace = true
      return
    }
    inSpace = false
    normalized += character
  }
  const { edits } = repairMojibake(raw)
  let nextEdit = 0
  for (let at = 0; at < raw.length; at++) {
    normalizedAt[at] = normalized.length
    const edit = edits[nextEdit]
    if (edit?.start === at) {
      normalizedAt.fill(normalized.length, edit.start, edit.end)
      for (const character of edit.repaired) take(character)
      at = edit.end - 1
      nextEdit++
      continue
    }
    take(raw[at] as string)
  }
  normalizedAt[raw.length] = normalized.length
  const placed: Array<{ id: string; start: number; end: number }> = []
  let cursor = 0
  for (const block of blocks) {
    const start = normalized.indexOf(block.text, cursor)
    if (start < 0) continue
    placed.push({ id: block.id, start, end: start + block.text.length })
    cursor = start + block.text.length
  }
  return (offset) => {
    const at = normalizedAt[Math.max(0, Math.min(offset, raw.length))] ?? 0
    const block = placed.find((candidate) => at >= candidate.start && at < candidate.end)
    return block ? { blockId: block.id, offset: at - block.start } : null
  }
}
