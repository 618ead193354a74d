/**
 * The people named in a stretch of the article (the mentions from one index of the walk's list
 * of named people to another), counted by what the article says of their gender, for the
 * pronoun rule "the one person of that gender named nearby". The stretch grows as the walk goes
 * on, so each mention is read once while the walk stays in a paragraph, not once per pronoun:
 * in a long paragraph that would grow with the square of its length.
 */
import type { NameGender } from '@newsroom/names'
import type { Speaker } from '@newsroom/schema'
import type { Resolution } from './resolution.js'

/** What the article says of a person's gender: one of two, or nothing. */
type GenderClass = NameGender | 'open'

/** The people of one class, and those of them that open a sentence or are introduced. */
interface ClassMembers {
  all: Set<Speaker>
  subjects: Set<Speaker>
  introduced: Set<Speaker>
}

/** What is known of one person met in the stretch. */
interface Met {
  gender: GenderClass
  subject: boolean
  introduced: boolean
  /** Whether the first mention of their name opens its sentence as its subject. */
  introducedAsSubject: boolean
}

function members(): ClassMembers {
  return { all: new Set(), subjects: new Set(), introduced: new Set() }
}

function classOf(gender: NameGender | null): GenderClass {
  return gender ?? 'open'
}

export class NearbyPeople {
  /** The stretch read: mentions `start` to `end - 1`. */
  start = -1
  end = -1
  /** Whether anyone was added since the stretch last started: an empty one needs no new sets. */
  private added = false
  private met = new Map<Speaker, Met>()
  private classes: Record<GenderClass, ClassMembers> = {
    male: members(),
    female: members(),
    open: members(),
  }

  /** Start again with an empty stretch at `start`. */
  reset(start: number): void {
    this.start = start
    this.end = start
    if (!this.added) return
    this.added = false
    this.met = new Map()
    this.classes = { male: members(), female: members(), open: members() }
  }

  /**
   * Add a mention of a person of a gender (as known when it is read): whether it opens its
   * sentence as its subject, and whether it is the first mention of their name.
   */
  add(speaker: Speaker, gender: NameGender | null, subject: boolean, introduced: boolean): void {
    this.added = true
    let known = this.met.get(speaker)
    if (!known) {
      known = {
        gender: classOf(gender),
        subject: false,
        introduced: false,
        introducedAsSubject: false,
      }
      this.met.set(speaker, known)
      this.classes[known.gender].all.add(speaker)
    }
    const group = this.classes[known.gender]
    if (subject && !known.subject) {
      known.subject = true
      group.subjects.add(speaker)
    }
    if (introduced && !known.introduced) {
      known.introduced = true
      known.introducedAsSubject = subject
      group.introduced.add(speaker)
    }
  }

  /** A person whose gender the article left open has been given one. */
  regender(speaker: Speaker, gender: NameGender): void {
    const known = this.met.get(speaker)
    if (!known || known.gender === gender) return
    const from = this.classes[known.gender]
    const to = this.classes[gender]
    from.all.delete(speaker)
    to.all.add(speaker)
    if (known.subject) {
      from.subjects.delete(speaker)
      to.subjects.add(speaker)
    }
    if (known.introduced) {
      from.introduced.delete(speaker)
      to.introduced.add(speaker)
    }
    known.gender = gender
  }

  /**
   * The one person a pronoun of a gender means among those met: the one known to be of that
   * gender, else the one whose gender may be it, else the one the stretch introduces as the
   * subject of a sentence, else the subject of the nearest clause before the pronoun
   * (`nearestSubject`, asked only then; only a main clause's when it would pass over a
   * newcomer), else the one known to be of that gender who opens a sentence, else the one the
   * stretch introduces elsewhere; null when none is alone. The one
   * whose id is `ruledOut` (an object pronoun's own clause subject) is not among them.
   */
  choose(
    gender: NameGender,
    nearestSubject?: (mainClauseOnly: boolean) => Speaker | null,
    ruledOut: string | null = null,
  ): { speaker: Speaker; resolution: Resolution } | null {
    const agreeing = this.classes[gender]
    const open = this.classes.open
    const sure = only(agreeing.all, ruledOut)
    if (sure) return { speaker: sure, resolution: 'pronoun-only' }
    // No one known to be of the gender (one would have been `sure`): the one left open.
    const one = sizeWithout(agreeing.all, ruledOut) === 0 ? only(open.all, ruledOut) : undefined
    if (one) return { speaker: one, resolution: 'pronoun-only' }
    const newcomer =
      sizeWithout(agreeing.introduced, ruledOut) + sizeWithout(open.introduced, ruledOut) === 1
        ? (only(agreeing.introduced, ruledOut) ?? only(open.introduced, ruledOut))
        : undefined
    // "Ann Vale attacked Petra Salo and Mark Orrin. He said…": a he or she carries on the
    // subject the text is about; a person first named as an object, an owner or inside a
    // fronted clause is a newcomer to the stretch, not its topic, so takes the pronoun only
    // when no subject does.
    if (newcomer && this.met.get(newcomer)?.introducedAsSubject)
      return { speaker: newcomer, resolution: 'pronoun-newcomer' }
    // "While Vale had allies, that worries Brio": a fronted clause's subject is no more the
    // topic than the newcomer.
    const nearest = nearestSubject?.(newcomer !== undefined)
    if (nearest) return { speaker: nearest, resolution: 'pronoun-clause-subject' }
    const subject = newcomer ? undefined : only(agreeing.subjects, ruledOut)
    if (subject) return { speaker: subject, resolution: 'pronoun-clause-subject' }
    if (newcomer) return { speaker: newcomer, resolution: 'pronoun-newcomer' }
    return null
  }
}

/** How many members of a set have an id other than `ruledOut`. */
function sizeWithout(set: ReadonlySet<Speaker>, ruledOut: string | null): number {
  if (ruledOut === null) return set.size
  let size = 0
  for (const speaker of set) if (speaker.id !== ruledOut) size++
  return size
}

/** The one member of a set whose id is not `ruledOut`, else undefined. */
function only(set: ReadonlySet<Speaker>, ruledOut: string | null): Speaker | undefined {
  if (sizeWithout(set, ruledOut) !== 1) return undefined
  for (const speaker of set) if (speaker.id !== ruledOut) return speaker
  return undefined
}
