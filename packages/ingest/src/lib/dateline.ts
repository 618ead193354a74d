import type { Dateline } from '@newsroom/schema'

export interface DatelineMatch {
  dateline: Dateline
  /** Length of the dateline prefix in the paragraph, including the dash and spaces after it. */
  length: number
}

const place = String.raw`(\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?)`
const date = String.raw`(?:,\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})?`
const agency = String.raw`(?:\s*\(([\p{L}][\p{L}\p{N} &.\/-]{0,30})\))?`
const dash = String.raw`\s*(?:—|–|--|-)\s+`
const pattern = new RegExp(`^${place}${date}${agency}${dash}`, 'iu')

/**
 * A dateline at the start of a paragraph: "WASHINGTON (AP) — ", "Washington (AFP) – ",
 * "BEIJING, June 19 (Reuters) - ", "NEWPORT NEWS, Va. - ". The place must be in capitals, or an
 * agency in parentheses must follow it, so that "Mehmet Oz — the TV doctor…" is not a dateline.
 */
export function matchDateline(text: string): DatelineMatch | undefined {
  const match = pattern.exec(text)
  if (!match) return undefined
  const [whole, placeText = '', agencyText] = match
  const placeLetters = placeText.split(',')[0]?.replace(/[^\p{L}]/gu, '') ?? ''
  const capitals = placeLetters.length >= 2 && placeLetters === placeLetters.toUpperCase()
  if (!capitals && agencyText === undefined) return undefined
  // Without capitals, each place word must itself be capitalized (the `i` flag let them through).
  if (!capitals && !placeText.split(/[\s,-]+/).every((word) => /^\p{Lu}/u.test(word)))
    return undefined
  if (text.length - whole.length < 2) return undefined
  return {
    dateline: { text: whole.trim(), place: placeText.trim(), agency: agencyText?.trim() ?? null },
    length: whole.length,
  }
}
