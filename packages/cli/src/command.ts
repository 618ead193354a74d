import type { ParseArgsConfig } from 'node:util'

export type OptionValues = Record<string, string | boolean | Array<string | boolean> | undefined>

/** One `newsroom` command: its options (node:util parseArgs form), help text and action. */
export interface Command {
  summary: string
  usage: string
  options: NonNullable<ParseArgsConfig['options']>
  /** Resolves to the exit code: 0 ok, 1 errors in content, 2 a problem with the run itself. */
  run(values: OptionValues, positionals: string[]): Promise<number>
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}
