import { hash } from 'node:crypto'
import { slugify } from '@newsroom/names'
import {
  type Author,
  type Block,
  IngestedArticle,
  limits,
  overrideEntryField,
  withFastPath,
} from '@newsroom/schema'
import type { VFile } from 'vfile'
import { authorsOf } from './authors.js'
import type { BlockSource } from './block-source.js'
import { boundField, boundList } from './bounds.js'
import { removeClutter } from './clutter.js'
import { matchDateline } from './dateline.js'
import type { Draft, PlacedField, Segment } from './draft.js'
import { dropLineStart, segmentText } from './draft.js'
import { splitGluedHeadings } from './glued-headings.js'
import { detectHeadings } from './headings.js'
import { detectLanguage, languageName } from './language.js'
import { type Place, report, startOfFile } from './messages.js'
import { parseReadTime } from './metadata-lines.js'
import { countWords, normalizeBlockText, stripUnpublishable } from './normalize.js'
import { nameProblem } from './override-names.js'
import { restoreParagraphs } from './paragraph-breaks.js'
import { paragraphReader } from './paragraph-reader.js'
import { reportPlaceholders } from './placeholder.js'
import { printable } from './printable.js'
import { settleUpdatedDate } from './updated-date.js'

export interface BuildSettings {
  path: string
  /**
   * The normalized text of the whole file, hashed for `contentHash`: as a string, or as its UTF-8
   * bytes when the file's bytes are those (then they are hashed as they are, not encoded again).
   */
  text: string | Uint8Array
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

/**
 * Where one line of a block comes from. Written out rather than spread (`...(runs ? {runs} :
 * {})`): spreading into an object literal copied property by property, some 0.5% of processing.
 */
function lineSource(line: Segment['lines'][number]): BlockSource[number] {
  const source: BlockSource[number] = {
    line: line.line,
    column: line.column,
    length: line.text.length,
  }
  if (line.runs) source.runs = line.runs.map(({ offset, column }) => ({ offset, column }))
  return source
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
    blocks.push(
      segment.restored
        ? { id, type: segment.type, text, restored: true }
        : { id, type: segment.type, text },
    )
    sources[id] = segment.lines.map(lineSource)
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
  settleUpdatedDate(draft, file)
  let segments = draft.segments
  if (draft.cleanUp) {
    segments = removeClutter(segments, file, {
      disabled: settings.disabledRules,
      onReadTime(line) {
        draft.readTimeStated ??= parseReadTime(line.text) ?? null
      },
    })
  }
  // Both stages that cut long paragraphs read each paragraph through one reader, so one the
  // first leaves whole is not counted and searched for sentence ends again by the second.
  const readParagraph = paragraphReader()
  if (draft.detectHeadings) {
    segments = splitGluedHeadings(detectHeadings(segments), readParagraph, (heading, place) => {
      report(file, 'info', `Split off subheading “${heading.text}” glued into a paragraph`, {
        rule: 'glued-heading',
        place,
        note: 'The text has no paragraph breaks; the short line between two sentences is read as a subheading. Put it on a line of its own (or end it with a period if it is a sentence).',
      })
    })
  }

  if (draft.cleanUp) {
    segments = restoreParagraphs(segments, readParagraph, (count, place) => {
      report(
        file,
        'info',
        `Split a paragraph without breaks into ${count} paragraphs at its sentence ends`,
        {
          rule: 'run-on-paragraph',
          place,
          note: 'The text has no paragraph breaks, so attribution could not tell where a paragraph starts. Separate paragraphs with a blank line.',
        },
      )
    })
  }

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
  // A language the source states wins, so the text is read for one only when none is stated.
  const language = draft.language ?? detectLanguage(bodyText)
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

  const title = boundField(normalizeBlockText(draft.title.value), 'title', draft.title.place, file)
  const publisher = boundNullable(draft.publisher, 'publisher', draft, file)
  const byline = boundNullable(draft.byline, 'byline', draft, file)
  const candidate: IngestedArticle = {
    sourceFile: settings.path,
    sourceFormat: draft.format,
    slug: draft.slug ?? makeSlug(title, settings.path, file),
    title,
    dek: boundNullable(draft.dek, 'dek', draft, file),
    publisher,
    byline,
    authors: authorsFor(draft, byline, publisher, file),
    dateline: draft.dateline,
    publishedAt: draft.publishedAt,
    url: draft.url === null ? null : stripUnpublishable(draft.url),
    image: draft.image === null ? null : stripUnpublishable(draft.image),
    language,
    readTimeMinutes,
    readTimeSource: draft.readTimeStated === null ? 'computed' : 'stated',
    wordCount,
    // One call, not a Hash object per article: `hash` encodes a string as UTF-8 too.
    contentHash: `sha256-${hash('sha256', settings.text)}`,
    tags: boundList(
      [...new Set(draft.tags.map(normalizeBlockText).filter(Boolean))],
      'tags',
      draft.places.tags,
      file,
    ),
    overrides: boundOverrides(draft, file),
    blocks,
  }
  return validated(candidate, draft, file)
}

/** Fields the article is complete without: a value the schema refuses is dropped, not fatal. */
const optionalFields: ReadonlySet<string> = new Set([
  'dek',
  'publisher',
  'byline',
  'authors',
  'dateline',
  'publishedAt',
  'url',
  'image',
  'language',
  'tags',
  'overrides',
])

/**
 * The schema the fields read from the file are checked with: the article's, less the fields
 * `buildArticle` makes valid by construction, which a parse only checked again and copied.
 * `toBlocks` makes every block as `Block` wants it (an id of a letter and a count, a type, text
 * with a character; half of the parse's time, on the corpus); the source file, format and
 * read-time source are the caller's and the format's; the word count is a count and the content
 * hash a hash; `boundList` and `boundOverrides` cut tags and overrides to the schema's limits.
 * Leaving these seven out took two thirds off the parse (19 to 7 µs an article, warm, on the
 * bench's articles; the overrides, a record with a refinement and three defaults, were an eighth).
 */
export const ArticleFields = IngestedArticle.omit({
  blocks: true,
  sourceFile: true,
  sourceFormat: true,
  readTimeSource: true,
  wordCount: true,
  contentHash: true,
  tags: true,
  overrides: true,
})

/**
 * `ArticleFields` with zod's compiled fast path (see `withFastPath`): the check took a third of
 * the time, warm, on the bench's articles (0.2% of the pipeline's instructions); a refused value
 * gets the runtime parser's issues, so the warnings made of them are the same.
 */
export function checkedArticleFields(): typeof ArticleFields {
  return withFastPath(ArticleFields)
}

/**
 * The article as the schema accepts it. A value of an optional field that the schema refuses
 * (which the format parsers should have caught) is dropped with a warning at the field's place,
 * so one bad value never costs the article; any other problem is an error.
 */
function validated(
  candidate: IngestedArticle,
  draft: Draft,
  file: VFile,
): IngestedArticle | undefined {
  const schema = checkedArticleFields()
  let result = schema.safeParse(candidate)
  // The parsed fields in place of the candidate's, in the schema's order as the candidate has it.
  if (result.success) return { ...candidate, ...result.data }
  const repaired: Record<string, unknown> = { ...candidate }
  const fallbacks: Record<string, unknown> = {
    authors: [],
    tags: [],
    overrides: { addTopics: [], removeTopics: [], speakerNames: {} },
  }
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '')
    if (!optionalFields.has(field)) continue
    report(file, 'warning', `Unexpected invalid \`${field}\`: ${issue.message}`, {
      rule: 'invalid-field',
      field: issue.path.join('.'),
      place: draft.places[field as PlacedField] ?? startOfFile,
      note: 'The value is left out of the article; correct it in the source file.',
    })
    repaired[field] = field in fallbacks ? fallbacks[field] : null
  }
  result = schema.safeParse(repaired)
  if (result.success) return { ...(repaired as IngestedArticle), ...result.data }
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

