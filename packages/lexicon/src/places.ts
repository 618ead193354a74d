/**
 * Head nouns of places ("eastern province", "the capital"): a role or description ending in one
 * describes where someone is, and a name described only by one is a place, which cannot speak.
 * `state` is left out: it heads roles too ("secretary of state").
 */
export const placeNouns: readonly string[] = Object.freeze([
  'capital',
  'city',
  'country',
  'county',
  'district',
  'island',
  'municipality',
  'nation',
  'province',
  'region',
  'territory',
  'town',
  'village',
])

/**
 * Last words of place names ("Calder Bay", "Linden Falls", "Orin County"): a name ending in one
 * is a place or a body of water or land, unless a name finder reads it as a person ("Michael
 * Bay"). Words that also head organizations or people's surnames often ("Hill", "Park", "Field",
 * "Port") are left out; `county` and `island` are in `placeNouns` too.
 */
export const placeNameHeads: readonly string[] = Object.freeze([
  'bay',
  'beach',
  'canyon',
  'county',
  'creek',
  'falls',
  'harbor',
  'harbour',
  'heights',
  'island',
  'islands',
  'lake',
  'peninsula',
  'river',
  'springs',
  'strait',
  'valley',
])

/**
 * Words opening place names ("Port Arthur", "Fort Kellam", "Mount Orin"): a name opening with
 * one and going on with a capitalized word is a place, even where a given-name list holds the
 * word ("Port").
 */
export const placeNamePrefixes: readonly string[] = Object.freeze(['cape', 'fort', 'mount', 'port'])

/**
 * The abbreviations of US states (and D.C.) news copy writes after a city ("Flint, Mich.,"),
 * lowercase and without their last period (`n.y` for "N.Y."): AP style's, with the older
 * `tex`.
 */
export const stateAbbreviations: readonly string[] = Object.freeze([
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'd.c',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'la',
  'mass',
  'md',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'n.c',
  'n.d',
  'n.h',
  'n.j',
  'n.m',
  'n.y',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'r.i',
  's.c',
  's.d',
  'tenn',
  'tex',
  'va',
  'vt',
  'w.va',
  'wash',
  'wis',
  'wyo',
])
