import { overrideEntryField, type Speaker } from '@newsroom/schema'
import type { VFile } from 'vfile'

/** Named speakers listed in a message, at most: enough to spot the one meant. */
const listedSpeakers = 8

/**
 * An override of a speaker's name that names no speaker of the article does nothing: say so,
 * with the names it could have meant, rather than let a typo pass for a rename.
 */
export function reportUnmatchedSpeakerNames(
  file: VFile,
  unmatched: readonly string[],
  speakers: readonly Speaker[],
): void {
  if (unmatched.length === 0) return
  const names = [
    ...new Set(
      speakers
        .filter((speaker) => speaker.kind === 'person' || speaker.kind === 'organization')
        .map((speaker) => speaker.name),
    ),
  ].sort((a, b) => a.localeCompare(b, 'en'))
  const listed = names.slice(0, listedSpeakers).map((name) => `\`${name}\``)
  const known =
    names.length === 0
      ? 'The article quotes no named speaker.'
      : `Its named speakers: ${listed.join(', ')}${names.length > listed.length ? ` and ${names.length - listed.length} more` : ''}.`
  for (const from of unmatched) {
    const name = from.trim()
    const message = file.message(
      `Unexpected \`overrides.speakerNames\` entry \`${name}\` that names no speaker of the article`,
      { ruleId: 'unmatched-speaker-name', source: 'enrich' },
    )
    // `field`, as ingest's messages carry it: the reporter places the message by it.
    Object.assign(message, { field: overrideEntryField('speakerNames', name) })
    message.actual = name
    message.note = `${known} Write the name (or an alias) as the article's speakers give it; until then the entry is ignored.`
  }
}

/**
 * retext-topics keeps a manual topic that names no taxonomy topic or country as a free topic,
 * with an info message. A free topic is the editor's to make, but one a letter or two from a
 * taxonomy topic is most likely a typo that would make a page of its own: that one warns, naming
 * the topic it is near (the message's `expected`), like a misspelt front-matter field.
 */
export function reportMisspeltTopics(file: VFile, addTopics: readonly string[]): void {
  for (const message of topicMessages(file, 'unknown-manual-topic', addTopics)) {
    const name = message.actual as string
    Object.assign(message, { field: overrideEntryField('addTopics', name) })
    if (message.expected === undefined || message.expected.length === 0) continue
    message.fatal = false
    message.note = `Write \`${message.expected[0]}\` if that topic is meant; otherwise \`${name}\` gets a topic page of its own.`
  }
}

/**
 * retext-topics reports, as infos, the article's `removeTopics` entries that remove nothing. One
 * that names no topic at all (`unknown-remove-topic`) is most often a typo: a warning at the
 * entry, with the topic it is near. One that names a known topic the article does not have
 * (`unmatched-remove-topic`) is likely a stale entry or a template's: it stays an info, placed at
 * the entry.
 */
export function reportUnmatchedRemovals(file: VFile, removeTopics: readonly string[]): void {
  for (const message of topicMessages(file, 'unknown-remove-topic', removeTopics)) {
    const name = message.actual as string
    Object.assign(message, { field: overrideEntryField('removeTopics', name) })
    message.fatal = false
    const near = message.expected?.[0]
    message.note = near
      ? `Write \`${near}\` if that topic is meant; until then the entry removes nothing.`
      : 'No topic of the article or the taxonomy is near it; the entry removes nothing.'
  }
  for (const message of topicMessages(file, 'unmatched-remove-topic', removeTopics)) {
    const name = message.actual as string
    Object.assign(message, { field: overrideEntryField('removeTopics', name) })
  }
}

/** retext-topics' messages of one rule about one of the article's own override entries. */
function topicMessages(file: VFile, ruleId: string, entries: readonly string[]) {
  const written = new Set(entries)
  return file.messages.filter(
    (message) =>
      message.source === 'retext-topics' &&
      message.ruleId === ruleId &&
      message.actual !== undefined &&
      written.has(message.actual),
  )
}
