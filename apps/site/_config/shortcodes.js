import { escapeHtml, jsonForScript } from '../lib/escape.js'
import { renderBlock } from '../lib/highlight.js'

/**
 * Shortcodes: the only places that build HTML from article strings outside of Nunjucks'
 * autoescape. Each escapes every piece of article text itself (see lib/escape.js), so templates
 * never need `| safe`.
 *
 * @param {import('@11ty/eleventy').UserConfig} eleventyConfig
 */
export default function shortcodesPlugin(eleventyConfig) {
  // An article block with its paragraph anchor and highlighted quotations.
  eleventyConfig.addShortcode(
    'articleBlock',
    (
      /** @type {import('../lib/highlight.js').BlockInput & { marks: import('../lib/highlight.js').QuoteMark[] }} */ block,
    ) => renderBlock(block, block.marks),
  )

  // A quote's context sentence with the quoted words in `<mark>`.
  eleventyConfig.addShortcode(
    'quoteContext',
    (/** @type {import('../lib/context.js').ContextPiece[]} */ pieces) =>
      pieces
        .map((piece) =>
          piece.quote
            ? `<mark class="quote">${escapeHtml(piece.text)}</mark>`
            : escapeHtml(piece.text),
        )
        .join(''),
  )

  // A JSON-LD script element; the JSON cannot close the element (see jsonForScript).
  eleventyConfig.addShortcode(
    'jsonLd',
    (/** @type {unknown} */ data) =>
      `<script type="application/ld+json">${jsonForScript(data)}</script>`,
  )
}
