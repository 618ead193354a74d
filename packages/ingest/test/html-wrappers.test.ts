import { createRequire } from 'node:module'
import type { parseHTML as ParseHTML } from 'linkedom'
import { afterEach, describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import type { Element } from '../src/lib/formats/html-dom.js'
import { collapseWrapperRuns, maxWrapperRun } from '../src/lib/formats/html-wrappers.js'

// The CommonJS build of linkedom, the one ingest loads: its element classes are the ones whose
// text reads are counted below.
const { parseHTML } = createRequire(import.meta.url)('linkedom') as { parseHTML: typeof ParseHTML }
const encoder = new TextEncoder()
const story =
  'The harbor board in Port Alder approved the plan on Monday, said board chair Tomas Brel. The vote was five to two, and work on the wall begins in the spring.'

function bodyOf(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  return { document, body: document.body as Element }
}

/** Tag names from `element` up to the body, nearest first. */
function ancestorTags(element: Element): string[] {
  const tags: string[] = []
  for (
    let node = element.parentElement;
    node && node.tagName !== 'BODY';
    node = node.parentElement
  ) {
    tags.push(node.tagName)
  }
  return tags
}

/** A page of `chains` stories, each in `depth` bare `<div>` wrappers. */
function chainsPage(depth: number, chains = 2): Uint8Array {
  const chain = `${'<div>'.repeat(depth)}<p>${story}</p>${'</div>'.repeat(depth)}`
  return encoder.encode(
    `<!doctype html><html><head><title>Harbor wall plan approved</title></head><body><article>${chain.repeat(chains)}</article></body></html>`,
  )
}

describe('collapseWrapperRuns', () => {
  it('keeps the innermost wrappers of a long run, the same elements, in the place of the run', () => {
    const { document, body } = bodyOf(
      `<main><p>Before.</p>${'<div>\n'.repeat(40)}<!-- story --><p id="story">${story}</p>${'</div>\n'.repeat(40)}<p>After.</p></main>`,
    )
    const paragraph = body.querySelector('#story') as Element
    const innermost = paragraph.parentElement
    expect(ancestorTags(paragraph)).toHaveLength(41)
    expect(collapseWrapperRuns(document)).toBe(40 - maxWrapperRun)
    expect(ancestorTags(paragraph)).toEqual([...Array(maxWrapperRun).fill('DIV'), 'MAIN'])
    expect(paragraph.parentElement).toBe(innermost)
    const main = body.querySelector('main') as Element
    expect([...main.children].map((child) => child.tagName)).toEqual(['P', 'DIV', 'P'])
    expect(main.textContent?.replace(/\s+/g, ' ')).toBe(`Before. ${story} After.`)
  })

  it('shortens each run of a page, `<section>` runs too', () => {
    const { document, body } = bodyOf(
      `${'<div>'.repeat(30)}<p>One.</p>${'</div>'.repeat(30)}${'<section>'.repeat(20)}<p>Two.</p>${'</section>'.repeat(20)}`,
    )
    expect(collapseWrapperRuns(document)).toBe(30 + 20 - 2 * maxWrapperRun)
    for (const paragraph of body.querySelectorAll('p')) {
      expect(ancestorTags(paragraph as Element)).toHaveLength(maxWrapperRun)
    }
  })

  it('leaves runs of at most the limit, and wrappers with attributes, text or two children', () => {
    const pages = [
      `${'<div>'.repeat(maxWrapperRun)}<p>${story}</p>${'</div>'.repeat(maxWrapperRun)}`,
      `${'<div class="column">'.repeat(40)}<p>${story}</p>${'</div>'.repeat(40)}`,
      `${'<div>Harbor '.repeat(40)}<p>${story}</p>${'</div>'.repeat(40)}`,
      `${'<div><p>Harbor.</p>'.repeat(40)}<p>${story}</p>${'</div>'.repeat(40)}`,
      `${'<span>'.repeat(40)}<p>${story}</p>${'</span>'.repeat(40)}`,
    ]
    for (const html of pages) {
      const { document, body } = bodyOf(html)
      const before = body.innerHTML
      expect(collapseWrapperRuns(document), html.slice(0, 40)).toBe(0)
      expect(body.innerHTML).toBe(before)
    }
  })
})

describe('ingesting a page of deep wrapper runs', () => {
  const element = Object.getPrototypeOf(parseHTML('').document.createElement('div')) as object
  let owner: object | null = element
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'textContent')) {
    owner = Object.getPrototypeOf(owner) as object | null
  }
  const textContent = Object.getOwnPropertyDescriptor(owner ?? {}, 'textContent')
  afterEach(() => {
    if (owner && textContent) Object.defineProperty(owner, 'textContent', textContent)
  })

  /** How many times ingesting `contents` reads an element's text (Readability reads it most). */
  function textReads(contents: Uint8Array): number {
    let reads = 0
    const get = textContent?.get
    if (!owner || !get) throw new Error('linkedom elements have no `textContent` getter')
    Object.defineProperty(owner, 'textContent', {
      ...textContent,
      get(this: unknown) {
        reads++
        return get.call(this)
      },
    })
    ingest({ path: 'chains.html', contents })
    Object.defineProperty(owner, 'textContent', textContent)
    return reads
  }

  it('reads no more text for wrappers 252 deep than for wrappers at the limit', () => {
    // Readability's cleaning read each div's text once for every div above it: 203,420 reads
    // for two chains 252 deep (time cubic in the depth), 1,640 for two at the limit.
    expect(textReads(chainsPage(252))).toBeLessThanOrEqual(textReads(chainsPage(maxWrapperRun)))
  })

  it('extracts the same article from wrappers 252 deep as from wrappers at the limit', () => {
    const deep = ingest({ path: 'chains.html', contents: chainsPage(252) })
    const shallow = ingest({ path: 'chains.html', contents: chainsPage(maxWrapperRun) })
    // The files differ in their bytes, so in their hashes, and in nothing else.
    expect({ ...deep.data.article, contentHash: '' }).toEqual({
      ...shallow.data.article,
      contentHash: '',
    })
    expect(deep.data.article?.blocks.map((block) => block.text)).toEqual([story, story])
    expect(deep.messages.map((message) => message.ruleId)).toEqual(
      shallow.messages.map((message) => message.ruleId),
    )
  })
})
