import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check, corpus } from '../scripts/corpus.js'

const present = existsSync(`${corpus}articles`)
const quiet = () => {}

/** The evaluation corpus lives outside the repository; without it these checks are skipped. */
describe.skipIf(!present)('evaluation corpus', () => {
  it('ingests all corpus articles without errors and loses no gold quotation', () => {
    const tally = check('corpus/articles', `${corpus}articles`, `${corpus}gold/dev.jsonl`, quiet)
    expect(tally.articles).toBe(79)
    expect(tally.errors).toBe(0)
    expect(tally.failed).toBe(0)
    expect(tally.quotes).toBeGreaterThan(0)
    expect(tally.missing).toEqual([])
  })

  it('loses no gold quotation of the seed', () => {
    const tally = check('seed', `${corpus}../seeds`, `${corpus}gold/seed.jsonl`, quiet)
    expect(tally.errors).toBe(0)
    expect(tally.missing).toEqual([])
  })
})
