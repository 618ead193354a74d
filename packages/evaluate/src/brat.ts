/** One text-bound annotation of a brat standoff file: its label and its character ranges. */
export interface BratSpan {
  id: string
  label: string
  /** `[start, end)` offsets into the text; more than one for a discontinuous span. */
  fragments: Array<[number, number]>
  text: string
}

/** One event of a brat file: its roles (`Source`, `Cue`, `Content`…) and the span each names. */
export interface BratEvent {
  id: string
  /** The event's own label (`Attribution`, `Attribution-no-source`). */
  label: string
  roles: Record<string, BratSpan>
}

/** The text-bound annotations and events of one brat `.ann` file. */
export interface BratDocument {
  spans: Map<string, BratSpan>
  events: BratEvent[]
}

const spanLine = /^(T\d+)\t(\S+) ([\d ;]+)\t?(.*)$/
const eventLine = /^(E\d+)\t(.+)$/

/**
 * Read a brat standoff annotation file: `T` lines (text-bound spans, discontinuous ones with
 * `;`-separated ranges) and `E` lines (events joining spans by role). Other lines (notes,
 * relations, the continuation lines of a span text holding a line break) are passed over.
 */
export function readBrat(text: string): BratDocument {
  const spans = new Map<string, BratSpan>()
  const pending: Array<{ id: string; parts: string[] }> = []
  for (const line of text.split('\n')) {
    const span = spanLine.exec(line)
    if (span) {
      const [, id = '', label = '', ranges = '', spanText = ''] = span
      const fragments = ranges.split(';').map((range): [number, number] => {
        const [start = 0, end = 0] = range.trim().split(' ').map(Number)
        return [start, end]
      })
      spans.set(id, { id, label, fragments, text: spanText })
      continue
    }
    const event = eventLine.exec(line)
    if (event) pending.push({ id: event[1] ?? '', parts: (event[2] ?? '').split(/\s+/) })
  }
  const events: BratEvent[] = []
  for (const { id, parts } of pending) {
    const [trigger, ...arguments_] = parts
    const label = trigger?.split(':')[0] ?? ''
    const roles: Record<string, BratSpan> = {}
    for (const part of arguments_) {
      const [role, target] = part.split(':')
      const span = target === undefined ? undefined : spans.get(target)
      if (role !== undefined && span) roles[role] = span
    }
    events.push({ id, label, roles })
  }
  return { spans, events }
}
