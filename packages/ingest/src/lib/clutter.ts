import type { VFile } from 'vfile'
import { shareBarFillers, shareBarItems, shareBarMinimumItems } from '../data/share-bar.js'
import { columnAt, type Line, type Segment } from './draft.js'
import { report } from './messages.js'
import { readTimePatterns } from './metadata-lines.js'

/**
 * One clutter rule: page furniture that pasted and saved articles carry along, and that is not
 * article text. Rules are data: each has an id (rule `clutter-<id>` in messages), a label used
 * in messages, the reason it is removed, and patterns tested against one whole trimmed line.
 */
export interface ClutterRule {
  readonly id: string
  readonly label: string
  readonly reason: string
  /** A matching line is removed. */
  readonly lines: readonly RegExp[]
  /** A matching line starts a section: it and the link-like lines after it are removed. */
  readonly sections?: readonly RegExp[]
  /** A match at the end of a line is cut off; the rest of the line is kept. */
  readonly suffixes?: readonly RegExp[]
  /**
   * A line made only of these words is removed: at least `minimumItems` of `items` (phrases of
   * one or more words) and nothing else but `fillers`, numbers and symbols, in any order and
   * with any separators (`·`, `|`, `/`, commas…).
   */
  readonly bar?: {
    readonly items: readonly string[]
    readonly fillers: readonly string[]
    readonly minimumItems: number
  }
}

