import type { parseHTML as ParseHTML } from 'linkedom'

/** The document linkedom parses a page into (its DOM, not the browser's). */
export type Document = ReturnType<typeof ParseHTML>['document']
/** An element of that document. */
export type Element = ReturnType<Document['createElement']>
