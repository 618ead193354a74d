import type { VFile } from 'vfile'
import type { Draft } from './draft.js'
import { report } from './messages.js'

/**
 * Settle the date of an article whose byline or date lines print an updated date (see
 * `Draft.updatedAt`). A publication date found anywhere (a labelled or unlabelled date line,
 * the page's metadata, front matter) is the article's date, and the updated one is reported as
 * left out. An article that gives only the updated date is dated by it: many pages print only
 * "Updated …", and it is the best date such a page has; an info says which date it is.
 */
export function settleUpdatedDate(draft: Draft, file: VFile): void {
  const updated = draft.updatedAt
  if (updated === null) return
  if (draft.publishedAt === null) {
    draft.publishedAt = updated.value
    draft.places.publishedAt ??= updated.place
    report(
      file,
      'info',
      `Took updated date ${updated.value} as the date: no publication date is given`,
      {
        rule: 'updated-date',
        place: updated.place,
        note: 'The article prints only the date it was updated; a date labelled “Published” (or an unlabelled one) would be taken instead.',
      },
    )
    return
  }
  // The same date labelled twice (a page's "Updated" <time> that is its publication date) is
  // not left out: saying it was removed would contradict the article's date.
  if (sameDate(draft.publishedAt, updated.value)) return
  report(file, 'info', `Removed updated date ${updated.value}: it is not the publication date`, {
    rule: 'updated-date',
    place: updated.place,
    note: 'The publication date is the first date of the byline or date lines, or the one labelled “Published”; an article has no field for the date it was updated.',
  })
}

/** Whether two ISO dates name the same moment, or one is the day of the other ("2026-03-15"). */
function sameDate(published: string, updated: string): boolean {
  return (
    published === updated ||
    (published.length === 10 && updated.startsWith(published)) ||
    (updated.length === 10 && published.startsWith(updated))
  )
}
