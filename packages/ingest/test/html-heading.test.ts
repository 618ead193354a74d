import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { articleHeading } from '../src/lib/formats/html-heading.js'

const headingOf = (page: string) => articleHeading(parseHTML(page).document)

describe('articleHeading', () => {
  it('stays linear in the headings of one <header>', () => {
    // 10,000 logo <h1>s in a header without <nav>: asking each whether its header holds a
    // <nav> searched the whole header again: some 28 seconds; once per page, under one.
    const logos = '<h1><a href="/">Home</a></h1>'.repeat(10_000)
    expect(
      headingOf(
        `<html><body><header>${logos}</header><div><h1>Pier collapses in storm</h1></div></body></html>`,
      ),
    ).toBe('Pier collapses in storm')
  })
})
