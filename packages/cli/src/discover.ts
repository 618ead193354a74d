import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

export interface ContentListing {
  /** Content files, relative to the folder with `/` separators, in path order. */
  files: string[]
  /**
   * Entries that are not regular files (symbolic links, pipes, sockets, devices), in path order.
   * They are not read: a link could lead out of the content folder, a pipe could block forever.
   */
  skipped: Array<{ path: string; kind: string }>
}

function kindOf(entry: Dirent): string | undefined {
  if (entry.isFile() || entry.isDirectory()) return undefined
  if (entry.isSymbolicLink()) return 'symbolic link'
  if (entry.isFIFO()) return 'named pipe'
  if (entry.isSocket()) return 'socket'
  return 'device'
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Every content file under `folder`, sorted so the order (and with it slug collision handling)
 * never depends on the file system. Hidden files and folders (`.git`, `.DS_Store`) and README files
 * are not content.
 */
export async function discoverContent(folder: string): Promise<ContentListing> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  const files: string[] = []
  const skipped: ContentListing['skipped'] = []
  for (const entry of entries) {
    const path = relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/')
    if (path.split('/').some((part) => part.startsWith('.'))) continue
    const kind = kindOf(entry)
    if (kind !== undefined) skipped.push({ path, kind })
    else if (entry.isFile() && !/^readme(\.[a-z]+)?$/i.test(entry.name)) files.push(path)
  }
  files.sort(byPath)
  skipped.sort((a, b) => byPath(a.path, b.path))
  return { files, skipped }
}