export const clutterRules: readonly ClutterRule[] = Object.freeze([
  {
    id: 'comment-widget',
    label: 'comment widget line',
    reason:
      'Comment widgets ("Notify of", "Inline Feedbacks", "View all comments") are page controls.',
    lines: [
      /^(?:notify of|inline feedbacks?|view all comments|load more comments|show comments|hide comments|\d+\s+comments?|comments?\s*\(\d+\)|leave a (?:comment|reply)|post a comment|add a comment|join the (?:discussion|conversation)|comments are closed|subscribe to comments|new follow-up comments|new replies to my comments|oldest|newest|most voted|be the first to comment|log ?in to comment)[.!]?$/i,
    ],
  },
  {
    id: 'missed-it-rail',
    label: '"In case you missed it" rail',
    reason:
      'Rails of other stories ("In case you missed it", "Most read", "Trending") are not part of the article.',
    lines: [],
    sections: [
      /^(?:in case you missed it|icymi|don['’]?t miss|must read|most read|most popular|popular (?:now|stories)|trending(?: now| stories)?|top stories|latest (?:news|stories)|more (?:news|stories)|editor['’]?s picks|recommended(?: for you| stories)?)\s*:?$/i,
    ],
  },
  {
    id: 'related-links',
    label: 'related-links list',
    reason:
      'Lists of related links ("Related", "Read more", "You may also like") point to other pages.',
    lines: [
      /^(?:related|read more|read also|also read|see also|more on this|watch)\s*:\s*\S.{0,150}$/i,
    ],
    sections: [
      /^(?:related|related (?:articles?|stories|news|coverage|posts|content|links|reading)|read (?:more|also|next)|see also|also read|more on this(?: story| topic)?|you (?:may|might) also (?:like|be interested in)|more from .{1,40})\s*:?$/i,
    ],
  },
  {
    id: 'read-time',
    label: 'read-time line',
    reason: 'A read-time line is metadata; its value is kept as the stated read time.',
    lines: readTimePatterns,
  },
  {
    id: 'share-prompt',
    label: 'share prompt',
    reason: 'Share buttons and their labels are page controls.',
    lines: [
      /^(?:share|share this(?: article| story| post| page)?|share (?:on|via) (?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email)|click to share on .{1,30}|tweet(?: this)?|email this(?: article| story)?|copy link|link copied|print(?: this)?(?: article| story| page)?|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|email)\s*:?$/i,
    ],
  },
  {
    id: 'share-bar',
    label: 'share bar',
    reason:
      'Rows of share, follow and print buttons ("Share on Facebook · Share on X · Email") are page controls, whatever separates them.',
    lines: [],
    bar: { items: shareBarItems, fillers: shareBarFillers, minimumItems: shareBarMinimumItems },
  },
  {
    id: 'follow-prompt',
    label: 'follow prompt',
    reason: 'Invitations to follow the publisher on social media are not article text.',
    lines: [
      /^(?:follow us(?: on .{1,40})?|follow .{1,40} on (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|whatsapp|telegram|threads|bluesky|google news)|like us on facebook|join (?:us|our channel) on (?:whatsapp|telegram))[.!]?$/i,
    ],
  },
  {
    id: 'newsletter-prompt',
    label: 'newsletter prompt',
    reason: 'Newsletter sign-up prompts are not article text.',
    lines: [
      /^(?:sign up|subscribe)(?: now| today| here)?(?: to| for)? (?:our |the |my )?.{0,40}newsletters?\b.{0,60}$/i,
      /^get (?:the|our) .{0,40}(?:newsletter|headlines|news|stories)(?: delivered)? (?:to|in) your inbox.{0,30}$/i,
      /^(?:newsletter|enter your email(?: address)?.{0,40})$/i,
    ],
  },
  {
    id: 'advertisement',
    label: 'advertisement marker',
    reason: 'Advertisement slots and their labels are not article text.',
    lines: [
      /^(?:advertisement|advertisements|advert|ad|sponsored|sponsored content|paid content|promoted|scroll to continue(?: with content)?|(?:story|article) continues? below(?: (?:this )?advertisement)?|continue reading (?:the main story|below))$/i,
    ],
  },
  {
    id: 'photo-credit',
    label: 'photo credit',
    reason: 'Photo credits and captions describe images, which are not kept.',
    lines: [
      /^\(?(?:photo|photograph|image|picture|file photo|photo credit|image credit|credit)s?\s*[:：]\s*[^()]{1,80}\)?\.?$/i,
      /^\(?(?:photo|photograph|image|picture)s?\s+(?:by|courtesy(?: of)?)\s+[^()]{1,60}\)?\.?$/i,
      // The lookahead asks first for a slash within the first 62 characters, which the rest
      // needs: without it every prose line was read through 60 letters and back for a slash,
      // over a third of the time of all the clutter patterns.
      /^(?=[^/]{1,61}\/)\(?[\p{L} .,'’-]{1,60}\/\s*(?:getty images|afp|reuters|ap|epa|shutterstock|ap photo)[^()]{0,40}\)?\.?$/iu,
    ],
    suffixes: [
      // No leading `\s*`, and no two `\s*` side by side: either, on a long run of spaces, would
      // make the search quadratic.
      /\((?:photo|photograph|image|picture|credit)s?\s*(?:credit\s*)?[:：]\s*[^()]{1,80}\)\.?$/i,
    ],
  },
  {
    id: 'pull-quote-credit',
    label: 'pull-quote credit',
    reason:
      'A line that only credits a pull quote ("—Troy Roberts") is page furniture; the pull quote itself is not repeated in the article flow.',
    lines: [/^(?:[—–]|--)\s*\p{Lu}[^.!?]{0,100}$/u],
  },
  {
    id: 'map-legend',
    label: 'map legend',
    reason:
      'Map legends ("██ Syrian Democratic Forces") label colours of an image that is not kept.',
    lines: [/^[\u2580-\u259F\u25A0-\u25FF\u2B1B\u2B1C]+\s*\S.{0,80}$/u],
  },
] satisfies ClutterRule[])

/** Longest line tested as a bar: rows of buttons are short. */
const maxBarLength = 300

interface BarMatcher {
  /** Phrases by their first word, longest first. */
  phrases: Map<string, string[][]>
  fillers: ReadonlySet<string>
  minimumItems: number
}

const barMatchers = new WeakMap<NonNullable<ClutterRule['bar']>, BarMatcher>()

function barMatcher(bar: NonNullable<ClutterRule['bar']>): BarMatcher {
  let matcher = barMatchers.get(bar)
  if (matcher) return matcher
  const phrases = new Map<string, string[][]>()
  for (const item of bar.items) {
    const words = item.toLowerCase().split(/\s+/)
    const first = words[0] ?? ''
    phrases.set(first, [...(phrases.get(first) ?? []), words])
  }
  for (const list of phrases.values()) list.sort((a, b) => b.length - a.length)
  matcher = { phrases, fillers: new Set(bar.fillers), minimumItems: bar.minimumItems }
  barMatchers.set(bar, matcher)
  return matcher
}

/** The words of a bar line: what lies between its separators (white space, bullets, pipes). */
const barWord = /[^\s·|•,/:;!?…()[\]{}<>–—]+/gu

/**
 * Whether `text` is only the words of a bar, with at least its minimum of items. The words are
 * read as far as needed: almost every line tested is prose, which fails on its first word or two,
 * and splitting every line whole took about half the time of all the clutter rules.
 */
function isBar(text: string, bar: NonNullable<ClutterRule['bar']>): boolean {
  if (text.length > maxBarLength) return false
  const { phrases, fillers, minimumItems } = barMatcher(bar)
  const words: string[] = []
  let read = false
  barWord.lastIndex = 0
  /** The word at `index`, reading more of the line when needed; undefined past its end. */
  const wordAt = (index: number): string | undefined => {
    while (words.length <= index && !read) {
      const match = barWord.exec(text)
      if (match === null) {
        read = true
        break
      }
      // Word by word, not the whole line: prose fails on its first word. Only a Greek sigma
      // lowercases by its context, and no bar word has one (a test holds the lists to that).
      const word = match[0].toLowerCase()
      // Icons and counts ("✉", "🔗", "12", "1.2k") between the buttons.
      if (/\p{L}/u.test(word) && !/^\d+(?:[.,]\d+)?[km]?$/.test(word)) words.push(word)
    }
    return words[index]
  }
  let items = 0
  for (let index = 0; ; ) {
    const word = wordAt(index)
    if (word === undefined) break
    const phrase = phrases
      .get(word)
      ?.find((candidate) => candidate.every((part, offset) => wordAt(index + offset) === part))
    if (phrase) {
      items++
      index += phrase.length
    } else if (fillers.has(word)) index++
    else return false
  }
  return items >= minimumItems
}

/**
 * Whether any of the patterns matches `text`. A loop, not `some` with a callback: that made a
 * function for each rule and line, twice, to test one line against the rules.
 */
function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  for (const pattern of patterns) if (pattern.test(text)) return true
  return false
}

/**
 * A character every match of `pattern` has, and the last index (in code units, as `indexOf`
 * gives it) where a match has it first, read from the opening of its source; undefined when it
 * opens otherwise. Two openings are read: a lookahead for the character within the first
 * characters (`^(?=[^/]{1,61}\/)`: at index 61 at the latest, 122 under the u or v flag, where
 * each character may be two units), and an escaped punctuation character (`\(`) opening a
 * pattern that is not anchored; neither when the pattern has an alternative at its top level.
 */
export function requiredCharacter(
  pattern: RegExp,
): { character: string; firstIndexAtMost: number } | undefined {
  const { source } = pattern
  // A `|` at the top level makes the opening one alternative's, and the others need nothing.
  if (hasTopLevelAlternative(source)) return undefined
  // With the m flag, `^` is also the start of every line of the text, not only of the text.
  const lookahead = pattern.multiline ? null : characterLookahead.exec(source)
  if (lookahead && unescaped(lookahead[1]) === unescaped(lookahead[3])) {
    // The bound counts characters, and `indexOf` code units: under the u and v flags a character
    // beyond the Basic Multilingual Plane is one of the first and two of the second.
    const unitsEach = /[uv]/.test(pattern.flags) ? 2 : 1
    return {
      character: unescaped(lookahead[1]),
      firstIndexAtMost: Number(lookahead[2]) * unitsEach,
    }
  }
  const opening = /^\\([!-/:-@[-`{-~])(?![?*{])/.exec(source)
  if (opening)
    return { character: opening[1] as string, firstIndexAtMost: Number.POSITIVE_INFINITY }
  return undefined
}

/** An ASCII punctuation character that stands for itself in a class: escaped, or not `\]^-`. */
const classPunctuation = String.raw`\\[!-/:-@[-\x60{-~]|[!-,./:-@[_\x60{-~]`
/** The same outside a class, where `.*+?()[{}|^$` have meanings of their own. */
const literalPunctuation = String.raw`\\[!-/:-@[-\x60{-~]|[!"#%&',/:;<=>@_\x60~]`

/** `^(?=[^C]{1,N}C)`: character C, first at index N at the latest. */
const characterLookahead = new RegExp(
  String.raw`^\^\(\?=\[\^(${classPunctuation})\]\{1,(\d+)\}(${literalPunctuation})\)`,
)

function unescaped(literal: string | undefined): string {
  return literal?.startsWith('\\') ? literal.slice(1) : (literal ?? '')
}

/** Whether a pattern's source has a `|` outside its groups and classes. */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0
  let inClass = false
  for (let index = 0; index < source.length; index++) {
    const character = source[index]
    if (character === '\\') index++
    else if (inClass) inClass = character !== ']'
    else if (character === '[') inClass = true
    else if (character === '(') depth++
    else if (character === ')') depth--
    else if (character === '|' && depth === 0) return true
  }
  return false
}

/** Backreferences and named groups, which read differently once patterns are joined. */
const groupReference = /\\[1-9]|\\k<|\(\?<[^=!]/

/**
 * `pattern` without its g and y flags, a copy when it has them: their `test` starts at the
 * `lastIndex` the last one left, and moves it, so testing the rules' own patterns first would
 * change what the rules then find. Without the flags it matches wherever they would, and more.
 */
function withoutState(pattern: RegExp): RegExp {
  return /[gy]/.test(pattern.flags)
    ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
    : pattern
}

/**
 * A test that every line some pattern of `patterns` matches passes, and that almost every prose
 * line fails at once. Patterns that need a character (`requiredCharacter`) are tried only on lines
 * that have it where they need it: `indexOf` finds it far faster than a pattern's scan (the
 * agency-credit pattern's lookahead for a slash took some 40% of the time of all the clutter
 * patterns on prose). The others are joined, by their flags, into one alternation, which
 * matches where any of them does: one search a line, which V8 dispatches on the line's first
 * characters, instead of one a pattern.
 */
export function anyMatchTest(patterns: readonly RegExp[]): (text: string) => boolean {
  const guarded: { pattern: RegExp; character: string; firstIndexAtMost: number }[] = []
  const byFlags = new Map<string, string[]>()
  const alone: RegExp[] = []
  for (const given of patterns) {
    const pattern = withoutState(given)
    const required = requiredCharacter(pattern)
    if (required) guarded.push({ pattern, ...required })
    else if (groupReference.test(pattern.source)) alone.push(pattern)
    else byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), pattern.source])
  }
  const joined = [...byFlags].map(
    ([flags, sources]) => new RegExp(sources.map((source) => `(?:${source})`).join('|'), flags),
  )
  const unguarded = [...joined, ...alone]
  return (text) => {
    if (matchesAny(unguarded, text)) return true
    for (const { pattern, character, firstIndexAtMost } of guarded) {
      const index = text.indexOf(character)
      if (index !== -1 && index <= firstIndexAtMost && pattern.test(text)) return true
    }
    return false
  }
}

/** Lines in a rail or a related-links list: short, and not a prose sentence. */
function isLinkLike(text: string): boolean {
  const words = text.split(/\s+/).length
  if (words > 20) return false
  return !(words > 8 && /[.!?]["”’)]?$/.test(text))
}

function excerpt(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

export interface ClutterOptions {
  /** Ids of rules to leave out. */
  disabled: ReadonlySet<string>
  /** Called when a read-time line is removed, so its value can be kept. */
  onReadTime?: (line: Line) => void
}

export function reportRemoval(file: VFile, rule: ClutterRule, line: Line, extra = ''): void {
  report(file, 'info', `Removed ${rule.label} “${excerpt(line.text)}”${extra}`, {
    rule: `clutter-${rule.id}`,
    place: line,
    note: rule.reason,
    actual: line.text,
  })
}

// The rules are read once, below, into the tests every line meets first: frozen all through, as
// a change made to them after that would not be seen. The lists other modules export are frozen
// where they are defined; these are the rules' own.
for (const rule of clutterRules) {
  for (const list of [rule.lines, rule.sections, rule.suffixes, rule.bar?.items, rule.bar?.fillers])
    if (list) Object.freeze(list)
  if (rule.bar) Object.freeze(rule.bar)
  Object.freeze(rule)
}

/**
 * Lines that may start a section, be a clutter line or end in clutter, by the patterns of every
 * rule: almost every line fails all three, and then meets no rule one by one.
 */
const mayStartSection = anyMatchTest(clutterRules.flatMap((rule) => rule.sections ?? []))
const mayBeClutterLine = anyMatchTest(clutterRules.flatMap((rule) => rule.lines))
const mayEndInClutter = anyMatchTest(clutterRules.flatMap((rule) => rule.suffixes ?? []))

/** A test of whether a rule has `part`, by which a filter's result is typed as having it. */
function hasPart<Part extends 'sections' | 'suffixes' | 'bar'>(part: Part) {
  return (rule: ClutterRule): rule is ClutterRule & Required<Pick<ClutterRule, Part>> =>
    rule[part] !== undefined
}

/** The rules in use, and those of them with sections, a bar or suffixes. */
function ruleLists(rules: readonly ClutterRule[]) {
  return {
    rules,
    sectionRules: rules.filter(hasPart('sections')),
    barRules: rules.filter(hasPart('bar')),
    suffixRules: rules.filter(hasPart('suffixes')),
  }
}

/** The lists when no rule is left out, as nearly every file is read: made once, not per file. */
const everyRule = ruleLists(clutterRules)

/** Remove clutter lines from `segments`, reporting each removal as an info message on `file`. */
export function removeClutter(
  segments: Segment[],
  file: VFile,
  options: ClutterOptions,
): Segment[] {
  const { rules, sectionRules, barRules, suffixRules } =
    options.disabled.size === 0
      ? everyRule
      : ruleLists(clutterRules.filter((rule) => !options.disabled.has(rule.id)))
  const result: Segment[] = []
  let section: { rule: ClutterRule; marker: Line; removed: number } | undefined

  const closeSection = () => {
    if (!section) return
    const { rule, marker, removed } = section
    const extra = removed > 0 ? ` and the ${removed} line${removed === 1 ? '' : 's'} after it` : ''
    reportRemoval(file, rule, marker, extra)
    section = undefined
  }

  for (const segment of segments) {
    const kept: Line[] = []
    for (const line of segment.lines) {
      const text = line.text.trim()
      if (section) {
        if (isLinkLike(text)) {
          section.removed++
          continue
        }
        closeSection()
      }
      const sectionRule = mayStartSection(text)
        ? sectionRules.find((rule) => matchesAny(rule.sections, text))
        : undefined
      if (sectionRule) {
        section = { rule: sectionRule, marker: line, removed: 0 }
        continue
      }
      const lineRule = mayBeClutterLine(text)
        ? rules.find(
            (rule) =>
              matchesAny(rule.lines, text) || (rule.bar !== undefined && isBar(text, rule.bar)),
          )
        : barRules.find((rule) => isBar(text, rule.bar))
      if (lineRule) {
        if (lineRule.id === 'read-time') options.onReadTime?.(line)
        reportRemoval(file, lineRule, line)
        continue
      }
      let current = line
      if (mayEndInClutter(current.text)) {
        for (const rule of suffixRules) {
          for (const pattern of rule.suffixes) {
            const match = pattern.exec(current.text)
            if (!match) continue
            const column = columnAt(current, match.index)
            reportRemoval(file, rule, { ...current, column, text: match[0].trim() })
            current = { ...current, text: current.text.slice(0, match.index).trimEnd() }
          }
        }
      }
      if (current.text.trim() !== '') kept.push(current)
    }
    if (kept.length > 0) result.push({ ...segment, lines: kept })
  }
  closeSection()
  return result
}
