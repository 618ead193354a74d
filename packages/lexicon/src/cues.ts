import { interrogatives } from './function-words.js'

/**
 * Attribution cues: the verbs and nouns that report speech or writing ("said", "a statement"),
 * with the inflections news copy uses.
 * Source: hand-compiled from the reporting verbs of wire copy (AP Stylebook "said") and the
 * Cue spans of the PolNeAR attribution corpus.
 */

/** Irregular verbs of saying: base form → every inflection used in reporting. */
export const irregularCueVerbs: Readonly<Record<string, readonly string[]>> = Object.freeze({
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  think: ['think', 'thinks', 'thought'],
  begin: ['begin', 'begins', 'began', 'begun'],
  swear: ['swear', 'swears', 'swore', 'sworn'],
  put: ['put', 'puts'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  text: ['text', 'texts', 'texted'],
  sing: ['sing', 'sings', 'sang', 'sung', 'singing'],
  chant: ['chant', 'chants', 'chanted', 'chanting'],
  read: ['reads', 'read'],
})

/** Regular verbs of saying, base form: their subject speaks and their complement is what is said. */
export const regularSpeechVerbs: readonly string[] = Object.freeze([
  'add',
  'acknowledge',
  'advise',
  'allege',
  'announce',
  'answer',
  'argue',
  'ask',
  'assert',
  'boast',
  'caution',
  'charge',
  'claim',
  'comment',
  'complain',
  'concede',
  'conclude',
  'confirm',
  'contend',
  'continue',
  'counter',
  'declare',
  'demand',
  'deny',
  'emphasize',
  'emphasise',
  'estimate',
  'exclaim',
  'explain',
  'insist',
  'joke',
  'lament',
  'maintain',
  'mention',
  'mutter',
  'note',
  'observe',
  'plead',
  'pledge',
  'post',
  'predict',
  'proclaim',
  'promise',
  'recall',
  'recount',
  'reiterate',
  'remark',
  'repeat',
  'report',
  'respond',
  'retort',
  'scream',
  'shout',
  'state',
  'stress',
  'suggest',
  'tweet',
  'urge',
  'vow',
  'warn',
  'whisper',
  'yell',
  'assure',
  'echo',
  'inform',
  'instruct',
  'interject',
  'muse',
  'quote',
  'reveal',
  'wonder',
  'elaborate',
  'cite',
  'exhort',
])

/**
 * Regular verbs of judging, base form: their subject speaks and their object is who or what is
 * judged (`condemned the test as "reckless"`, `likened it to "a con"`, `praised Vale as "brave"`).
 */
export const judgementVerbs: readonly string[] = Object.freeze([
  'call',
  'describe',
  'accuse',
  'applaud',
  'blast',
  'brand',
  'characterize',
  'criticize',
  'criticise',
  'decry',
  'dismiss',
  'dub',
  'label',
  'mock',
  'praise',
  'slam',
  'tout',
  'thank',
  'liken',
  'condemn',
  'hail',
  'laud',
  'denounce',
  'deride',
  'ridicule',
  'compare',
])

/**
 * The base form, third person, past and `-ing` forms of a regular verb, with English spelling:
 * a final `y` after a consonant turns to `ie` ("deny", "denies", "denied"), and a one-syllable
 * verb ending in one vowel and one consonant doubles it ("slam", "slammed", "slamming"; "stir",
 * "stirred"), but for `w`, `x` and `y`, which are never doubled ("vow", "vowed"). Verbs of more
 * syllables that double (`admit`) are listed with the irregular ones.
 */
export function inflect(base: string): string[] {
  if (/[^aeiou]y$/.test(base)) {
    const root = base.slice(0, -1)
    return [base, `${root}ies`, `${root}ied`, `${base}ing`]
  }
  const doubled = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) ? `${base}${base.at(-1)}` : base
  const stem = base.endsWith('e') ? base.slice(0, -1) : doubled
  const third = /(?:s|sh|ch|x|z|[^aeiou]o)$/.test(base) ? `${base}es` : `${base}s`
  const past = base.endsWith('e') ? `${base}d` : `${doubled}ed`
  return [base, third, past, `${stem}ing`]
}

/** Every inflected verb of saying, lowercase ("said", "tells", "added", "tweeting"). */
export const speechVerbs: readonly string[] = Object.freeze([
  ...new Set([...Object.values(irregularCueVerbs).flat(), ...regularSpeechVerbs.flatMap(inflect)]),
])

/** Every inflected cue verb, lowercase: the verbs of saying and of judging. */
export const cueVerbs: readonly string[] = Object.freeze([
  ...speechVerbs,
  ...judgementVerbs.flatMap(inflect),
])

/**
 * Cue verbs of the voice, base form: their object right after them is what was said aloud
 * (`yelled "You lie!"`, `asked, "Really?"`), where a verb of writing, singing or posting takes a
 * title (`wrote "Why Not Tonight?"`, `sang "…"`). Chosen from the verbs of saying above.
 */
const voiceCueBases: readonly string[] = [
  'say',
  'cry',
  'reply',
  'quip',
  'chant',
  'ask',
  'add',
  'answer',
  'counter',
  'declare',
  'demand',
  'exclaim',
  'interject',
  'joke',
  'mutter',
  'plead',
  'proclaim',
  'remark',
  'repeat',
  'respond',
  'retort',
  'scream',
  'shout',
  'whisper',
  'yell',
]

/** Every inflected cue verb of the voice, lowercase ("yelled", "asks", "cried"). */
export const voiceCueVerbs: readonly string[] = Object.freeze(
  voiceCueBases.flatMap((base) => irregularCueVerbs[base] ?? inflect(base)),
)

/**
 * Forms of cue verbs that are common nouns or have other senses too ("the state", "a report",
 * "his post"): they report speech only right next to a quotation or a clause.
 */
