/**
 * Honorifics: courtesy words put before a name that say nothing about the job a person holds.
 * Compared case-insensitively, with and without a final period (`Mr`, `Mr.`).
 * Source: hand-compiled from the AP Stylebook and Guardian style guide entries on courtesy titles,
 * plus common foreign forms found in English-language news.
 */
export const honorifics: readonly string[] = Object.freeze([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'messrs',
  'dr',
  'doctor',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'madam',
  'madame',
  'mme',
  'mlle',
  'monsieur',
  'herr',
  'frau',
  'señor',
  'senor',
  'señora',
  'senora',
  'don',
  'doña',
  'sheikh',
  'sheik',
  'sayyid',
  'hon',
  'honourable',
  'honorable',
  'rt',
  'rev',
  'revd',
  'reverend',
  'fr',
  'father',
  'sister',
  'brother',
  'rabbi',
  'imam',
  'mullah',
  'ayatollah',
  'hajji',
  'haji',
  'shri',
  'sri',
  'smt',
  'comrade',
  'monsignor',
  'monseñor',
  'msgr',
  'swami',
  'guru',
  'pandit',
  'mufti',
])

/**
 * Courtesy, religious and noble titles that say their holder is a man (`Mr`, `Sir`, `King`).
 * Source: as `honorifics`, with the ranks of nobility from Wikipedia "Royal and noble ranks".
 */
export const maleTitles: readonly string[] = Object.freeze([
  'mr',
  'sir',
  'lord',
  'herr',
  'senor',
  'señor',
  'don',
  'monsieur',
  'father',
  'brother',
  'fr',
  'sheikh',
  'sheik',
  'king',
  'prince',
  'emperor',
  'duke',
  'earl',
  'count',
  'baron',
  'pope',
])

/** Courtesy, religious and noble titles that say their holder is a woman (`Mrs`, `Dame`, `Queen`). */
export const femaleTitles: readonly string[] = Object.freeze([
  'mrs',
  'ms',
  'miss',
  'dame',
  'lady',
  'madam',
  'madame',
  'mme',
  'mlle',
  'frau',
  'senora',
  'señora',
  'doña',
  'sister',
  'queen',
  'princess',
  'empress',
  'duchess',
  'countess',
  'baroness',
])

/**
 * Honorifics that are common given names too (`Don`, `Sister`): a title only before a name of
 * two words at least.
 */
export const givenNameHonorifics: readonly string[] = Object.freeze([
  'brother',
  'don',
  'father',
  'sister',
])

/**
 * Titles of nobility that are far more often given names (`Earl Ray Tomblin`): a title only
 * before `of`.
 */
export const givenNameTitles: readonly string[] = Object.freeze(['earl'])

/**
 * Nouns of a member of an armed or uniformed service written before a name as a rank ("*Marine*
 * Ann Vale", "Navy *SEAL* Tom Vale", "*Airman* Ann Vale"): a title only before a known given name
 * that still leaves a name of two words, as some are given names themselves ("Marine Le Pen").
 * The rank says nothing of the holder's gender, "-man" or not: women serve as airmen and
 * guardsmen. Source: the enlisted and service designations of the US armed forces (AP Stylebook
 * "military titles") and the UK's, less those already role heads (`sergeant`, `soldier`).
 */
export const serviceMemberTitles: readonly string[] = Object.freeze([
  'airman',
  'cadet',
  'guardsman',
  'marine',
  'midshipman',
  'pfc',
  'ranger',
  'reservist',
  'sailor',
  'seal',
  'seaman',
  'spc',
  'specialist',
  'trooper',
])
