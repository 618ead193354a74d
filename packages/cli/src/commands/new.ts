import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { newArticlePlaceholder, parseDate } from '@newsroom/ingest'
import { slugify } from '@newsroom/names'
import { stringify } from 'yaml'
import { type Command, stringOption } from '../command.js'
import { cliErrors } from '../errors.js'

export const newCommand: Command = {
  summary: 'start a new Markdown article with front matter in the content folder',
  usage: `Usage: newsroom new "<title>" [--content <dir>] [--slug <slug>] [--date <date>]

Writes <content>/<slug>.md with front matter to fill in (title, dek, date, publisher, author,
url, language, tags, topics) and never overwrites an existing file. Prints the path it wrote.

Options:
  --content <dir>   folder of content files (default: content)
  --slug <slug>     file name (default: from the title)
  --date <date>     publication date, as the front matter's date: 2024-06-19,
                    2024-06-19T08:00:00Z, "June 19, 2024" (default: left empty)`,
  options: {
    content: { type: 'string', default: 'content' },
    slug: { type: 'string' },
    date: { type: 'string' },
  },
  async run(values, positionals) {
    const title = positionals.join(' ').trim()
    if (!title)
      throw cliErrors.missingArgument(
        'new',
        "the article's title as its first argument (there is no --title option)",
        '"Council approves sea wall"',
      )
    const slug = slugify(stringOption(values, 'slug') ?? title) || 'untitled'
    const folder = stringOption(values, 'content') ?? 'content'
    const path = join(folder, `${slug}.md`)
    const givenSlug = stringOption(values, 'slug')
    const date = stringOption(values, 'date')?.trim()
    // Read as ingest reads the front matter's `date`, so that `new` writes every date the next
    // `newsroom check` accepts ("June 19, 2024", "2024-06-19 08:00") and none it refuses. Written
    // as given, not normalized: ingest reads it the same either way, and the user's own words stay
    // in their file, a time without an offset (which ingest leaves out) included, to complete.
    if (date !== undefined && parseDate(date) === undefined) {
      throw cliErrors.badArguments(
        'new',
        new Error(
          `--date must be a date such as 2024-06-19, 2024-06-19T08:00:00Z or "June 19, 2024", not ${JSON.stringify(date)}`,
        ),
      )
    }
    const frontMatter = stringify({
      title,
      ...(givenSlug === undefined ? {} : { slug }),
      dek: null,
      date: date ?? null,
      publisher: null,
      author: null,
      url: null,
      language: 'en',
      tags: [],
      topics: [],
    })
    await mkdir(folder, { recursive: true })
    try {
      await writeFile(path, `---\n${frontMatter}---\n\n${newArticlePlaceholder}\n`, {
        flag: 'wx',
      })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw cliErrors.articleExists(path)
      throw error
    }
    console.log(path)
    return 0
  },
}
