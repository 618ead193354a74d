import chardet from 'chardet'
import iconv from 'iconv-lite'

/** Result of turning the bytes of a content file into text. */
export type Decoded =
  | { ok: true; text: string; encoding: string; transcoded: boolean }
  | { ok: false; reason: 'binary'; kind: string | null }
  | { ok: false; reason: 'unknown-encoding'; guess: string | null }

/** Below this chardet confidence (0–100) a guess is not trusted to transcode a file. */
const minimumConfidence = 30

/** Magic numbers of binary formats people are likely to drop into a content folder by mistake. */
const signatures: ReadonlyArray<{ kind: string; bytes: readonly number[] }> = [
  { kind: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'ZIP archive (or a Word/OpenDocument file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'legacy Word document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: 'RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte)
}

/**
 * Decode `bytes` as text: UTF-8 (with or without BOM) and UTF-16 with BOM directly; other
 * encodings detected with chardet and transcoded with iconv-lite; binary data refused.
 * The BOM is not part of the returned text.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return utf8(bytes.subarray(3)) ?? { ok: false, reason: 'unknown-encoding', guess: 'UTF-8' }
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE'
    return {
      ok: true,
      text: iconv.decode(Buffer.from(bytes.subarray(2)), encoding),
      encoding,
      transcoded: true,
    }
  }
  for (const signature of signatures) {
    if (startsWith(bytes, signature.bytes))
      return { ok: false, reason: 'binary', kind: signature.kind }
  }
  const sample = bytes.subarray(0, 8192)
  if (sample.includes(0)) {
    // NUL bytes: UTF-16/32 without a BOM, or binary data.
    const guess = chardet.detect(sample)
    if (guess !== null && /^UTF-(16|32)/i.test(guess) && iconv.encodingExists(guess)) {
      return {
        ok: true,
        text: iconv.decode(Buffer.from(bytes), guess),
        encoding: guess,
        transcoded: true,
      }
    }
    return { ok: false, reason: 'binary', kind: null }
  }
  const text = utf8(bytes)
  if (text !== undefined) return text
  const [best] = chardet.analyse(sample)
  if (
    best === undefined ||
    best.confidence < minimumConfidence ||
    !iconv.encodingExists(best.name)
  ) {
    return { ok: false, reason: 'unknown-encoding', guess: best?.name ?? null }
  }
  return {
    ok: true,
    text: iconv.decode(Buffer.from(bytes), best.name),
    encoding: best.name,
    transcoded: true,
  }
}

function utf8(bytes: Uint8Array): Decoded | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    return { ok: true, text, encoding: 'UTF-8', transcoded: false }
  } catch {
    return undefined
  }
}
