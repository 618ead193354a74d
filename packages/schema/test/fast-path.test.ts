import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { withFastPath } from '../src/index.js'

const Person = z.object({ name: z.string().min(1), age: z.number().int() })

describe('withFastPath', () => {
  it('makes one compiled schema per schema and keeps it', () => {
    const fast = withFastPath(Person)
    expect(fast).not.toBe(Person)
    expect(withFastPath(Person)).toBe(fast)
  })

  it('accepts and copies what the runtime parser accepts', () => {
    const value = { name: 'Ilse Varga', age: 41, extra: true }
    expect(withFastPath(Person).parse(value)).toStrictEqual(Person.parse(value))
  })

  it('gives the runtime parser’s issues for a refused value', () => {
    const value = { name: '', age: 4.5 }
    const fast = withFastPath(Person).safeParse(value)
    const runtime = Person.safeParse(value)
    expect(fast.success).toBe(false)
    expect(fast.error?.issues).toStrictEqual(runtime.error?.issues)
  })

  it('returns the schema itself when zod is told to generate no code', () => {
    z.config({ jitless: true })
    try {
      expect(withFastPath(Person)).toBe(Person)
    } finally {
      z.config({ jitless: false })
    }
    expect(withFastPath(Person)).not.toBe(Person)
  })
})
