import chardet from 'chardet'
import iconv from 'iconv-lite'

/** Result of turning the bytes of a content file into text. */
export type Decoded =
  | {
      ok: true
      text: string
      encoding: string
      transcoded: boolean
      /**
       * Mostly UTF-8 with some bytes that are not: they were replaced by U+FFFD. `offset` is the
       * first bad byte's; `line` and `column` (1-based, in characters) say where it is.
       */
      invalid?: { offset: number; byte: number; count: number; line: number; column: number }
      /**
       * The bytes `text` was decoded from when it is exactly their UTF-8 (well-formed UTF-8,
       * after any byte order mark): the same text in UTF-8 without encoding it again.
       */
      utf8?: Uint8Array
    }
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
 * Decode `bytes` as text: UTF-8 (with or without BOM) and UTF-16 with BOM directly; UTF-16
 * without BOM by its zero bytes; UTF-8 with a few bad bytes as UTF-8, the bad bytes replaced and
 * reported; other encodings detected with chardet and transcoded with iconv-lite; binary data
 * refused.
 * The BOM is not part of the returned text.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3)
    return utf8(body) ?? utf8WithErrors(body, checkUtf8(body).firstInvalid)
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
    // NUL bytes: UTF-16 without a BOM (every other byte of Latin text is 0), or binary data.
    const encoding = utf16WithoutBom(sample) ?? utf32(sample)
    if (encoding !== undefined) {
      return {
        ok: true,
        text: iconv.decode(Buffer.from(bytes), encoding),
        encoding,
        transcoded: true,
      }
    }
    return { ok: false, reason: 'binary', kind: null }
  }
  const text = utf8(bytes)
  if (text !== undefined) return text
  const checked = checkUtf8(bytes)
  // More well-formed multi-byte sequences than bad bytes: UTF-8 with a few errors, not another
  // encoding. Guessing one would turn every accented letter into mojibake.
  if (checked.multibyte >= checked.invalid && checked.firstInvalid >= 0) {
    return utf8WithErrors(bytes, checked.firstInvalid, checked.invalid)
  }
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

/** UTF-8 with its bad bytes replaced by U+FFFD, saying where the first one is. */
function utf8WithErrors(bytes: Uint8Array, firstInvalid: number, count = 1): Decoded {
  return {
    ok: true,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    encoding: 'UTF-8',
    transcoded: false,
    invalid: {
      offset: firstInvalid,
      byte: bytes[firstInvalid] ?? 0,
      count,
      ...placeOfByte(bytes, firstInvalid),
    },
  }
}

/**
 * One decoder for every file: making one took some 20,000 instructions, half what decoding a
 * two-kilobyte file takes. Without `stream`, each `decode` starts afresh, after a refused file
 * too.
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function utf8(bytes: Uint8Array): Decoded | undefined {
  try {
    const text = strictUtf8.decode(bytes)
    return { ok: true, text, encoding: 'UTF-8', transcoded: false, utf8: bytes }
  } catch {
    return undefined
  }
}

/**
 * UTF-16 without a byte order mark, told by where the zero bytes fall: in text mostly of Latin
 * letters, the high byte of each code unit is 0, so zeros fill one byte position of each pair
 * and hardly ever the other.
 */
function utf16WithoutBom(sample: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const pairs = Math.floor(sample.length / 2)
  if (pairs < 2) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros++
    if (sample[index + 1] === 0) oddZeros++
  }
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02) return 'UTF-16LE'
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02) return 'UTF-16BE'
  return undefined
}

/** UTF-32 without a byte order mark, by chardet, which recognizes it reliably. */
function utf32(sample: Uint8Array): string | undefined {
  const guess = chardet.detect(sample)
  return guess !== null && /^UTF-32/i.test(guess) && iconv.encodingExists(guess) ? guess : undefined
}

/**
 * Count well-formed UTF-8 multi-byte sequences and bad bytes (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), in one pass.
 */
function checkUtf8(bytes: Uint8Array): {
  multibyte: number
  invalid: number
  firstInvalid: number
} {
  let multibyte = 0
  let invalid = 0
  let firstInvalid = -1
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0
    if (lead < 0x80) {
      index++
      continue
    }
    const length = sequenceLength(bytes, index)
    if (length > 0) {
      multibyte++
      index += length
    } else {
      if (firstInvalid < 0) firstInvalid = index
      invalid++
      index++
    }
  }
  return { multibyte, invalid, firstInvalid }
}

/** Length of the well-formed multi-byte UTF-8 sequence at `index` of `bytes` (RFC 3629), or 0. */
export function sequenceLength(bytes: ArrayLike<number>, index: number): number {
  const lead = bytes[index] ?? 0
  const next = bytes[index + 1] ?? 0
  const continuation = (offset: number) => ((bytes[index + offset] ?? 0) & 0xc0) === 0x80
  if (lead >= 0xc2 && lead <= 0xdf) return continuation(1) ? 2 : 0
  if (lead >= 0xe0 && lead <= 0xef) {
    if (lead === 0xe0 && next < 0xa0) return 0
    if (lead === 0xed && next > 0x9f) return 0
    return continuation(1) && continuation(2) ? 3 : 0
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    if (lead === 0xf0 && next < 0x90) return 0
    if (lead === 0xf4 && next > 0x8f) return 0
    return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
  }
  return 0
}

/** Line and column (in characters of the text before it, which is valid UTF-8) of a byte. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++
      lineStart = index + 1
    }
  }
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    bytes.subarray(lineStart, offset),
  )
  return { line, column: before.replace(/\r$/, '').length + 1 }
}
