import type { NameTradition } from './name-order.js'

/**
 * A person mention taken apart: the name, and the titles and roles around it. Read-only:
 * `parsePersonName` hands out one object per mention text, shared by every caller.
 */
export interface PersonName {
  /** The mention as given. */
  readonly text: string
  /** The name without titles, roles or honorifics (`"Antony Blinken"`); `''` when none is left. */
  readonly name: string
  /** Roles and titles before the name (`["US Secretary of State"]`). */
  readonly roles: readonly string[]
  /** Courtesy titles before the name (`["Mr"]`). */
  readonly honorifics: readonly string[]
  /** Given names and initials, in written order (`["John", "R."]`). */
  readonly given: readonly string[]
  /** Family name with its particles (`"bin Salman"`, `"Wang"`); for a one-word name, that word. */
  readonly surname: string
  /** Generational suffix or regnal number (`"Jr."`, `"II"`), else null. */
  readonly suffix: string | null
  readonly tradition: NameTradition
  /** Whether the family name comes first (Chinese, Korean, Vietnamese order). */
  readonly surnameFirst: boolean
  /**
   * Whether the name is complete: a given and a family name, or a one-word name with the title it
   * is known by ("Pope Francis"); not a bare `"Blinken"`.
   */
  readonly full: boolean
}
