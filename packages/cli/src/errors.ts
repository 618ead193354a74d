/**
 * The CLI's error catalog: each error has a permanent name, a message that says what happened and
 * a hint that says what to do. Problems in content are diagnostics, not errors; these are for the
 * run itself (a missing folder, a bad option).
 */
export class CliError extends Error {
  readonly hint: string | undefined

  constructor(name: string, message: string, hint?: string, options?: ErrorOptions) {
    super(message, options)
    this.name = name
    this.hint = hint
  }
}

export const cliErrors = {
  contentFolderMissing: (folder: string, cause?: unknown) =>
    new CliError(
      'ContentFolderMissing',
      `Cannot read the content folder ${folder}.`,
      'Pass an existing folder with --content (the default is ./content).',
      { cause },
    ),
  unknownCommand: (command: string) =>
    new CliError(
      'UnknownCommand',
      `There is no command named ${JSON.stringify(command)}.`,
      'Run `newsroom --help` to list the commands.',
    ),
  badArguments: (command: string, cause: unknown) =>
    new CliError(
      'BadArguments',
      `The arguments of \`newsroom ${command}\` are not valid: ${cause instanceof Error ? cause.message : String(cause)}`,
      `Run \`newsroom ${command} --help\` for its options.`,
      { cause },
    ),
  missingOption: (command: string, option: string) =>
    new CliError(
      'MissingOption',
      `\`newsroom ${command}\` needs the option --${option}.`,
      `Run \`newsroom ${command} --help\` for its options.`,
    ),
  articleExists: (path: string) =>
    new CliError(
      'ArticleExists',
      `${path} already exists; newsroom new never overwrites a file.`,
      'Choose another title or pass --slug.',
    ),
  goldUnreadable: (path: string, cause: unknown) =>
    new CliError(
      'GoldUnreadable',
      `Cannot read the gold file ${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
      'Pass a JSON Lines file in the gold format (one article per line).',
      { cause },
    ),
  siteBuildFailed: (folder: string, code: number | null) =>
    new CliError(
      'SiteBuildFailed',
      `The site build in ${folder} exited with code ${code ?? 'unknown'}.`,
      'Read the site build output above; the processed data was written before it ran.',
    ),
} as const
