import type { parseHTML as ParseHTML } from 'linkedom'

type Document = ReturnType<typeof ParseHTML>['document']
type Element = ReturnType<Document['createElement']>

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Parts of a page beside the article: navigation, sidebars ("Most read", a newsletter box) and
 * footers, whose `<h1>` never names the article.
 */
const sidelines = 'nav, aside, footer, [role=navigation], [role=complementary], [role=contentinfo]'

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

/**
 * The page's site banners: the `<header>`s that hold a `<nav>` that is not a breadcrumb trail.
 * Headers inside `<article>`, `<main>` or `.entry-header` need no exception: an `<h1>` there is
 * taken before any `<h1>` is asked whether it is a logo. Found once per page: asking each `<h1>`
 * whether its `<header>` holds a `<nav>` searched the whole header again for every heading, so
 * a header of thousands of `<h1>`s took time quadratic in them.
 */
function siteBanners(document: Document): Set<Element> {
  const banners = new Set<Element>()
  for (const nav of document.querySelectorAll('header nav') as Element[]) {
    const header = nav.closest('header')
    if (header !== null && !banners.has(header) && !isBreadcrumb(nav)) banners.add(header)
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
 * The `<h1>` that heads the article, among those with text outside the page's sidelines: the
 * first inside `<article>`, else inside `<main>`, else in WordPress's entry header, else the
 * first that is not the site's logo (a hero `<header>` holds the article's own `<h1>`). Read
 * before Readability, which changes the document.
 */
export function articleHeading(document: Document): string | undefined {
  const headings = ([...document.querySelectorAll('h1')] as Element[]).filter(
    (element) =>
      collapseSpaces(element.textContent ?? '') !== '' && element.closest(sidelines) === null,
  )
  let banners: Set<Element> | undefined
  const heading =
    headings.find((element) => element.closest('article') !== null) ??
    headings.find((element) => element.closest('main') !== null) ??
    headings.find((element) => element.closest('.entry-header, .entry-title') !== null) ??
    headings.find((element) => {
      banners ??= siteBanners(document)
      return !isSiteLogo(element, banners)
    })
  return heading?.textContent ?? undefined
}
