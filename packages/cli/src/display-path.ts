import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'

const isInside = (path: string) => path !== '' && !path.startsWith('..') && !isAbsolute(path)

/** The nearest folder at or above `folder` that is a project root (a workspace or a repository). */
function projectRoot(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, 'pnpm-workspace.yaml')) || existsSync(join(current, '.git')))
      return current
    if (dirname(current) === current) return undefined
  }
}

/**
 * A path as the user sees it from where they ran the command (`INIT_CWD` under a package
 * manager). A path outside that folder but inside the project is shown from the project's root
 * (`content/a.txt`, not `../../content/a.txt` from a workspace package where a task runner ran the
 * script); anything else is shown whole, which reads better than `../../../tmp/x`.
 */
export function displayPath(path: string, from = process.env.INIT_CWD ?? process.cwd()): string {
  const absolute = resolve(path)
  const here = relative(from, absolute)
  if (here === '') return '.'
  if (isInside(here)) return here
  const root = projectRoot(resolve(from))
  const fromRoot = root === undefined ? '' : relative(root, absolute)
  return isInside(fromRoot) ? fromRoot : absolute
}
