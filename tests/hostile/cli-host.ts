// A child process that runs `newsroom` commands one after another, each exactly as `bin.ts` runs
// one (`main(argv)`, its result the exit code), in its own working folder and environment, with
// its own stdout and stderr bytes. The CLI's modules are loaded once for many runs: a hostile
// suite of dozens of runs does not pay dozens of start-ups. Requests and results travel over the
// IPC channel, so the CLI's own output is never mixed with them.
import { main } from '@newsroom/cli/main'
import type { HostRequest, HostResult } from './run-cli.js'

type Write = typeof process.stdout.write

function capture(stream: NodeJS.WriteStream, into: string[]): () => void {
  const original = stream.write
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())
    const callback = rest.find((item) => typeof item === 'function') as (() => void) | undefined
    callback?.()
    return true
  }) as Write
  return () => {
    stream.write = original
  }
}

async function serve(request: HostRequest): Promise<HostResult> {
  const stdout: string[] = []
  const stderr: string[] = []
  const home = process.cwd()
  const saved = new Map(Object.keys(request.env).map((name) => [name, process.env[name]]))
  const restoreOut = capture(process.stdout, stdout)
  const restoreErr = capture(process.stderr, stderr)
  let code: number
  try {
    process.chdir(request.cwd)
    Object.assign(process.env, request.env)
    code = await main(request.args)
  } catch (error) {
    // What Node prints for an uncaught error, and its exit code.
    stderr.push(`${error instanceof Error ? error.stack : String(error)}\n`)
    code = 1
  } finally {
    restoreOut()
    restoreErr()
    process.chdir(home)
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  return { id: request.id, code, stdout: stdout.join(''), stderr: stderr.join('') }
}

// One request at a time: the working folder and the environment belong to the process.
let queue = Promise.resolve()
process.on('message', (request: HostRequest) => {
  queue = queue.then(async () => {
    process.send?.(await serve(request))
  })
})
process.on('disconnect', () => process.exit(0))
