import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { nameProblem } from '../src/lib/override-names.js'

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
        'Expected `overrides.speakerNames["Philippa Gorse"]` to be a name, not `../../etc/passwd`: it is shaped like a path (a leading `/` or a `..` part)',
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

  it('accepts names written with slashes, symbols, quotation marks, middle dots and joiners', () => {
    const names = [
      'Tide/Wake',
      "O'Brel/Vale",
      '安娜·卡列尼娜',
      'Marcel·lí Vidal', // Catalan l·l, U+00B7
      'アンナ・カレーニナ', // U+30FB
      'نیک‌نام', // a zero-width non-joiner, U+200C
      'क्‍ष', // a zero-width joiner, U+200D
      'Tomas "The Anchor" Brel',
      'Tomas “The Anchor” Brel',
      'Ve$na',
      'Brel + Vale',
      'P*I*E*R',
      'Tomas B: Harbourside',
      'Inès d’Arcy-Ōkubo, Jr.',
      'Harbour Board #2 (North) @ Quay [Ltd] = 100%',
    ]
    expect(names.filter((name) => nameProblem(name) !== undefined)).toEqual([])
    const file = ingest({
      path: 'n.json',
      contents: bytes(
        JSON.stringify({
          title: 'Harbour wall',
          blocks: [{ id: 'p1', type: 'paragraph', text: 'The wall held.' }],
          overrides: {
            speakerNames: Object.fromEntries(names.map((name, index) => [`S${index}`, name])),
          },
        }),
      ),
    })
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
    expect(Object.values(file.data.article?.overrides.speakerNames ?? {})).toEqual(names)
  })

  it('refuses markup, template, control and format characters, no letter and paths, naming a character by its code point', () => {
    expect(
      [
        '<b>Ann</b>',
        'Ann>',
        '{{ speaker }}',
        'Ann}',
        '`Ann`',
        'Ann\\Lee',
        'Ann\u202ELee',
        'Ann\u2066Lee',
        'Ann\u200ELee',
        'Ann\u061CLee',
        'Ann\u0007Lee',
        '?!',
        '1 + 2',
        '../../etc/passwd',
        'Ann/../Lee',
        '/etc/passwd',
      ].map(nameProblem),
    ).toEqual([
      'names are not written with U+003C LESS-THAN SIGN, a markup or template character',
      'names are not written with U+003E GREATER-THAN SIGN, a markup or template character',
      'names are not written with U+007B LEFT CURLY BRACKET, a markup or template character',
      'names are not written with U+007D RIGHT CURLY BRACKET, a markup or template character',
      'names are not written with U+0060 GRAVE ACCENT, a markup or template character',
      'names are not written with U+005C REVERSE SOLIDUS, a markup or template character',
      'it holds U+202E, an invisible control or format character',
      'it holds U+2066, an invisible control or format character',
      'it holds U+200E, an invisible control or format character',
      'it holds U+061C, an invisible control or format character',
      'it holds U+0007, an invisible control or format character',
      'it has no letter',
      'it has no letter',
      'it is shaped like a path (a leading `/` or a `..` part)',
      'it is shaped like a path (a leading `/` or a `..` part)',
      'it is shaped like a path (a leading `/` or a `..` part)',
    ])
    const file = ingest({
      path: 'r.md',
      contents: bytes(
        '---\ntitle: Harbour wall\noverrides:\n  speakerNames:\n    Ann: "Ann\\u202ELee"\n---\n\nThe wall held.\n',
      ),
    })
    const refused = file.messages.find((message) => message.ruleId === 'front-matter-value')
    expect([refused?.line, refused?.reason]).toEqual([
      5,
      'Expected `overrides.speakerNames["Ann"]` to be a name, not `Ann<U+202E>Lee`: it holds U+202E, an invisible control or format character',
    ])
    expect(refused?.reason).not.toContain('\u202E')
    expect(file.data.article?.overrides.speakerNames).toEqual({})
  })

  it('prints the invisible characters of a key in a refusal by code point, never raw', () => {
    const reasonsOf = (frontMatter: string) =>
      ingest({
        path: 'k.md',
        contents: bytes(`---\ntitle: Harbour wall\n${frontMatter}---\n\nThe wall held.\n`),
      }).messages.map((message) => message.reason)
    // The key of a refused entry, a right-to-left override inside it.
    const refused = reasonsOf('overrides:\n  speakerNames:\n    "Ann\\u202ELee": "?!"\n')
    expect(refused).toContain(
      'Expected `overrides.speakerNames["Ann<U+202E>Lee"]` to be a name, not `?!`: it has no letter',
    )
    // A key whose value has the wrong type, an unknown key in `overrides`, an unknown field.
    const others = reasonsOf(
      '"fie\\u202Eld\\u200B": 1\noverrides:\n  speakerNames:\n    "Bo\\u202E": 5\n  "extra\\u202E": 1\n',
    )
    expect(others).toEqual(
      expect.arrayContaining([
        'Unexpected unknown front-matter field `fie<U+202E>ld<U+200B>`',
        'Expected `overrides.speakerNames.Bo<U+202E>` to be a canonical name (text), not the number `5`',
        'Unexpected unknown key `extra<U+202E>` in `overrides`',
      ]),
    )
    for (const reason of [...refused, ...others]) expect(reason).not.toMatch(/[\u200B\u202E]/)
    // The note of the refusal names the key the same way.
    const note = ingest({
      path: 'k.md',
      contents: bytes(
        '---\ntitle: Harbour wall\noverrides:\n  speakerNames:\n    "Ann\\u202ELee": "?!"\n---\n\nThe wall held.\n',
      ),
    }).messages.find((message) => message.ruleId === 'front-matter-value')?.note
    expect(note).toContain('`Ann<U+202E>Lee: Ann<U+202E>Lee`')
  })

  it("prints the invisible characters of a JSON article's unknown field by code point", () => {
    const json =
      '{"title":"Harbour wall","blocks":[{"type":"paragraph","text":"The wall held, said Ann Vale.","ex\\u202Etra":1}],"ti\\u202Etle":1}'
    const reasons = ingest({ path: 'k.json', contents: bytes(json) })
      .messages.filter((message) => message.ruleId === 'json-unknown-field')
      .map((message) => message.reason)
    expect(reasons).toEqual([
      'Unexpected unknown field `ti<U+202E>tle`',
      'Unexpected unknown field `blocks.0.ex<U+202E>tra`',
    ])
  })

  it('prints the invisible characters of a YAML alias in a syntax error by code point', () => {
    const [reason] = ingest({
      path: 'k.md',
      contents: bytes('---\ntitle: *na\u202Eme\n---\n\nThe wall held.\n'),
    }).messages.map((message) => message.reason)
    expect(reason).toBe(
      'Unexpected broken front matter: Unresolved alias (the anchor must be set before the alias): na<U+202E>me',
    )
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
