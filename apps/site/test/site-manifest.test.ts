import { describe, expect, it } from 'vitest'
import { strayFiles } from '../scripts/lib/site-manifest.js'

describe('strayFiles', () => {
  const made = new Set(['index.html', 'api/articles.json', 'articles/a/index.html'])

  it('names the files in the build’s folders that no build made', () => {
    const present = [...made, 'articles/old/index.html', 'api/articles/old.json']
    expect(strayFiles(present, made)).toEqual(['api/articles/old.json', 'articles/old/index.html'])
  })

  it('leaves the files at the root alone, whatever their names', () => {
    // `apis` is no file of `api/`, and `articles` none of `articles/`.
    const present = [...made, 'apis', 'articles', 'CNAME', '.nojekyll', 'a']
    expect(strayFiles(present, made)).toEqual([])
  })

  it('leaves the search index’s folder and folders beside the site alone', () => {
    const present = [...made, 'pagefind/fragment/x.pf_fragment', '.git/HEAD', 'docs/readme.txt']
    expect(strayFiles(present, new Set([...made, 'pagefind/pagefind.js']))).toEqual([])
  })
})
