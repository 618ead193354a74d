/**
 * What a canonical speaker name in `overrides.speakerNames` may be: it is published as a person's
 * or a body's name, on pages and in URLs' slugs, so a path (`../../etc/passwd`), markup or a run
 * of punctuation is refused rather than published as someone's name.
 */

/** Characters names are written with, besides letters, marks, digits and spaces. */
const nameCharacter = /[\p{L}\p{M}\p{Nd}\p{Zs}'’‘.,&()!\-‐‑–]/u
const letter = /\p{L}/u

/** Why `text` is no name (a reason for a message), or undefined when it can be one. */
export function nameProblem(text: string): string | undefined {
  if (!letter.test(text)) return 'it has no letter'
  for (const character of text) {
    if (!nameCharacter.test(character))
      return `names are not written with \`${character}\` (letters, digits, spaces and ' . , - & ( ) ! only)`
  }
  return undefined
}

/**
 * The field a message about one override entry names, as the file writes it:
 * `overrides.speakerNames["Nobody Here"]`, `overrides.addTopics["harbour"]`. Enrichment names
 * its own messages about the entries the same way, so a reporter finds their place through
 * `file.data.fieldPlaces` of the ingested file.
 */
export function overrideField(
  part: 'speakerNames' | 'addTopics' | 'removeTopics',
  name: string,
): string {
  return `overrides.${part}[${JSON.stringify(name)}]`
}
