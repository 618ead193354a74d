import { franc } from 'franc-min'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { englishMarkers } from '../src/data/english-markers.js'
import { detectLanguage, hasNonLatinLetter, markedWords } from '../src/lib/language.js'
import { seededStrings } from './helpers/seeded-strings.js'

// franc as it is, watched: the English test is there to spare English texts its call.
vi.mock('franc-min', async (importOriginal) => {
  const actual = await importOriginal<typeof import('franc-min')>()
  return { ...actual, franc: vi.fn(actual.franc) }
})
beforeEach(() => {
  vi.mocked(franc).mockClear()
})

const english =
  'The harbour board met on Monday evening and agreed that the old ferry pier would be closed for repairs until the end of the summer. Members of the board said that the work was overdue, and that the town had waited for it for many years. '.repeat(
    6,
  )
const french =
  "Le conseil du port s'est réuni lundi soir et a décidé que la vieille jetée serait fermée pour des travaux jusqu'à la fin de l'été. Les membres du conseil ont dit que les travaux étaient attendus depuis longtemps par les habitants de la ville. ".repeat(
    8,
  )

describe('detectLanguage', () => {
  it('takes plain English for English, and leaves other languages to franc', () => {
    expect(detectLanguage(english)).toBe('en')
    expect(detectLanguage(french)).toBe('fr')
  })

  it('never takes a text half in another language for English, where franc would not', () => {
    // English first, then French: franc's sample reads as French, and so must the shortcut.
    const mixed = `${english.slice(0, 1000)}${french}`
    expect(franc(mixed.slice(0, 2048), { minLength: 200 })).toBe('fra')
    expect(detectLanguage(mixed)).toBe('fr')
  })

  it('takes English with one half thin in function words for English, without franc', () => {
    // Names, titles and figures, as in a results table or a list of appointments.
    const figures =
      'Mayor Odile Brenner (Harbour Party) 4,112 votes, 38.2%; Councillor Teodor Malik (Independent) 3,907 votes, 36.3%; Councillor Wren Asquith (Greens) 2,749 votes, 25.5%. Turnout 61.4%, up 3.1 points. '.repeat(
        5,
      )
    const text = `${figures}${english}`
    const marked = markedWords(text.slice(0, 2048))
    const middle = Math.floor(marked.length / 2)
    const poorerHalf = Math.min(
      marked.slice(0, middle).filter(Boolean).length / middle,
      marked.slice(middle).filter(Boolean).length / (marked.length - middle),
    )
    expect(poorerHalf).toBeGreaterThan(0.14)
    expect(poorerHalf).toBeLessThan(0.18)
    expect(detectLanguage(text)).toBe('en')
    expect(franc).not.toHaveBeenCalled()
  })

  it('leaves paragraphs of other Latin-script languages to franc, which names them', () => {
    const paragraphs: Record<string, string> = {
      es: 'La junta del puerto se reunió el lunes por la noche y acordó que el viejo muelle del transbordador permanecerá cerrado por obras hasta el final del verano. Los miembros de la junta dijeron que las obras llevaban mucho tiempo pendientes y que el pueblo las había esperado durante años. ',
      fr: "Le conseil du port s'est réuni lundi soir et a décidé que la vieille jetée du bac resterait fermée pour travaux jusqu'à la fin de l'été. Les membres du conseil ont dit que ces travaux étaient attendus depuis longtemps et que la ville les espérait depuis des années. ",
      de: 'Der Hafenrat traf sich am Montagabend und beschloss, dass der alte Fähranleger bis zum Ende des Sommers wegen Reparaturen geschlossen bleibt. Die Mitglieder des Rates sagten, die Arbeiten seien längst überfällig, und die Stadt habe viele Jahre darauf gewartet. ',
      pt: 'O conselho do porto reuniu-se na segunda-feira à noite e decidiu que o velho cais da balsa ficará fechado para obras até ao fim do verão. Os membros do conselho disseram que as obras estavam atrasadas e que a cidade esperava por elas há muitos anos. ',
      nl: 'Het havenbestuur kwam maandagavond bijeen en besloot dat de oude veerpier tot het einde van de zomer gesloten blijft voor herstelwerkzaamheden. De leden van het bestuur zeiden dat het werk al lang nodig was en dat de stad er jaren op had gewacht. ',
      it: "Il consiglio del porto si è riunito lunedì sera e ha deciso che il vecchio molo del traghetto resterà chiuso per lavori fino alla fine dell'estate. I membri del consiglio hanno detto che i lavori erano attesi da tempo e che la città li aspettava da molti anni. ",
    }
    for (const [code, paragraph] of Object.entries(paragraphs)) {
      vi.mocked(franc).mockClear()
      expect(detectLanguage(paragraph.repeat(6)), code).toBe(code)
      expect(franc, code).toHaveBeenCalledOnce()
    }
  })

  it('leaves a text half in another script to franc, however English its words', () => {
    // A run of Han characters is one word: it barely lowers the share of English words.
    const chinese =
      '港口委员会星期一晚上开会，决定旧渡轮码头在夏季结束前关闭维修。委员们说，这项工程早该进行，镇上的人已经等了很多年。'
    const sentences = english.split('. ')
    let mixed = ''
    for (let index = 0; index < 30; index++)
      mixed += `${chinese}${chinese}${sentences[index % sentences.length]}. `
    expect(franc(mixed.slice(0, 2048), { minLength: 200 })).toBe('cmn')
    expect(detectLanguage(mixed)).toBe('zh')
  })

  it('makes no guess on a text too short to tell', () => {
    expect(detectLanguage('The harbour board met on Monday.')).toBeNull()
  })
})

