import { readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/** What a file of the data folder is, for the bytes-by-kind table. */
export function dataKind(file: string): string {
  return file.startsWith('articles/') ? 'data: article JSON' : `data: ${file}`
}

/** What a file of the built site is, for the bytes-by-kind table. */
export function siteKind(file: string): string {
  if (file.startsWith('pagefind/')) return 'site: search index'
  if (/(^|\/)feed\.(xml|json)$/.test(file)) return 'site: feeds'
  if (file.startsWith('api/') && !file.endsWith('.html')) return 'site: api'
  if (file.endsWith('.html')) {
    const section = file.split('/')[0] as string
    return ['articles', 'speakers', 'topics', 'sources'].includes(section)
      ? `site: ${section} pages`
      : 'site: other pages'
  }
  return 'site: other'
}

/** Bytes and files by kind under each folder (with the function that names a file's kind). */
export async function bytesByKind(
  folders: ReadonlyArray<readonly [folder: string, kindOf: (file: string) => string]>,
): Promise<Map<string, { files: number; bytes: number }>> {
  const kinds = new Map<string, { files: number; bytes: number }>()
  for (const [folder, kindOf] of folders) {
    const entries = await readdir(folder, { withFileTypes: true, recursive: true })
    for (const entry of entries) {
      if (!entry.isFile()) continue
      const path = join(entry.parentPath, entry.name)
      const kind = kindOf(relative(folder, path).split(sep).join('/'))
      const total = kinds.get(kind) ?? { files: 0, bytes: 0 }
      total.files++
      total.bytes += (await stat(path)).size
      kinds.set(kind, total)
    }
  }
  return new Map([...kinds].sort(([a], [b]) => a.localeCompare(b)))
}
