/**
 * Mojibake repair: UTF-8 text that was once (or twice) decoded as Windows-1252 or Latin-1 before
 * it reached us, so that `é` arrived as `Ã©` and `ç` as `Ã\u0083Â§`. The file itself is valid
 * UTF-8 (decode.ts does not guess here): the damage is in the characters, and is undone by
 * encoding them back to those single bytes and reading the bytes as UTF-8.
 */

import { sequenceLength } from './decode.js'

/**
 * The byte Windows-1252 gives each of its characters from 0x80 to 0x9F that is not the Latin-1
 * character of the same code. U+0080–U+00FF map to their own code: Latin-1, and the C1 controls
 * a Latin-1 decoder leaves (double-encoded text in the corpora has them, `Ã\u0083` for the byte
 * pair C3 83), which Windows-1252 encoders such as iconv-lite's refuse.
 */
const windows1252Bytes: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
])

/** The single byte `code` was decoded from, or -1 for a character no such byte gives. */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code
  return windows1252Bytes.get(code) ?? -1
}

/**
 * A lead byte of UTF-8 read as Windows-1252 (`Â`–`ô`, U+00C2–U+00F4) followed by a character
 * that could be a continuation byte: the only place a repair can start. Text without one, nearly
 * every file, is answered by this one search.
 */
const possibleMojibake =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/

/**
 * What a repair may produce: letters and punctuation of the Latin scripts (Latin-1 Supplement
 * and Latin Extended-A from U+00A0, general punctuation, the euro and trade mark signs). A
 * legitimate pair that happens to be valid UTF-8 decodes mostly elsewhere: `É”` (C9 94) is
 * U+0254, a letter of the IPA block.
 */
function isLatinTextCode(code: number): boolean {
  return (
    (code >= 0xa0 && code <= 0x17f) ||
    (code >= 0x2010 && code <= 0x205e) ||
    code === 0x20ac ||
    code === 0x2122
  )
}

/** Closing marks that follow a word: `Ô` (C3 94) and `Ã”` (`SÃ”`, a quoted word) look alike. */
const closingMarks = new Set([0x201d, 0x2019, 0xbb, 0x203a])

function isLetter(character: string | undefined): boolean {
  return character !== undefined && /\p{L}/u.test(character)
}

/**
 * The UTF-8 a run of single-byte characters encodes, read from its start for as long as it is
 * well-formed multi-byte UTF-8 of Latin letters and punctuation: the text and how many
 * characters of the run it took.
 */
function decodedPrefix(run: string): { decoded: string; taken: number } {
  const bytes: number[] = []
  for (let index = 0; index < run.length; index++) bytes.push(byteOf(run.charCodeAt(index)))
  let decoded = ''
  let index = 0
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index)
    if (length === 0) break
    let code = (bytes[index] as number) & (0xff >> (length + 1))
    for (let offset = 1; offset < length; offset++) {
      code = (code << 6) | ((bytes[index + offset] as number) & 0x3f)
    }
    if (!isLatinTextCode(code)) break
    decoded += String.fromCodePoint(code)
    index += length
  }
  return { decoded, taken: index }
}

/**
 * Marks that may follow a repaired word as written (`“cafÃ©”`): a run may end in them, undecoded.
 * Any other leftover leaves the run alone, as a lost byte would leave half a repair
 * (`realÃ¢€world`, its third byte gone, would become `realâ€world`).
 */
const trailingMarks = new Set([0x201d, 0x2019, 0xbb, 0x203a, 0x2013, 0x2014, 0x2026])

/** Leads of the UTF-8 of Latin-1 letters (C2, C3) and of punctuation (E2), read as Windows-1252. */
const danglingLeads = new Set([0xc2, 0xc3, 0xe2])

