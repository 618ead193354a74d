/**
 * Some sites export a story as one long paragraph. To measure attribution on such text with gold
 * we may fit on, a corpus article is read with its body's paragraph breaks taken out: the title
 * line and the blank line after it stay, and every line break of the body becomes a space. Each
 * character keeps its offset, so brat annotations still point at the same words.
 */
export function withoutParagraphBreaks(text: string): string {
  const bodyStart = bodyStartOf(text)
  if (bodyStart < 0) return text
  // The line breaks ending the text stay; found from the end, so that a long run of them
  // inside the body is not tried again at each of its characters.
  let bodyEnd = text.length
  while (bodyEnd > bodyStart && (text[bodyEnd - 1] === '\n' || text[bodyEnd - 1] === '\r'))
    bodyEnd--
  const joined = text.slice(bodyStart, bodyEnd).replace(/[\r\n]/gu, ' ')
  return text.slice(0, bodyStart) + joined + text.slice(bodyEnd)
}

/**
 * Where the body starts: past the title's line break and the blank line after it (with or
 * without carriage returns); -1 for a text of one line.
 */
function bodyStartOf(text: string): number {
  const titleEnd = text.indexOf('\n')
  if (titleEnd < 0) return -1
  let bodyStart = titleEnd + 1
  while (bodyStart < text.length && (text[bodyStart] === '\n' || text[bodyStart] === '\r'))
    bodyStart++
  return bodyStart
}

/**
 * Offsets of `text` where a body paragraph starts after a blank line (the title's paragraph and
 * the body's first are not breaks): the breaks `withoutParagraphBreaks` takes out, against which
 * a break restorer is measured.
 */
export function paragraphBreakOffsets(text: string): number[] {
  const breaks: number[] = []
  const bodyStart = bodyStartOf(text)
  if (bodyStart < 0) return breaks
  const blankLine = /\r?\n(?:[ \t]{0,80}\r?\n)+/gu
  blankLine.lastIndex = bodyStart
  for (let match = blankLine.exec(text); match; match = blankLine.exec(text)) {
    const start = match.index + match[0].length
    if (start < text.length) breaks.push(start)
  }
  return breaks
}
