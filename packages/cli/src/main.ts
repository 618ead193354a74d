import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { Command } from './command.js'
import { CliError, cliErrors } from './errors.js'
import { pipelineVersion } from './pipeline-version.js'

// Each command is loaded when it runs: `newsroom process` never loads what `eval` needs.
const commands: Record<string, () => Promise<Command>> = {
  process: async () => (await import('./commands/process.js')).processCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  build: async () => (await import('./commands/build.js')).buildCommand,
  new: async () => (await import('./commands/new.js')).newCommand,
  eval: async () => (await import('./commands/eval.js')).evalCommand,
}

async function usage(): Promise<string> {
  const lines = await Promise.all(
    Object.entries(commands).map(
      async ([name, load]) => `  ${name.padEnd(9)}${(await load()).summary}`,
    ),
  )
  return `newsroom: turn news articles into a record of who said what, about what

Usage: newsroom <command> [options]

Commands:
${lines.join('\n')}

Run \`newsroom <command> --help\` for a command's options, \`newsroom --version\` for the versions.
${outputFormatLine}`
}

/**
 * Where the files `process` writes are described: the packages are not on npm, so the schema
 * package is named by its folder in the repository, and by where a built site publishes it.
 */
export const outputFormatLine =
  "Output format: packages/schema/README.md and its JSON Schemas (packages/schema/schemas/), which a built site publishes under /api/schemas/ (all but published.json's)."

/**
 * `newsroom 0.1.0 (pipeline 3f2a…)`: this package's version, and the pipeline version a report's
 * `pipelineVersion` carries (a hash of the code and data that shape an article), to tell which
 * code wrote a given output.
 */
async function versionLine(): Promise<string> {
  // `src/` and `dist/` both sit one folder below the manifest.
  const manifest = JSON.parse(
    await readFile(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { version?: string }
  return `newsroom ${manifest.version ?? 'unknown'} (pipeline ${await pipelineVersion()})`
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(await usage())
    return name === undefined ? 2 : 0
  }
  if (name === '--version') {
    console.log(await versionLine())
    return 0
  }
  try {
    const load = Object.hasOwn(commands, name) ? commands[name] : undefined
    if (!load) throw cliErrors.unknownCommand(name)
    const command = await load()
    let parsed: ReturnType<typeof parseArgs>
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      })
    } catch (error) {
      throw cliErrors.badArguments(name, error)
    }
    if (parsed.values.help) {
      console.log(command.usage)
      return 0
    }
    return await command.run(parsed.values, parsed.positionals)
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`${error.name}: ${error.message}`)
      if (error.hint) console.error(`  hint: ${error.hint}`)
      return 2
    }
    throw error
  }
}
