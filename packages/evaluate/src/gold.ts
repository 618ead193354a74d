import { z } from 'zod'

/** How the gold names the kind of speaker. */
export const GoldSpeakerType = z.enum(['person', 'organization', 'anonymous', 'group', 'unknown'])
export type GoldSpeakerType = z.infer<typeof GoldSpeakerType>

/** One gold quotation: its words (without the marks) and its canonical speaker. */
export const GoldQuote = z.object({
  text: z.string().min(1),
  /** Canonical name, `anonymous: <description>`, `group: <description>` or `unknown`. */
  speaker: z.string(),
  speakerType: GoldSpeakerType,
  /** Other readings a careful reader could defend. */
  alsoAccept: z.array(z.string()).optional(),
  /** PolNeAR only: the source span as annotated. */
  source: z.string().nullable().optional(),
})
export type GoldQuote = z.infer<typeof GoldQuote>

export const GoldPerson = z.object({ name: z.string(), roles: z.array(z.string()) })
export type GoldPerson = z.infer<typeof GoldPerson>

/** One line of a gold JSON Lines file: one article. */
export const GoldArticle = z.object({
  /** The article's file name (under `articles/`, or `polnear-dev/text/`). */
  file: z.string().min(1),
  quotes: z.array(GoldQuote),
  people: z.array(GoldPerson).optional(),
  organizations: z.array(z.string()).optional(),
  places: z.array(z.string()).optional(),
  topics: z.array(z.string()).optional(),
  /** PolNeAR only: quoted text that is not an attribution (scare quotes, titles). */
  ignore: z.array(z.string()).optional(),
})
export type GoldArticle = z.infer<typeof GoldArticle>

/** Raised when a gold file does not follow the format: names the line and the field. */
export class GoldFormatError extends Error {
  readonly line: number
  readonly field: string

  constructor(message: string, line: number, field: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'GoldFormatError'
    this.line = line
    this.field = field
  }
}

/**
 * Parse a gold JSON Lines text: one article a line; blank lines are skipped.
 * Throws `GoldFormatError` naming the 1-based line and the field at the first bad line.
 */
export function readGold(text: string): GoldArticle[] {
  const articles: GoldArticle[] = []
  const lines = text.split(/\r?\n/)
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (cause) {
      throw new GoldFormatError(
        `Expected JSON on gold line ${index + 1}, not \`${line.slice(0, 40)}\``,
        index + 1,
        '(root)',
        { cause },
      )
    }
    const result = GoldArticle.safeParse(value)
    if (!result.success) {
      const issue = result.error.issues[0]
      const field = issue ? issue.path.map(String).join('.') || '(root)' : '(root)'
      throw new GoldFormatError(
        `Unexpected gold line ${index + 1}: ${field}: ${issue?.message ?? 'invalid'}`,
        index + 1,
        field,
        { cause: result.error },
      )
    }
    articles.push(result.data)
  }
  return articles
}
