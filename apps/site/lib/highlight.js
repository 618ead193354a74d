import { escapeHtml, fragmentId } from './escape.js'
import { afterClosingMark } from './quote-text.js'

/**
 * @typedef {object} QuoteMark
 *   One stretch of a block to highlight as (part of) a quotation.
 * @property {number} start UTF-16 offset in the block text
 * @property {number} end exclusive end offset
 * @property {string} quoteId id of the quote, used for the element id on its first span
 * @property {boolean} first whether this is the quote's first span (it gets the `id`)
 * @property {boolean} last whether this is the quote's last span (the attribution follows it)
 * @property {{ name: string, url: string | null, description: string } | null} attribution
 *   who said it; `url` null when the speaker has no page; `description` is the accessible label
 *
 * @typedef {object} BlockInput
 * @property {string} id block id, also the paragraph's anchor
 * @property {'paragraph' | 'heading'} type
 * @property {string} text
 */

/**
 * Render one article block as HTML: a paragraph (or subheading) with an anchor, its quotations
 * wrapped in `<mark>` and followed by a link to their speaker. Every piece of article text is
 * escaped here; the result is the only HTML built from article strings outside of Nunjucks'
 * autoescape. Marks that fall outside the text or overlap an earlier mark are skipped, so bad
 * offsets never break the markup.
 *
 * @param {BlockInput} block
 * @param {QuoteMark[]} marks
 * @param {{ headingLevel?: number }} [options]
 * @returns {string}
 */
export function renderBlock(block, marks, options = {}) {
  const id = fragmentId(block.id)
  const body = highlightText(block.text, marks)
  const anchor = `<a class="block-anchor" href="#${id}" data-pagefind-ignore><span aria-hidden="true">¶</span><span class="visually-hidden">Link to this ${block.type === 'heading' ? 'section' : 'paragraph'}</span></a>`
  if (block.type === 'heading') {
    const level = options.headingLevel ?? 2
    return `<h${level} id="${id}" class="block block-heading">${body} ${anchor}</h${level}>`
  }
  return `<p id="${id}" class="block">${body} ${anchor}</p>`
}

/**
 * Escape `text` and wrap the given stretches in `<mark class="quote">`. The speaker of a quote
 * follows its last stretch, after the closing quotation mark (`“…rebuild,” Rosa Vance`), not
 * inside it.
 *
 * @param {string} text
 * @param {QuoteMark[]} marks
 * @returns {string}
 */
export function highlightText(text, marks) {
  const ordered = marks
    .filter((mark) => Number.isInteger(mark.start) && Number.isInteger(mark.end))
    .filter((mark) => mark.start >= 0 && mark.end <= text.length && mark.start < mark.end)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  let html = ''
  let cursor = 0
  ordered.forEach((mark, index) => {
    if (mark.start < cursor) return
    html += escapeHtml(text.slice(cursor, mark.start))
    const idAttribute = mark.first ? ` id="quote-${fragmentId(mark.quoteId)}"` : ''
    html += `<mark class="quote"${idAttribute}>${escapeHtml(text.slice(mark.start, mark.end))}</mark>`
    cursor = mark.end
    if (mark.last && mark.attribution) {
      let next = index + 1
      while (next < ordered.length && (ordered[next]?.start ?? 0) < mark.end) next++
      const after = afterClosingMark(text, mark.end, ordered[next]?.start)
      html += escapeHtml(text.slice(mark.end, after)) + attributionHtml(mark.attribution)
      cursor = after
    }
  })
  return html + escapeHtml(text.slice(cursor))
}

/**
 * The link to a quote's speaker. It is page furniture, not article text: search leaves it out
 * of the index and of excerpts.
 *
 * @param {{ name: string, url: string | null, description: string }} attribution
 * @returns {string}
 */
function attributionHtml(attribution) {
  const label = `<span class="visually-hidden">${escapeHtml(attribution.description)} </span>${escapeHtml(attribution.name)}`
  return attribution.url
    ? ` <a class="quote-by" href="${escapeHtml(attribution.url)}" data-pagefind-ignore>${label}</a>`
    : ` <span class="quote-by" data-pagefind-ignore>${label}</span>`
}
