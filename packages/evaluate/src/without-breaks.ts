/**
 * Some sites export a story as one long paragraph. To measure attribution on such text with gold
 * we may fit on, a corpus article is read with its body's paragraph breaks taken out: the title
 * line and the blank line after it stay, and every line break of the body becomes a space. Each
 * character keeps its offset, so brat annotations still point at the same words.
 */
export function withoutParagraphBreaks(text: string): string {
  const titleEnd = text.indexOf('\n')
  if (titleEnd < 0) return text
  // The title's line break and the blank line after it (with or without a carriage return).
  let bodyStart = titleEnd + 1
  while (bodyStart < text.length && (text[bodyStart] === '\n' || text[bodyStart] === '\r'))
    bodyStart++
  const body = text.slice(bodyStart).replace(/[\r\n]+$/u, '')
  const joined = body.replace(/[\r\n]/gu, ' ')
  return text.slice(0, bodyStart) + joined + text.slice(bodyStart + body.length)
}

/**
 * Offsets of `text` where a body paragraph starts after a blank line (the title's paragraph and
 * the body's first are not breaks): the breaks `withoutParagraphBreaks` takes out, against which
 * a break restorer is measured.
 */
export function paragraphBreakOffsets(text: string): number[] {
  const breaks: number[] = []
  const titleEnd = text.indexOf('\n')
  if (titleEnd < 0) return breaks
  let bodyStart = titleEnd + 1
  while (bodyStart < text.length && (text[bodyStart] === '\n' || text[bodyStart] === '\r'))
    bodyStart++
  const blankLine = /\r?\n(?:[ \t]{0,80}\r?\n)+/gu
  blankLine.lastIndex = bodyStart
  for (let match = blankLine.exec(text); match; match = blankLine.exec(text)) {
    const start = match.index + match[0].length
    if (start < text.length) breaks.push(start)
  }
  return breaks
}
