import { execFile } from 'node:child_process'

/** What a child process did. */
export interface Run {
  exitCode: number
  stdout: string
  stderr: string
}

/**
 * The environment for a child process: without the variables the outer `pnpm test` sets for its
 * scripts (`npm_config_*`…) and without `NODE_OPTIONS`, which would leak the workspace's settings
 * into what should behave as a reader's own shell.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm|pnpm)_/i.test(key) && key !== 'NODE_OPTIONS') env[key] = value
  }
  return { ...env, NO_COLOR: '1' }
}

/** Run a command to its end; never rejects, the exit code tells. */
export function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: cleanEnvironment(), timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
        resolve({ exitCode, stdout, stderr: error && !stderr ? String(error) : stderr })
      },
    )
  })
}
