import type { VFile } from 'vfile'
import { clutterRules, reportRemoval } from './clutter.js'
import type { Draft, Line, Segment } from './draft.js'
import { report } from './messages.js'
import { classifyMetadataLine, type MetadataLine } from './metadata-lines.js'

export { classifyMetadataLine as classifyHeaderLine }

const readTimeRule = clutterRules.find((rule) => rule.id === 'read-time')

/** Record one metadata line on the draft, reporting what was taken and anything odd about it. */
export function applyMetadataLine(draft: Draft, kind: MetadataLine, line: Line, file: VFile): void {
  switch (kind.kind) {
    case 'read-time': {
      draft.readTimeStated ??= kind.minutes
      if (readTimeRule)
        reportRemoval(file, readTimeRule, line, ` (kept as read time ${kind.minutes})`)
      break
    }
    case 'byline': {
      draft.places.byline ??= line
      draft.byline ??= kind.byline
      if (kind.date !== undefined) draft.publishedAt ??= kind.date
      if (kind.updated !== undefined) draft.updatedAt ??= { value: kind.updated, place: line }
      if (kind.readTime !== undefined) draft.readTimeStated ??= kind.readTime
      break
    }
    case 'dates': {
      if (kind.date !== undefined) {
        draft.places.publishedAt ??= line
        draft.publishedAt ??= kind.date
      }
      if (kind.updated !== undefined) draft.updatedAt ??= { value: kind.updated, place: line }
      if (kind.readTime !== undefined) draft.readTimeStated ??= kind.readTime
      break
    }
    case 'date': {
      if (kind.updated) draft.updatedAt ??= { value: kind.iso, place: line }
      else {
        draft.places.publishedAt ??= line
        draft.publishedAt ??= kind.iso
      }
      if (kind.weekdayMismatch) {
        report(
          file,
          'warning',
          `Unexpected weekday ${kind.weekdayMismatch.stated} in date line: ${kind.iso} is a ${kind.weekdayMismatch.actual}`,
          {
            rule: 'weekday-mismatch',
            place: line,
            actual: kind.weekdayMismatch.stated,
            expected: [kind.weekdayMismatch.actual],
            note: 'Check the date line; the date is used as written and the weekday is ignored.',
          },
        )
      }
      break
    }
  }
}

/**
 * Take metadata paragraphs (byline, date and read-time lines, nothing else) from the start of
 * the body, as Markdown and HTML pages often have them. Returns the remaining segments.
 */
export function takeLeadingMetadata(draft: Draft, segments: Segment[], file: VFile): Segment[] {
  let index = 0
  for (; index < Math.min(segments.length, 3); index++) {
    const segment = segments[index]
    if (segment === undefined || segment.type !== 'paragraph') break
    const kinds = segment.lines.map((line) => classifyMetadataLine(line.text))
    if (!kinds.every((kind) => kind !== undefined)) break
    segment.lines.forEach((line, position) => {
      const kind = kinds[position]
      if (kind) applyMetadataLine(draft, kind, line, file)
    })
  }
  return segments.slice(index)
}
