import countryData from '../data/countries.json' with { type: 'json' }
import { type Cue, parseCue } from './cue.js'
import type { CueMatch } from './match-cues.js'

/** A country or territory of the shipped gazetteer (`src/data/countries.json`). */
export interface Country {
  id: string
  code: string
  name: string
  /** Label used in relation topics (`US`, `UK`, `China`). */
  short: string
  /** False for dependent territories: they get no bilateral-relations topics. */
  state: boolean
  aliases: string[]
  capitals: string[]
  demonyms: string[]
  /** The names the text scan looks for: ambiguous ones (`Jordan`, `Chad`) are left out. */
  scanned: string[]
}

export interface Gazetteer {
  countries: Country[]
  byId: Map<string, Country>
  /** Country by any of its names, aliases and capitals, lowercased. */
  byName: Map<string, Country>
  /** Cue text → the country it names, and whether it is a demonym. */
  cues: Map<string, { country: Country; cue: Cue; demonym: boolean }>
}

let shared: Gazetteer | undefined

/** The shipped gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  shared ??= buildGazetteer(countryData.countries)
  return shared
}

function pluralDemonym(demonym: string): string | undefined {
  return /(?:sh|ch|ese|ss|s)$/u.test(demonym) ? undefined : `${demonym}s`
}

export function buildGazetteer(countries: Country[]): Gazetteer {
  const byName = new Map<string, Country>()
  const cues = new Map<string, { country: Country; cue: Cue; demonym: boolean }>()
  for (const country of countries) {
    for (const name of [country.name, ...country.aliases, ...country.capitals]) {
      if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), country)
    }
    for (const name of country.scanned) {
      // Names are matched as written: `US` the country, never `us` the pronoun.
      const text = `^${name}`
      if (!cues.has(text)) cues.set(text, { country, cue: parseCue(text), demonym: false })
    }
    for (const demonym of country.demonyms) {
      for (const form of [demonym, pluralDemonym(demonym)]) {
        if (form === undefined) continue
        const text = `^${form}`
        if (!cues.has(text)) cues.set(text, { country, cue: parseCue(text), demonym: true })
      }
    }
  }
  return {
    countries,
    byId: new Map(countries.map((country) => [country.id, country])),
    byName,
    cues,
  }
}

/** How much an article talks about one country, from the gazetteer scan. */
export interface CountryMentions {
  country: Country
  /** Body mentions of its names, aliases and capitals. */
  mentions: number
  demonyms: number
  titleMentions: number
  /** Sentences where it is named (demonyms included). */
  sentences: Set<number>
  /** Paragraphs where it is named (demonyms included). */
  paragraphs: Set<number>
  forms: Set<string>
}

/** Group the gazetteer cue matches of an article by country. */
export function countCountries(
  matches: ReadonlyMap<string, CueMatch>,
  places: Gazetteer,
): Map<string, CountryMentions> {
  const counts = new Map<string, CountryMentions>()
  for (const [text, match] of matches) {
    const entry = places.cues.get(text)
    if (!entry) continue
    let count = counts.get(entry.country.id)
    if (!count) {
      count = {
        country: entry.country,
        mentions: 0,
        demonyms: 0,
        titleMentions: 0,
        sentences: new Set(),
        paragraphs: new Set(),
        forms: new Set(),
      }
      counts.set(entry.country.id, count)
    }
    if (entry.demonym) count.demonyms += match.count
    else count.mentions += match.count
    count.titleMentions += match.titleCount
    for (const sentence of match.sentences) count.sentences.add(sentence)
    for (const paragraph of match.paragraphs) count.paragraphs.add(paragraph)
    for (const form of match.forms.keys()) count.forms.add(form)
  }
  return counts
}
