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
 * Every calendar word: months (full and abbreviated), weekdays and relative days. None of them
 * is ever a speaker or part of one.
 */
export const calendarWords: readonly string[] = Object.freeze([
  ...monthNames,
  ...monthAbbreviations,
  ...weekdayNames,
  ...relativeDays,
])
