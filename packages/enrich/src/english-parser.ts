import type { Root, SentenceContent } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import type retextEnglish from 'retext-english'

/**
 * What `parse-latin` makes of one character: 0 until asked, then the index of its node type in
 * `nodeTypes`. One byte for each UTF-16 code unit (64 kB), as the parser reads the text code unit
 * by code unit.
 */
const characterKinds = new Uint8Array(0x10000)
const nodeTypes = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
const wordKind = nodeTypes.indexOf('WordNode')
const whiteSpaceKind = nodeTypes.indexOf('WhiteSpaceNode')

/** The parser whose own tokenizer says what each character is. */
const reference = new ParseEnglish()

/**
 * The kind of a code unit, as parse-latin's tokenizer classes it (asked of the tokenizer itself,
 * once per code unit, so the table follows whatever version of its expressions is installed).
 */
function kindOf(code: number): number {
  const known = characterKinds[code] as number
  if (known !== 0) return known
  const [node] = reference.tokenize(String.fromCharCode(code))
  const kind = nodeTypes.indexOf(node?.type as (typeof nodeTypes)[number])
  if (kind < 1) throw new Error(`Unexpected node type for code unit ${code}`)
  characterKinds[code] = kind
  return kind
}

/** A point of the text: line and column from 1, offset from 0. */
interface Point {
  line: number
  column: number
  offset: number
}

/**
 * retext-english's parser with parse-latin's `tokenize` (the first step, text to words, white
 * space, punctuation and symbols) written for speed and giving the same nodes: the original
 * classes every character with up to three regular expressions on a one-character string, and
 * copies its position with spreads; this reads each code unit's kind from a table filled from
 * those same classes (`kindOf`). Tokenizing was some 60% of parsing, and parsing some 12% of
 * enriching an article. The nodes and their positions are the original's, objects shared alike
 * (a word's text node has the word's start object and an end of its own);
 * `test/english-parser.test.ts` holds trees to parse-english's own.
 */
class FastParseEnglish extends ParseEnglish {
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    const length = value.length
    let line = 1
    let column = 1
    let offset = 0
    let from = 0
    let start: Point = { line, column, offset }
    let previousKind = 0
    let previousCode = -1
    for (let index = 0; index < length; index++) {
      const code = value.charCodeAt(index)
      const kind = kindOf(code)
      // A run goes on while the kind is the same and it is a word or white space, or the same
      // character of punctuation or symbol, or a surrogate (half of an astral character).
      if (
        from < index &&
        !(
          previousKind === kind &&
          (kind === wordKind ||
            kind === whiteSpaceKind ||
            code === previousCode ||
            (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        children.push(
          tokenNode(previousKind, value.slice(from, index), start, line, column, offset),
        )
        from = index
        start = { line, column, offset }
      }
      if (code === 0x0d || (code === 0x0a && previousCode !== 0x0d)) {
        line++
        column = 1
      } else if (code !== 0x0a) {
        column++
      }
      offset++
      previousKind = kind
      previousCode = code
    }
    if (from < length)
      children.push(tokenNode(previousKind, value.slice(from, length), start, line, column, offset))
    return children
  }
}

/** A node of one run of the tokenizer, ending at the point given (as parse-latin's `createNode`). */
function tokenNode(
  kind: number,
  value: string,
  start: Point,
  line: number,
  column: number,
  offset: number,
): SentenceContent {
  const end = { line, column, offset }
  if (kind === wordKind)
    return {
      type: 'WordNode',
      children: [{ type: 'TextNode', value, position: { start, end } }],
      position: { start, end: { line, column, offset } },
    }
  const type = nodeTypes[kind] as 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode'
  return { type, value, position: { start, end } }
}

/**
 * `retext-english` with `FastParseEnglish`: the same plugin (its type is retext-english's), the
 * extensions from the processor's data included (`nlcstParagraphExtensions` and the others), and
 * the same trees.
 */
const retextEnglishParser: typeof retextEnglish = function (this) {
  this.parser = (value): Root => {
    const parser = new FastParseEnglish()
    add(parser.tokenizeParagraphPlugins, this.data('nlcstParagraphExtensions'))
    add(parser.tokenizeRootPlugins, this.data('nlcstRootExtensions'))
    add(parser.tokenizeSentencePlugins, this.data('nlcstSentenceExtensions'))
    return parser.parse(value)
  }
}

export default retextEnglishParser

function add<T>(list: T[], values: T[] | undefined): void {
  if (values) list.unshift(...values)
}
