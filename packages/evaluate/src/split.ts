/**
 * The fixed part of a training corpus kept aside to validate on: an article belongs to it when
 * the FNV-1a hash of its name falls in the first fifth. The name alone decides, so the split is
 * the same on every machine and does not move when articles are added.
 */
export function isValidationArticle(name: string): boolean {
  return fnv1a(name.replace(/\.txt$/, '')) % 5 === 0
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}
