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
