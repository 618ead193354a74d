/**
 * Shared by the benchmark scripts: run the enrich processor's plugins one at a time over an
 * ingested article and time each transformer.
 */
import { performance } from 'node:perf_hooks'
import type { IngestedArticle } from '@newsroom/schema'
import { VFile } from 'vfile'
import { createProcessor } from '../src/index.js'

type Transformer = (tree: never, file: VFile) => unknown

export interface PluginTimer {
  /** Milliseconds of parsing (`(parse)`) and of each plugin's transformer, by plugin name. */
  time: (article: IngestedArticle) => Promise<Map<string, number>>
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
      const times = new Map<string, number>()
      const file = new VFile({
        path: article.sourceFile,
        value: article.blocks.map((block) => block.text).join('\n\n'),
        data: { article, blockIds: article.blocks.map((block) => block.id) },
      })
      let start = performance.now()
      const tree = processor.parse(file)
      times.set('(parse)', performance.now() - start)
      for (const { name, transform } of transformers) {
        start = performance.now()
        await transform(tree as never, file)
        times.set(name, performance.now() - start)
      }
      return times
    },
  }
}
