/**
 * Words that place a relative a generation below or above someone: "his *son* Ed", "*the
 * younger* Vale". They tell apart people of one family who share a family name. Source:
 * hand-compiled from English kinship terms (the generations of the nuclear and extended family)
 * and the forms news copy uses to tell a parent from a child of the same name.
 */

/** Kin one generation or more below someone ("Vale's *son* Ed"). */
export const youngerKin: readonly string[] = Object.freeze([
  'son',
  'sons',
  'daughter',
  'daughters',
  'child',
  'children',
  'grandson',
  'granddaughter',
  'grandchild',
  'stepson',
  'stepdaughter',
  'nephew',
  'niece',
])

/** Kin one generation or more above someone ("Vale's *father* Tom"). */
export const elderKin: readonly string[] = Object.freeze([
  'father',
  'mother',
  'dad',
  'mom',
  'mum',
  'parent',
  'parents',
  'grandfather',
  'grandmother',
  'stepfather',
  'stepmother',
  'uncle',
  'aunt',
])

/** Kin of one's own generation by marriage ("her *husband*, Tomas Brill"). */
export const spouseKin: readonly string[] = Object.freeze([
  'husband',
  'wife',
  'widow',
  'widower',
  'fiancé',
  'fiancée',
  'fiance',
  'fiancee',
])

/** Kin of one's own generation by birth ("his *sister*, Ann Vale"). */
export const siblingKin: readonly string[] = Object.freeze([
  'brother',
  'sister',
  'stepbrother',
  'stepsister',
  'cousin',
])

/** Words before a family name that mean the younger of two relatives ("the *younger* Vale"). */
export const youngerGenerationWords: readonly string[] = Object.freeze(['younger', 'junior'])

/** Words before a family name that mean the elder of two relatives ("the *elder* Vale"). */
export const elderGenerationWords: readonly string[] = Object.freeze(['elder', 'older', 'senior'])

/**
 * Kin of a sibling's line (`nephew`, `aunt`): a relative of this kind sharing a family name
 * leaves open which of the two is the other's parent.
 */
export const collateralKin: readonly string[] = Object.freeze(['aunt', 'nephew', 'niece', 'uncle'])
