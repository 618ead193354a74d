import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { siteRoot } from './run-command.js'

/**
 * What every page is rendered with besides its own data: the templates, the site's code, the
 * schema, the settings and the versions of Eleventy, its RSS plugin and ICU. Any change renders
 * every page again.
 */
export async function templatesFingerprint(): Promise<string> {
  const hash = createHash('sha256')
  const roots = [
    '_includes',
    'pages',
    '_config',
    '_data',
    'lib',
    'eleventy.config.js',
    // The schema parses (and so shapes) the data every page shows.
    'node_modules/@newsroom/schema/src',
  ]
  const files: string[] = []
  for (const root of roots) {
    const absolute = path.join(siteRoot, root)
    if ((await stat(absolute)).isFile()) files.push(absolute)
    else {
      for (const entry of await readdir(absolute, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name))
      }
    }
  }
  for (const file of files.sort()) {
    hash
      .update(path.relative(siteRoot, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0')
  }
  for (const name of ['@11ty/eleventy', '@11ty/eleventy-plugin-rss']) {
    hash.update(await readFile(path.join(siteRoot, 'node_modules', name, 'package.json')))
  }
  // Quote context is cut at the sentences of Node's ICU.
  hash.update(JSON.stringify([process.env.NEWSROOM_SITE_URL ?? '', process.versions.icu ?? '']))
  return hash.digest('hex')
}

/** The fingerprint of what a page shows: `shows`, and what search reads of it (`searched`). */
export function fingerprint(templates: string, shows: unknown, searched: string): string {
  return createHash('sha256')
    .update(templates)
    .update(searched)
    .update(JSON.stringify(shows))
    .digest('base64url')
}
