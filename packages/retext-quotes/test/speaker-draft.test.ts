import { describe, expect, it } from 'vitest'
import { SpeakerRegistry } from '../src/lib/registry.js'
import { SpeakerDraft } from '../src/lib/speaker-draft.js'

describe('SpeakerDraft', () => {
  it('gives registered speakers as they are and leaves the registry unchanged', () => {
    const registry = new SpeakerRegistry()
    const vale = registry.named('Ann Vale', 'person', 'Vale', ['harbour master'])
    const official = registry.unnamed('a port official', 'anonymous')
    const before = structuredClone([...registry.speakers.values()])
    const draft = new SpeakerDraft(registry)
    expect(draft.named('Ann Vale', 'person', 'Ms. Vale', ['mayor'])).toBe(vale)
    expect(draft.unnamed('a port official', 'anonymous')).toBe(official)
    draft.addRole(vale, 'the harbour chief')
    const brio = draft.named('Tom Brio', 'person', 'Brio', ['diver'])
    expect(brio).toMatchObject({ id: 'tom-brio', aliases: ['Brio'], roles: ['diver'] })
    expect(draft.named('Tom Brio', 'person', '', [])).toBe(brio)
    expect([...registry.speakers.values()]).toEqual(before)
    expect(registry.get('tom-brio')).toBeUndefined()
  })

  it('numbers the unnamed speakers it makes after the registry’s, one per description', () => {
    const registry = new SpeakerRegistry()
    registry.unnamed('a port official', 'anonymous')
    const draft = new SpeakerDraft(registry)
    const spokesman = draft.unnamed('a ministry spokesman', 'anonymous')
    const diver = draft.unnamed('a diver', 'anonymous')
    expect([spokesman.id, diver.id]).toEqual(['anonymous-2', 'anonymous-3'])
    expect(draft.unnamed('A ministry spokesman', 'anonymous')).toBe(spokesman)
    expect(draft.unnamed('local fishermen', 'group').id).toBe('group-1')
    expect(registry.describedAs('a diver', 'anonymous')).toBeUndefined()
  })
})
