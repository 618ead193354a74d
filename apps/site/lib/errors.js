/**
 * An error about the processed data the site is built from. It names the file and, when known,
 * the field path, and keeps the original error as `cause` (a zod error, a JSON syntax error, a
 * file-system error).
 */
export class NewsroomDataError extends Error {
  /**
   * @param {string} message what went wrong, naming the file
   * @param {{ file: string, field?: string | null, cause?: unknown }} details
   */
  constructor(message, details) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = 'NewsroomDataError'
    /** Path of the file the error is about. */
    this.file = details.file
    /** Dotted field path inside the file, or null when the error is about the whole file. */
    this.field = details.field ?? null
  }
}
