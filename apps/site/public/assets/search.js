// The site's only script: search over the Pagefind index (its shards merged), with filters by type, topic and
// speaker. Everything from the index is written with textContent (Pagefind's own UI writes
// filter values as HTML, which would let an article's speaker name or topic run markup).

const form = document.querySelector('#search-form')
const input = document.querySelector('#search-input')
const filtersBox = document.querySelector('#search-filters')
const status = document.querySelector('#search-status')
const list = document.querySelector('#search-results')
const more = document.querySelector('#search-more')
const PAGE = 10
const FILTER_LABELS = { type: 'Type', topic: 'Topic', speaker: 'Speaker' }

// The search index's folder, `pagefind/` beside this script's `assets/`, wherever the site is
// published: at the root of a domain or under a path (a project site of GitHub Pages). Pagefind
// gives its results that path too, from the path it is loaded from.
const searchFolder = new URL('../pagefind/', import.meta.url).pathname

let pagefind
// The shards of the index (see lib/model/search.js), by the value of the `shard` filter Pagefind
// gives each one's pages when it merges them.
let shards = []
let results = []
let shown = 0
let run = 0

/** Pagefind's excerpt is HTML with <mark>; keep the text and the marks, nothing else. */
function excerptNodes(html) {
  const template = document.createElement('template')
  template.innerHTML = html
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark')
      mark.textContent = node.textContent
      return mark
    }
    return document.createTextNode(node.textContent ?? '')
  })
}

function selectedFilters() {
  const selected = {}
  for (const box of filtersBox.querySelectorAll('input[type="checkbox"]:checked')) {
    selected[box.name] = [...(selected[box.name] ?? []), box.value]
  }
  return Object.fromEntries(
    Object.entries(selected).map(([name, values]) => [name, { any: values }]),
  )
}

function renderFilters(available) {
  const checked = new Set(
    [...filtersBox.querySelectorAll('input:checked')].map((box) => `${box.name}\u0000${box.value}`),
  )
  filtersBox.replaceChildren()
  for (const name of ['type', 'topic', 'speaker']) {
    // Only values with results among the current ones (and those already ticked).
    const values = Object.entries(available[name] ?? {})
      .filter(([value, count]) => count > 0 || checked.has(`${name}\u0000${value}`))
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'en'))
    if (values.length === 0) continue
    const fieldset = document.createElement('fieldset')
    const legend = document.createElement('legend')
    legend.textContent = FILTER_LABELS[name]
    fieldset.append(legend)
    for (const [value, count] of values.slice(0, 12)) {
      const label = document.createElement('label')
      const box = document.createElement('input')
      box.type = 'checkbox'
      box.name = name
      box.value = value
      box.checked = checked.has(`${name}\u0000${value}`)
      box.addEventListener('change', () => search())
      const count_ = document.createElement('span')
      count_.className = 'count'
      count_.textContent = ` ${count}`
      label.append(box, ` ${value}`, count_)
      fieldset.append(label)
    }
    filtersBox.append(fieldset)
  }
}

/**
 * Search every shard of the index. Pagefind drops from a query the words an index does not have
 * (so that a misspelt word does not empty the results): a shard without a word that other shards
 * have would answer for the other words alone, so the search is kept to the shards that have
 * every word the site has, as one index of the whole site would be.
 */
async function searchShards(term, options) {
  const words = term && !/^\s*".+"\s*$/.test(term) ? term.split(/\s+/).filter(Boolean) : []
  if (shards.length < 2 || words.length < 2) return pagefind.search(term, options)
  const found = await Promise.all(
    words.map(async (word) => {
      const counts = (await pagefind.search(word)).filters.shard ?? {}
      return shards.filter((shard) => counts[shard] > 0)
    }),
  )
  const known = found.filter((where) => where.length > 0)
  const answering = shards.filter((shard) => known.every((where) => where.includes(shard)))
  if (answering.length === shards.length) return pagefind.search(term, options)
  if (answering.length === 0) return { results: [], filters: {} }
  return pagefind.search(term, {
    ...options,
    filters: { ...options.filters, shard: { any: answering } },
  })
}

async function showMore() {
  const batch = await Promise.all(results.slice(shown, shown + PAGE).map((result) => result.data()))
  for (const data of batch) {
    const item = document.createElement('li')
    item.className = 'search-result'
    const heading = document.createElement('h2')
    heading.className = 'search-result-title'
    const link = document.createElement('a')
    link.href = data.url
    link.textContent = data.meta?.title ?? data.url
    heading.append(link)
    const type = document.createElement('p')
    type.className = 'meta'
    type.textContent = (data.filters?.type ?? []).join(', ')
    const excerpt = document.createElement('p')
    excerpt.append(...excerptNodes(data.excerpt ?? ''))
    item.append(heading, type, excerpt)
    list.append(item)
  }
  shown += batch.length
  more.hidden = shown >= results.length
}

async function search() {
  const current = ++run
  const term = input.value.trim()
  const filters = selectedFilters()
  const url = new URL(window.location.href)
  if (term) url.searchParams.set('q', term)
  else url.searchParams.delete('q')
  window.history.replaceState(null, '', url)
  if (!term && Object.keys(filters).length === 0) {
    results = []
    list.replaceChildren()
    status.textContent = 'Type a name, a topic or any words from an article.'
    more.hidden = true
    renderFilters(await pagefind.filters())
    return
  }
  // Pagefind reports no filter counts when given an empty `filters` object.
  const options = Object.keys(filters).length > 0 ? { filters } : {}
  const response = await searchShards(term || null, options)
  if (current !== run) return
  results = response.results
  shown = 0
  list.replaceChildren()
  renderFilters(response.filters)
  status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'}${term ? ` for “${term}”` : ''}`
  await showMore()
}

async function start() {
  if (!form || !input || !filtersBox || !list || !status || !more) return
  status.textContent = 'Loading the search index…'
  // The index is in shards (one on a small site): the first one's Pagefind merges the others,
  // marking the pages of each with a `shard` filter.
  const response = await fetch(`${searchFolder}shards.json`)
  if (!response.ok) throw new Error(`No search index: ${response.status}`)
  const index = await response.json()
  if (index.shards.length === 0) {
    status.textContent = 'There is nothing to search yet.'
    return
  }
  shards = index.shards.map((_, number) => String(number + 1))
  pagefind = await import(`${searchFolder}${index.shards[0]}/pagefind.js`)
  await pagefind.options({ excerptLength: 24, mergeFilter: { shard: '1' } })
  await pagefind.init()
  await Promise.all(
    index.shards.slice(1).map((name, number) =>
      pagefind.mergeIndex(`${searchFolder}${name}/`, {
        excerptLength: 24,
        mergeFilter: { shard: String(number + 2) },
      }),
    ),
  )
  // Loads the filter index: until then, searches report no filter counts.
  await pagefind.filters()
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    search()
  })
  let timer
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(search, 250)
  })
  more.addEventListener('click', () => showMore())
  input.value = new URLSearchParams(window.location.search).get('q') ?? ''
  await search()
}

start().catch((error) => {
  if (status) status.textContent = 'Search is not available right now.'
  console.error(error)
})
