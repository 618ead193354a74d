import { describe, expect, inject, it } from 'vitest'
import { feedProblems, htmlProblems, siteFeeds, sitePages } from './helpers/validators.js'

/**
 * The fixture site (with its hostile articles) as validators see it: html-validate's standard
 * and accessibility presets on every page, and a feed parser on every Atom and JSON feed.
 */
describe('validators', () => {
  const siteDir = inject('siteDir')

  it('finds no html-validate error on any page (standard and a11y presets)', async () => {
    expect((await sitePages(siteDir)).length).toBeGreaterThan(20)
    expect(await htmlProblems(siteDir)).toEqual([])
  })

  it('parses every Atom and JSON feed, each entry with an id, a title and a valid date', async () => {
    const { atom, json } = await siteFeeds(siteDir)
    expect(atom.length).toBeGreaterThan(3)
    expect(json.length).toBe(atom.length)
    expect(await feedProblems(siteDir)).toEqual([])
  })
})
