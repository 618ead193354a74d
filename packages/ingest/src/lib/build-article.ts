import { createHash } from 'node:crypto'
import { slugify } from '@newsroom/names'
import { type Block, IngestedArticle } from '@newsroom/schema'
import type { VFile } from 'vfile'
import type { BlockSource } from './block-source.js'
import { removeClutter } from './clutter.js'
import { matchDateline } from './dateline.js'
import type { Draft, Segment } from './draft.js'
import { dropLineStart, segmentText } from './draft.js'
import { detectHeadings } from './headings.js'
import { detectLanguage, languageName } from './language.js'
import { report, startOfFile } from './messages.js'
import { parseReadTime } from './metadata-lines.js'
import { countWords, normalizeBlockText } from './normalize.js'
import { reportPlaceholders } from './placeholder.js'

export interface BuildSettings {
  path: string
  /** The normalized text of the whole file, hashed for `contentHash`. */
  text: string
  wordsPerMinute: number
  expectedLanguage: string
  disabledRules: ReadonlySet<string>
}

/** Slug from the title, else from the file name, else `untitled` (reported). */
function makeSlug(title: string, path: string, file: VFile): string {
  const fromTitle = slugify(title)
  if (fromTitle !== '') return fromTitle
  const name =
    path
      .split('/')
      .pop()
      ?.replace(/\.[^.]+$/, '') ?? ''
  const fromName = slugify(name)
  report(file, 'warning', 'Unexpected title without letters or digits to make a slug from', {
    rule: 'slug-from-file-name',
    note: `The slug is taken from the file name (“${fromName || 'untitled'}”); give the article a title with words in it.`,
  })
  return fromName === '' ? 'untitled' : fromName
}

/** Turn segments into blocks with stable ids: `p1…` for paragraphs, `h1…` for headings. */
function toBlocks(segments: Segment[]): { blocks: Block[]; sources: Record<string, BlockSource> } {
  const counts = { paragraph: 0, heading: 0 }
  const blocks: Block[] = []
  const sources: Record<string, BlockSource> = {}
  for (const segment of segments) {
    const text = normalizeBlockText(segmentText(segment))
    if (text === '') continue
    counts[segment.type]++
    const prefix = segment.type === 'paragraph' ? 'p' : 'h'
    const id = `${prefix}${counts[segment.type]}`
    blocks.push({ id, type: segment.type, text })
    sources[id] = segment.lines.map((line) => ({
      line: line.line,
      column: line.column,
      length: line.text.length,
      ...(line.runs ? { runs: line.runs.map((run) => ({ ...run })) } : {}),
    }))
  }
  return { blocks, sources }
}

/**
 * The steps every format shares: clutter rules, headings (plain text), dateline, blocks, then the
 * computed fields (slug, language, word count, read time, content hash), validated by the schema.
 * Returns undefined when no article can be made; the reason is a message on `file`.
 */
export function buildArticle(
  draft: Draft,
  file: VFile,
  settings: BuildSettings,
): IngestedArticle | undefined {
  if (draft.title === null || normalizeBlockText(draft.title.value) === '') {
    report(file, 'error', 'Expected a title, found none', {
      rule: 'missing-title',
      field: draft.format === 'markdown' || draft.format === 'json' ? 'title' : undefined,
      note: titleAdvice[draft.format],
    })
    return undefined
  }
  let segments = draft.segments
  if (draft.removeClutter) {
    segments = removeClutter(segments, file, {
      disabled: settings.disabledRules,
      onReadTime(line) {
        draft.readTimeStated ??= parseReadTime(line.text) ?? null
      },
    })
  }
  if (draft.detectHeadings) segments = detectHeadings(segments)

  const firstParagraph = segments.find((segment) => segment.type === 'paragraph')
  const firstLine = firstParagraph?.lines[0]
  if (draft.dateline === null && firstParagraph && firstLine) {
    const match = matchDateline(firstLine.text)
    if (match) {
      draft.dateline = match.dateline
      firstParagraph.lines[0] = dropLineStart(firstLine, match.length)
    }
  }

  const { blocks, sources } = toBlocks(segments)
  file.data.blockSources = sources
  reportPlaceholders(blocks, sources, file)
  if (!blocks.some((block) => block.type === 'paragraph')) {
    report(file, 'error', 'Expected at least one paragraph of body text, found none', {
      rule: draft.format === 'html' ? 'no-article' : 'no-body',
      place: draft.title.place,
      note:
        draft.format === 'html'
          ? 'The page has no article text that could be extracted; save the article page itself, or paste its text into a .txt file.'
          : 'Add the article text after the title, paragraphs separated by blank lines.',
    })
    return undefined
  }

  const bodyText = blocks.map((block) => block.text).join('\n\n')
  const detected = detectLanguage(bodyText)
  const language = draft.language ?? detected
  if (language === null) {
    report(file, 'info', 'Could not determine the language of the article', {
      rule: 'language-undetermined',
      note: 'Short texts cannot be identified reliably; set `language` in front matter to state it.',
    })
  } else if (language.split('-')[0]?.toLowerCase() !== settings.expectedLanguage) {
    report(
      file,
      'warning',
      `Unexpected ${languageName(language)} (${language}) article, expected ${languageName(settings.expectedLanguage)}`,
      {
        rule: 'non-english',
        actual: language,
        expected: [settings.expectedLanguage],
        note: 'Enrichment (quotes, entities, topics) is built for English text; results for this article will be poor.',
      },
    )
  }

  const wordCount = countWords(bodyText)
  const readTimeMinutes =
    draft.readTimeStated ?? Math.max(1, Math.ceil(wordCount / settings.wordsPerMinute))

  const candidate: IngestedArticle = {
    sourceFile: settings.path,
    sourceFormat: draft.format,
    slug: draft.slug ?? makeSlug(normalizeBlockText(draft.title.value), settings.path, file),
    title: normalizeBlockText(draft.title.value),
    dek: nullable(draft.dek),
    publisher: nullable(draft.publisher),
    byline: nullable(draft.byline),
    authors: draft.authors ?? [],
    dateline: draft.dateline,
    publishedAt: draft.publishedAt,
    url: draft.url,
    image: draft.image,
    language,
    readTimeMinutes,
    readTimeSource: draft.readTimeStated === null ? 'computed' : 'stated',
    wordCount,
    contentHash: `sha256-${createHash('sha256').update(settings.text, 'utf8').digest('hex')}`,
    tags: [...new Set(draft.tags.map(normalizeBlockText).filter(Boolean))],
    overrides: draft.overrides,
    blocks,
  }
  const result = IngestedArticle.safeParse(candidate)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.')
      report(
        file,
        'error',
        `Unexpected invalid \`${field}\` in the ingested article: ${issue.message}`,
        {
          rule: 'invalid-article',
          field,
          place: startOfFile,
          note: 'This is a bug in ingestion or a value the schema does not allow; check the field in the source file.',
        },
      )
    }
    return undefined
  }
  return result.data
}

function nullable(text: string | null): string | null {
  if (text === null) return null
  const normalized = normalizeBlockText(text)
  return normalized === '' ? null : normalized
}

const titleAdvice: Record<Draft['format'], string> = {
  text: 'Put the title on the first line of the file.',
  markdown: 'Add `title: …` to the front matter, or start the body with a `# Title` heading.',
  html: 'The page has no <title>, og:title, JSON-LD headline or <h1>; add one.',
  json: 'Add a non-empty `title` string.',
}
