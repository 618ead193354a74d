import { parentPort } from 'node:worker_threads'
import { processFile } from './process-file.js'

// Runs in a worker thread: one content file in, its CacheEntry out.
parentPort?.on('message', async (message: { sourceFile: string; contents: Uint8Array }) => {
  parentPort?.postMessage(await processFile(message.sourceFile, message.contents))
})
