/**
 * An external URL from an article, if it is safe to link to: absolute `http:` or `https:` only.
 * Anything else (`javascript:`, `data:`, relative paths, garbage) gives null, so it is shown as
 * text or not at all, never as a link.
 *
 * @param {string | null | undefined} value
 * @returns {string | null}
 */
export function safeExternalUrl(value) {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}
