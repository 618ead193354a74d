/**
 * The words that name a part of a page holding other stories' teasers, as a class, id or
 * `aria-label` says it: "Related", "More stories", "Recommended for you", a card grid, a promo
 * strip, "Trending", "Most popular", sponsored or suggested links and the widgets that serve
 * them. A name is split into words at anything but a letter or digit and at a lowercase-to-
 * uppercase step (`related-articles`, `moreStories`, `c-teaser__title`); lowercase. Chosen from
 * the names such rails carry in common templates (Jetpack's `jp-relatedposts`, Bootstrap's
 * `card`, `more-stories`, `OUTBRAIN`), not fitted on data: the repository holds no saved page
 * with such a rail.
 */

/**
 * Stems a word of the name starts with (`relatedposts`, `recommendations`, `teasers`,
 * `promobox`, `sponsored`).
 */
export const teaserNameStems: readonly string[] = Object.freeze([
  'related',
  'recommend',
  'teaser',
  'promo',
  'trending',
  'popular',
  'sponsor',
  'suggest',
  'outbrain',
  'taboola',
])

/**
 * Short words that must be a whole word of the name: as stems they would match `moreover` or
 * `cardiology`. Not `next` (Next.js names a page's root `__next`), nor `list` or `grid`, which
 * name any layout.
 */
export const teaserNameWords: readonly string[] = Object.freeze(['more', 'card', 'cards'])
