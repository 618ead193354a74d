import type { parseHTML as ParseHTML } from 'linkedom'
import { headingCandidates } from './html-heading-candidates.js'

type Document = ReturnType<typeof ParseHTML>['document']
type Element = ReturnType<Document['createElement']>

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** A link to the site's root, as a logo links home: `/`, `https://gazette.example/`, `./`. */
const siteRoot = /^(?:(?:https?:)?\/\/[^/?#]+)?(?:\/|\.\/|\/index\.html?)?$/i

/** A breadcrumb trail's name, as `aria-label`, class or id say it ("Breadcrumbs", `breadcrumb`). */
const breadcrumbName = /breadcrumb/i

/**
 * Whether a `<nav>` is a breadcrumb trail (News › Local), which an article's own header holds
 * above its `<h1>`: named so, or a list of links ending at the page itself, as text (a site's
 * menu ends at a link, a button or a search form).
 */
function isBreadcrumb(nav: Element): boolean {
  const names = ['aria-label', 'class', 'id'].map((name) => nav.getAttribute(name) ?? '')
  if (names.some((name) => breadcrumbName.test(name))) return true
  const list = nav.querySelector('ol, ul')
  const items = list === null ? [] : ([...list.children] as Element[])
  const last = items.at(-1)
  return (
    items.length > 1 &&
    last !== undefined &&
    collapseSpaces(last.textContent ?? '') !== '' &&
    last.querySelector('a, button, form, input') === null &&
    items.slice(0, -1).every((item) => item.querySelector('a') !== null)
  )
}

/** Where a `<header>` is the article's own, not the site's banner. */
const articleParts = 'article, main, [role=main], .entry-header'

/**
 * The page's site banners: the `<header>`s that hold a `<nav>` that is not a breadcrumb trail,
 * outside `<article>`, `<main>` and `.entry-header`, where a header is the article's own (its
 * `<nav>` a share bar or a table of contents). Found once per page: asking each `<h1>`
 * whether its `<header>` holds a `<nav>` searched the whole header again for every heading, so
 * a header of thousands of `<h1>`s took time quadratic in them.
 */
function siteBanners(document: Document): Set<Element> {
  const banners = new Set<Element>()
  for (const nav of document.querySelectorAll('header nav') as Element[]) {
    const header = nav.closest('header')
    if (header === null || banners.has(header) || isBreadcrumb(nav)) continue
    if (header.closest(articleParts) === null) banners.add(header)
  }
  return banners
}

/**
 * Whether an `<h1>` is the site's logo or name: in the banner (`[role=banner]`, a site banner
 * `<header>`, see `siteBanners`), marked as the logo or site title, or only a link to the
 * site's root.
 */
function isSiteLogo(heading: Element, banners: Set<Element>): boolean {
  if (heading.closest('[role=banner], .site-title, .site-logo, .logo') !== null) return true
  const header = heading.closest('header')
  if (header !== null && banners.has(header)) return true
  const [only] = heading.children
  return (
    heading.children.length === 1 &&
    only?.tagName === 'A' &&
    collapseSpaces(only.textContent ?? '') === collapseSpaces(heading.textContent ?? '') &&
    siteRoot.test((only.getAttribute('href') ?? 'x').trim())
  )
}

/**
 * What tells the page's own `<h1>` from a teaser's, the site's logo and a sideline's, and how
 * much each counts; the heading with the highest sum heads the article, the first of equals.
 * Holding a body (`bodyShare`, `bodyLength`) outweighs the rest together (12, against at most 4
 * for and 7 against): a teaser is a headline, a link and a line, the article's heading has the
 * paragraphs under it, wherever the markup puts either. Then where the heading stands, as the
 * page's structure says it (in `<article>`, in `<main>`, in WordPress's entry header, the order
 * in which they were once tried), less what marks a teaser: in a container named for teasers,
 * a link to another page, an `<article>` inside another. A teaser's container or link (3)
 * outweighs the `<article>` it is in (2), which is how a page holds teasers as often as its
 * story. The site's logo (-30) comes last, and is never the article's heading.
 *
 * Set by hand, not fitted: the repository's saved pages (the HTML fixtures) hold no teaser,
 * and each has one `<h1>` at most. The invented pages of `html-heading.test.ts`, one for each
 * shape of page, are what the weights were checked on; each weight decides one of them.
 */
const headingWeights = Object.freeze({
  holdsBody: 12,
  inArticle: 2,
  inMain: 1,
  inEntryHeader: 1,
  inTeaserContainer: -3,
  linksAway: -3,
  inNestedArticle: -1,
  siteLogo: -30,
})

/**
 * Prose a heading must govern to hold a body: half of the most any heading of the page governs
 * (a short article among teasers), or this many characters, white space not counted, which no
 * teaser's line reaches (a long article beside another, as a page that loads the next story
 * holds both).
 */
const bodyShare = 0.5
const bodyLength = 500

/** The page's own addresses, as its canonical link and Open Graph URL state them. */
function pageAddresses(document: Document): URL[] {
  const stated = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ]
  return stated.flatMap((address) => {
    const url = address ? parseUrl(address.trim()) : undefined
    return url === undefined ? [] : [url]
  })
}

/** `URL.parse`, which Node 20 before 20.18 lacks. */
function parseUrl(address: string, base?: URL): URL | undefined {
  try {
    return new URL(address, base)
  } catch {
    return undefined
  }
}

/**
 * The address without its fragment and trailing slashes, to compare two links to one page.
 * Slashes are trimmed by a loop: a pattern anchored at the end (`/\/+$/`) retries from every
 * slash of a long run, quadratic in it.
 */
function pageKey(url: URL): string {
  let path = url.pathname
  let end = path.length
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--
  path = path.slice(0, end)
  return `${url.origin}${path}${url.search}`
}

/**
 * Whether a heading is a link to another page, as a teaser's headline links to its story: all
 * its text inside one link, or the heading inside a link (a card that is one link), whose
 * address is not the page's own (a fragment, or the page's canonical address, as a blog
 * post's title may link to the post). A page that states no address of its own has no other
 * way to tell: its heading's link to anything but a fragment counts.
 */
function linksAway(heading: Element, addresses: URL[]): boolean {
  const links = heading.querySelectorAll('a') as Element[]
  const [only] = links
  const link =
    heading.closest('a') ??
    (links.length === 1 &&
    only !== undefined &&
    collapseSpaces(only.textContent ?? '') === collapseSpaces(heading.textContent ?? '')
      ? only
      : null)
  const href = (link?.getAttribute('href') ?? '').trim()
  if (href === '' || href.startsWith('#')) return false
  if (addresses.length === 0) return true
  return !addresses.some((address) => {
    const target = parseUrl(href, address)
    return target !== undefined && pageKey(target) === pageKey(address)
  })
}

/**
 * The `<h1>` that heads the article, among those with text outside the page's sidelines (see
 * `headingCandidates`), by the weights of `headingWeights`: the page's own heading, not a
 * teaser's (a "Related" or "More stories" `<article>` before it, or the page's heading in
 * `<main>` outside any `<article>`), nor the site's logo. Read before Readability, which
 * changes the document.
 */
export function articleHeading(document: Document): string | undefined {
  const candidates = headingCandidates(document)
  if (candidates.length === 0) return undefined
  const banners = siteBanners(document)
  const addresses = pageAddresses(document)
  // A loop, not Math.max(...): a page of 100,000 headings would overflow the call's arguments.
  let mostProse = 0
  for (const candidate of candidates) mostProse = Math.max(mostProse, candidate.prose)
  const bodyProse = Math.min(bodyLength, mostProse * bodyShare)
  let best: { text: string; score: number; siteLogo: boolean } | undefined
  for (const candidate of candidates) {
    const { element } = candidate
    const features = {
      holdsBody: candidate.prose > 0 && candidate.prose >= bodyProse,
      inArticle: candidate.inArticle,
      inMain: candidate.inMain,
      inEntryHeader: candidate.inEntryHeader,
      inTeaserContainer: candidate.inTeaserContainer,
      linksAway: linksAway(element, addresses),
      inNestedArticle: candidate.inNestedArticle,
      siteLogo: isSiteLogo(element, banners),
    } satisfies Record<keyof typeof headingWeights, boolean>
    let score = 0
    for (const [feature, weight] of Object.entries(headingWeights)) {
      if (features[feature as keyof typeof features]) score += weight
    }
    if (best === undefined || score > best.score) {
      best = { text: candidate.text, score, siteLogo: features.siteLogo }
    }
  }
  // A logo heads no article: the caller falls back to the page's first <h1>, as it did.
  return best?.siteLogo ? undefined : best?.text
}
