import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseAtomFeed, parseJsonFeed } from 'feedsmith'
import { HtmlValidate } from 'html-validate'
import { listFiles } from './site-files.js'

/**
 * The checks a reader's tools make of a published site: html-validate with its standard and
 * accessibility presets for every page, and a feed parser (feedsmith) for every Atom and JSON
 * feed, plus what RFC 4287 and JSON Feed 1.1 require of each feed and entry. Each returns the
 * problems found as `file: message` lines, so a failing test names them all.
 */

const htmlValidate = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:a11y'],
})

/** The HTML pages of a built site (not Pagefind's files), relative to it. */
export async function sitePages(siteDir: string): Promise<string[]> {
  return (await listFiles(siteDir)).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind/'),
  )
}

/** Every html-validate error and warning in the site's pages. */
export async function htmlProblems(siteDir: string): Promise<string[]> {
  const problems: string[] = []
  for (const file of await sitePages(siteDir)) {
    const report = await htmlValidate.validateFile(path.join(siteDir, file))
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(
          `${file}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`,
        )
      }
    }
  }
  return problems
}

/** The feeds of a built site, relative to it. */
export async function siteFeeds(siteDir: string): Promise<{ atom: string[]; json: string[] }> {
  const files = await listFiles(siteDir)
  return {
    atom: files.filter((file) => file.endsWith('feed.xml')),
    json: files.filter((file) => file.endsWith('feed.json')),
  }
}

const isDate = (value: unknown) =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) &&
  !Number.isNaN(Date.parse(value))

/** Every problem a feed reader would have with the site's feeds. */
export async function feedProblems(siteDir: string): Promise<string[]> {
  const problems: string[] = []
  const { atom, json } = await siteFeeds(siteDir)
  for (const file of atom) {
    const report = (message: string) => problems.push(`${file}: ${message}`)
    let feed: ReturnType<typeof parseAtomFeed>
    try {
      feed = parseAtomFeed(await readFile(path.join(siteDir, file), 'utf8'))
    } catch (error) {
      report(`not a feed: ${(error as Error).message}`)
      continue
    }
    if (!feed.id || !feed.title?.value || !isDate(feed.updated))
      report('feed without id, title or updated')
    const feedHasAuthor = (feed.authors?.length ?? 0) > 0
    for (const entry of feed.entries ?? []) {
      const where = entry.id ?? '(no id)'
      if (!entry.id || !entry.title?.value) report(`${where}: entry without id or title`)
      if (!isDate(entry.updated)) report(`${where}: entry updated ${entry.updated}`)
      if (entry.published !== undefined && !isDate(entry.published))
        report(`${where}: entry published ${entry.published}`)
      if (!feedHasAuthor && !(entry.authors?.length ?? 0)) report(`${where}: entry without author`)
      const alternate = entry.links?.some((link) => (link.rel ?? 'alternate') === 'alternate')
      if (!entry.content?.value && !alternate) report(`${where}: entry without content or link`)
    }
  }
  for (const file of json) {
    const report = (message: string) => problems.push(`${file}: ${message}`)
    let feed: ReturnType<typeof parseJsonFeed>
    try {
      feed = parseJsonFeed(JSON.parse(await readFile(path.join(siteDir, file), 'utf8')))
    } catch (error) {
      report(`not a feed: ${(error as Error).message}`)
      continue
    }
    if (!feed.title) report('feed without title')
    for (const item of feed.items ?? []) {
      const where = item.id ?? '(no id)'
      if (!item.id) report(`${where}: item without id`)
      if (!item.content_html && !item.content_text) report(`${where}: item without content`)
      for (const date of [item.date_published, item.date_modified]) {
        if (date !== undefined && !isDate(date)) report(`${where}: item date ${date}`)
      }
    }
  }
  return problems
}
