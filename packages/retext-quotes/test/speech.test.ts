import { describe, expect, it } from 'vitest'
import { findQuotes, type RawQuote } from '../src/lib/find-quotes.js'
import {
  type CueEvidence,
  colonBeforeMark,
  endsInMark,
  isSpeech,
  looksLikeTitle,
  opensParagraph,
  standsAsSentence,
  startsSentenceAfterQuote,
  wordBeforeMark,
} from '../src/lib/speech.js'
import { articleOf } from './helpers/article.js'

const noCue: CueEvidence = { attributed: false, attributedAfter: false, cuedRightBefore: false }
// A cue before the quotation, but not right before its mark (`said her song was "…"`).
const cueBefore: CueEvidence = { attributed: true, attributedAfter: false, cuedRightBefore: false }
const cueRightBefore: CueEvidence = {
  attributed: true,
  attributedAfter: false,
  cuedRightBefore: true,
}
const cueAfter: CueEvidence = { attributed: true, attributedAfter: true, cuedRightBefore: false }

/** The one quotation of a paragraph. */
function quoteOf(text: string): RawQuote {
  const [quote] = findQuotes([text]).quotes
  if (!quote) throw new Error(`No quotation in ${text}`)
  return quote
}

describe('looksLikeTitle', () => {
  it('takes short runs of capitalized words for titles or names', () => {
    expect(looksLikeTitle('The Harbour Master')).toBe(true)
    expect(looksLikeTitle('War and Peace')).toBe(true)
    expect(looksLikeTitle('Rellmark')).toBe(true)
    expect(looksLikeTitle('Why Not?')).toBe(true)
  })

  it('refuses phrases, sentences and long runs', () => {
    expect(looksLikeTitle('a con')).toBe(false)
    expect(looksLikeTitle('We will rebuild the harbour.')).toBe(false)
    expect(looksLikeTitle('The Long Road Back To The Harbour Of Our Fathers')).toBe(false)
    expect(looksLikeTitle('Why Do We Keep Paying?')).toBe(false)
    expect(looksLikeTitle('')).toBe(false)
  })

  it('refuses a short sentence ending in a full stop', () => {
    expect(looksLikeTitle('Soon.')).toBe(false)
    expect(looksLikeTitle('Not now.')).toBe(false)
  })
})

