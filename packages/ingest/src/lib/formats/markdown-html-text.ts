/**
 * What a skipped HTML block in Markdown held for a reader: its first words, for the warning that
 * says they were not kept. HTML blocks are not read for their text (a hand-written reader lost
 * words on HTML's error cases), so this only has to find words, not place them.
 */

/**
 * Characters of text gathered at most, white space collapsed: enough to show the first words.
 * Runs of white space and tags count as one space, so deep indentation or a row of empty
 * `<span>`s before the words never fills it.
 */
const maxGathered = 200
/** The first character that is not white space, from `lastIndex`. */
const nonSpace = /\S/g

/** Elements whose content is code, not words, up to their closing tag (HTML's raw text). */
const rawTextEnd = /<\/(?:script|style)/gi
const rawTextStart = /<(script|style)(?=[\s/>])/iy
/** A tag's start: `<` then a letter or `/` (else the `<` is text, as in `x<y`). */
const tagStart = /<\/?[A-Za-z]/y

export interface HtmlBlockText {
  /** The first words outside tags, comments, scripts and styles, white space collapsed. */
  words: string
  /** Whether a comment opens and never closes: it hides everything after it from a browser. */
  unclosedComment: boolean
}

/**
 * The first words of an HTML block (`<div>…</div>`, `<!-- … -->`), in one pass without
 * backtracking: a block can be megabytes long. The words of a comment left open count: the
 * writer most often meant them to be read.
 */
export function htmlBlockText(html: string): HtmlBlockText {
  let gathered = ''
  // Text joins what was gathered with white space collapsed, one space at most between words.
  const gather = (text: string) => {
    const collapsed = text.replace(/\s+/g, ' ')
    gathered += gathered === '' || gathered.endsWith(' ') ? collapsed.trimStart() : collapsed
  }
  let unclosedComment = false
  // Once a comment is found unclosed, no `-->` follows it: later comments are not searched to
  // the end again (`<!--<!--<!--…` would have made this quadratic).
  let noCommentEndAfter = Number.POSITIVE_INFINITY
  let at = 0
  while (at < html.length && gathered.length < maxGathered) {
    const open = html.indexOf('<', at)
    const end = open < 0 ? html.length : open
    // Leading white space is skipped, not gathered: indentation is no words.
    nonSpace.lastIndex = at
    const text = nonSpace.exec(html)?.index ?? end
    if (text > at) gather(' ')
    if (text < end) gather(html.slice(text, Math.min(end, text + maxGathered)))
    if (open < 0) break
    if (html.startsWith('<!--', open)) {
      const close = open >= noCommentEndAfter ? -1 : html.indexOf('-->', open + 4)
      if (close < 0) {
        unclosedComment = true
        noCommentEndAfter = Math.min(noCommentEndAfter, open)
        at = open + 4
      } else at = close + 3
      continue
    }
    rawTextStart.lastIndex = open
    if (rawTextStart.test(html)) {
      rawTextEnd.lastIndex = open + 1
      const close = rawTextEnd.exec(html)
      if (close === null) break
      at = close.index
      continue
    }
    tagStart.lastIndex = open
    if (tagStart.test(html) || html.startsWith('<!', open) || html.startsWith('<?', open)) {
      const close = html.indexOf('>', open)
      if (close < 0) break
      gather(' ')
      at = close + 1
      continue
    }
    gather('<')
    at = open + 1
  }
  return { words: gathered.replace(/\s+/g, ' ').trim(), unclosedComment }
}

/** Whether text holds a word: a letter or a digit. */
export function holdsWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text)
}
