import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The site package folder (apps/site). */
export const siteRoot = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Run a command in the site folder with extra environment variables; resolve with its output,
 * or reject with the output when it exits with an error.
 */
export function runCommand(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: siteRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(output)
      else
        reject(
          new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}:\n${output}`),
        )
    })
  })
}
