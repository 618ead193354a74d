/**
 * The source lines of one block, in order: where each starts in the file and its length in the
 * block's text (lines are joined by one space). `runs` is there only when a line's text is not
 * one contiguous stretch of the file (Markdown markup, escapes or entities between characters):
 * text offset `offset` of the line is at `column`, and each run goes on character by character
 * until the next; the first run is at offset 0.
 */
export type BlockSource = Array<{
  line: number
  column: number
  length: number
  runs?: Array<{ offset: number; column: number }>
}>
