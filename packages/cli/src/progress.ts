import { escapeControl } from './terminal-text.js'

export interface ProgressStream {
  isTTY?: boolean
  columns?: number
  write(text: string): unknown
}

/** Seconds as `42s`, `3m05s` or `1h02m`. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds))
  if (whole < 60) return `${whole}s`
  const minutes = Math.floor(whole / 60)
  if (minutes < 60) return `${minutes}m${String(whole % 60).padStart(2, '0')}s`
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}

/** `[120/1000] 14.2 files/s, about 1m02s left  news/harbour.txt`, cut to the terminal's width. */
export function progressLine(
  done: number,
  total: number,
  elapsedSeconds: number,
  file: string,
  width: number,
): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0
  const left = rate > 0 ? `, about ${formatDuration((total - done) / rate)} left` : ''
  const line = `[${done}/${total}] ${rate.toFixed(1)} files/s${left}  ${escapeControl(file)}`
  return line.length < width ? line : `${line.slice(0, Math.max(0, width - 2))}…`
}

/**
 * A progress line for long runs on an interactive terminal only: silent in CI, when piped or
 * redirected, and for the first second (a short run prints nothing to take back). The line is
 * redrawn at most ten times a second and cleared at the end.
 */
export function progressPrinter(
  stream: ProgressStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
  now: () => number = () => performance.now(),
): ((done: number, total: number, file: string) => void) | undefined {
  if (!stream.isTTY || env.CI || env.TERM === 'dumb') return undefined
  const started = now()
  let drawn = started
  let shown = false
  return (done, total, file) => {
    const time = now()
    if (done >= total) {
      if (shown) stream.write('\r\u001b[2K')
      return
    }
    if (time - started < 1000 || time - drawn < 100) return
    drawn = time
    shown = true
    const width = stream.columns ?? 80
    stream.write(`\r\u001b[2K${progressLine(done, total, (time - started) / 1000, file, width)}`)
  }
}
