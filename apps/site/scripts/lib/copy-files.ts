import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { publishedSchemas } from '../../lib/open-data-schemas.js'
import { siteRoot } from './run-command.js'

/**
 * Copy the styles, scripts and icons (`public/`) and the open data (the processed JSON, which
 * the data loader has validated, and the JSON Schemas it follows, `lib/open-data-schemas.js`)
 * into the site, each only when its bytes changed: an article file whose digest is the one copied
 * last time is not read again. Returns every file copied or already in place, relative to the
 * site: what the build records it made, so the next build removes any it no longer copies.
 */
export async function copyFiles(
  dataDir: string,
  outDir: string,
  options: {
    /** Called with every file before any is copied. */
    record: (files: string[]) => Promise<void>
    /** Digests of the article files, as read by the data loader. */
    digests: Map<string, string>
    /** What the last build copied and is still in place: file → digest. */
    before: Record<string, string>
    /** Filled with what this build copied: file → digest. */
    copied: Record<string, string>
  },
): Promise<string[]> {
  const pairs: [from: string, to: string][] = []
  const publicDir = path.join(siteRoot, 'public')
  for (const entry of await readdir(publicDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const from = path.join(entry.parentPath, entry.name)
    pairs.push([from, path.relative(publicDir, from).split(path.sep).join('/')])
  }
  for (const name of (await readdir(path.join(dataDir, 'articles'))).sort()) {
    if (name.endsWith('.json'))
      pairs.push([path.join(dataDir, 'articles', name), `api/articles/${name}`])
  }
  for (const name of ['speakers.json', 'topics.json', 'report.json']) {
    pairs.push([path.join(dataDir, name), `api/${name}`])
  }
  for (const { from, to } of publishedSchemas()) pairs.push([from, to])
  await options.record(pairs.map(([, to]) => to))
  for (const [from, to] of pairs) {
    const target = path.join(outDir, to)
    const digest = options.digests.get(from)
    if (digest !== undefined) {
      options.copied[to] = digest
      if (options.before[to] === digest) continue
    } else {
      const [source, current] = await Promise.all([
        readFile(from),
        readFile(target).catch(() => null),
      ])
      if (current?.equals(source)) continue
    }
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(from, target)
  }
  return pairs.map(([, to]) => to)
}
