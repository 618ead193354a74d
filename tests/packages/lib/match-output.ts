/** A line of an expected output that stands for any number of lines (none included). */
export const ellipsisLine = '…'

function lines(text: string): string[] {
  const trimmed = text.replace(/\s+$/, '')
  return trimmed === '' ? [] : trimmed.split('\n').map((line) => line.trimEnd())
}

function matchesAt(actual: string[], chunk: string[], at: number): boolean {
  return chunk.every((line, offset) => actual[at + offset] === line)
}

/**
 * Compare what a program printed with what its README shows, trailing white space aside. Lines of
 * the expected text that are only `…` match any run of lines. Returns the expected text when the
 * output matches, else the output (trailing white space aside), to diff against the expected text.
 */
export function matchOutput(actual: string, expected: string): string {
  const want = lines(expected)
  const got = lines(actual)
  const chunks: string[][] = [[]]
  for (const line of want) {
    if (line === ellipsisLine) chunks.push([])
    else chunks[chunks.length - 1]?.push(line)
  }
  const normalizedExpected = want.join('\n')
  if (chunks.length === 1) return got.join('\n') === normalizedExpected ? expected : got.join('\n')

  // Glob matching over lines: the first chunk is anchored at the start, the last at the end,
  // and each chunk in between is taken at its earliest place (which never loses a match).
  const first = chunks[0] ?? []
  const last = chunks[chunks.length - 1] ?? []
  if (!matchesAt(got, first, 0)) return got.join('\n')
  let at = first.length
  for (const chunk of chunks.slice(1, -1)) {
    let found = -1
    for (let start = at; start + chunk.length <= got.length; start++) {
      if (matchesAt(got, chunk, start)) {
        found = start
        break
      }
    }
    if (found === -1) return got.join('\n')
    at = found + chunk.length
  }
  const tail = got.length - last.length
  if (tail < at || !matchesAt(got, last, tail)) return got.join('\n')
  return expected
}