describe('isSpeech', () => {
  it('keeps a quotation a cue ties to it, however short', () => {
    expect(isSpeech(quoteOf('“Never,” Ann Vale said.'), cueAfter, 5, false)).toBe(true)
    expect(isSpeech(quoteOf('Ann Vale called it “reckless.”'), cueBefore, 5, false)).toBe(true)
  })

  it('keeps a long quotation without a cue, and drops a short one (a scare quote)', () => {
    const long = quoteOf('“The harbour will be rebuilt before the autumn tides.”')
    const short = quoteOf('The so-called “plan” failed.')
    expect(isSpeech(long, noCue, 5, false)).toBe(true)
    expect(isSpeech(short, noCue, 5, false)).toBe(false)
    // The length is an option.
    expect(isSpeech(short, noCue, 1, false)).toBe(true)
  })

  it('keeps a short quotation following an attributed one in its paragraph', () => {
    const short = quoteOf('“the sooner the better,” she added.')
    expect(isSpeech(short, noCue, 5, true)).toBe(true)
    expect(isSpeech(short, noCue, 5, false)).toBe(false)
  })

  it('keeps a one-word sentence following an attributed quotation (not a title)', () => {
    // `"We will rebuild," Vale said. "Soon."`: the second quotation is hers.
    expect(isSpeech(quoteOf('“Soon.”'), noCue, 5, true)).toBe(true)
    expect(isSpeech(quoteOf('“Not now.”'), noCue, 5, true)).toBe(true)
  })

  it('keeps a title only when a cue after it ties it to a speaker', () => {
    const title = quoteOf('Ann Vale read from “The Harbour Master” all night.')
    expect(isSpeech(title, cueBefore, 5, true)).toBe(false)
    expect(isSpeech(title, noCue, 1, false)).toBe(false)
    expect(isSpeech(title, cueAfter, 5, false)).toBe(true)
  })

  it('keeps a short cry or question a cue right before it gives a speaker, not a title', () => {
    // `Brill yelled "You lie!"`, `Vale asked, "Really?"`: title-shaped, yet said.
    const cry = quoteOf('Tomas Brill yelled “You lie!” at the mayor.')
    expect(isSpeech(cry, cueRightBefore, 5, false)).toBe(true)
    expect(isSpeech(quoteOf('Ann Vale asked, “Really?”'), cueRightBefore, 5, false)).toBe(true)
    // A cue farther back makes the title an object of the writer's sentence: `said her favourite
    // song was "Why Not Tonight?"`.
    expect(isSpeech(quoteOf('Her song was “Why Not Tonight?” then.'), cueBefore, 5, false)).toBe(
      false,
    )
    // Without a cue, or ending as a title does, it stays out.
    expect(isSpeech(quoteOf('She loved “Harbour Nights!” as a child.'), noCue, 5, false)).toBe(
      false,
    )
    expect(
      isSpeech(quoteOf('Vale named “Harbour Nights” her favourite.'), cueRightBefore, 5, false),
    ).toBe(false)
  })

  it('keeps a short quotation standing as a sentence of its own', () => {
    const alone = quoteOf('“Not now.”')
    expect(isSpeech(alone, noCue, 5, false, true)).toBe(true)
    expect(isSpeech(alone, noCue, 5, false, false)).toBe(false)
  })

  it('wants a cue or a quoted speaker before it for a cry standing alone', () => {
    const cry = quoteOf('“Shame on you, Vale!”')
    expect(isSpeech(cry, noCue, 5, false, true)).toBe(false)
    expect(isSpeech(cry, noCue, 5, true, true)).toBe(true)
    expect(isSpeech(cry, cueAfter, 5, false, true)).toBe(true)
  })

  it('wants a cue for a title-shaped quotation even standing alone: a chant, a banner', () => {
    const chant = quoteOf('“Strike! Strike!”')
    expect(isSpeech(chant, noCue, 5, false, true)).toBe(false)
    expect(isSpeech(chant, cueAfter, 5, false, true)).toBe(true)
  })

  it('drops a quotation without words', () => {
    expect(isSpeech(quoteOf('Ann Vale said “…” and left.'), cueAfter, 1, true)).toBe(false)
  })
})

describe('startsSentenceAfterQuote', () => {
  it('is true when only the previous quote’s attribution separates the two', async () => {
    const model = await articleOf('“We will rebuild,” Ann Vale said. “Soon.”')
    const [first, second] = model.quotes as [RawQuote, RawQuote]
    expect(startsSentenceAfterQuote(first, second, model.paragraphs)).toBe(true)
  })

  it('is false when a sentence of its own stands between them', async () => {
    const model = await articleOf(
      '“We will rebuild,” Ann Vale said on Monday. She spoke for an hour. Then Tomas Brio stood. “Never.”',
    )
    const [first, second] = model.quotes as [RawQuote, RawQuote]
    expect(startsSentenceAfterQuote(first, second, model.paragraphs)).toBe(false)
  })

  it('is false when a sentence of narration stands between them', async () => {
    const model = await articleOf('“We will rebuild,” Ann Vale said. The council met. “Later.”')
    const [first, second] = model.quotes as [RawQuote, RawQuote]
    expect(startsSentenceAfterQuote(first, second, model.paragraphs)).toBe(false)
  })

  it('takes the attribution as a sentence of its own after a quote that ended one', async () => {
    const ended = await articleOf('“We will rebuild.” Ann Vale said it twice. “Soon.”')
    const [first, second] = ended.quotes as [RawQuote, RawQuote]
    expect(startsSentenceAfterQuote(first, second, ended.paragraphs)).toBe(true)
    const more = await articleOf('“We will rebuild.” Ann Vale said it. The council met. “Soon.”')
    const [third, fourth] = more.quotes as [RawQuote, RawQuote]
    expect(startsSentenceAfterQuote(third, fourth, more.paragraphs)).toBe(false)
  })

  it('is true for a quote broken by its attribution', async () => {
    const model = await articleOf('“We will rebuild,” Ann Vale said, “but slowly.”')
    const [first, second] = model.quotes as [RawQuote, RawQuote]
    expect(startsSentenceAfterQuote(first, second, model.paragraphs)).toBe(true)
  })

  it('is false for quotations in different paragraphs', async () => {
    const model = await articleOf('“We will rebuild,” Ann Vale said.\n\n“Soon.”')
    const [first, second] = model.quotes as [RawQuote, RawQuote]
    expect(startsSentenceAfterQuote(first, second, model.paragraphs)).toBe(false)
  })
})