function boundNullable(
  text: string | null,
  field: 'dek' | 'publisher' | 'byline',
  draft: Draft,
  file: VFile,
): string | null {
  const value = nullable(text)
  return value === null ? null : boundField(value, field, draft.places[field], file)
}

/** Authors the source states (JSON-LD, a JSON article), else those of the byline. */
function authorsFor(
  draft: Draft,
  byline: string | null,
  publisher: string | null,
  file: VFile,
): Author[] {
  if (draft.authors === null) return byline === null ? [] : authorsOf(byline, publisher)
  const authors = draft.authors
    .map((author) => ({ name: normalizeBlockText(author.name), kind: author.kind }))
    .filter((author) => author.name !== '')
  const names = boundList(
    authors.map((author) => author.name),
    'authors',
    draft.places.authors ?? draft.places.byline,
    file,
  )
  return names.map((name, index) => ({ name, kind: authors[index]?.kind ?? 'person' }))
}

/**
 * Overrides with their lists bounded; a speaker name too long to be a name is left out, and so is
 * one whose canonical name is no name (an error: it would be published as someone's name). Where
 * each entry is written goes on `file.data.fieldPlaces`, for enrichment's messages about them.
 */
function boundOverrides(draft: Draft, file: VFile): IngestedArticle['overrides'] {
  const place = draft.places.overrides
  const fieldPlaces: Record<string, Place> = {}
  const clean = (items: readonly string[]) => [
    ...new Set(items.map(normalizeBlockText).filter(Boolean)),
  ]
  for (const list of ['addTopics', 'removeTopics'] as const) {
    for (const [topic, at] of draft.overridePlaces[list]) {
      const field = overrideEntryField(list, normalizeBlockText(topic))
      fieldPlaces[field] ??= at
    }
  }
  const entries = Object.entries(draft.overrides.speakerNames)
    .map(
      ([name, canonical]) =>
        [normalizeBlockText(name), normalizeBlockText(canonical), name] as const,
    )
    .filter(([name, canonical, written]) => {
      if (name === '') return false
      const at = draft.overridePlaces.speakerNames.get(written) ?? place ?? startOfFile
      const field = overrideEntryField('speakerNames', name)
      fieldPlaces[field] ??= at
      const problem = canonical === '' ? 'it is empty' : nameProblem(canonical)
      if (problem === undefined) return true
      report(
        file,
        'error',
        `Expected \`${printable(field)}\` to be a name, not \`${printable(canonical)}\`: ${problem}`,
        {
          rule: draft.format === 'json' ? 'json-field-value' : 'front-matter-value',
          field,
          place: at,
          note: `Write the name the speaker should be published under, such as \`${printable(name)}: ${printable(name)}\`; until then the entry is ignored.`,
        },
      )
      return false
    })
    .map(([name, canonical]) => [name, canonical] as const)
  file.data.fieldPlaces = fieldPlaces
  const kept = entries
    .filter(([name, canonical]) => name.length <= limits.name && canonical.length <= limits.name)
    .slice(0, limits.items)
  if (kept.length < entries.length) {
    report(
      file,
      'warning',
      `Unexpected \`overrides.speakerNames\` with ${entries.length - kept.length} entries left out`,
      {
        rule: 'field-too-long',
        field: 'overrides.speakerNames',
        place: place ?? startOfFile,
        note: `At most ${limits.items} speaker names of at most ${limits.name} characters are kept.`,
      },
    )
  }
  return {
    addTopics: boundList(clean(draft.overrides.addTopics), 'overrides.addTopics', place, file),
    removeTopics: boundList(
      clean(draft.overrides.removeTopics),
      'overrides.removeTopics',
      place,
      file,
    ),
    speakerNames: Object.fromEntries(kept),
  }
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
