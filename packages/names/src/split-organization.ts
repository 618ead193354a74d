import { connectingNameParticles } from '@newsroom/lexicon'
import { isRoleWord } from './parse-person-name.js'
import { isOrganizationHead } from './resolve-organizations.js'

const capitalized = /^\p{Lu}/u
const particles = new Set(connectingNameParticles)

/**
 * Where a run of capitalized words that holds an organization and then a person's name splits:
 * `Rellmark Post Ann Vale` → 2 (`Rellmark Post` | `Ann Vale`), `House Newt Gingrich` → 1. The
 * organization ends at its last head word (`Post`, `House`), or at `knownEnd` when an entity
 * recognizer found where it ends (`United Nations` in `United Nations Ann Vale`). Returns the
 * index of the name's first word, or -1 when the run is one name: a head word at the end
 * (`Fox News Channel`), fewer than three words (`Times Square`), or role words only after the
 * split (`House Speaker`).
 */
export function splitAfterOrganization(words: readonly string[], knownEnd?: number): number {
  let split = knownEnd ?? -1
  // Most runs asked about are a word or two: decided before any word is looked up.
  if (split < 0 && words.length < 3) return -1
  const last = words.at(-1)
  if (last === undefined || isOrganizationHead(last)) return -1
  if (split < 0) {
    for (let at = words.length - 2; at >= 0; at--) {
      const word = words[at] as string
      if (capitalized.test(word) && isOrganizationHead(word)) {
        split = at + 1
        break
      }
    }
  }
  if (split <= 0 || split >= words.length) return -1
  const name = words.slice(split)
  if (!name.every((word) => capitalized.test(word) || particles.has(word))) return -1
  if (name.every((word) => isRoleWord(word))) return -1
  return split
}
