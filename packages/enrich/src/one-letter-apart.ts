/**
 * Numbers for texts read a letter at a time, one number for each text (0: the empty text), as
 * the nodes of a trie are: the number of a text and one more letter is a single look-up, so a
 * word's texts before or after each of its letters cost its length, not its square as those
 * texts spelled out would. One instance reads one way (forward or backward), so that a number
 * stands for one text only.
 */
class TextNumbers {
  readonly #numbers = new Map<number, number>()

  /** The number of the text numbered `text` read one letter further, to `letter`. */
  next(text: number, letter: string): number {
    // A UTF-16 code unit is below 2 ** 16, and the numbers stay far below 2 ** 37.
    const key = text * 2 ** 16 + letter.charCodeAt(0)
    let number = this.#numbers.get(key)
    if (number === undefined) {
      number = this.#numbers.size + 1
      this.#numbers.set(key, number)
    }
    return number
  }
}

/**
 * Items, each filed by one word under some tags, that finds the items whose word is exactly one
 * letter from a given word (one letter added, dropped or changed: Levenshtein distance 1) under
 * a tag in common. Letters are UTF-16 code units, as indexing a string reads them; case and
 * accents are the caller's to fold.
 *
 * A word is known by pairs of texts, the one before a point and the one after it: cut whole at
 * each point, and with each letter left out. Two words of one length that differ only in their
 * letter at `i` are the same with it left out; a word with its letter at `i` left out is the
 * shorter word whole, cut at `i`. No other two words share a pair: a pair names a text before of
 * one length, so one point. A word of `n` letters has `2n + 1` pairs under each of its tags, and
 * each pair is three numbers (`TextNumbers`): adding and finding a word cost its length times its
 * tags, plus the items found. An item deleted leaves each list the next time that list is read,
 * so it is read past once at most.
 */
export class OneLetterApartIndex<Item> {
  readonly #before = new TextNumbers()
  readonly #after = new TextNumbers()
  readonly #tags = new Map<string, number>()
  /** Items by a pair of their word with one letter left out, then by that letter. */
  readonly #byGap = new Map<string, Map<string, Item[]>>()
  /** Items by a pair of their word cut whole. */
  readonly #byCut = new Map<string, Item[]>()
  readonly #added = new Set<Item>()
  readonly #deleted = new Set<Item>()

  /** File `item` by `word` under each of `tags`; an item is added once. */
  add(item: Item, word: string, tags: Iterable<string>): void {
    if (this.#added.has(item)) throw new TypeError('Expected `item` to be added once')
    this.#added.add(item)
    const file = (within: Map<string, Item[]>, key: string) => {
      const items = within.get(key)
      if (items) items.push(item)
      else within.set(key, [item])
    }
    const { before, after } = this.#cuts(word)
    for (const tag of new Set(tags)) {
      let tagNumber = this.#tags.get(tag)
      if (tagNumber === undefined) {
        tagNumber = this.#tags.size
        this.#tags.set(tag, tagNumber)
      }
      for (let at = 0; at <= word.length; at++) {
        file(this.#byCut, pair(tagNumber, before[at], after[at]))
        if (at === word.length) break
        const gap = pair(tagNumber, before[at], after[at + 1])
        let byLetter = this.#byGap.get(gap)
        if (!byLetter) {
          byLetter = new Map()
          this.#byGap.set(gap, byLetter)
        }
        file(byLetter, word[at] as string)
      }
    }
  }

  /** Take `item` out of the index for good. */
  delete(item: Item): void {
    this.#deleted.add(item)
  }

  /** The items filed under one of `tags` by a word one letter from `word`, never `word` itself. */
  near(word: string, tags: Iterable<string>): Set<Item> {
    const found = new Set<Item>()
    /** Adds the items of a list to `found`, and drops from it those deleted since. */
    const read = (within: Map<string, Item[]>, key: string) => {
      const items = within.get(key)
      if (!items) return
      let kept = 0
      for (const item of items) {
        if (this.#deleted.has(item)) continue
        found.add(item)
        items[kept++] = item
      }
      items.length = kept
      if (kept === 0) within.delete(key)
    }
    const { before, after } = this.#cuts(word)
    for (const tag of new Set(tags)) {
      const tagNumber = this.#tags.get(tag)
      if (tagNumber === undefined) continue
      for (let at = 0; at <= word.length; at++) {
        // Words with one letter more, added at `at`.
        const added = this.#byGap.get(pair(tagNumber, before[at], after[at]))
        for (const letter of added?.keys() ?? []) read(added as Map<string, Item[]>, letter)
        if (at === word.length) break
        // Words with another letter at `at`, then words without it.
        const gap = pair(tagNumber, before[at], after[at + 1])
        const changed = this.#byGap.get(gap)
        for (const letter of changed?.keys() ?? []) {
          if (letter !== word[at]) read(changed as Map<string, Item[]>, letter)
        }
        read(this.#byCut, gap)
      }
    }
    return found
  }

  /** The numbers of the texts before each point of `word` (0 to its length) and after it. */
  #cuts(word: string): { before: number[]; after: number[] } {
    const before = [0]
    for (let at = 0; at < word.length; at++)
      before.push(this.#before.next(before[at] as number, word[at] as string))
    const after = Array.from({ length: word.length + 1 }, () => 0)
    for (let at = word.length - 1; at >= 0; at--)
      after[at] = this.#after.next(after[at + 1] as number, word[at] as string)
    return { before, after }
  }
}

/** The key of a pair of texts, by their numbers, under the tag numbered `tag`. */
const pair = (tag: number, before: number | undefined, after: number | undefined): string =>
  `${tag}:${before}:${after}`
