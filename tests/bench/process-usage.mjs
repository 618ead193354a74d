// Preloaded (`node --import`) into every process the benchmark times: at exit, the process's peak
// resident memory (kB), the CPU time of all its threads, workers and V8's helpers included
// (microseconds), and that CPU time split by kind of thread (milliseconds: the main thread, the
// worker threads, the rest: V8's compiler and garbage collector threads, libuv's thread pool) are
// appended as one line to the file BENCH_USAGE_FILE names. The split is read from Linux's
// /proc every tenth of a second, so a thread's last tenth may be missed; elsewhere it is absent.
import { appendFileSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'

const file = process.env.BENCH_USAGE_FILE
const channelName = 'newsroom-bench-usage'
const clockTicks = 100

/** CPU milliseconds (user and system) of one thread of this process, from its stat file. */
function threadMilliseconds(tid) {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'latin1')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks
  } catch {
    return undefined
  }
}

if (file && !isMainThread) {
  // A worker tells the main thread which thread it is, so that its time is counted as a worker's.
  try {
    const channel = new BroadcastChannel(channelName)
    channel.postMessage(readlinkSync('/proc/thread-self').split('/').pop())
    channel.close()
  } catch {}
}

if (file && isMainThread) {
  const workers = new Set()
  const channel = new BroadcastChannel(channelName)
  channel.onmessage = ({ data }) => workers.add(String(data))
  channel.unref()
  /** Each thread's CPU milliseconds when last seen, threads that ended included. */
  const seen = new Map()
  const sample = () => {
    let tids
    try {
      tids = readdirSync('/proc/self/task')
    } catch {
      return false
    }
    for (const tid of tids) {
      const milliseconds = threadMilliseconds(tid)
      if (milliseconds !== undefined) seen.set(tid, milliseconds)
    }
    return true
  }
  const sampling = sample()
  if (sampling) setInterval(sample, 100).unref()
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage()
    let split = ''
    if (sampling && sample()) {
      const main = String(process.pid)
      let mainTime = 0
      let workerTime = 0
      let helperTime = 0
      for (const [tid, milliseconds] of seen) {
        if (tid === main) mainTime += milliseconds
        else if (workers.has(tid)) workerTime += milliseconds
        else helperTime += milliseconds
      }
      split = ` ${mainTime} ${workerTime} ${helperTime}`
    }
    appendFileSync(file, `${maxRSS} ${userCPUTime + systemCPUTime}${split}\n`)
  })
}
