/**
 * Heads of the names of newspapers and other news media (`The Daily Gazette`, `Fox News`):
 * organization heads, and the news-media kind of `organizationKinds`.
 */
export const newsMediaHeads: readonly string[] = Object.freeze([
  'media',
  'news',
  'times',
  'post',
  'herald',
  'journal',
  'tribune',
  'gazette',
  'telegraph',
  'guardian',
  'observer',
  'chronicle',
  'press',
  'review',
  'magazine',
  'daily',
  'newspaper',
  'tabloid',
])

/**
 * Head words of organization names: a capitalized phrase that ends in (or starts with, before
 * "of") one of these names an organization ("State *Department*", "*University* of Essex",
 * "Thames Valley *Police*"). Compared case-insensitively.
 * Source: hand-compiled from the generic terms of Wikidata's "organization" subclasses
 * (government agency, company, political party, university, newspaper, armed force, court).
 */
export const organizationHeads: readonly string[] = Object.freeze([
  'department',
  'ministry',
  'agency',
  'office',
  'bureau',
  'administration',
  'authority',
  'commission',
  'committee',
  'council',
  'board',
  'service',
  'services',
  'directorate',
  'secretariat',
  'inspectorate',
  'cabinet',
  'government',
  'parliament',
  'assembly',
  'senate',
  'congress',
  'house',
  'court',
  'tribunal',
  'police',
  'constabulary',
  'army',
  'navy',
  'force',
  'forces',
  'guard',
  'corps',
  'brigade',
  'command',
  'regiment',
  'militia',
  'front',
  'movement',
  'party',
  'coalition',
  'alliance',
  'union',
  'league',
  'federation',
  'confederation',
  'association',
  'society',
  'institute',
  'institution',
  'foundation',
  'fund',
  'trust',
  'charity',
  'organisation',
  'organization',
  'group',
  'network',
  'center',
  'centre',
  'laboratory',
  'lab',
  'observatory',
  'university',
  'college',
  'school',
  'academy',
  'hospital',
  'clinic',
  'museum',
  'library',
  'church',
  'mosque',
  'synagogue',
  'diocese',
  'company',
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
  'bank',
  'exchange',
  'airlines',
  'airways',
  'railways',
  'rail',
  'motors',
  'industries',
  'holdings',
  'partners',
  'studios',
  'records',
  'pictures',
  ...newsMediaHeads,
  'outlet',
  'broadcasting',
  'radio',
  'television',
  'tv',
  'channel',
  'club',
  'team',
  'fc',
  'programme',
  'program',
  'project',
  'initiative',
  'campaign',
  'commonwealth',
  'caucus',
  'embassy',
  'consulate',
  'mission',
  'taskforce',
  'treasury',
  'pentagon',
  'kremlin',
])

/**
 * Head words of company names that name a body only after another capitalized word, at the end
 * of the name ("Tarrant Shipping *Lines*", "Blackhawk *Mining*", "Amnesty *International*"): no
 * family name in the corpus is one, but alone or in lowercase each is a common word ("party
 * lines", "a consulting firm") or a modifier inside a name ("International Monetary Fund"), so
 * they are kept apart from `organizationHeads`, whose words head a body anywhere in a name.
 * Source: the names of bodies the corpus's articles gave people's kind.
 */
export const companyNameHeads: readonly string[] = Object.freeze([
  'consulting',
  'endowment',
  'healthcare',
  'international',
  'lines',
  'logistics',
  'mining',
  'pharmaceuticals',
  'technologies',
])

/** Words left out of acronyms ("Organisation *of* Islamic Cooperation" → OIC). */
export const acronymStopWords: readonly string[] = Object.freeze([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'at',
  'to',
  '&',
  'a',
  'an',
  'de',
  'des',
  'du',
  'la',
  'le',
])

/**
 * Prepositions between an organization's head and what it is of or for (`University *of*
 * Essex`, `Committee *on* Ethics`, `Center *for* Disease Control`).
 */
export const organizationHeadLinks: readonly string[] = Object.freeze(['for', 'of', 'on'])

/**
 * Prepositions that make a body's name of the plural noun before them ("Doctors *Without*
 * Borders", "Medics *for* Refugees", "Mothers *Against* Drunk Driving", "Students *for* Fair
 * Admissions"): a person's name never holds one between its words.
 */
export const bodyNameLinks: readonly string[] = Object.freeze([
  'across',
  'against',
  'for',
  'without',
])
