/**
 * An article's paragraphs indexed for reading families of namesakes (`Coreference.familyOf`):
 * which paragraphs name a family, which hold a kin word, and where "the younger Vale" is. Each
 * index is made once per article, when first asked for, for all families: a search of every
 * paragraph for each family would grow with their product, and an article may name hundreds.
 */
import {
  type GenerationMention,
  generationMentionsIn,
  hasFamilyName,
  KinWordTexts,
} from './namesakes.js'

const letterRuns = /\p{L}+/gu

/** A generation description ("the younger Vale") and the paragraph holding it. */
export type ParagraphGeneration = Omit<GenerationMention, 'folded'> & { paragraph: number }

export class FamilyIndex {
  /** The paragraphs holding each word (run of letters), in order. */
  private paragraphsByWord: Map<string, number[]> | undefined
  /** The paragraphs holding a kin word ("son", "father"…), by the words they hold. */
  private kinWordTexts: KinWordTexts | undefined
  /** The "the younger Vale" of the article, by folded family name. */
  private generationsByFamily: Map<string, ParagraphGeneration[]> | undefined
  /**
   * How many families `paragraphsNaming` was asked for. The first is searched for in every
   * paragraph: most articles with a family have one, and indexing their words would cost more.
   */
  private familiesSearched = 0

  constructor(private readonly texts: readonly string[]) {}

  /**
   * The paragraphs, in order, holding a family name as a word of its own (`hasFamilyName`).
   * From the second family on, only the paragraphs holding every letter run of the name can,
   * and those of its rarest run are searched: "Al-Rashid" and "Al-Amin", "Le Roux" and "Le Brun"
   * share a first run that many paragraphs hold.
   */
  paragraphsNaming(surname: string): number[] {
    const asked = this.familiesSearched
    this.familiesSearched += 1
    const candidates = asked === 0 ? null : this.paragraphsHoldingEveryRun(surname)
    if (candidates === null)
      return this.texts.flatMap((text, at) => (hasFamilyName(text, surname) ? [at] : []))
    return candidates.filter((at) => hasFamilyName(this.texts[at] as string, surname))
  }

  /** The paragraphs that hold a kin word, indexed by the words they hold (`namesakeGenerations`). */
  kinWords(): KinWordTexts {
    this.kinWordTexts ??= new KinWordTexts(this.texts)
    return this.kinWordTexts
  }

  /** The "the younger Vale" of the article naming a family (folded), in text order. */
  generationsOf(folded: string): readonly ParagraphGeneration[] {
    if (!this.generationsByFamily) {
      const byFamily = new Map<string, ParagraphGeneration[]>()
      for (const [paragraph, text] of this.texts.entries())
        for (const { offset, generation, folded: family } of generationMentionsIn(text)) {
          const list = byFamily.get(family)
          const mention = { paragraph, offset, generation }
          if (list) list.push(mention)
          else byFamily.set(family, [mention])
        }
      this.generationsByFamily = byFamily
    }
    return this.generationsByFamily.get(folded) ?? []
  }

  /**
   * The shortest of the paragraph lists of a name's letter runs: a paragraph holding the name
   * as a word of its own holds each of its runs whole. Null when it has none.
   */
  private paragraphsHoldingEveryRun(surname: string): readonly number[] | null {
    if (!this.paragraphsByWord) {
      const byWord = new Map<string, number[]>()
      for (const [at, text] of this.texts.entries())
        for (const [word] of text.matchAll(letterRuns)) {
          const list = byWord.get(word)
          if (!list) byWord.set(word, [at])
          else if (list.at(-1) !== at) list.push(at)
        }
      this.paragraphsByWord = byWord
    }
    let shortest: readonly number[] | null = null
    for (const [word] of surname.matchAll(letterRuns)) {
      const list = this.paragraphsByWord.get(word) ?? []
      if (shortest === null || list.length < shortest.length) shortest = list
    }
    return shortest
  }
}

/**
 * Numbers (mentions, say) listed under each family name given with them, in the order given,
 * each once per family: one pass for all families, where a look through every mention for each
 * family would grow with their product.
 */
export function indexByFamily(named: Iterable<[number, string]>): Map<string, number[]> {
  const byFamily = new Map<string, number[]>()
  for (const [at, family] of named) {
    const list = byFamily.get(family)
    if (!list) byFamily.set(family, [at])
    else if (list.at(-1) !== at) list.push(at)
  }
  return byFamily
}
