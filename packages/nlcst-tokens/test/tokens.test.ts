import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import {
  lexemeOf,
  localParagraphTokens,
  paragraphTokens,
  parsedWord,
  spanToken,
  tokenFact,
  withParagraphOffsets,
  wordFact,
} from '../src/index.js'

const parse = (text: string) => unified().use(retextEnglish).parse(text)

describe('@newsroom/nlcst-tokens', () => {
  it('exposes its public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'headlineSupportKeyOf',
      'isHeadlineCaseRun',
      'isHeadlineNameToken',
      'lexemeOf',
      'localParagraphTokens',
      'paragraphTokens',
      'parsedWord',
      'spanToken',
      'tokenFact',
      'withParagraphOffsets',
      'wordFact',
    ])
  })

  it('reads a family name opened by a lowercase particle and a hyphen as written as a name', () => {
    const [paragraph] = paragraphTokens(
      parse('"We are close," al-Tamrani said, as el-Marsi and the all-party well-wishers left.'),
    )
    const capitals = (paragraph?.tokens ?? [])
      .filter((token) => token.kind === 'word' && token.capital)
      .map((token) => token.text)
    expect(capitals).toEqual(['We', 'al-Tamrani', 'el-Marsi'])
  })

  it('reads words and punctuation with their offsets, paragraph by paragraph', () => {
    const tree = parse('Mr. Vale said, (twice) 42 times!\n\nU.S. officials don’t agree.')
    const [first, second] = paragraphTokens(tree)
    expect(first?.tokens.map((token) => token.text)).toEqual([
      'Mr.',
      'Vale',
      'said',
      ',',
      '(',
      'twice',
      ')',
      '42',
      'times',
      '!',
    ])
    const vale = first?.tokens[1]
    expect(vale && { ...vale }).toEqual({
      text: 'Vale',
      lower: 'vale',
      start: 4,
      end: 8,
      kind: 'word',
      capital: true,
    })
    // Found when asked, and not one of the token's own properties.
    expect(vale?.lexeme).toBe(lexemeOf('Vale'))
    expect(second?.start).toBe(34)
    expect(second?.tokens.map((token) => [token.text, token.start])).toEqual([
      ['U.S.', 34],
      ['officials', 39],
      ['don’t', 49],
      ['agree', 55],
      ['.', 60],
    ])
  })

  it('keeps a possessive apostrophe with its word and splits sentences as the parser does', () => {
    const [paragraph] = paragraphTokens(parse("The Joneses' boat sank. Ann Vale swam ashore."))
    expect(paragraph?.tokens.map((token) => token.text)).toContain("Joneses'")
    expect(paragraph?.sentences).toEqual([
      [0, 5],
      [5, 10],
    ])
  })

  it('ends a sentence at a family name the parser took for a state abbreviation', () => {
    const sentencesOf = (text: string) => {
      const [paragraph] = paragraphTokens(parse(text))
      return (paragraph?.sentences ?? []).map(([first, last]) =>
        (paragraph?.tokens ?? [])
          .slice(first, last)
          .map((token) => token.text)
          .join(' '),
      )
    }
    expect(sentencesOf('Tomas Brio met Olga Penn. Tomas Brio thanked her.')).toEqual([
      'Tomas Brio met Olga Penn .',
      'Tomas Brio thanked her .',
    ])
    expect(sentencesOf('The pier belongs to Iris Wash. Harbor crews fixed it.')).toEqual([
      'The pier belongs to Iris Wash .',
      'Harbor crews fixed it .',
    ])
    const [paragraph] = paragraphTokens(parse('Ask Olga Mass. Nobody knows.'))
    expect(
      paragraph?.tokens.slice(2, 4).map((token) => [token.text, token.start, token.end]),
    ).toEqual([
      ['Mass', 9, 13],
      ['.', 13, 14],
    ])
  })

  it('keeps a state abbreviation after its place, a party letter or a place word in the sentence', () => {
    const one = (text: string) => {
      const [paragraph] = paragraphTokens(parse(text))
      return paragraph?.sentences.length
    }
    expect(one('Ada Reyes of Flint, Mich., said the dock is old.')).toBe(1)
    expect(one('Rep. Ann Vale (D-Penn.) said the dock is old.')).toBe(1)
    expect(one('The mayor of Fort Wayne Ind. Tomas Brio spoke.')).toBe(1)
    expect(one('Gen. Ann Vale and Miss Vale met Olga Penn. at noon.')).toBe(1)
  })

  it('ends a sentence at a state closing its place or a word taken for an abbreviation, only there', () => {
    const sentencesOf = (text: string) => {
      const [paragraph] = paragraphTokens(parse(text))
      return (paragraph?.sentences ?? []).map(([first, last]) =>
        (paragraph?.tokens ?? [])
          .slice(first, last)
          .map((token) => token.text)
          .join(' '),
      )
    }
    expect(sentencesOf('The ferry docks at Linden, Calif. The crew sleeps there.')).toEqual([
      'The ferry docks at Linden , Calif .',
      'The crew sleeps there .',
    ])
    expect(sentencesOf('Ada Reyes grew up in Harwick, N.J. Her brother stayed.')).toEqual([
      'Ada Reyes grew up in Harwick , N.J .',
      'Her brother stayed .',
    ])
    expect(sentencesOf('Tomas Brio fought in the Harbor War. Nobody won.')).toEqual([
      'Tomas Brio fought in the Harbor War .',
      'Nobody won .',
    ])
    expect(sentencesOf('Nadia Ferro sang Follow Me. Tomas Brio danced.')).toEqual([
      'Nadia Ferro sang Follow Me .',
      'Tomas Brio danced .',
    ])
    expect(sentencesOf('The council wants to weigh in. Tomas Brio agreed.')).toEqual([
      'The council wants to weigh in .',
      'Tomas Brio agreed .',
    ])
    // Where the sentence goes on, the abbreviation stays in it.
    const count = (text: string) => paragraphTokens(parse(text))[0]?.sentences.length
    expect(count('Ada Reyes of Linden, Calif., said the dock is old.')).toBe(1)
    expect(count('The former Fla. Gov. Ann Vale spoke.')).toBe(1)
    expect(count('The pipe is 6 in. Wide pipes cost more.')).toBe(1)
    expect(count('Ada Reyes moved to Linden, Calif. and stayed.')).toBe(1)
  })

  it('keeps a state in its sentence where its place modifies a title or an organization', () => {
    const count = (text: string) => paragraphTokens(parse(text))[0]?.sentences.length
    // A role's or an organization's head, or an honorific, after the state.
    expect(count('Lodi, N.J. Mayor Ines Vale spoke at noon.')).toBe(1)
    expect(count('Ada Vale runs the pier for Lodi, N.J. Police since May.')).toBe(1)
    expect(count('Ada Vale met Lodi, N.J. Gov. Ivo Tarn at noon.')).toBe(1)
    // A determiner or a quotation's closing comma before the place.
    expect(count('Ada Vale spoke for the Flint, Mich. Harbor Authority at noon.')).toBe(1)
    expect(count('Ada Vale spoke for the Lodi, N.J. Police Department at noon.')).toBe(1)
    expect(count('"The pier is closed," Lodi, N.J. Harbor Master Ines Vale said.')).toBe(1)
    expect(count('“The pier is closed,” Flint, Mich. Harbor Master Ines Vale said.')).toBe(1)
    // The place's name may run over words; a capitalized sentence start stays two sentences.
    expect(count('Ada Vale spoke for the San Tarno, Calif. Harbor Master at noon.')).toBe(1)
    expect(count('Ada Vale left Paris and San Tarno, Calif. Together they sailed.')).toBe(2)
  })

  it('ends the sentence at a state after a preposition of place, even before a title', () => {
    const sentencesOf = (text: string) => {
      const [paragraph] = paragraphTokens(parse(text))
      return (paragraph?.sentences ?? []).map(([first, last]) =>
        (paragraph?.tokens ?? [])
          .slice(first, last)
          .map((token) => token.text)
          .join(' '),
      )
    }
    expect(sentencesOf('Nora Lake moved to Lodi, N.J. Mayor Ann Brill hired her in May.')).toEqual([
      'Nora Lake moved to Lodi , N.J .',
      'Mayor Ann Brill hired her in May .',
    ])
    expect(
      sentencesOf('The fire started in Lodi, N.J. Police Chief Ed Brill said it was out.'),
    ).toEqual(['The fire started in Lodi , N.J .', 'Police Chief Ed Brill said it was out .'])
    expect(sentencesOf('She grew up in Lodi, N.J. Gov. Tom Brill visited in May.')).toEqual([
      'She grew up in Lodi , N.J .',
      'Gov. Tom Brill visited in May .',
    ])
    expect(sentencesOf('He moved to Lodi, N.J. Police arrived later.')).toEqual([
      'He moved to Lodi , N.J .',
      'Police arrived later .',
    ])
    // A determiner still makes the place a modifier, whatever comes before it.
    const count = (text: string) => paragraphTokens(parse(text))[0]?.sentences.length
    expect(count('Ada Vale spoke to the Lodi, N.J. Police Department at noon.')).toBe(1)
  })

  it('ends a sentence at the period after a number (a date, money, a count), not after a list marker', () => {
    const sentencesOf = (text: string) => {
      const [paragraph] = paragraphTokens(parse(text))
      return (paragraph?.sentences ?? []).map(([first, last]) =>
        (paragraph?.tokens ?? [])
          .slice(first, last)
          .map((token) => token.text)
          .join(' '),
      )
    }
    expect(sentencesOf('Ines Vale was elected on May 5. Dario Quell lost.')).toEqual([
      'Ines Vale was elected on May 5 .',
      'Dario Quell lost .',
    ])
    expect(sentencesOf('The Tarno pier opens Aug. 12. Nobody came.')).toEqual([
      'The Tarno pier opens Aug. 12 .',
      'Nobody came .',
    ])
    expect(sentencesOf('The dock cost $50,000. In March it sank.')).toEqual([
      'The dock cost $ 50 , 000 .',
      'In March it sank .',
    ])
    expect(sentencesOf('Ines Vale won 5,400 votes to 812. Dario Quell conceded.')).toEqual([
      'Ines Vale won 5 , 400 votes to 812 .',
      'Dario Quell conceded .',
    ])
    const [paragraph] = paragraphTokens(parse('She was 44. Her pier sank.'))
    expect(
      paragraph?.tokens.slice(2, 4).map((token) => [token.text, token.start, token.end]),
    ).toEqual([
      ['44', 8, 10],
      ['.', 10, 11],
    ])
    // Not at a list's marker (the first word of its sentence, or joined to what comes before
    // it), nor at the number of an abbreviation other than a month's.
    const count = (text: string) => paragraphTokens(parse(text))[0]?.sentences.length
    expect(count('1. The Tarno pier is closed.')).toBe(1)
    expect(count('Two goals—1. Dredge the harbor.')).toBe(1)
    expect(count('The rule is in Sec. 3. The pier is closed.')).toBe(1)
    expect(count('Ines Vale quoted p. 12. The pier is closed.')).toBe(1)
    // Nor at a list's marker set off by a space from the mark that opens the list, or numbered
    // in sequence with the sentence's other markers, nor at a German club's or league's ordinal.
    expect(count('Ines Vale listed two demands: 1. Higher pay and 2. Shorter shifts.')).toBe(1)
    expect(count('The plan has two parts — 1. Dredge the harbor and 2. Rebuild the pier.')).toBe(1)
    expect(count('The plan has two parts (1. Dredge the harbor and 2. Rebuild the pier).')).toBe(1)
    expect(count('The plan: 1. Dredge the harbor, 2. Rebuild the pier, 3. Open it.')).toBe(1)
    expect(count('Tom Brill coaches 1. FC Tarno now.')).toBe(1)
    expect(count('The club plays in the 2. Bundesliga now.')).toBe(1)
    // A comma before an age, or numbers out of sequence, still end their sentences.
    expect(count('She met Tom Brill, 43. Mr. Brill said no.')).toBe(2)
    expect(count('Ines Vale won on May 5. Tom Brill won on May 9. Nobody came.')).toBe(3)
    // Numbers counting up end their sentences when the `1.` opens no list: a score, a round.
    expect(count('The council voted 6 to 1. Tom Brill, who lost 5 to 2. He left.')).toBe(3)
    expect(count('Tarno led 1. Ines Vale said so before Lodi scored 2. Brill left.')).toBe(3)
    expect(
      count('Ines Vale won round 1. Tom Brill won round 2. Kern won round 3. Nobody came.'),
    ).toBe(4)
    // A mark opens a list at its `1.` only, and a dash after a number is a score's.
    expect(count('The score: 3. Tom Brill left.')).toBe(2)
    expect(count('Tarno won 3 - 1. Tom Brill scored.')).toBe(2)
    expect(count('Tarno won 3 – 1. Tom Brill scored.')).toBe(2)
    // A club's ordinal is 1 to 3, never a margin after `by` or `to`.
    expect(count('Lodi won by 12. FC Tarno coach Tom Brill left.')).toBe(2)
    expect(count('Lodi lost 4 to 1. FC Tarno coach Tom Brill left.')).toBe(2)
  })

  it('gives the word of a token as the parser split it, without a joined possessive', () => {
    const [paragraph] = paragraphTokens(parse("The Joneses' boat and rock 'n' roll of O' Tarn."))
    const words = (paragraph?.tokens ?? []).filter((token) => token.kind === 'word')
    expect(words.map((token) => [token.text, parsedWord(token)])).toEqual([
      ['The', 'The'],
      ["Joneses'", 'Joneses'],
      ['boat', 'boat'],
      ['and', 'and'],
      ['rock', 'rock'],
      ["'n'", "'n'"],
      ['roll', 'roll'],
      ['of', 'of'],
      ["O'", "O'"],
      ['Tarn', 'Tarn'],
    ])
  })

  it('computes the tokens of a tree once', () => {
    const tree = parse('One paragraph.')
    expect(paragraphTokens(tree)).toBe(paragraphTokens(tree))
  })

  it('gives every occurrence of a word, in any tree, the same lexeme', () => {
    const [first] = paragraphTokens(parse('Vale met Vale.'))
    const [second] = paragraphTokens(parse("Vale left. The Joneses' boat sank."))
    const vale = lexemeOf('Vale')
    expect(vale.value).toBe('Vale')
    // Found as the tokens are read: punctuation marks have theirs too.
    for (const token of [first?.tokens[0], first?.tokens[2], second?.tokens[0]]) {
      expect(token?.lexeme).toBe(vale)
    }
    expect(first?.tokens[3]?.lexeme).toBe(lexemeOf('.'))
    // The possessive apostrophe joins the word, and so does its lexeme.
    const joneses = second?.tokens.find((token) => token.text === "Joneses'")
    expect(joneses?.lexeme).toBe(lexemeOf("Joneses'"))
    expect(lexemeOf('vale')).not.toBe(vale)
  })

  it('computes a word fact once per word, undefined included', () => {
    let calls = 0
    const length = wordFact((word) => {
      calls++
      return word.length
    })
    const nothing = wordFact((word): string | undefined => {
      calls++
      return word === 'Tarn' ? 'river' : undefined
    })
    expect(length(lexemeOf('Tarn'))).toBe(4)
    expect(length(lexemeOf('Tarn'))).toBe(4)
    expect(calls).toBe(1)
    expect(nothing(lexemeOf('Ossery'))).toBeUndefined()
    expect(nothing(lexemeOf('Ossery'))).toBeUndefined()
    expect(nothing(lexemeOf('Tarn'))).toBe('river')
    expect(calls).toBe(3)
  })

  it('reads a word fact from the lexeme a token carries, once per word', () => {
    let calls = 0
    const capitals = tokenFact((word) => {
      calls++
      return word.replace(/[^A-Z]/g, '').length
    })
    const [paragraph] = paragraphTokens(parse('Tarn met Tarn at ORCA.'))
    const tokens = paragraph?.tokens ?? []
    expect(tokens.map((token) => capitals(token))).toEqual([1, 0, 1, 0, 4, 0])
    // Tarn, met, at, ORCA and the full stop: the second Tarn is read from its lexeme.
    expect(calls).toBe(5)
  })

  it('gives the tokens in paragraph coordinates, new ones of its own at each call', () => {
    const text = "Ann Vale spoke.\n\nThe Joneses' boat sank."
    const local = (tree: ReturnType<typeof parse>) =>
      localParagraphTokens(tree).map((paragraph) => ({
        start: paragraph.start,
        sentences: paragraph.sentences,
        tokens: paragraph.tokens.map((token) => [token.text, token.lower, token.start, token.end]),
      }))
    const fresh = parse(text)
    const read = local(fresh)
    expect(read[1]).toEqual({
      start: 17,
      sentences: [[0, 5]],
      tokens: [
        ['The', 'the', 0, 3],
        ["Joneses'", "joneses'", 4, 12],
        ['boat', 'boat', 13, 17],
        ['sank', 'sank', 18, 22],
        ['.', '.', 22, 23],
      ],
    })
    // Read before by `paragraphTokens`: the same, those tokens left as they were.
    const shared = parse(text)
    const [, second] = paragraphTokens(shared)
    expect(local(shared)).toEqual(read)
    expect(second?.tokens[1]?.start).toBe(21)
    // Tokens of their own, with the same lexemes and parsed words.
    const joneses = localParagraphTokens(shared)[1]?.tokens[1]
    expect(joneses).not.toBe(second?.tokens[1])
    expect(joneses?.lexeme).toBe(second?.tokens[1]?.lexeme)
    expect(joneses && parsedWord(joneses)).toBe('Joneses')
    // Each call gives lists of its own.
    expect(localParagraphTokens(shared)[0]?.tokens).not.toBe(
      localParagraphTokens(shared)[0]?.tokens,
    )
  })

  it('moves the shared tokens into paragraph offsets for the time of a call only', () => {
    const text = "Ann Vale spoke.\n\nThe Joneses' boat sank."
    const tree = parse(text)
    const offsets = (paragraphs: readonly api.TokenParagraph[]) =>
      paragraphs.map((paragraph) => paragraph.tokens.map((token) => [token.start, token.end]))
    const shared = paragraphTokens(tree)
    const fileOffsets = offsets(shared)
    const joneses = shared[1]?.tokens[1]
    const inCall = withParagraphOffsets(tree, (paragraphs) => {
      // The same tokens, not copies: lexemes and possessives as they were.
      expect(paragraphs).toBe(shared)
      expect(paragraphs[1]?.tokens[1]).toBe(joneses)
      expect(joneses && parsedWord(joneses)).toBe('Joneses')
      expect(paragraphs[1]?.start).toBe(17)
      // Neither the file's offsets nor a second move while they are in the paragraph's.
      expect(() => paragraphTokens(tree)).toThrow(/paragraph offsets/)
      expect(() => withParagraphOffsets(tree, () => 0)).toThrow(/paragraph offsets/)
      return offsets(paragraphs)
    })
    expect(inCall).toEqual(
      localParagraphTokens(parse(text)).map((paragraph) => offsets([paragraph])[0]),
    )
    expect(inCall[1]).toEqual([
      [0, 3],
      [4, 12],
      [13, 17],
      [18, 22],
      [22, 23],
    ])
    expect(offsets(paragraphTokens(tree))).toEqual(fileOffsets)
    expect(joneses?.start).toBe(21)
    // Moved back when the call throws too.
    expect(() =>
      withParagraphOffsets(tree, () => {
        throw new Error('Vale left')
      }),
    ).toThrow('Vale left')
    expect(offsets(paragraphTokens(tree))).toEqual(fileOffsets)
  })

  it('refuses an async read, which would see file offsets after its first await', async () => {
    const tree = parse('Ann Vale spoke.\n\nOmar Haddad left.')
    const fileOffsets = paragraphTokens(tree).map((paragraph) => paragraph.tokens[0]?.start)
    const asyncRead = async (paragraphs: readonly api.TokenParagraph[]) => {
      await Promise.resolve()
      return paragraphs[1]?.tokens[0]?.start
    }
    // @ts-expect-error: the type refuses a read that returns a promise.
    expect(() => withParagraphOffsets(tree, asyncRead)).toThrow(/synchronous/)
    expect(withParagraphOffsets(tree, (paragraphs) => paragraphs.length)).toBe(2)
    await Promise.resolve()
    expect(paragraphTokens(tree).map((paragraph) => paragraph.tokens[0]?.start)).toEqual(
      fileOffsets,
    )
  })

  it('makes a span token of the shape of the parser’s, with the lexeme given', () => {
    const none = lexemeOf('')
    const quote = spanToken('“We stay.”', '', 4, 14, 'quote', none)
    expect({ ...quote }).toEqual({
      text: '“We stay.”',
      lower: '',
      start: 4,
      end: 14,
      kind: 'quote',
      capital: false,
    })
    expect(quote.lexeme).toBe(none)
    const [paragraph] = localParagraphTokens(parse('Vale said.'))
    expect(Object.getPrototypeOf(quote)).toBe(Object.getPrototypeOf(paragraph?.tokens[0]))
  })

  it('does not share very long tokens', () => {
    const long = 'x'.repeat(200)
    expect(lexemeOf(long)).not.toBe(lexemeOf(long))
    expect(lexemeOf(long).value).toBe(long)
  })
})
