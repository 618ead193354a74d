import type { Root } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import retextEnglishParser from '../src/english-parser.js'

const reference = unified().use(retextEnglish)
const fast = unified().use(retextEnglishParser)

/** Both parsers' trees of a text, to compare. */
function bothTrees(text: string): [Root, Root] {
  return [fast.parse(text), reference.parse(text)]
}

/**
 * Which position objects a tree shares, as ids in walk order: `toEqual` cannot see a point two
 * nodes share, and a plugin that moves one point would move both.
 */
function sharedPoints(tree: Root): number[] {
  const ids = new Map<object, number>()
  const id = (value: object | undefined) => {
    if (value === undefined) return -1
    if (!ids.has(value)) ids.set(value, ids.size)
    return ids.get(value) ?? -1
  }
  const out: number[] = []
  type Walked = {
    position?: { start: object; end: object } | undefined
    children?: unknown[] | undefined
  }
  const walk = (node: Walked) => {
    out.push(id(node.position), id(node.position?.start), id(node.position?.end))
    for (const child of node.children ?? []) walk(child as Walked)
  }
  walk(tree)
  return out
}

describe('retextEnglishParser', () => {
  it('parses an article as retext-english does, positions included', () => {
    const article = [
      'Harbour plan splits Calder Bay council',
      '“We won’t wait,” said Mayor Nora Vale, 52, on Monday. Dr. Ed Brandt (of the U.S. board) disagreed...',
      "Fees rose 12.5% to $3,400 -- or 1/2 of last year's -- e.g. at St. Mary's!!! Why?? 'Tis so.",
      'Renée Østby-Vale, Łódź, naïve café — Zoë’s “forecast” … «no» ½ ² ¿qué?',
      'Lines\r\nwith CRLF\rand CR\n\n\u00a0\u2003spaces\u2028and\ttabs,   then ____ and ---- and ...',
      'Emoji 🙂🙂 and 😀x, a lone \ud800 half, combining e\u0301 and 日本語のテキスト.',
    ].join('\n\n')
    const [tree, expected] = bothTrees(article)
    expect(tree).toEqual(expected)
    expect(sharedPoints(tree)).toEqual(sharedPoints(expected))
  })

  it('classes every UTF-16 code unit as parse-latin does, alone and in runs', () => {
    // Each code unit alone between spaces, then twice beside a letter, so each class is read
    // both as a token of its own and as the continuation of a run; in texts of 256 code units,
    // as parse-latin's own plugins recurse too deep on one paragraph of all of them.
    for (let first = 0; first < 0x10000; first += 256) {
      let text = ''
      for (let code = first; code < first + 256; code++) {
        const unit = String.fromCharCode(code)
        text += ` ${unit} a${unit}${unit}b`
      }
      const [tree, expected] = bothTrees(text)
      expect(tree).toEqual(expected)
      expect(sharedPoints(tree)).toEqual(sharedPoints(expected))
    }
  })

  it('shares position objects as parse-latin does: a word and its text start at one point', () => {
    const [tree] = bothTrees('Vale said.')
    const paragraph = tree.children[0]
    const sentence = paragraph?.type === 'ParagraphNode' ? paragraph.children[0] : undefined
    const word = sentence?.type === 'SentenceNode' ? sentence.children[0] : undefined
    expect(word?.type).toBe('WordNode')
    if (word?.type !== 'WordNode') return
    const text = word.children[0]
    expect(text?.position?.start).toBe(word.position?.start)
    expect(text?.position?.end).not.toBe(word.position?.end)
    expect(text?.position?.end).toEqual(word.position?.end)
  })

  it('gives an empty text an empty tree, as retext-english does', () => {
    const [tree, expected] = bothTrees('')
    expect(tree).toEqual(expected)
  })
})
