import type { ArticleFileData, SourceFormat } from '@newsroom/schema'
import { VFile } from 'vfile'
import type { BlockSource } from './block-source.js'
import { buildArticle } from './build-article.js'
import { decode } from './decode.js'
import type { Draft } from './draft.js'
import { parseHtml } from './formats/html.js'
import { parseJson } from './formats/json.js'
import { parseMarkdown } from './formats/markdown.js'
import { parseText } from './formats/text.js'
import { hasErrors, type Place, report } from './messages.js'
import { repairMojibake } from './mojibake.js'
import { composed, findUnpublishable, normalizeFile } from './normalize.js'

declare module 'vfile' {
  /** Writes `article`: absent when an error made one impossible. */
  interface DataMap extends ArticleFileData {
    /**
     * Where each block's text came from in the original file: its source lines in order, so a
     * place in a block (from enrichment) can be reported at its line and column in the file.
     */
    blockSources?: Record<string, BlockSource>
    /**
     * Where each override entry is written, by the field messages about it name
     * (`overrides.speakerNames["Nobody Here"]`, `overrides.addTopics["harbour"]`): enrichment's
     * messages about an entry carry that field and no place, and are reported here.
     */
    fieldPlaces?: Record<string, Place>
  }
}

/** One content file: its path relative to the content folder (`/` separators) and its bytes. */
export interface IngestInput {
  path: string
  contents: Uint8Array
}

export interface IngestOptions {
  /** Reading speed for computed read times, in words a minute (default `230`). */
  wordsPerMinute?: number
  /** Language the pipeline expects; other languages get a warning (default `'en'`). */
  expectedLanguage?: string
  /** Ids of clutter rules to leave out (default none), e.g. `['pull-quote-credit']`. */
  disabledRules?: readonly string[]
}

/** Files larger than this (10 MiB) are refused: no news article is that long. */
export const maxFileBytes = 10 * 1024 * 1024

export const supportedExtensions: readonly string[] = Object.freeze([
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.json',
])

const formats: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
}

const parsers: Readonly<Record<SourceFormat, (text: string, file: VFile) => Draft | undefined>> = {
  text: parseText,
  markdown: parseMarkdown,
  html: parseHtml,
  json: parseJson,
}

function extensionOf(path: string): string {
  const name = path.split('/').pop() ?? ''
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot).toLowerCase() : ''
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${bytes} bytes`
}

/**
 * The diagnostic for a file too large to ingest, for callers that check sizes before reading
 * (the CLI does not read files larger than `maxFileBytes`).
 */
export function tooLarge(path: string, bytes: number): VFile {
  if (typeof path !== 'string') throw new TypeError('Expected `path` to be a string')
  const file = new VFile({ path })
  report(
    file,
    'error',
    `Unexpected file of ${formatBytes(bytes)}, expected at most ${formatBytes(maxFileBytes)}`,
    {
      rule: 'file-too-large',
      actual: String(bytes),
      expected: [String(maxFileBytes)],
      note: 'A news article is far smaller; check that this is the right file, or split it into one file per article.',
    },
  )
  return file
}

/**
 * Ingest one content file. Returns a VFile whose `data.article` is the ingested article (absent
 * when an error made it impossible) and whose messages say what was removed, guessed or wrong.
 */
export function ingest(input: IngestInput, options: IngestOptions = {}): VFile {
  if (typeof input?.path !== 'string') throw new TypeError('Expected `input.path` to be a string')
  if (!(input.contents instanceof Uint8Array)) {
    throw new TypeError('Expected `input.contents` to be a Uint8Array')
  }
  const wordsPerMinute = options.wordsPerMinute ?? 230
  if (!(wordsPerMinute > 0))
    throw new TypeError('Expected `wordsPerMinute` to be a positive number')

  const { path, contents } = input
  const extension = extensionOf(path)
  const format = formats[extension]
  if (format === undefined) {
    const file = new VFile({ path })
    report(file, 'error', `Unexpected file type \`${extension || '(none)'}\``, {
      rule: 'unknown-extension',
      actual: extension,
      expected: [...supportedExtensions],
      note: `Content files must end in ${supportedExtensions.join(', ')}; rename the file or move it out of the content folder.`,
    })
    return file
  }
  if (contents.byteLength > maxFileBytes) return tooLarge(path, contents.byteLength)

  const file = new VFile({ path })
  if (contents.byteLength === 0) return emptyFile(file)
  const decoded = decode(contents)
  if (!decoded.ok) {
    if (decoded.reason === 'binary') {
      report(
        file,
        'error',
        `Unexpected binary data${decoded.kind ? ` (a ${decoded.kind})` : ''}, expected text`,
        {
          rule: 'binary-file',
          note: 'Save the article as plain text, Markdown, HTML or JSON; copy the text out of documents.',
        },
      )
    } else {
      report(
        file,
        'error',
        `Unexpected text encoding${decoded.guess ? ` (perhaps ${decoded.guess})` : ''} that could not be identified`,
        {
          rule: 'unknown-encoding',
          note: 'Save the file as UTF-8 in your editor and try again.',
        },
      )
    }
    return file
  }
  if (decoded.transcoded) {
    report(file, 'info', `Transcoded from ${decoded.encoding} to UTF-8`, {
      rule: 'transcoded',
      actual: decoded.encoding,
      expected: ['UTF-8'],
      note: 'Saving content files as UTF-8 avoids guessing the encoding.',
    })
  }

  if (decoded.invalid) {
    const { byte, count, line, column } = decoded.invalid
    report(
      file,
      'warning',
      `Unexpected byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} that is not UTF-8${count > 1 ? ` (and ${count - 1} more)` : ''}`,
      {
        rule: 'invalid-utf8',
        place: { line, column },
        note: 'Bytes that are not UTF-8 are replaced by “�”; save the file as UTF-8 in your editor, or fix the character there.',
      },
    )
  }

  const text = repairedText(normalizeFile(decoded.text), file)
  file.value = text
  if (text.trim() === '') return emptyFile(file)
  reportUnpublishable(text, file)

  const draft = parsers[format](text, file)
  if (draft === undefined || hasFatalParseError(file)) return file
  const article = buildArticle(draft, file, {
    path,
    // Normalizing changed nothing (no BOM, CR or text to compose): the file's bytes are the
    // text's UTF-8, and hashing them spares encoding the text again.
    text: decoded.utf8 !== undefined && text === decoded.text ? decoded.utf8 : text,
    wordsPerMinute,
    expectedLanguage: options.expectedLanguage ?? 'en',
    disabledRules: new Set(options.disabledRules ?? []),
  })
  if (article) file.data.article = article
  return file
}

