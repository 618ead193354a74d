/**
 * The article's speakers as resolving a mention would leave them, without changing them: for
 * asking what a mention the walk did not choose would resolve to (`Coreference.wouldResolve`).
 * A speaker the registry has is given as it is (no alias or role added to it); one it does not
 * have is made aside, with the id the registry would give it, and kept for the draft's life so
 * that every question about the same name meets the same speaker.
 */
import type { Speaker } from '@newsroom/schema'
import {
  descriptionKey,
  newNamedSpeaker,
  newUnnamedSpeaker,
  type SpeakerRegistry,
  type SpeakerSource,
} from './registry.js'

export class SpeakerDraft implements SpeakerSource {
  /** The speakers made aside, by id (named) or by kind and folded description (unnamed). */
  private readonly drafted = new Map<string, Speaker>()
  private readonly counts = { anonymous: 0, group: 0 }

  constructor(private readonly registry: SpeakerRegistry) {
    this.counts.anonymous = registry.unnamedCount('anonymous')
    this.counts.group = registry.unnamedCount('group')
  }

  get speakers(): ReadonlyMap<string, Speaker> {
    return this.registry.speakers
  }

  named(
    name: string,
    kind: 'person' | 'organization',
    alias: string,
    roles: readonly string[],
  ): Speaker {
    const id = this.registry.idOf(name, alias)
    const registered = this.registry.get(id)
    if (registered) return registered
    let speaker = this.drafted.get(id)
    if (!speaker) {
      speaker = newNamedSpeaker(id, name, kind)
      this.drafted.set(id, speaker)
    }
    // As the registry would: what the speaker is known by can tell their gender.
    this.registry.addAlias(speaker, alias)
    for (const role of roles) this.registry.addRole(speaker, role)
    return speaker
  }

  unnamed(description: string, kind: 'anonymous' | 'group'): Speaker {
    const registered = this.registry.describedAs(description, kind)
    if (registered) return registered
    const key = descriptionKey(description, kind)
    let speaker = this.drafted.get(key)
    if (!speaker) {
      speaker = newUnnamedSpeaker(description, kind, ++this.counts[kind])
      this.drafted.set(key, speaker)
    }
    return speaker
  }

  /** A role is what a resolved description adds to its speaker last: asking adds none. */
  addRole(_speaker: Speaker, _role: string): void {}
}
