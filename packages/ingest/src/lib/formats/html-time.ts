import { dateLabel } from '../dates.js'
import type { Document, Element } from './html-dom.js'

/** The `datetime` values of a page's `<time>` elements, by what they date. */
export interface PageTimes {
  /** The publication date: one marked or labelled published, else the first not labelled updated. */
  published: string | undefined
  /** The first one marked or labelled as when the article was updated. */
  updated: string | undefined
}

/** How much of the text before a `<time>` is read for its label ("Updated ", "Published: "). */
const maxLabel = 60
/** How many nodes before a `<time>` are read for its label (empty `<span>`s may come between). */
const maxLabelNodes = 4
/** What separates a date's label from what comes before it on a line ("By Ann Vale · Updated"). */
const labelStart = /^.*[·|•,;]/s

/**
 * The text just before a `<time>` in its parent, where its label is ("Updated <time>",
 * `<b>Published:</b> <time>`): bounded, so a page of many `<time>`s is read in linear time.
 */
function textBefore(time: Element): string {
  let text = ''
  let node = time.previousSibling
  for (let count = 0; node !== null && count < maxLabelNodes && text.length < maxLabel; count++) {
    text = (node.textContent ?? '').slice(-maxLabel) + text
    node = node.previousSibling
  }
  return text.replace(labelStart, '')
}

/**
 * What a `<time>` dates, as its markup says (schema.org `itemprop`, the old `pubdate`
 * attribute, WordPress's `published`/`updated` classes) or the label before it says.
 */
function timeLabel(time: Element): 'published' | 'updated' | undefined {
  const itemprop = time.getAttribute('itemprop') ?? ''
  if (itemprop === 'datePublished' || time.hasAttribute('pubdate')) return 'published'
  if (itemprop === 'dateModified') return 'updated'
  const classes = (time.getAttribute('class') ?? '').toLowerCase().split(/\s+/)
  if (classes.includes('published')) return 'published'
  if (classes.includes('updated') || classes.includes('modified')) return 'updated'
  return dateLabel(textBefore(time))
}

/**
 * The dates a page's `<time datetime>` elements give, for a page whose metadata gives none. A
 * `<time>` labelled "Updated" is never the publication date (pages print "Updated …" above
 * "Published …"); one marked or labelled published wins over an unlabelled one before it.
 */
export function pageTimes(document: Document): PageTimes {
  let published: string | undefined
  let unlabelled: string | undefined
  let updated: string | undefined
  for (const time of document.querySelectorAll('time[datetime]') as Element[]) {
    const value = time.getAttribute('datetime')?.trim()
    if (!value) continue
    const label = timeLabel(time)
    if (label === 'published') published ??= value
    else if (label === 'updated') updated ??= value
    else unlabelled ??= value
  }
  return { published: published ?? unlabelled, updated }
}
