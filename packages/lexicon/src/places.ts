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
 * Lake", "Mia Bay, 52,"). No name finder lists such a name by its shape alone. Words that
 * also head organizations or people's surnames often ("Hill", "Park", "Field", "Port",
 * "Rivers") are left out; the places that are settlements (`city`, `town`, `village`,
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

/**
 * The abbreviations of each US state (and D.C.), lowercase and without their last period (`n.y`
 * for "N.Y."): `current`, AP style's (with the older `tex`) and the two-letter postal codes; `older`,
 * forms AP no longer writes that copy still sets in a lawmaker's tag (`R-Kans.`, `D-Wisc.`). The
 * state an abbreviation stands for is looked up here, never guessed from its letters: "Ala." is
 * Alabama, not Alaska ("Alaska" is never abbreviated by AP; its postal code is `ak`).
 */
const abbreviationsOfStates: Readonly<
  Record<string, { current: readonly string[]; older?: readonly string[] }>
> = {
  alabama: { current: ['ala', 'al'] },
  alaska: { current: ['ak'] },
  arizona: { current: ['ariz', 'az'] },
  arkansas: { current: ['ark', 'ar'] },
  california: { current: ['calif', 'ca'], older: ['cal'] },
  colorado: { current: ['colo', 'co'] },
  connecticut: { current: ['conn', 'ct'] },
  delaware: { current: ['del', 'de'] },
  'district of columbia': { current: ['d.c', 'dc'] },
  florida: { current: ['fla', 'fl'] },
  georgia: { current: ['ga'] },
  hawaii: { current: ['hi'] },
  idaho: { current: ['id'] },
  illinois: { current: ['ill', 'il'] },
  indiana: { current: ['ind', 'in'] },
  iowa: { current: ['ia'] },
  kansas: { current: ['kan', 'ks'], older: ['kans'] },
  kentucky: { current: ['ky'] },
  louisiana: { current: ['la'] },
  maine: { current: ['me'] },
  maryland: { current: ['md'] },
  massachusetts: { current: ['mass', 'ma'] },
  michigan: { current: ['mich', 'mi'] },
  minnesota: { current: ['minn', 'mn'] },
  mississippi: { current: ['miss', 'ms'] },
  missouri: { current: ['mo'] },
  montana: { current: ['mont', 'mt'] },
  nebraska: { current: ['neb', 'ne'], older: ['nebr'] },
  nevada: { current: ['nev', 'nv'] },
  'new hampshire': { current: ['n.h', 'nh'] },
  'new jersey': { current: ['n.j', 'nj'] },
  'new mexico': { current: ['n.m', 'nm'] },
  'new york': { current: ['n.y', 'ny'] },
  'north carolina': { current: ['n.c', 'nc'] },
  'north dakota': { current: ['n.d', 'nd'] },
  ohio: { current: ['oh'] },
  oklahoma: { current: ['okla', 'ok'] },
  oregon: { current: ['ore', 'or'], older: ['oreg'] },
  pennsylvania: { current: ['pa'], older: ['penn', 'penna'] },
  'rhode island': { current: ['r.i', 'ri'] },
  'south carolina': { current: ['s.c', 'sc'] },
  'south dakota': { current: ['s.d', 'sd'] },
  tennessee: { current: ['tenn', 'tn'] },
  texas: { current: ['tex', 'tx'] },
  utah: { current: ['ut'] },
  vermont: { current: ['vt'] },
  virginia: { current: ['va'] },
  washington: { current: ['wash', 'wa'] },
  'west virginia': { current: ['w.va', 'wv'] },
  wisconsin: { current: ['wis', 'wi'], older: ['wisc'] },
  wyoming: { current: ['wyo', 'wy'] },
}

/**
 * The abbreviations of US states (and D.C.) news copy writes after a city ("Flint, Mich.,") or
 * in a party tag after a lawmaker's name ("R-Ky.", "D-NY"), lowercase and without their last
 * period (`n.y` for "N.Y."): AP style's, with the older `tex`, and the two-letter postal codes
 * (`ny`, `tx`; some of which are English words, `in`, `me`, `or`: match them only as written
 * in capitals). The states AP never abbreviates ("Ohio", "Texas") are in `stateNames`.
 */
export const stateAbbreviations: readonly string[] = Object.freeze(
  Object.values(abbreviationsOfStates)
    .flatMap(({ current }) => current)
    .sort(),
)

/**
 * Older abbreviations of US states that the English parser (parse-english) also takes for
 * abbreviations, lowercase, without their period ("Penn.", "Calif." is AP's and in
 * `stateAbbreviations`). Party tags read both (`R-Kans.`, `R-Wisc.`); kept apart because AP
 * no longer writes them, so no postal code or AP form is taken for one.
 */
export const olderStateAbbreviations: readonly string[] = Object.freeze(
  Object.values(abbreviationsOfStates)
    .flatMap(({ older = [] }) => older)
    .sort(),
)

/**
 * The state (lowercase, as in `stateNames`) each abbreviation of `stateAbbreviations` and
 * `olderStateAbbreviations` stands for, keyed without periods (`ny`, `wva`, `dc`, `kans`).
 */
export const stateOfAbbreviation: ReadonlyMap<string, string> = new Map(
  Object.entries(abbreviationsOfStates).flatMap(([state, { current, older = [] }]) =>
    [...current, ...older].map(
      (abbreviation) => [abbreviation.replaceAll('.', ''), state] as const,
    ),
  ),
)

/**
 * The full names of the US states, lowercase, as news copy writes them after a city ("Akron,
 * Ohio,") or in a party tag ("R-Texas"): AP style spells out eight of them always and the rest
 * in running text. With `stateAbbreviations`, every way a state is written there.
 */
export const stateNames: readonly string[] = Object.freeze([
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'delaware',
  'florida',
  'georgia',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'rhode island',
  'south carolina',
  'south dakota',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'west virginia',
  'wisconsin',
  'wyoming',
])
