// Preloaded (`node --import`) into every process the benchmark times: at exit, the process's peak
// resident memory (kB) and the CPU time of all its threads, workers and V8's helpers included
// (microseconds), are appended as one line to the file BENCH_USAGE_FILE names.
import { appendFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'

const file = process.env.BENCH_USAGE_FILE
if (file && isMainThread)
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage()
    appendFileSync(file, `${maxRSS} ${userCPUTime + systemCPUTime}\n`)
  })
