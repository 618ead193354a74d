import type { z } from 'zod'

/** A zod issue, flattened for diagnostics: the field as a dotted path and a message. */
export interface ZodIssueMessage {
  field: string
  message: string
}

/** Turn zod issues into one message per field (`blocks.3.text: Too small…`). */
export function formatIssues(error: z.ZodError): ZodIssueMessage[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }))
}
