import { readlinkSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { threadCpuMilliseconds } from '../src/worker-pool.js'

const onLinux = process.platform === 'linux'

describe('threadCpuMilliseconds', () => {
  it.runIf(onLinux)(
    'counts the CPU time a thread spends working, not the time it waits',
    async () => {
      const stat = `/proc/${readlinkSync('/proc/thread-self')}/stat`
      const before = threadCpuMilliseconds(stat) as number
      expect(before).toBeGreaterThan(0)
      // Work for 300 ms of CPU time: by process.cpuUsage, which this thread dominates while it spins.
      const start = process.cpuUsage()
      let spin = 0
      while (process.cpuUsage(start).user < 300_000) spin++
      expect(spin).toBeGreaterThan(0)
      const worked = (threadCpuMilliseconds(stat) as number) - before
      expect(worked).toBeGreaterThanOrEqual(200)
      const idle = threadCpuMilliseconds(stat) as number
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect((threadCpuMilliseconds(stat) as number) - idle).toBeLessThan(100)
    },
  )

  it('reads utime and stime after a command name holding spaces and parentheses', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'newsroom-stat-'))
    const file = join(scratch, 'stat')
    // Fields 14 and 15 (utime 250, stime 50 ticks) after the name "(a) (b)".
    await writeFile(file, '4242 ((a) (b)) R 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 3 0 100\n')
    expect(threadCpuMilliseconds(file)).toBe(3000)
    expect(threadCpuMilliseconds(join(scratch, 'gone'))).toBeUndefined()
    await rm(scratch, { recursive: true })
  })
})
