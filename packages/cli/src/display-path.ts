import { isAbsolute, relative, resolve } from 'node:path'

/**
 * A path as the user sees it from where they ran the command: package managers run scripts in
 * the package's folder but say where the command was typed (`INIT_CWD`). A path that would climb
 * out of that folder is shown whole, which reads better than `../../../tmp/x`.
 */
export function displayPath(path: string, from = process.env.INIT_CWD ?? process.cwd()): string {
  const absolute = resolve(path)
  const shown = relative(from, absolute)
  if (shown === '') return '.'
  return shown.startsWith('..') || isAbsolute(shown) ? absolute : shown
}
