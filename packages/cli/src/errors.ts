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

const fileErrorReasons: Readonly<Record<string, string>> = {
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted (an immutable or protected folder)',
  ENOTDIR: 'a file stands where a folder belongs',
  EISDIR: 'a folder stands where a file belongs',
  ENOTEMPTY: 'another run replaced it at the same moment',
  EEXIST: 'another run replaced it at the same moment',
}

/** A one-line reason for a failed file operation: `the disk is full (ENOSPC)`. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reason = code === undefined ? undefined : fileErrorReasons[code]
  if (reason !== undefined) return `${reason} (${code})`
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error)
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
  /** A positional argument left out (or given empty), named as the usage line names it. */
  missingArgument: (command: string, argument: string, example: string) =>
    new CliError(
      'MissingArgument',
      `\`newsroom ${command}\` needs ${argument}, such as \`newsroom ${command} ${example}\`.`,
      `Run \`newsroom ${command} --help\` for its arguments and options.`,
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
  outputHoldsContent: (folder: string, content: string) =>
    new CliError(
      'OutputHoldsContent',
      `Refusing to write the output into ${folder}: it is or holds the content folder ${content}, which replacing it would delete.`,
      'Pass an output folder of its own with --out, such as `out`; newsroom replaces only a folder it made.',
    ),
  outputInsideContent: (folder: string, content: string) =>
    new CliError(
      'OutputInsideContent',
      `Refusing to write the output into ${folder}: it lies inside the content folder ${content}, where it would be read as content.`,
      'Pass an output folder outside the content folder with --out.',
    ),
  outputHoldsWorkingFolder: (folder: string) =>
    new CliError(
      'OutputHoldsWorkingFolder',
      `Refusing to write the output into ${folder}: it is or holds the folder this command runs in, which replacing it would delete.`,
      'Pass an output folder of its own with --out, such as `out`.',
    ),
  outputNotOurs: (folder: string, why: string) =>
    new CliError(
      'OutputNotOurs',
      `Refusing to replace ${folder}: it ${why}; newsroom replaces only an empty folder or one it wrote.`,
      'Pass a new or empty folder with --out, or remove this one yourself if you mean to.',
    ),
  outputNotWritable: (folder: string, cause: unknown) =>
    new CliError(
      'OutputNotWritable',
      `Cannot write the output folder ${folder}: ${describeFileError(cause)}; the previous output is unchanged.`,
      'Make the folder and the one holding it writable, free some disk space, or pass another --out.',
      { cause },
    ),
  workerFailed: (cause: unknown) =>
    new CliError(
      'WorkerFailed',
      `Cannot process the content: ${cause instanceof Error ? cause.message : String(cause)}.`,
      'Check that the package is built (`pnpm build`) and that Node.js can start worker threads.',
      { cause },
    ),
  siteBuildFailed: (folder: string, code: number | null) =>
    new CliError(
      'SiteBuildFailed',
      `The site build in ${folder} exited with code ${code ?? 'unknown'}.`,
      'Read the site build output above; the processed data was written before it ran.',
    ),
} as const
