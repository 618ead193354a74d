import { existsSync, readdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { ArticleTopic, type IngestedArticle } from '@newsroom/schema'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import shippedTaxonomy from '../src/data/taxonomy.json' with { type: 'json' }
import retextTopics, { type Options } from '../src/index.js'
import { compileTaxonomy } from '../src/lib/taxonomy.js'

/** The example article, in the read-only `../shared` beside the repository (skipped if absent). */
const seed = new URL(
  '../../../../shared/seeds/china-us-cooperation-or-conflict.txt',
  import.meta.url,
)

/** The fields of `file.data.article` the plugin reads. */
interface ArticleData {
  title?: string
  dek?: string | null
  publisher?: string | null
  sourceFormat?: string
  tags?: string[]
  overrides?: { addTopics: string[]; removeTopics: string[]; speakerNames: Record<string, string> }
}

/** An IngestedArticle with only the fields the plugin reads, which is all a test needs. */
function partialArticle(fields: ArticleData): IngestedArticle {
  return fields as IngestedArticle
}

/** A fixture or seed file: title on line 1, paragraphs separated by blank lines. */
function articleFile(raw: string, data: Record<string, unknown> = {}): VFile {
  const [title = '', ...rest] = raw.split('\n')
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim())
    .filter((paragraph) => paragraph !== '')
  return new VFile({
    value: paragraphs.join('\n\n'),
    data: { article: partialArticle({ title, publisher: null }), ...data },
  })
}

async function topicsOf(file: VFile, options?: Options) {
  const processor = unified().use(retextEnglish).use(retextTopics, options)
  await processor.run(processor.parse(file), file)
  return file.data.topics ?? []
}

