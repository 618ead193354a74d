import { describe, expect, it } from 'vitest'
import { enrich } from '../src/enrich.js'
import { ingestedArticle } from './helpers/fixtures.js'

const speakersOf = async (paragraphs: string[]) => {
  const file = await enrich(ingestedArticle('kinds', paragraphs))
  return file.data.enriched
}

describe('what a named speaker is', () => {
  it('a name that `, which` refers back to is a body, not a person', async () => {
    const article = await speakersOf([
      'Kelvex chief Ann Vale said on Monday that the company would open two plants.',
      'Kelvex, which makes batteries for buses, said "the gap with our rivals has narrowed."',
    ])
    const kelvex = article.speakers.find((speaker) => speaker.name === 'Kelvex')
    expect(kelvex?.kind).toBe('organization')
  })

  it('a place that speaks stays unclear, with the place as its candidate', async () => {
    const article = await speakersOf([
      'Ann Vale, a trade lawyer, said the tariffs would be challenged in court.',
      'Lisbon has previously called the tariffs "unlawful and reckless."',
    ])
    const quote = article.quotes.find((each) => each.text.startsWith('unlawful'))
    expect(quote?.speaker).toBeNull()
    expect(quote?.candidate?.name).toBe('Lisbon')
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('Lisbon')
  })

  it('a post in a body ("the head of Kelvex") describes a person, not the body', async () => {
    const article = await speakersOf([
      'The head of Kelvex told the council that he saw "utter carnage" at the plant.',
    ])
    expect(article.quotes[0]?.speaker?.kind).toBe('anonymous')
    expect(article.speakers.map((speaker) => speaker.name)).not.toContain('Kelvex')
  })

  it('the holder of a post named after a body and a role speaks', async () => {
    const article = await speakersOf([
      '"She was the finest engineer I have known," said Westmere University, Ostrava\'s chancellor, Ann Vale. Vale spoke at the service.',
    ])
    expect(article.quotes[0]?.speaker?.name).toBe('Ann Vale')
  })

  it('a body named with `for` before a role and a name is not read as a person', async () => {
    const article = await speakersOf([
      'Westmere Center for Health Security medical anthropologist Ann Vale told reporters, "People have been blamed before."',
    ])
    expect(article.entities.people.map((person) => person.name)).toEqual(['Ann Vale'])
    expect(article.entities.organizations.map((body) => body.name)).toEqual([
      'Westmere Center for Health Security',
    ])
    expect(article.quotes[0]?.mention).toBe('Ann Vale')
  })

  it('the person after such a body speaks, with the body in her role', async () => {
    const article = await speakersOf([
      '"People have been blamed before," said Westmere Center for Health Security medical anthropologist Ann Vale.',
    ])
    expect(article.quotes[0]?.speaker).toEqual({ id: 'ann-vale', name: 'Ann Vale', kind: 'person' })
    expect(article.speakers.map((speaker) => [speaker.name, speaker.roles])).toEqual([
      ['Ann Vale', ['Westmere Center for Health Security medical anthropologist']],
    ])
  })
})