/**
 * `text` with its mojibake undone (see `repairMojibake`), said once, at the first repair: the
 * repair never spans a line break, so lines stay those of the file.
 */
function repairedText(text: string, file: VFile): string {
  const repair = repairMojibake(text)
  const first = repair.edits[0]?.start
  if (first === undefined) return text
  const count = repair.edits.length
  const before = text.slice(0, first)
  const line = before.split('\n').length
  const sequences = count === 1 ? 'sequence' : 'sequences'
  report(
    file,
    'info',
    `Repaired ${count} mojibake ${sequences} (UTF-8 read as Windows-1252 or Latin-1)`,
    {
      rule: 'mojibake',
      place: { line, column: first - before.lastIndexOf('\n') },
      actual: wordAt(text, first),
      note: 'Characters such as `Ã©` were decoded back to the text they stand for (`é`); fix the source the text was copied from if you can.',
    },
  )
  // A repaired letter may now compose with a mark after it.
  return composed(repair.text)
}

/** The run of non-space characters around `index` of `text`. */
function wordAt(text: string, index: number): string {
  let start = index
  while (start > 0 && !/\s/.test(text[start - 1] as string)) start--
  let end = index
  while (end < text.length && !/\s/.test(text[end] as string)) end++
  return text.slice(start, end)
}

/** Parse errors that leave nothing trustworthy (broken syntax) stop before building. */
function hasFatalParseError(file: VFile): boolean {
  return (
    hasErrors(file) &&
    file.messages.some((message) =>
      ['front-matter-syntax', 'json-syntax', 'json-shape'].includes(message.ruleId ?? ''),
    )
  )
}

/**
 * Control characters, U+FFFE, U+FFFF and unpaired surrogates are removed from every text the
 * article keeps (XML feeds cannot carry them); say so once, at the first.
 */
function reportUnpublishable(text: string, file: VFile): void {
  const found = findUnpublishable(text)
  if (found === undefined) return
  const before = text.slice(0, found.index)
  const line = before.split('\n').length
  const code = found.character.codePointAt(0) ?? 0
  report(
    file,
    'warning',
    `Unexpected character U+${code.toString(16).toUpperCase().padStart(4, '0')}${found.count > 1 ? ` and ${found.count - 1} more` : ''} that cannot be published`,
    {
      rule: 'forbidden-character',
      place: { line, column: found.index - before.lastIndexOf('\n') },
      note: 'Control characters, U+FFFE, U+FFFF and unpaired surrogates are removed: feeds (XML) cannot carry them.',
    },
  )
}

function emptyFile(file: VFile): VFile {
  report(file, 'error', 'Expected a title line, not an empty file', {
    rule: 'empty-file',
    note: 'Write or paste the article into the file (title on the first line), or delete the file.',
  })
  return file
}