describe('@newsroom/retext-topics', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'TaxonomyFile',
      'TaxonomyTopic',
      'default',
      'retextTopics',
    ])
    const api = await import('../src/index.js')
    expect(api.retextTopics).toBe(api.default)
  })

  describe('fixtures', () => {
    const root = new URL('fixtures/', import.meta.url)
    for (const name of readdirSync(root).sort()) {
      it(name, async () => {
        const folder = new URL(`${name}/`, root)
        const topics = await topicsOf(
          articleFile(await readFile(new URL('input.txt', folder), 'utf8')),
        )
        const expectedUrl = new URL('output.json', folder)
        if (process.env.UPDATE) await writeFile(expectedUrl, `${JSON.stringify(topics, null, 2)}\n`)
        expect(topics).toEqual(JSON.parse(await readFile(expectedUrl, 'utf8')))
      })
    }
  })

  it('finds a fire and the disaster it implies, with evidence', async () => {
    const raw = await readFile(new URL('fixtures/town-fire/input.txt', import.meta.url), 'utf8')
    const topics = await topicsOf(articleFile(raw))
    const fire = topics.find((topic) => topic.id === 'fire')
    expect(fire?.source).toBe('taxonomy')
    expect(fire?.evidence.some((line) => line.startsWith('firefighters'))).toBe(true)
    const disasters = topics.find((topic) => topic.id === 'disasters-and-accidents')
    expect(disasters?.evidence).toContain('narrower topic: Fires')
    expect(disasters?.score).toBeLessThanOrEqual(fire?.score ?? 0)
  })

  it.skipIf(!existsSync(seed))('writes topics that validate against the schema', async () => {
    const topics = await topicsOf(articleFile(await readFile(seed, 'utf8')), {
      addTopics: ['Local news'],
    })
    expect(ArticleTopic.array().min(1).safeParse(topics).success).toBe(true)
  })

  it('makes a bilateral-relations topic when two states dominate an article on relations', async () => {
    const raw = await readFile(new URL('fixtures/trade-talks/input.txt', import.meta.url), 'utf8')
    const ids = (await topicsOf(articleFile(raw))).map((topic) => topic.id)
    expect(ids).toContain('chile-norway-relations')
    expect(ids).toContain('trade')
    expect(ids).toContain('diplomacy')
    // The relation stands for both states.
    expect(ids).not.toContain('norway')
    expect(ids).not.toContain('chile')
  })

  it('makes no topic from a single passing mention', async () => {
    const raw = await readFile(
      new URL('fixtures/passing-mention/input.txt', import.meta.url),
      'utf8',
    )
    const ids = (await topicsOf(articleFile(raw))).map((topic) => topic.id)
    expect(ids).toContain('athletics')
    expect(ids).not.toContain('japan')
  })

  it.skipIf(!existsSync(seed))(
    'finds the seed article’s topics: US–China relations, diplomacy and Taiwan',
    async () => {
      const topics = await topicsOf(articleFile(await readFile(seed, 'utf8')))
      const ids = topics.map((topic) => topic.id)
      expect(ids).toContain('china-united-states-relations')
      expect(ids).toContain('diplomacy')
      expect(ids).toContain('taiwan')
      expect(topics.find((t) => t.id === 'china-united-states-relations')?.label).toBe(
        'China–US relations',
      )
    },
  )

  it('uses the salience of retext-entities for places and organizations', async () => {
    const file = new VFile({
      value:
        'Harbourline Ferries cancelled every crossing on Friday.\n\nThe strike at Harbourline Ferries entered its third day, and Harbourline Ferries said talks had stalled.\n\nPassengers at Quayside Terminal waited for hours. A spokesman for Harbourline Ferries apologised.',
      data: {
        entities: {
          people: [],
          organizations: [
            entity('harbourline-ferries', 'Harbourline Ferries', 4, 0.7),
            entity('gullwing-air', 'Gullwing Air', 1, 0.05),
          ],
          places: [entity('quayside-terminal', 'Quayside Terminal', 1, 0.1)],
        },
      },
    })
    const topics = await topicsOf(file)
    const ferries = topics.find((topic) => topic.id === 'harbourline-ferries')
    expect(ferries?.source).toBe('entity')
    expect(ferries?.evidence[0]).toContain('salience 0.7')
    expect(topics.map((topic) => topic.id)).not.toContain('quayside-terminal')
    expect(topics.map((topic) => topic.id)).not.toContain('gullwing-air')
  })

  it('skips news agencies credited for the story', async () => {
    const file = new VFile({
      value:
        'A storm flooded the coast, Reuters reported.\n\nReuters said the flood reached the square. Reuters added that heavy rain would continue.',
      data: {
        entities: { people: [], organizations: [entity('reuters', 'Reuters', 3, 0.9)], places: [] },
      },
    })
    expect((await topicsOf(file)).map((topic) => topic.id)).not.toContain('reuters')
  })

  it('adds and removes topics from options and the article', async () => {
    const raw = await readFile(new URL('fixtures/town-fire/input.txt', import.meta.url), 'utf8')
    const file = articleFile(raw)
    ;(file.data as Record<string, unknown>).article = {
      title: 'Warehouse blaze',
      overrides: {
        addTopics: ['Local news', 'Fires'],
        removeTopics: ['disasters-and-accidents'],
        speakerNames: {},
      },
    }
    const topics = await topicsOf(file, { addTopics: ['Taiwan'], removeTopics: ['Fires'] })
    const ids = topics.map((topic) => topic.id)
    expect(ids).not.toContain('disasters-and-accidents')
    // Removal wins over addition, whoever asks.
    expect(ids).not.toContain('fire')
    expect(topics.find((topic) => topic.id === 'local-news')).toEqual({
      id: 'local-news',
      label: 'Local news',
      score: 1,
      source: 'manual',
      evidence: ['article overrides.addTopics'],
    })
    expect(topics.find((topic) => topic.id === 'taiwan')).toMatchObject({
      label: 'Taiwan',
      evidence: ['addTopics option'],
    })
  })

  it('takes the article’s tags that name a taxonomy topic or a country as topics', async () => {
    const file = new VFile({
      value: 'The ferry from Marrowby left an hour late on Tuesday.',
      data: {
        article: partialArticle({
          tags: ['climate', 'Elections', 'Portugal', 'ferries of Marrowby', 'fires'],
          overrides: { addTopics: [], removeTopics: ['fire'], speakerNames: {} },
        }),
      },
    })
    const topics = await topicsOf(file)
    expect(topics.map((topic) => [topic.id, topic.source, topic.evidence])).toEqual([
      ['climate-change', 'manual', ['article tag `climate`']],
      ['elections', 'manual', ['article tag `Elections`']],
      ['portugal', 'manual', ['article tag `Portugal`']],
    ])
    // A tag that names no topic is a keyword, not a typo; with topics chosen, no fallback.
    expect(file.messages).toEqual([])
  })

  it('orders topics by score, then id, the same on every run', async () => {
    const raw = await readFile(new URL('fixtures/trade-talks/input.txt', import.meta.url), 'utf8')
    const first = await topicsOf(articleFile(raw))
    const second = await topicsOf(articleFile(raw))
    expect(second).toEqual(first)
    for (let index = 1; index < first.length; index++) {
      const [a, b] = [first[index - 1], first[index]]
      if (!a || !b) continue
      expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true)
    }
  })

  it('keeps at most `maximum` topics found in the text', async () => {
    const raw = await readFile(new URL('fixtures/trade-talks/input.txt', import.meta.url), 'utf8')
    expect(await topicsOf(articleFile(raw), { maximum: 1 })).toHaveLength(1)
  })

  it('falls back to the closest topic, with an info message, when none passes', async () => {
    const file = new VFile('The school met on Tuesday. Its pupils will return on Friday.')
    const topics = await topicsOf(file)
    expect(topics).toHaveLength(1)
    expect(topics[0]?.id).toBe('education')
    expect(topics[0]?.score).toBeLessThanOrEqual(0.35)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['weak-topic'])
  })

  it('gives no topic from a single passing mention, not even as a fallback', async () => {
    const file = new VFile('The library on Mill Lane reopened on Friday, its director said.')
    expect(await topicsOf(file)).toEqual([])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['no-topic'])
    expect(file.messages[0]?.reason).toMatch(/passing mentions/)
  })

  it('gives no topic from one word said again and again, not even as a fallback', async () => {
    const fixture = async (name: string) =>
      articleFile(await readFile(new URL(`fixtures/${name}/input.txt`, import.meta.url), 'utf8'))
    for (const [file, said] of [
      // A council vote is no election, fire-fighting no war, a school no education story.
      [await fixture('council-vote'), '(`voted`, 3 times, a cue of `elections`)'],
      [await fixture('moor-fire-fund'), '(`fight`, 11 times, a cue of `conflict`)'],
      // Two forms of one word are still one word.
      [
        new VFile(
          'The fire spread to two barns. Fires like it start in dry weather; the fire went on until dawn.',
        ),
        '(`fire`/`fires`, 3 times, a cue of `fire`)',
      ],
      [
        new VFile('The school met on Tuesday. The school will reopen on Friday.'),
        '(`school`, 2 times, a cue of `education`)',
      ],
    ] as const) {
      expect(await topicsOf(file)).toEqual([])
      expect(file.messages.map((message) => message.ruleId)).toEqual(['no-topic'])
      expect(file.messages[0]?.reason).toContain(said)
    }
  })

  it('links each message to its rule in the README, infos and warnings as vfile marks them', async () => {
    const file = new VFile({
      value: 'A quiet afternoon by the canal.',
      data: { entities: { people: 3 } as never },
    })
    const processor = unified()
      .use(retextEnglish)
      .use(retextTopics, { addTopics: ['harbours', '!!'] })
    await processor.run(processor.parse(file), file)
    expect(
      file.messages.map((message) => [message.ruleId, message.fatal, message.url]).sort(),
    ).toEqual(
      [
        ['invalid-entities', false],
        ['invalid-manual-topic', false],
        ['unknown-manual-topic', undefined],
      ].map(([rule, fatal]) => [
        rule,
        fatal,
        `https://github.com/newsroom/newsroom/tree/main/packages/retext-topics#${rule}`,
      ]),
    )
  })

  it('says how to choose topics in the plugin’s own terms', async () => {
    const file = new VFile('A quiet afternoon by the canal.')
    await topicsOf(file)
    expect(file.messages.map((message) => [message.ruleId, message.note])).toEqual([
      [
        'no-topic',
        'Choose topics with the `addTopics` option or `file.data.article.overrides.addTopics`',
      ],
    ])
    expect(file.messages[0]?.reason).not.toMatch(/front matter|Markdown/)
  })

  it('finds labour and employment, and not from a rugby union', async () => {
    const strike = await topicsOf(
      new VFile(
        'Bus drivers in Varnholt went on strike on Monday after talks on wages broke down. The drivers’ trade union, led by Orla Fenwick, said the walkout would last three days. The employer offered a pay rise of two percent; the unions want five.',
      ),
    )
    const ids = strike.map((topic) => topic.id)
    expect(ids).toContain('labour-and-employment')
    expect(ids).toContain('economy')
    const match = await topicsOf(
      new VFile(
        'Harlow beat Dunmere 24-10 in the rugby union final. Harlow scored three tries, and the scrum held firm. The union that runs the league praised the crowd. Dunmere will strike back next season, their coach said.',
      ),
    )
    expect(match.map((topic) => topic.id)).toContain('rugby')
    expect(match.map((topic) => topic.id)).not.toContain('labour-and-employment')
  })

  it('says which of the article’s removals name no topic, with the one near', async () => {
    const raw = await readFile(new URL('fixtures/town-fire/input.txt', import.meta.url), 'utf8')
    const [title = ''] = raw.split('\n')
    const file = articleFile(raw, {
      article: partialArticle({
        title,
        publisher: null,
        overrides: {
          addTopics: [],
          removeTopics: ['Fires', 'disasters-and-acidents', 'elektions', 'sport', 'Quilting'],
          speakerNames: {},
        },
      }),
    })
    // The option is a site-wide setting: its entries are for the articles that have them.
    const topics = await topicsOf(file, { removeTopics: ['Quilting', 'elections', 'sprot'] })
    expect(topics.map((topic) => topic.id)).toEqual(['disasters-and-accidents'])
    // `Fires` removes a topic. A free name is likely a typo: the article's own topic near it is
    // suggested before the taxonomy's; a name near nothing gets no suggestion.
    const unknown = file.messages.filter((m) => m.ruleId === 'unknown-remove-topic')
    expect(unknown.map((message) => [message.actual, message.expected, message.reason])).toEqual([
      [
        'disasters-and-acidents',
        ['disasters-and-accidents'],
        'Unexpected `removeTopics` entry `disasters-and-acidents` that names no topic; did you mean `disasters-and-accidents`?',
      ],
      [
        'elektions',
        ['elections'],
        'Unexpected `removeTopics` entry `elektions` that names no topic; did you mean `elections` (not a topic of this article either)?',
      ],
      ['Quilting', undefined, 'Unexpected `removeTopics` entry `Quilting` that names no topic'],
    ])
    // A known topic the article does not have: said, with nothing to suggest (not `sport`).
    const unmatched = file.messages.filter((m) => m.ruleId === 'unmatched-remove-topic')
    expect(unmatched.map((message) => [message.actual, message.expected, message.reason])).toEqual([
      [
        'sport',
        undefined,
        'Unexpected `removeTopics` entry `sport` for the topic `sport`, which the article does not have, so it removes nothing',
      ],
    ])
    expect(file.messages.every((message) => message.fatal === undefined)).toBe(true)
  })

  it('removes the weak-topic fallback as any topic, and says the article has none', async () => {
    const file = new VFile({
      value: 'The school met on Tuesday. Its pupils will return on Friday.',
      data: {
        article: partialArticle({
          title: '',
          overrides: { addTopics: [], removeTopics: ['education'], speakerNames: {} },
        }),
      },
    })
    expect(await topicsOf(file)).toEqual([])
    // No `weak-topic` claiming it used `education`, and no report of a removal that matched.
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      [
        'no-topic',
        'Unexpected article without a topic: the closest, `education`, is removed by `removeTopics`',
      ],
    ])
  })

  it('keeps unknown manual topics, with an info and a suggestion when one is near', async () => {
    const file = new VFile({
      value: 'A quiet afternoon by the canal.',
      data: {
        article: partialArticle({
          overrides: { addTopics: ['diplomcy'], removeTopics: [], speakerNames: {} },
        }),
      },
    })
    const topics = await topicsOf(file, { addTopics: ['nonsense-topic', 'Fires', 'Portugal'] })
    expect(topics.map((topic) => topic.id).sort()).toEqual([
      'diplomcy',
      'fire',
      'nonsense-topic',
      'portugal',
    ])
    const unknown = file.messages.filter((message) => message.ruleId === 'unknown-manual-topic')
    expect(unknown.map((message) => [message.actual, message.expected])).toEqual([
      ['nonsense-topic', undefined],
      ['diplomcy', ['diplomacy']],
    ])
    expect(unknown[1]?.reason).toMatch(/did you mean `diplomacy`\?/)
    expect(unknown.every((message) => message.source === 'retext-topics' && !message.fatal)).toBe(
      true,
    )
  })

  it('reports invalid entity data instead of trusting it', async () => {
    const file = new VFile({ value: 'A quiet day.', data: { entities: { people: 'none' } } })
    await topicsOf(file)
    expect(file.messages.map((message) => `${message.source}:${message.ruleId}`)).toContain(
      'retext-topics:invalid-entities',
    )
  })

  it('throws on invalid options, naming them', () => {
    expect(() => retextTopics({ maximum: 0 })).toThrow(/`maximum`/)
    expect(() => retextTopics({ addTopics: 'fire' as unknown as string[] })).toThrow(/`addTopics`/)
    expect(() =>
      retextTopics({
        taxonomy: {
          version: 1,
          defaults: { minDistinct: 2, minHits: 2, minStrength: 5 },
          topics: [],
        },
      }),
    ).toThrow(/`taxonomy`/)
    expect(() =>
      retextTopics({
        taxonomy: {
          version: 1,
          defaults: { minDistinct: 2, minHits: 2, minStrength: 5 },
          topics: [{ id: 'a', label: 'A', scope: '', broader: 'nowhere', cues: { word: 1 } }],
        },
      }),
    ).toThrow(/broader/)
  })

  it('counts the forms of one word as one piece of evidence, and a compound as another', async () => {
    const taxonomy = {
      version: 1,
      defaults: { minDistinct: 3, minHits: 2, minStrength: 1 },
      topics: [
        {
          id: 'fire-fighting',
          label: 'Fire-fighting',
          scope: '',
          cues: { fight: 2, firefighter: 2, '=fire': 2, '=fires': 2 },
        },
      ],
    }
    const options = { taxonomy, entityTopics: false }
    // `fire` and `fires` are one word, and `fight` another: two pieces of evidence, not three.
    const twoWords = new VFile('Crews fight fires on the moor. The crews fight every fire.')
    const topics = await topicsOf(twoWords, options)
    expect(topics.every((topic) => topic.score <= 0.35)).toBe(true)
    expect(twoWords.messages.map((message) => message.ruleId)).toEqual(['weak-topic'])
    // `firefighters` begins with `fire` but is a word of its own: the third piece.
    const threeWords = new VFile(
      'Crews fight fires on the moor. The firefighters fight every fire.',
    )
    expect((await topicsOf(threeWords, options))[0]?.score).toBeGreaterThan(0.35)
    expect(threeWords.messages).toEqual([])
  })

  it('joins into word families only the cues of the shipped taxonomy the stemmer conflates', () => {
    // Every family of more than one cue, as a reviewer reads it: a cue added to the taxonomy
    // that joins a family (and so stops counting as evidence of its own) shows up here.
    const families: string[] = []
    for (const topic of compileTaxonomy(shippedTaxonomy).topics) {
      const members = new Map<number, string[]>()
      for (const { cue, family } of topic.cues) {
        members.set(family, [...(members.get(family) ?? []), cue.text])
      }
      for (const cues of members.values()) {
        if (cues.length > 1) families.push(`${topic.id}: ${cues.join(' ')}`)
      }
    }
    expect(families).toEqual([
      'politics: =conservative =conservatives',
      'economy: =import =imports =imported =importer =importers',
      'technology: =engineer =engineers =engineering',
      'science: =university =universities',
      'disasters-and-accidents: =fire =fires',
      'culture: =author =authors',
      'education: =university =universities',
      'media: =reporter =reporters',
      'media: =publisher =publishers',
      'transport: =train =trains',
      'elections: =candidate =candidates',
      'courts-and-trials: =appeal =appeals',
      'courts-and-trials: =hearing =hearings',
      'policing: =officer =officers',
      'fire: =fire =fires',
      'trade: =import =imports =imported =importer =importers',
      'labour-and-employment: =unions =unionized',
      'labour-and-employment: =strike =strikes',
      'labour-and-employment: =wage =wages',
      'labour-and-employment: =employment =employer =employers',
      'earth-sciences: =current =currents',
      'wildlife-and-conservation: =conservationist =conservationists',
      'press-freedom: =publisher =publishers',
      'indigenous-peoples: =reservation =reservations',
      'film: =starred =starring',
      'literature: =author =authors',
      'literature: =publisher =publishers',
      'rugby: =conversion =conversions',
    ])
  })

  it('accepts a custom taxonomy with exact-form and case-sensitive cues', async () => {
    const taxonomy = {
      version: 1,
      defaults: { minDistinct: 2, minHits: 2, minStrength: 1 },
      topics: [
        { id: 'health-body', label: 'Health body', scope: '', cues: { '^WHO': 2, '=vaccines': 2 } },
      ],
    }
    const matching = new VFile('The WHO shipped vaccines. The WHO said more vaccines would follow.')
    expect((await topicsOf(matching, { taxonomy, entityTopics: false }))[0]?.id).toBe('health-body')
    const other = new VFile('Who knows who shipped the vaccine? Nobody knows who did.')
    const topics = await topicsOf(other, { taxonomy, entityTopics: false })
    expect(topics.every((topic) => topic.score <= 0.35)).toBe(true)
  })
})

function entity(id: string, name: string, mentions: number, salience: number) {
  return { id, name, aliases: [], roles: [], mentions, salience }
}
