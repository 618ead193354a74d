import { createReadStream } from 'node:fs'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'

/**
 * A file the site build keeps between builds: one line of JSON per entry after a first line
 * naming the code that made it (`{ key }`). A file written with other code, or one that cannot
 * be read, is ignored as a whole. It is written beside the final file and renamed over it, so a
 * killed build leaves the old file or the new one. The records cache (`records-cache.js`) and
 * the views cache (`scripts/lib/views-cache.ts`) are such files.
 */

/**
 * Pass each entry of a keyed file to `take`, in order; false when there is no usable file: none,
 * one made with another key, one that cannot be read, or one with an entry `take` refuses (by
 * returning false or throwing).
 *
 * @param {string} file
 * @param {string} key
 * @param {(entry: unknown) => boolean} take
 * @returns {Promise<boolean>}
 */
export async function readKeyedLines(file, key, take) {
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  })
  try {
    let first = true
    for await (const line of lines) {
      if (first) {
        first = false
        if (line !== JSON.stringify({ key })) return false
        continue
      }
      if (!take(JSON.parse(line))) return false
    }
    return true
  } catch {
    return false
  } finally {
    lines.close()
  }
}

/**
 * Replace a keyed file with these entries.
 *
 * @param {string} file
 * @param {string} key
 * @param {Iterable<unknown>} entries
 */
export async function writeKeyedLines(file, key, entries) {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}`
  const handle = await open(temporary, 'w')
  try {
    /** @type {string[]} */
    let chunk = [JSON.stringify({ key })]
    for (const entry of entries) {
      chunk.push(JSON.stringify(entry))
      // Written a few hundred lines at a time: the whole file as one string would be as big as
      // all of its entries.
      if (chunk.length >= 256) {
        await handle.write(`${chunk.join('\n')}\n`)
        chunk = []
      }
    }
    if (chunk.length > 0) await handle.write(`${chunk.join('\n')}\n`)
    await handle.close()
    await rename(temporary, file)
  } catch (error) {
    await handle.close().catch(() => {})
    await rm(temporary, { force: true })
    throw error
  }
}
