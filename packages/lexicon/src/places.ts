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
