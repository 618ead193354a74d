/** JSON as written to disk: two-space indent and a final newline, so files diff well. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
