/**
 * Relatives the narration introduces by a possessed kin word of a gender ("But *his wife*, Jane,
 * offered a preview…", "Vale's *brother* spoke next"): a person the text brings in without a
 * name the catalogue reads (or with none), so no referent stands for them. A he or she after
 * such an introduction may well mean that relative; a walk back to the latest named person of
 * the gender passes them over (see `Coreference.resolvePronoun`).
 *
 * Read from the words of a paragraph outside quotations (a quotation is one token of no words):
 * "my wife" inside one is its speaker's, not someone the narration brings in.
 */
import {
  collateralKin,
  elderKin,
  possessiveDeterminers,
  siblingKin,
  spouseKin,
  youngerKin,
} from '@newsroom/lexicon'
import { type NameGender, titleGender } from '@newsroom/names'
import type { Token } from './paragraphs.js'

/** A kin word with the gender it gives its holder ("wife": female), from the lexicon's kin. */
const kinGenders: ReadonlyMap<string, NameGender> = new Map(
  [...elderKin, ...youngerKin, ...spouseKin, ...siblingKin, ...collateralKin].flatMap((word) => {
    const gender = titleGender(word)
    return gender ? [[word, gender] as const] : []
  }),
)

/**
 * Owners of a relative written before the kin word: "his wife", "their son". Not `its`: a
 * thing's "sister company" is no relative.
 */
const ownerWords: ReadonlySet<string> = new Set(
  possessiveDeterminers.filter((word) => word !== 'its'),
)

/** The owner pronoun of each gender: "her daughter" is a woman's relative. */
const sameGenderOwner: Readonly<Record<NameGender, string>> = { female: 'her', male: 'his' }

/** A relative introduced at an offset of the paragraph, with the gender of its kin word. */
export interface KinIntroduction {
  offset: number
  gender: NameGender
}

/** Whether a token owns what follows: a possessive pronoun, or a name's `'s` ("Vale's"). */
function owns(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false
  return ownerWords.has(token.lower) || /['’]s$/.test(token.lower)
}

/**
 * The possessed kin words of a paragraph's tokens, in order: a kin word of a gender after an
 * owner, at most one modifier between ("her late husband"). One pass over the tokens.
 */
export function kinIntroductions(tokens: readonly Token[]): KinIntroduction[] {
  const found: KinIntroduction[] = []
  for (const [at, token] of tokens.entries()) {
    if (token.kind !== 'word') continue
    const gender = kinGenders.get(token.lower)
    if (!gender) continue
    const before = tokens[at - 1]
    const modified = before?.kind === 'word' && !before.capital && !owns(before)
    const owner = modified ? tokens[at - 2] : before
    // "…preparing her daughter to face it. "…," she tweeted": an owner pronoun of the kin's
    // own gender keeps the pronoun's person in view; a later pronoun goes on with them.
    if (owns(owner) && owner?.lower !== sameGenderOwner[gender])
      found.push({ offset: token.start, gender })
  }
  return found
}
