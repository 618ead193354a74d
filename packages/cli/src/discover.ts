import { readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/**
 * Every content file under `folder`, as paths relative to it with `/` separators, sorted so the
 * order (and with it slug collision handling) never depends on the file system. Hidden files and
 * folders (`.git`, `.DS_Store`) and README files are not content.
 */
export async function discoverContent(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .filter((path) => !/^readme(\.[a-z]+)?$/i.test(path.split('/').at(-1) ?? ''))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
