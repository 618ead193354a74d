/**
 * Words that close a letter before the writer's name ("Sincerely, Ann Vale"): a line opened by
 * one signs a letter quoted whole, and the word before the comma is no name.
 */
export const signOffWords: readonly string[] = Object.freeze([
  'best',
  'cheers',
  'love',
  'regards',
  'respectfully',
  'sincerely',
  'yours',
])