export const nounlikeCueVerbs: readonly string[] = Object.freeze([
  'state',
  'states',
  'report',
  'reports',
  'post',
  'posts',
  'call',
  'calls',
  'charge',
  'charges',
  'note',
  'notes',
  'claim',
  'claims',
  'text',
  'texts',
  'put',
  'puts',
  'think',
  'thinks',
  'thought',
  'continue',
  'continues',
  'speaking',
  'describe',
  'describes',
  'answer',
  'answers',
  'comment',
  'comments',
  'promise',
  'promises',
  'demand',
  'demands',
  'estimate',
  'estimates',
  'mention',
  'mentions',
  'repeat',
  'repeats',
  'recall',
  'recalls',
  'read',
  'reads',
  'brand',
  'brands',
  'label',
  'labels',
  'dismiss',
  'dismisses',
  'quote',
  'quotes',
  'echo',
  'echoes',
  'tout',
  'touts',
  'praise',
  'praises',
  'wonder',
  'blast',
  'blasts',
  'thank',
  'thanks',
  'cite',
  'cites',
  'compare',
  'compares',
  'compared',
  'comparing',
])

/**
 * Nouns of a statement, spoken or written: "said *in a statement*", "*his remarks*", "the
 * ministry's *post*". A quotation may be attributed to one, and through it to its owner.
 */
export const cueNouns: readonly string[] = Object.freeze([
  'statement',
  'statements',
  'remark',
  'remarks',
  'comment',
  'comments',
  'interview',
  'speech',
  'address',
  'announcement',
  'testimony',
  'letter',
  'email',
  'memo',
  'message',
  'note',
  'post',
  'tweet',
  'tweets',
  'briefing',
  'conference',
  'release',
  'report',
  'claim',
  'claims',
  'op-ed',
  'essay',
  'column',
  'editorial',
  'video',
  'ad',
  'advertisement',
  // Legal filings: a lawsuit or a petition states its filer's case. Not "suit": clothing, and
  // "followed suit", as often.
  'lawsuit',
  'petition',
  'filing',
])

/**
 * Nouns of a place where words are published: "his social media *account*", "the party's
 * *website*". Like a statement, a channel does not speak; its owner may.
 */
export const channelNouns: readonly string[] = Object.freeze([
  'account',
  'accounts',
  'page',
  'feed',
  'website',
  'site',
  'blog',
  'channel',
  'profile',
  'handle',
  'timeline',
  'platform',
  'newsletter',
  'podcast',
])

/**
 * Cue and channel nouns of a recording that one party makes and others speak in: "an interview
 * by the Gazette", "a video from a bystander", "a podcast by the Gazette". Who made it is not
 * who said its words, unlike "a statement from the council" or "a letter by Ana Vale". Not a
 * briefing or a conference: the one who holds it is usually the one who speaks.
 */
export const recordedCueNouns: readonly string[] = Object.freeze(['interview', 'video', 'podcast'])

/**
 * Verbs of hearing words: their subject is who received the words, not who said them ("we
 * heard them chant "…"", "I overheard a guard say "…"").
 */
export const hearingVerbs: readonly string[] = Object.freeze([
  'hear',
  'hears',
  'heard',
  'hearing',
  'overhear',
  'overhears',
  'overheard',
  'overhearing',
  'listened',
])

/** Phrases that introduce the source after or before a quotation ("according to CCTV"). */
export const sourcePhrases: readonly string[] = Object.freeze(['according to'])

/** Words that may stand between a speaker and the cue verb without breaking it ("also", "has"). */
export const cueModifiers: readonly string[] = Object.freeze([
  'also',
  'then',
  'later',
  'earlier',
  'again',
  'once',
  'further',
  'has',
  'had',
  'have',
  'was',
  'is',
  'were',
  'are',
  'would',
  'will',
  'previously',
  'recently',
  'repeatedly',
  'reportedly',
  'simply',
  'just',
  'only',
  'first',
  'last',
  'never',
  'not',
  'did',
  'does',
  'do',
  'can',
  'could',
  'may',
  'might',
  'should',
  'went',
  'on',
  'to',
  'often',
  'frequently',
  'famously',
  'always',
  'sometimes',
  'still',
  'already',
  'even',
  'too',
  'soon',
])

/** The third-person and past forms of a verb (`asks`, `asked`): the forms that head a clause. */
function finiteForms(base: string): string[] {
  const [, third, past] = inflect(base)
  return [third as string, past as string]
}

/**
 * Forms of `ask` that open a turn of an exchange as a cue (`Haddon asked Orrin why…`): what the
 * next quotation says is the one asked's answer.
 */
export const askingCueVerbs: readonly string[] = Object.freeze(finiteForms('ask'))

/** Cue verbs by which a speaker goes on (`he added`, `she continued`): never an answer. */
export const continuingCueVerbs: readonly string[] = Object.freeze(
  ['add', 'continue'].flatMap(finiteForms),
)

/**
 * Words after `asked her` that leave `her` the one asked (`asked her why`, `asked her about
 * it`), not a possessive (`asked her assistant to…`): the question words, `if`, `whether` and
 * `which`, and the prepositions and adverbs that follow an object of `ask`.
 */
export const askedObjectFollowers: readonly string[] = Object.freeze([
  ...interrogatives,
  'about',
  'again',
  'for',
  'if',
  'to',
  'whether',
  'which',
])

/**
 * Verbs by which a sentence says its subject gave no words of their own (`declined to comment`,
 * `refused`, `died`): their subject is no speaker of the quotation around them.
 */
export const silenceVerbs: readonly string[] = Object.freeze(
  ['decline', 'refuse', 'die'].flatMap(finiteForms),
)
