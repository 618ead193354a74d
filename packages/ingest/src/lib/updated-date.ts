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
  report(file, 'info', `Removed updated date ${updated.value}: it is not the publication date`, {
    rule: 'updated-date',
    place: updated.place,
    note: 'The publication date is the first date of the byline or date lines, or the one labelled “Published”; an article has no field for the date it was updated.',
  })
}
