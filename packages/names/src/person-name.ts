import type { NameTradition } from './name-order.js'

/** A person mention taken apart: the name, and the titles and roles around it. */
export interface PersonName {
  /** The mention as given. */
  text: string
  /** The name without titles, roles or honorifics (`"Antony Blinken"`); `''` when none is left. */
  name: string
  /** Roles and titles before the name (`["US Secretary of State"]`). */
  roles: string[]
  /** Courtesy titles before the name (`["Mr"]`). */
  honorifics: string[]
  /** Given names and initials, in written order (`["John", "R."]`). */
  given: string[]
  /** Family name with its particles (`"bin Salman"`, `"Wang"`); for a one-word name, that word. */
  surname: string
  /** Generational suffix or regnal number (`"Jr."`, `"II"`), else null. */
  suffix: string | null
  tradition: NameTradition
  /** Whether the family name comes first (Chinese, Korean, Vietnamese order). */
  surnameFirst: boolean
  /**
   * Whether the name is complete: a given and a family name, or a one-word name with the title it
   * is known by ("Pope Francis"); not a bare `"Blinken"`.
   */
  full: boolean
}
