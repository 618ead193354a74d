import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let writer: Promise<string> | undefined

/**
 * A fingerprint of the code that writes the output and the cache entries (this package's
 * modules, as they run): part of every source fingerprint, so that a change of how a file is
 * written is never hidden by a record of what the older code wrote, and of every cache entry's
 * digest, so that an entry another version wrote is validated, not trusted.
 */
export function writerVersion(): Promise<string> {
  writer ??= (async () => {
    const folder = dirname(fileURLToPath(import.meta.url))
    const hash = createHash('sha256')
    const names = (await readdir(folder))
      .filter((name) => /\.[cm]?[jt]s$/.test(name) && !/\.d\.[cm]?ts$/.test(name))
      .sort()
    for (const name of names)
      hash
        .update(name)
        .update('\u0000')
        .update(await readFile(join(folder, name)))
    return hash.digest('hex').slice(0, 16)
  })()
  return writer
}
