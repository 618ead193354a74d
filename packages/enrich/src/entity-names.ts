import { foldName } from '@newsroom/names'

/**
 * The folded names and aliases of some of an article's entities: the set a speaker's name, or a
 * stretch of text, is looked up in to tell whether the article names it.
 */
export function foldedNames(
  entities: Iterable<{ readonly name: string; readonly aliases: readonly string[] }>,
): Set<string> {
  const names = new Set<string>()
  for (const entity of entities)
    for (const name of [entity.name, ...entity.aliases]) names.add(foldName(name))
  return names
}
