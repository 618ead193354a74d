import type { Document, Element } from './html-dom.js'
import { type HeadingCandidate, headingCandidates } from './html-heading-candidates.js'

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
 * Prose (characters, white space not counted) the largest body of a page must reach before a
 * heading is ruled out as a line beside it, and the share of it under which a heading governs a
 * line: a teaser's headline, a consent box's or a comment thread's heading over a page's
 * story. Below that size no heading is ruled out by its prose: on a short page a story, a
 * teaser and a newsletter box govern a few lines each, and their sizes tell them apart no
 * better than chance. Set by hand, not fitted: the repository's saved pages hold no teaser.
 */
const bodyLength = 500
const lineShare = 0.1

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

/** Whether a link's `rel` names it `bookmark`, the permanent link to the post it is in. */
function isBookmark(link: Element): boolean {
  const rel: string = link.getAttribute('rel') ?? ''
  return rel.toLowerCase().split(/\s+/).includes('bookmark')
}

/**
 * Whether a heading is a link to another page, as a teaser's headline links to its story: all
 * its text inside one link, or the heading inside a link (a card that is one link), whose
 * address is not the page's own (a fragment, or the page's canonical address, as a blog
 * post's title may link to the post). A page that states no address of its own has no other
 * way to tell, and its heading's link to anything but a fragment counts, except the
 * `rel="bookmark"` link of a post's title in its entry header (WordPress's), which is the
 * post's own address.
 */
function linksAway(candidate: HeadingCandidate, addresses: URL[]): boolean {
  const heading = candidate.element
  const links = heading.querySelectorAll('a') as Element[]
  const [only] = links
  const link =
    heading.closest('a') ??
    (links.length === 1 &&
    only !== undefined &&
    collapseSpaces(only.textContent ?? '') === collapseSpaces(heading.textContent ?? '')
      ? only
      : null)
  if (link === null) return false
  const href = (link.getAttribute('href') ?? '').trim()
  if (href === '' || href.startsWith('#')) return false
  if (addresses.length === 0) return !(candidate.inEntryHeader && isBookmark(link))
  return !addresses.some((address) => {
    const target = parseUrl(href, address)
    return target !== undefined && pageKey(target) === pageKey(address)
  })
}

/**
 * Whether a heading is marked as another story's teaser: inside a container whose class, id or
 * `aria-label` names teasers (see `teaser-names`), inside an `<article>` nested in another (a
 * related story, a comment), or a link to another page (see `linksAway`).
 */
function isTeaser(candidate: HeadingCandidate, addresses: URL[]): boolean {
  return candidate.inTeaserContainer || candidate.inNestedArticle || linksAway(candidate, addresses)
}

/**
 * The heading that governs more prose than all the page's other headings together, if one
 * does: it heads the page's own story, whatever marks it as a teaser's, for a teaser holds a
 * line. So a post's title that links to the post (on a page that states no address of its own,
 * or states it with another scheme or query), or a story in a container named like teasers (a
 * Bootstrap `card`), keeps the title from a newsletter box, a comment thread or a sidebar.
 */
function dominantHeading(headings: HeadingCandidate[]): HeadingCandidate | undefined {
  let total = 0
  let most: HeadingCandidate | undefined
  for (const candidate of headings) {
    total += candidate.prose
    if (most === undefined || candidate.prose > most.prose) most = candidate
  }
  return most !== undefined && most.prose * 2 > total ? most : undefined
}

/**
 * The `<h1>` that heads the article. Of the page's `<h1>`s with text outside its sidelines and
 * `<template>`s (see `headingCandidates`), but the site's logo: those marked as another story's
 * teaser are set aside (see `isTeaser`), but the one that governs most of the page's prose (see
 * `dominantHeading`), and unless all are, as on a page whose own heading sits in a container
 * named like teasers and governs little of it; of the rest, a heading that governs under `lineShare` of the
 * most prose any of them governs is a line beside the page's body, and set aside too, once that
 * most is `bodyLength` or more. Of those left, the first inside `<article>`, else inside
 * `<main>`, else in WordPress's entry header, else the first: the order that held before teasers
 * were told apart. Prose only rules a heading out, never promotes one over another that comes
 * before it in that order: weighing it gave the title to a consent box, a comment thread or a
 * section's `<h1>` longer than a short story, and to teasers on a page with no prose. So a
 * "More stories" strip or teaser `<article>`s before the story, or beside a page whose own
 * `<h1>` is in `<main>` outside any `<article>`, no longer give the title to another story.
 * Read before Readability, which changes the document.
 */
export function articleHeading(document: Document): string | undefined {
  const banners = siteBanners(document)
  const headings = headingCandidates(document).filter(
    (candidate) => !isSiteLogo(candidate.element, banners),
  )
  const addresses = pageAddresses(document)
  const story = dominantHeading(headings)
  const unmarked = headings.filter(
    (candidate) => candidate === story || !isTeaser(candidate, addresses),
  )
  const pool = unmarked.length > 0 ? unmarked : headings
  // A loop, not Math.max(...): a page of 100,000 headings would overflow the call's arguments.
  let mostProse = 0
  for (const candidate of pool) mostProse = Math.max(mostProse, candidate.prose)
  const kept =
    mostProse < bodyLength
      ? pool
      : pool.filter((candidate) => candidate.prose >= mostProse * lineShare)
  const heading =
    kept.find((candidate) => candidate.inArticle) ??
    kept.find((candidate) => candidate.inMain) ??
    kept.find((candidate) => candidate.inEntryHeader) ??
    kept[0]
  return heading?.text
}
