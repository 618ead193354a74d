import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'

const bytes = (text: string) => new TextEncoder().encode(text)

const frontMatter = `---
title: Brackwater mayor steps down
topics: [harbours, diplomcy]
overrides:
  speakerNames:
    Philippa Gorse: '../../etc/passwd'
    Nobody Here: Somebody Else
    Gorse: ''
    Vale: '?!'
    Brel: Tomas Brel
    Ines: Inès d’Arcy-Ōkubo, Jr.
  addTopics: [no-such-topic-xyz]
---

"He will not be missed," said council leader Philippa Gorse.
`

describe('override entries', () => {
  it('refuses a canonical speaker name that is no name, at its line, keeping the others', () => {
    const file = ingest({ path: 'o.md', contents: bytes(frontMatter) })
    expect(file.data.article?.overrides.speakerNames).toEqual({
      'Nobody Here': 'Somebody Else',
      Brel: 'Tomas Brel',
      Ines: 'Inès d’Arcy-Ōkubo, Jr.',
    })
    const refused = file.messages
      .filter((message) => message.ruleId === 'front-matter-value')
      .map((message) => [message.line, message.fatal, message.field, message.reason])
    expect(refused).toEqual([
      [
        6,
        true,
        'overrides.speakerNames["Philippa Gorse"]',
        'Expected `overrides.speakerNames["Philippa Gorse"]` to be a name, not `../../etc/passwd`: names are not written with `/` (letters, digits, spaces and \' . , - & ( ) ! only)',
      ],
      [
        8,
        true,
        'overrides.speakerNames["Gorse"]',
        'Expected `overrides.speakerNames["Gorse"]` to be a name, not ``: it is empty',
      ],
      [
        9,
        true,
        'overrides.speakerNames["Vale"]',
        'Expected `overrides.speakerNames["Vale"]` to be a name, not `?!`: it has no letter',
      ],
    ])
  })

  it('records where each entry is written, by the field messages about it name', () => {
    const file = ingest({ path: 'o.md', contents: bytes(frontMatter) })
    expect(file.data.fieldPlaces).toMatchObject({
      'overrides.speakerNames["Nobody Here"]': { line: 7, column: 5 },
      'overrides.speakerNames["Brel"]': { line: 10, column: 5 },
      'overrides.addTopics["harbours"]': { line: 3, column: 10 },
      'overrides.addTopics["diplomcy"]': { line: 3, column: 20 },
      'overrides.addTopics["no-such-topic-xyz"]': { line: 12, column: 15 },
    })
  })

  it('places the topics of simple front matter (read without the yaml package) on their line', () => {
    const file = ingest({
      path: 's.md',
      contents: bytes(
        '---\ntitle: Harbour wall\ntopics: [harbours, diplomcy]\n---\n\nThe wall held.\n',
      ),
    })
    expect(file.data.fieldPlaces?.['overrides.addTopics["diplomcy"]']?.line).toBe(3)
  })

  it('places the entries of a JSON article too', () => {
    const json = JSON.stringify(
      {
        title: 'Harbour wall',
        blocks: [{ id: 'p1', type: 'paragraph', text: 'The wall held.' }],
        overrides: { speakerNames: { Vale: '<b>Ann</b>' }, addTopics: ['harbours'] },
      },
      null,
      2,
    )
    const file = ingest({ path: 'a.json', contents: bytes(json) })
    expect(file.data.article?.overrides.speakerNames).toEqual({})
    const refused = file.messages.find((message) => message.ruleId === 'json-field-value')
    expect([refused?.line, refused?.field]).toEqual([12, 'overrides.speakerNames["Vale"]'])
    expect(file.data.fieldPlaces?.['overrides.addTopics["harbours"]']?.line).toBe(15)
  })
})