/** How much of `run` to replace by what, or undefined to leave it. */
function repairOfRun(
  run: string,
  next: string | undefined,
): { decoded: string; taken: number } | undefined {
  const prefix = decodedPrefix(run)
  if (prefix.taken < 2) return undefined
  // The outer layer of a double encoding whose inner one lost its continuation byte
  // (`KÃ\u0083 rner`, `Ã\u0083Â¶` for ö once): decoding it leaves a lead (`Â`, `Ã`, `â`) that
  // nothing completes, half a repair.
  if (danglingLeads.has(prefix.decoded.charCodeAt(prefix.decoded.length - 1))) return undefined
  if (prefix.taken === run.length) {
    // `Ô` (C3 94) and a quoted `SÃ”` look alike: a run closing a word stays.
    const closesWord = closingMarks.has(run.charCodeAt(run.length - 1)) && !isLetter(next)
    return closesWord ? undefined : prefix
  }
  for (let index = prefix.taken; index < run.length; index++) {
    if (!trailingMarks.has(run.charCodeAt(index))) return undefined
  }
  return prefix
}

/** A character that may stand for one byte of mojibake: any with a single byte of its own. */
function isSingleByteCharacter(code: number): boolean {
  return byteOf(code) >= 0
}

/** One place of a text that `repairMojibake` replaced: `text.slice(start, end)` became `repaired`. */
export interface MojibakeEdit {
  start: number
  end: number
  repaired: string
}

/**
 * Every run of single-byte characters of `text` from a UTF-8 lead on that decodes (see
 * `repairOfRun`), with what it decodes to. The scan goes on after each run: each character is
 * read once.
 */
function runEdits(text: string): MojibakeEdit[] {
  const edits: MojibakeEdit[] = []
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code < 0xc2 || !isSingleByteCharacter(code)) {
      index++
      continue
    }
    let end = index + 1
    while (end < text.length && isSingleByteCharacter(text.charCodeAt(end))) end++
    const repair = repairOfRun(text.slice(index, end), text[end])
    if (repair !== undefined) {
      edits.push({ start: index, end: index + repair.taken, repaired: repair.decoded })
    }
    index = end
  }
  return edits
}

/** `text` with `edits` (in order, not overlapping) applied. */
function applied(text: string, edits: readonly MojibakeEdit[]): string {
  let result = ''
  let copiedTo = 0
  for (const edit of edits) {
    result += text.slice(copiedTo, edit.start) + edit.repaired
    copiedTo = edit.end
  }
  return result + text.slice(copiedTo)
}

/**
 * A repaired run decoded again while it still is mojibake, for text decoded wrongly twice (or
 * three times): `Ã\u0083Â§` is `Ã§` once and `ç` twice. The repaired text is at most half as
 * long as the run, so the layers cost less than the first.
 */
function fullyDecoded(repaired: string): string {
  let current = repaired
  for (let layer = 1; layer < 3 && possibleMojibake.test(current); layer++) {
    const edits = runEdits(current)
    if (edits.length === 0) break
    current = applied(current, edits)
  }
  return current
}

/** Result of `repairMojibake`. */
export interface MojibakeRepair {
  /** The text with every repairable run decoded. */
  text: string
  /** Runs repaired (a run encoded twice counts once), in order. */
  edits: MojibakeEdit[]
}

/**
 * Undo mojibake in `text` (in NFC, as `normalizeFile` returns it): each run of characters that
 * have a Windows-1252 or Latin-1 byte, starting at a UTF-8 lead byte, is replaced by the UTF-8
 * those bytes are, when the run is well-formed UTF-8 of Latin letters and punctuation (see
 * `repairOfRun`); a repaired run is decoded again while it still is, for text decoded wrongly
 * twice. `Ã` before an ASCII letter (Portuguese `SÃO`) is never a run. Line breaks are never
 * touched, so lines stay those of the file; `edits` say where the text changed, for callers that
 * map places of the original onto it. Linear in the length of `text`.
 */
export function repairMojibake(text: string): MojibakeRepair {
  if (!possibleMojibake.test(text)) return { text, edits: [] }
  const edits = runEdits(text).map((edit) => ({ ...edit, repaired: fullyDecoded(edit.repaired) }))
  return edits.length === 0 ? { text, edits } : { text: applied(text, edits), edits }
}
