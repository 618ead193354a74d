/** English month names, lowercase, January first (CLDR English). */
export const monthNames: readonly string[] = Object.freeze([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
])

/** Abbreviated month names as news copy writes them (AP style `Sept.`), lowercase, no period. */
export const monthAbbreviations: readonly string[] = Object.freeze([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
])

/** English weekday names, lowercase, Sunday first: the order of `Date.prototype.getUTCDay`. */
export const weekdayNames: readonly string[] = Object.freeze([
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
])

/** Words naming a day relative to the time of writing. */
export const relativeDays: readonly string[] = Object.freeze([
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
])

/**
 * Nouns that name a stretch of time (`year`, `morning`, `season`), singular and plural. A phrase
 * ending in one at the start of a sentence ("Last year", "Early this morning") is a time
 * adverbial before the subject, not a subheading. Not in `calendarWords`: some of them name
 * things that speak or act too (`term`, `fall`).
 */
export const timeNouns: readonly string[] = Object.freeze([
  'afternoon',
  'century',
  'day',
  'days',
  'decade',
  'decades',
  'evening',
  'fortnight',
  'hour',
  'hours',
  'minute',
  'minutes',
  'month',
  'months',
  'morning',
  'night',
  'season',
  'semester',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'term',
  'time',
  'week',
  'weekend',
  'weeks',
  'year',
  'years',
])

/**
 * Every calendar word: months (full and abbreviated), weekdays and relative days. None of them
 * is ever a speaker or part of one.
 */
export const calendarWords: readonly string[] = Object.freeze([
  ...monthNames,
  ...monthAbbreviations,
  ...weekdayNames,
  ...relativeDays,
])
