import { foldName, slugify } from '@newsroom/names'
import type { Speaker } from '@newsroom/schema'

/**
 * Slugs of canonical names, shared across articles: `slugify` is pure and the same speakers
 * recur from article to article. Cleared when it grows large, so memory stays bounded.
 */
const slugCache = new Map<string, string>()

function cachedSlug(text: string): string {
  let slug = slugCache.get(text)
  if (slug === undefined) {
    if (slugCache.size >= 10_000) slugCache.clear()
    slug = slugify(text)
    slugCache.set(text, slug)
  }
  return slug
}

/** Builds the article's speakers; each resolved phrase gets a speaker id. */
export class SpeakerRegistry {
  readonly speakers = new Map<string, Speaker>()
  private readonly order: string[] = []
  private anonymousCount = 0
  private groupCount = 0
  private readonly byDescription = new Map<string, string>()

  get(id: string): Speaker | undefined {
    return this.speakers.get(id)
  }

  /** A named person or organization: id is the slug of the canonical name. */
  private readonly slugs = new Map<string, string>()

  named(
    name: string,
    kind: 'person' | 'organization',
    alias: string,
    roles: readonly string[],
  ): Speaker {
    let id = this.slugs.get(name)
    if (id === undefined) {
      id = cachedSlug(name) || cachedSlug(alias) || 'speaker'
      this.slugs.set(name, id)
    }
    let speaker = this.speakers.get(id)
    if (!speaker) {
      speaker = { id, name, kind, roles: [], aliases: [], description: null, quoteCount: 0 }
      this.speakers.set(id, speaker)
      this.order.push(id)
    }
    this.addAlias(speaker, alias)
    for (const role of roles) this.addRole(speaker, role)
    return speaker
  }

  /** An unnamed person or a group: one article-local id per distinct description. */
  unnamed(description: string, kind: 'anonymous' | 'group'): Speaker {
    const key = `${kind}:${foldName(description)}`
    const existing = this.byDescription.get(key)
    if (existing) return this.speakers.get(existing) as Speaker
    const count = kind === 'anonymous' ? ++this.anonymousCount : ++this.groupCount
    const id = `${kind}-${count}`
    const speaker: Speaker = {
      id,
      name: description,
      kind,
      roles: [],
      aliases: [],
      description,
      quoteCount: 0,
    }
    this.speakers.set(id, speaker)
    this.byDescription.set(key, id)
    this.order.push(id)
    return speaker
  }

  addAlias(speaker: Speaker, alias: string): void {
    const clean = alias.trim()
    if (clean === '' || foldName(clean) === foldName(speaker.name)) return
    if (speaker.aliases.some((known) => foldName(known) === foldName(clean))) return
    speaker.aliases.push(clean)
  }

  /**
   * Add a role unless a fuller one already says it: "spokesman" adds nothing to "State
   * Department spokesman", while the fuller form replaces the shorter one.
   */
  addRole(speaker: Speaker, role: string): void {
    const clean = role.trim().replace(/^(?:the|a|an)\s+/i, '')
    if (clean === '') return
    const folded = ` ${foldName(clean)} `
    if (speaker.roles.some((known) => ` ${foldName(known)} `.includes(folded))) return
    speaker.roles = speaker.roles.filter((known) => !folded.includes(` ${foldName(known)} `))
    speaker.roles.push(clean)
  }

  /**
   * Speakers with at least one quote, in order of first appearance. Unnamed speakers are
   * numbered among these only (`anonymous-1`, `group-1`), so ids have no gaps.
   */
  list(): Speaker[] {
    const listed = this.order
      .map((id) => this.speakers.get(id) as Speaker)
      .filter((speaker) => speaker.quoteCount > 0)
    const counts = { anonymous: 0, group: 0 }
    for (const speaker of listed) {
      if (speaker.kind === 'anonymous' || speaker.kind === 'group') {
        speaker.id = `${speaker.kind}-${++counts[speaker.kind]}`
      }
    }
    return listed
  }
}
