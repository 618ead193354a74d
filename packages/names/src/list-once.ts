/**
 * File `target` (a draft's index) in `lists` under `word`, unless `listedUnder` (the words that
 * draft is filed under) shows it is there already: each draft is in a list once, so a list can be
 * counted, and filing costs a set look-up, not a search of the list.
 */
export function listOnce(
  lists: Map<string, number[]>,
  listedUnder: Set<string>,
  word: string,
  target: number,
): void {
  if (listedUnder.has(word)) return
  listedUnder.add(word)
  const targets = lists.get(word)
  if (targets === undefined) lists.set(word, [target])
  else targets.push(target)
}
