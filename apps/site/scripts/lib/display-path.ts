import path from 'node:path'

/**
 * A path as the terminal shows it: relative to where the command was run (`INIT_CWD` under
 * pnpm) when it lies inside that folder, else absolute.
 */
export function displayPath(file: string, from = process.env.INIT_CWD ?? process.cwd()): string {
  const relative = path.relative(from, file)
  if (relative === '') return '.'
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative
}
