import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { maxHtmlDepth } from '../src/lib/formats/html-limits.js'

const encoder = new TextEncoder()
const story =
  'The harbor board in Port Alder approved the plan on Monday, said board chair Tomas Brel. The vote was five to two, and work on the wall begins in the spring.'

/** A page whose deepest element is `depth` levels deep (`<html>` is 1), its story inside. */
function page(depth: number, open: (levels: number) => string): string {
  return `<!doctype html><html><head><title>Harbor wall plan approved</title></head><body>${open(depth - 2)}</body></html>`
}

/**
 * A page laid out as old templates lay one out: wrappers in wrappers, then layout tables nested
 * in each other's cells, a navigation cell beside the first, the story's text in the innermost
 * cell, `levels` levels of them.
 */
function layout(levels: number): string {
  const tables = 10
  const wrappers = levels - 4 * tables
  return `${'<div class="wrapper">'.repeat(wrappers)}<table><tbody><tr><td class="nav"><a href="/">Home</a></td><td>${'<table><tbody><tr><td>'.repeat(tables - 1)}${story}${'</td></tr></tbody></table>'.repeat(tables)}${'</div>'.repeat(wrappers)}`
}

/**
 * Nestings, `levels` deep, that each take one of the recursions that read the DOM to its
 * bottom (each overflowed there when nested thousands deep with no limit): Readability's
 * `_hasChildBlockElement` (a `<div>` of elements that are neither phrasing nor blocks), its
 * `_isPhrasingContent` (`<del>` in `<del>`), linkedom's `innerHTML` setter (a page too short
 * for Readability's first try, which it restores to try again), Readability's `_cleanStyles`
 * and `_cleanClasses` (a story long enough for one try), and `collectBlocks` (block quotes,
 * which Readability's copy keeps nested, around a story long enough for one try). The sections
 * and divs have an attribute, which Readability ignores: bare, they would be a run of wrappers,
 * which ingest shortens before Readability reads the page (`html-wrappers.ts`).
 */
const recursions = {
  sections: (levels) =>
    `<div>${'<section data-part="">'.repeat(levels - 2)}<p>${story}</p>${'</section>'.repeat(levels - 2)}</div>`,
  deletions: (levels) =>
    `<div>${'<del>'.repeat(levels - 1)}${story}${'</del>'.repeat(levels - 1)}</div>`,
  'short divs': (levels) =>
    `${'<div data-part="">'.repeat(levels)}Harbor wall approved.${'</div>'.repeat(levels)}`,
  classes: (levels) =>
    `<article>${'<section class="story-body">'.repeat(levels - 2)}${`<p>${story}</p>`.repeat(6)}${'</section>'.repeat(levels - 2)}</article>`,
  quotes: (levels) =>
    `${'<blockquote>'.repeat(levels - 1)}${`<p>${story}</p>`.repeat(6)}${'</blockquote>'.repeat(levels - 1)}`,
} satisfies Record<string, (levels: number) => string>

interface Reading {
  rules: string[]
  text: string
}

function read(html: string): Reading {
  const file = ingest({ path: 'page.html', contents: encoder.encode(html) })
  return {
    rules: file.messages.map((message) => message.ruleId ?? ''),
    text: file.data.article?.blocks.map((block) => block.text).join('\n') ?? '',
  }
}

/**
 * `read` in a worker thread with the default resource limits, as the CLI's workers have them:
 * a worker's stack is not the main thread's. The worker runs the TypeScript sources through tsx,
 * as the CLI's workers do in its tests.
 */
function readInWorker(pages: string[]): Promise<Reading[]> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href
  const entry = new URL('../src/index.ts', import.meta.url).href
  const sourceCondition = `export function resolve(specifier, context, next) {
    return next(specifier, { ...context, conditions: [...context.conditions, '@newsroom/source'] })
  }`
  const program = `
    const { register } = require('node:module')
    const { parentPort, workerData } = require('node:worker_threads')
    register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(sourceCondition)}`)})
    import(${JSON.stringify(tsx)})
      .then((api) => { api.register(); return import(${JSON.stringify(entry)}) })
      .then(({ ingest }) => {
        parentPort.postMessage(workerData.map((html) => {
          const file = ingest({ path: 'page.html', contents: new TextEncoder().encode(html) })
          return {
            rules: file.messages.map((message) => message.ruleId ?? ''),
            text: file.data.article?.blocks.map((block) => block.text).join('\\n') ?? '',
          }
        }))
      })`
  return new Promise((resolve, reject) => {
    const worker = new Worker(program, { eval: true, workerData: pages })
    worker.once('message', (readings: Reading[]) => {
      resolve(readings)
      void worker.terminate()
    })
    worker.once('error', reject)
  })
}

describe('the HTML depth limit', () => {
  it('keeps a table layout nested 255 deep whole, its innermost cell included', () => {
    // At a limit of 64 the cell of a layout nested 65 deep was blanked: its text went to the
    // row, which no block holds, and the page had no article.
    for (const depth of [65, 130, 255]) {
      const reading = read(page(depth, layout))
      expect(reading.rules, `${depth} deep`).not.toContain('html-too-deep')
      expect(reading.text, `${depth} deep`).toContain(story)
    }
  })

  it('overflows no stack at the limit, down any recursion that reads the DOM', () => {
    for (const [name, open] of Object.entries(recursions)) {
      const reading = read(page(maxHtmlDepth, open))
      expect(reading.rules, name).not.toContain('html-too-deep')
      expect(reading.text, name).toContain(name === 'short divs' ? 'Harbor wall approved.' : story)
    }
  })

  it('warns one level past the limit, and reads a page 50,000 deep without overflowing', () => {
    expect(read(page(maxHtmlDepth, recursions.sections)).rules).not.toContain('html-too-deep')
    expect(read(page(maxHtmlDepth + 1, recursions.sections)).rules).toContain('html-too-deep')
    for (const [name, open] of Object.entries(recursions)) {
      const reading = read(page(50_000, open))
      expect(reading.rules, name).toContain('html-too-deep')
      expect(reading.text, name).toContain(name === 'short divs' ? 'Harbor wall approved.' : story)
    }
  })

  it('reads the same in a worker thread, 255 deep and far past the limit', async () => {
    const pages = [page(255, layout), page(50_000, recursions.sections)]
    const [deep, farPast] = await readInWorker(pages)
    expect(deep?.rules).not.toContain('html-too-deep')
    expect(deep?.text).toContain(story)
    expect(farPast?.rules).toContain('html-too-deep')
    expect(farPast?.text).toContain(story)
  })
})
