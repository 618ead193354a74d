import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Write a whole output folder at once: every file goes to a staging folder beside the target,
 * which then replaces the target by rename. A run that fails before the swap leaves the previous
 * output whole, and no reader ever sees a mix of old and new files.
 */
export async function writeFolderAtomically(
  target: string,
  files: ReadonlyMap<string, string>,
): Promise<void> {
  const parent = dirname(target)
  const name = basename(target)
  const staging = join(parent, `.${name}.staging-${process.pid}`)
  const retired = join(parent, `.${name}.old-${process.pid}`)
  await mkdir(parent, { recursive: true })
  await rm(staging, { recursive: true, force: true })
  try {
    for (const [relative, text] of files) {
      const path = join(staging, relative)
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, text)
    }
    await rm(retired, { recursive: true, force: true })
    let hadPrevious = true
    try {
      await rename(target, retired)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      hadPrevious = false
    }
    try {
      await rename(staging, target)
    } catch (error) {
      if (hadPrevious) await rename(retired, target)
      throw error
    }
    await rm(retired, { recursive: true, force: true })
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
