import { newsMediaHeads } from './organizations.js'

/**
 * Groups of words that name one kind of body, as the head of its name ("Northwind *Airways*",
 * "St Aldric's *Hospital*") or as the noun a later description uses for it ("the *airline*",
 * "the *hospital*"). A description with a head of one group means a body whose name has a head of
 * the same group: "the union" is not "St Aldric's Hospital", "the regulator" may be "the Civil
 * Aviation Authority". A word may stand in several groups ("company" names a newspaper's
 * publisher as well as a carmaker); words that name any kind of body (`group`, `organisation`,
 * `board`, `trust`, `league`) are in none, and a word in none fits every body.
 * Source: hand-grouped from `organizationHeads` and the nouns news copy uses for bodies, by the
 * body each names
 * (WordNet files these nouns under persons or leaves them ungrouped, so it gives no such grouping).
 */
export const organizationKinds: ReadonlyArray<readonly string[]> = Object.freeze([
  // Executive government and its agencies.
  Object.freeze([
    'ministry',
    'department',
    'agency',
    'office',
    'bureau',
    'administration',
    'authority',
    'commission',
    'directorate',
    'secretariat',
    'inspectorate',
    'government',
    'cabinet',
    'treasury',
    'embassy',
    'consulate',
    'pentagon',
    'kremlin',
    'regulator',
    'watchdog',
  ]),
  // Legislatures.
  Object.freeze(['parliament', 'assembly', 'senate', 'congress', 'house']),
  Object.freeze(['court', 'tribunal']),
  Object.freeze(['police', 'constabulary', 'force']),
  Object.freeze(['army', 'navy', 'forces', 'corps', 'brigade', 'command', 'regiment', 'militia']),
  Object.freeze(['party', 'coalition', 'alliance', 'movement', 'front', 'caucus']),
  // Bodies of members: trade unions and professional or trade associations.
  Object.freeze(['union', 'association', 'federation', 'confederation', 'guild', 'syndicate']),
  Object.freeze([
    'university',
    'college',
    'school',
    'academy',
    'institute',
    'laboratory',
    'lab',
    'observatory',
  ]),
  Object.freeze(['hospital', 'clinic']),
  Object.freeze(['church', 'mosque', 'synagogue', 'diocese']),
  Object.freeze(['charity', 'foundation']),
  Object.freeze(['club', 'fc', 'team']),
  // Businesses.
  Object.freeze([
    'company',
    'firm',
    'business',
    'corporation',
    'corp',
    'inc',
    'ltd',
    'llc',
    'plc',
    'ag',
    'gmbh',
    'sa',
    'co',
    'conglomerate',
    'bank',
    'lender',
    'insurer',
    'airline',
    'airlines',
    'airways',
    'carrier',
    'railways',
    'rail',
    'motors',
    'carmaker',
    'automaker',
    'manufacturer',
    'industries',
    'holdings',
    'partners',
    'retailer',
    'wholesaler',
    'supplier',
    'exporter',
    'importer',
    'distributor',
    'studios',
    'records',
    'pictures',
  ]),
  // News media: businesses too, so the words that describe any business come again.
  Object.freeze([
    'company',
    'firm',
    'business',
    'corporation',
    ...newsMediaHeads,
    'paper',
    'outlet',
    'publication',
    'broadcasting',
    'broadcaster',
    'radio',
    'television',
    'tv',
    'channel',
  ]),
])

/**
 * Nouns that, as the head of a description ("the regulator", "the lender"), name a body in news
 * copy, though WordNet's commonest sense of each is a person (a money-lender, a shopkeeper) or the
 * word is a job before a name (`regulator`, `broadcaster`), so that the lists of nouns of people
 * and of roles take them for a person's. Not the heads of organizations' names
 * (`organizationHeads`), which are bodies already.
 * Source: hand-compiled from the nouns news copy uses for the body a story names ("the watchdog
 * said"); checked against WordNet, which files each under persons or devices.
 */
export const organizationNouns: readonly string[] = Object.freeze([
  'broadcaster',
  'distributor',
  'exporter',
  'importer',
  'lender',
  'regulator',
  'retailer',
  'supplier',
  'watchdog',
  'wholesaler',
])
