/**
 * Shared by the benchmark scripts: run the enrich processor's plugins one at a time over an
 * ingested article and time each transformer.
 */
import { performance } from 'node:perf_hooks'
import type { IngestedArticle } from '@newsroom/schema'
import { VFile } from 'vfile'
import { createProcessor } from '../src/index.js'

type Transformer = (tree: never, file: VFile) => unknown

export interface PluginTimes {
  wall: Map<string, number>
  cpu: Map<string, number>
}

export interface PluginTimer {
  /**
   * Milliseconds of parsing (`(parse)`) and of each plugin's transformer, by plugin name: wall
   * time, and the process's CPU time (all threads).
   */
  time: (article: IngestedArticle) => Promise<PluginTimes>
}

/**
 * With `--expose-gc` (`NODE_OPTIONS=--expose-gc`), empty the young generation before each
 * step: the collections during a step then pay for that step's own garbage, not for what the
 * steps before it left (a step that allocates little is otherwise charged for another's).
 */
function collectYoung(): void {
  const gc = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc
  gc?.({ type: 'minor' })
}

/** A timer over a fresh enrich processor (its plugins attached once, as `enrich` does). */
export function pluginTimer(): PluginTimer {
  const processor = createProcessor()
  // The first attacher is retext-english: it parses, and has no transformer.
  const transformers = processor.attachers.slice(1).map(([plugin, ...parameters]) => ({
    name: plugin.name || 'anonymous',
    transform: (plugin as unknown as (...options: unknown[]) => Transformer)(...parameters),
  }))
  return {
    async time(article) {
      const times: PluginTimes = { wall: new Map(), cpu: new Map() }
      const file = new VFile({
        path: article.sourceFile,
        value: article.blocks.map((block) => block.text).join('\n\n'),
        data: { article, blockIds: article.blocks.map((block) => block.id) },
      })
      collectYoung()
      let cpuStart = process.cpuUsage()
      let start = performance.now()
      const tree = processor.parse(file)
      const record = (name: string) => {
        const usage = process.cpuUsage(cpuStart)
        times.wall.set(name, performance.now() - start)
        times.cpu.set(name, (usage.user + usage.system) / 1000)
      }
      record('(parse)')
      for (const { name, transform } of transformers) {
        collectYoung()
        cpuStart = process.cpuUsage()
        start = performance.now()
        await transform(tree as never, file)
        record(name)
      }
      return times
    },
  }
}
