import { parseArgs } from 'node:util'
import type { Command } from './command.js'
import { buildCommand } from './commands/build.js'
import { checkCommand } from './commands/check.js'
import { evalCommand } from './commands/eval.js'
import { newCommand } from './commands/new.js'
import { processCommand } from './commands/process.js'
import { CliError, cliErrors } from './errors.js'

const commands: Record<string, Command> = {
  process: processCommand,
  check: checkCommand,
  build: buildCommand,
  new: newCommand,
  eval: evalCommand,
}

const usage = `newsroom: turn news articles into a record of who said what, about what

Usage: newsroom <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(9)}${command.summary}`)
  .join('\n')}

Run \`newsroom <command> --help\` for a command's options.`

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage)
    return name === undefined ? 2 : 0
  }
  try {
    const command = commands[name]
    if (!command) throw cliErrors.unknownCommand(name)
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
