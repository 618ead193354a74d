// Preloaded (`node --import`) into every process the benchmark times: at exit, the process's peak
// resident memory in kB is appended to the file BENCH_PEAK_RSS_FILE names.
import { appendFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'

const file = process.env.BENCH_PEAK_RSS_FILE
if (file && isMainThread)
  process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`))
