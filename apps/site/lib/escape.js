/**
 * HTML escaping for strings that come from articles. Every piece of article text that a
 * shortcode or filter turns into markup goes through `escapeHtml`; nothing else is trusted.
 */

const htmlEscapes = /** @type {const} */ ({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
})

/**
 * Escape text for use in HTML element content or a quoted attribute value.
 *
 * @param {unknown} value
 * @returns {string}
 */
export function escapeHtml(value) {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (character) => htmlEscapes[/** @type {keyof typeof htmlEscapes} */ (character)],
  )
}

/**
 * Serialize a value as JSON that is safe inside an HTML `<script>` element: `<`, `>`, `&` and
 * the JavaScript line separators are written as `\u` escapes, so no string can close the
 * element or open a comment.
 *
 * @param {unknown} value
 * @returns {string}
 */
export function jsonForScript(value) {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => scriptEscapes[/** @type {keyof typeof scriptEscapes} */ (character)],
  )
}

// One pass over the JSON for all five: a page's JSON-LD can hold all its quotes.
const scriptEscapes = /** @type {const} */ ({
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
})

/**
 * Turn any string into a value usable in an HTML `id` and a URL fragment without escaping:
 * ASCII letters, digits, `-` and `_` only.
 *
 * @param {string} value
 * @returns {string}
 */
export function fragmentId(value) {
  return value.replace(/[^A-Za-z0-9_-]/g, '-')
}