/** The definition `markedWords` implements without a string per word. */
function markedBySplitting(sample: string): boolean[] {
  const markers = new Set(englishMarkers)
  return sample
    .split(/\P{L}+/u)
    .filter((word) => word !== '')
    .map((word) => markers.has(word.toLowerCase()))
}

describe('markedWords', () => {
  it('reads the runs of letters and marks the English function words', () => {
    expect(markedWords('The board — and its chair — met.')).toEqual([
      true,
      false,
      true,
      true,
      false,
      false,
    ])
    expect(markedWords('')).toEqual([])
  })

  it('reads upper case, non-ASCII letters, astral and lone surrogate characters as the definition does', () => {
    const pieces = ['the', 'THE', 'And', 'should', 'shouldn', 'a', 'é', 'É', 'ß', 'Ж', '\u212a']
    pieces.push(' ', '-', "'", '7', '\u0301', '😀', '𝕏', '𐐷', '\ud800', '\udc00', '\u0130', 'İt')
    for (const text of seededStrings(pieces, 11, 2000, 14))
      expect(markedWords(text), JSON.stringify(text)).toEqual(markedBySplitting(text))
  })

  it('reads up to an end as it reads the text cut there, a pair cut in half included', () => {
    const pieces = ['the', 'And', 'shouldn', 'é', 'Ж', ' ', '-', '😀', '𝕏', '\ud800', '\udc00']
    for (const text of seededStrings(pieces, 17, 400, 14)) {
      for (let end = 0; end <= text.length; end++) {
        const cut = text.slice(0, end)
        expect(markedWords(text, end), JSON.stringify(cut)).toEqual(markedBySplitting(cut))
      }
    }
  })
})

describe('hasNonLatinLetter', () => {
  it('finds a letter of another script than Latin as the definition does', () => {
    const definition = /(?!\p{Script=Latin})\p{L}/u
    const pieces = ['a', ' ', '“', '—', 'é', 'ß', 'Ж', 'α', '中', '😀', '𝕏', '𐐷']
    pieces.push('\ud800', '\udc00', '\ud835', '7', "'", '\u0301', 'ﬁ')
    const texts = ['The harbour board', 'The “harbour” board — Ж', '😀Ж', '\ud835Ж', 'Ж\ud800']
    for (const text of [...texts, ...seededStrings(pieces, 5, 3000, 10)])
      expect(hasNonLatinLetter(text), JSON.stringify(text)).toBe(definition.test(text))
  })

  it('reads every character, and pairs, as the definition does', () => {
    const definition = /(?!\p{Script=Latin})\p{L}/u
    const differing: string[] = []
    for (let point = 0x80; point <= 0xffff; point++) {
      const character = String.fromCharCode(point)
      for (const text of [character, `a${character}b`, `😀${character}`])
        if (hasNonLatinLetter(text) !== definition.test(text)) differing.push(JSON.stringify(text))
    }
    for (let point = 0x10000; point <= 0x10ffff; point++) {
      const character = String.fromCodePoint(point)
      if (hasNonLatinLetter(character) !== definition.test(character))
        differing.push(point.toString(16))
    }
    expect(differing).toEqual([])
    // A pair's low half is no letter alone, nor with what follows it.
    for (const text of ['😀Ж', '𝕏µ', '😀😀', '𐐷', '\ud83d\ud83d\ude00Ж', '\ude00Ж', '𠀀'])
      expect(hasNonLatinLetter(text), JSON.stringify(text)).toBe(definition.test(text))
  })
})