describe('standsAsSentence', () => {
  it('is true for a quoted sentence opening its paragraph or after a sentence’s end', async () => {
    const model = await articleOf(
      'Ann Vale spoke to the crowd for an hour. “That is a tough area.”\n\n“Building it? Not now.”\n\n“We stay,” Vale said. “Soon.”',
    )
    expect(model.quotes.map((quote) => standsAsSentence(quote, model.paragraphs))).toEqual([
      true,
      true,
      false,
      true,
    ])
  })

  it('is false for a quotation inside the writer’s sentence, a fragment or a title', async () => {
    const model = await articleOf(
      'Vale called the plan “Reckless.” The so-called “quiet zone.” grew. She loves “Harbour Nights.”\n\nThe pier. “only a fragment.”',
    )
    expect(model.quotes.map((quote) => standsAsSentence(quote, model.paragraphs))).toEqual([
      false,
      false,
      false,
      false,
    ])
  })

  it('is false for a quotation the writer’s sentence runs on after', async () => {
    // A banner or a show opening the writer's sentence; an abbreviation's period is no end.
    const model = await articleOf(
      'Berg opened the fair. “Welcome To Rellmark!” hung over the gate.\n\nA port in the U.S. “Built To Last!” is its motto.\n\nVale spoke. “Not now.” Then she left. “Never.” “Not ever.”',
    )
    expect(model.quotes.map((quote) => standsAsSentence(quote, model.paragraphs))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ])
  })

  it('is false for single marks alone, a subhead’s form', async () => {
    const model = await articleOf('‘A tough decision.’\n\nThe pier closed. ‘Not now.’')
    expect(model.quotes.map((quote) => standsAsSentence(quote, model.paragraphs))).toEqual([
      false,
      false,
    ])
  })

  it('is false for a quotation left unclosed', async () => {
    const model = await articleOf('The pier closed. “Not now.\n\nThe end.')
    expect(model.quotes.map((quote) => standsAsSentence(quote, model.paragraphs))).toEqual([false])
  })
})

describe('wordBeforeMark', () => {
  it('reads the word right before a mark, past one comma or colon', () => {
    const text = 'Brill yelled “No!” Vale asked, “Why?” Vale: “Yes.” Her song was “Go”'
    const at = (mark: string): number => text.indexOf(mark)
    expect(wordBeforeMark(text, at('“No'))).toBe('yelled')
    expect(wordBeforeMark(text, at('“Why'))).toBe('asked')
    expect(wordBeforeMark(text, at('“Yes'))).toBe('vale')
    expect(colonBeforeMark(text, at('“Yes'))).toBe(true)
    expect(colonBeforeMark(text, at('“Why'))).toBe(false)
    expect(wordBeforeMark(text, at('“Go'))).toBe('was')
    expect(wordBeforeMark('“No”', 0)).toBe('')
  })
})

describe('opensParagraph', () => {
  it('tells whether a quotation opens its paragraph', async () => {
    const model = await articleOf(
      '“We will rebuild,” Ann Vale said. “Soon.”\n\nShe added: “Later.”',
    )
    expect(model.quotes.map((quote) => opensParagraph(quote, model.paragraphs))).toEqual([
      true,
      false,
      false,
    ])
  })
})

describe('endsInMark', () => {
  it('reads the mark before trailing spaces and, when asked, closing marks', () => {
    expect(endsInMark('Vale wrote:  \n', ':', false)).toBe(true)
    expect(endsInMark('Vale wrote: the rest.', ':', false)).toBe(false)
    expect(endsInMark('What did you tell the board?” ', '?', true)).toBe(true)
    expect(endsInMark('What did you tell the board?” ', '?', false)).toBe(false)
    expect(endsInMark('Did she ask? She did.', '?', true)).toBe(false)
    expect(endsInMark('', '?', true)).toBe(false)
  })
})
