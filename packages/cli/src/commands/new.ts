import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { newArticlePlaceholder } from '@newsroom/ingest'
import { slugify } from '@newsroom/names'
import { IsoDate } from '@newsroom/schema'
import { stringify } from 'yaml'
import { type Command, stringOption } from '../command.js'
import { cliErrors } from '../errors.js'

export const newCommand: Command = {
  summary: 'start a new Markdown article with front matter in the content folder',
  usage: `Usage: newsroom new "<title>" [--content <dir>] [--slug <slug>] [--date <yyyy-mm-dd>]

Writes <content>/<slug>.md with front matter to fill in (title, dek, date, publisher, author,
url, language, tags, topics) and never overwrites an existing file. Prints the path it wrote.

Options:
  --content <dir>   folder of content files (default: content)
  --slug <slug>     file name (default: from the title)
  --date <date>     publication date (default: left empty)`,
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
    const date = stringOption(values, 'date')
    // Checked as `newsroom check` checks the front matter, so that `new` never writes a date the
    // next check refuses.
    if (date !== undefined && !IsoDate.safeParse(date).success) {
      throw cliErrors.badArguments(
        'new',
        new Error(
          `--date must be a date such as 2024-06-19 or 2024-06-19T08:00:00Z, not ${JSON.stringify(date)}`,
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
