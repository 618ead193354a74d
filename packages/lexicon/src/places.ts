/**
 * Head nouns of places ("eastern province", "the capital"): a role or description ending in one
 * describes where someone is, and a name described only by one is a place, which cannot speak.
 * `state` is left out: it heads roles too ("secretary of state").
 */
export const placeNouns: readonly string[] = Object.freeze([
  'borough',
  'capital',
  'city',
  'country',
  'county',
  'district',
  'island',
  'municipality',
  'nation',
  'parish',
  'province',
  'region',
  'territory',
  'town',
  'township',
  'village',
])

/**
 * Last words of place names ("Calder Bay", "Linden Falls", "Orin County"): a name ending in one
 * is a place or a body of water or land, unless the text shows a person's: a name finder reads
 * it as a person's, or a title, an age or a person's description goes with it ("Mayor Nora
 * Lake", "Mia Bay, 52,"). No name finder lists such a name by its shape alone. Words that also head organizations or people's surnames often ("Hill", "Park", "Field",
 * "Port", "Rivers") are left out; the places that are settlements (`city`, `town`, `village`,
 * `township`, `borough`, `parish`), `county` and `island` are in `placeNouns` too.
 */
export const placeNameHeads: readonly string[] = Object.freeze([
  'bay',
  'bays',
  'beach',
  'beaches',
  'borough',
  'canyon',
  'canyons',
  'city',
  'county',
  'creek',
  'creeks',
  'falls',
  'harbor',
  'harbour',
  'heights',
  'island',
  'islands',
  'lake',
  'lakes',
  'parish',
  'peninsula',
  'river',
  'springs',
  'strait',
  'town',
  'township',
  'valley',
  'valleys',
  'village',
])

/**
 * Words opening place names ("Port Arthur", "Fort Kellam", "Mount Orin"): a name opening with
 * one and going on with a capitalized word is a place, even where a given-name list holds the
 * word ("Port").
 */
export const placeNamePrefixes: readonly string[] = Object.freeze(['cape', 'fort', 'mount', 'port'])
