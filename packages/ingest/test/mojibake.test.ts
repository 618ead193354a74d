import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { repairMojibake } from '../src/lib/mojibake.js'

/** `text` as a Windows-1252 (or Latin-1) decoder reads its UTF-8 bytes: the mojibake of it. */
function misread(text: string): string {
  const windows1252 = new Map([
    [0x80, '€'],
    [0x93, '“'],
    [0x99, '™'],
    [0x9c, 'œ'],
  ])
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => windows1252.get(byte) ?? String.fromCharCode(byte))
    .join('')
}

describe('repairMojibake', () => {
  it('decodes UTF-8 read once as Windows-1252', () => {
    expect(misread('Ines Müller')).toBe('Ines MÃ¼ller')
    const repair = repairMojibake('Ines MÃ¼ller said the pier was closed.')
    expect(repair).toEqual({
      text: 'Ines Müller said the pier was closed.',
      edits: [{ start: 6, end: 8, repaired: 'ü' }],
    })
    expect(repairMojibake('â€œWe hold,â€\u009d said Oren Daly.').text).toBe(
      '“We hold,” said Oren Daly.',
    )
  })

  it('decodes UTF-8 read twice, the second time as Latin-1 (C1 controls left in)', () => {
    const twice = misread(misread('Loïc Ibáñez'))
    expect(twice).toBe('LoÃ\u0083Â¯c IbÃ\u0083Â¡Ã\u0083Â±ez')
    expect(repairMojibake(twice)).toEqual({
      text: 'Loïc Ibáñez',
      edits: [
        { start: 2, end: 6, repaired: 'ï' },
        { start: 10, end: 18, repaired: 'áñ' },
      ],
    })
  })

  it('leaves a legitimate Ã alone: before an ASCII letter, or closing a quoted word', () => {
    for (const text of [
      'SÃO PAULO — The port of SÃO VICENTE',
      'She wrote “IRMÃ” twice.',
      'CAFÉ” x',
    ]) {
      expect(repairMojibake(text), text).toEqual({ text, edits: [] })
    }
  })

  it('leaves a run alone unless all of it is UTF-8 of Latin letters and punctuation', () => {
    // A byte lost (the hyphen's third), a lead byte without its continuation, and a pair that
    // is valid UTF-8 of an IPA letter (C9 94).
    for (const text of [
      'the realÃ¢€world cost',
      'Rep. RaÃ\u0083Âol Vance',
      'É” and',
      'Jan KÃ\u0083 rner',
    ])
      expect(repairMojibake(text).text, text).toBe(text)
  })

  it('keeps a closing mark after a repaired word as written', () => {
    expect(repairMojibake('“cafÃ©” then').text).toBe('“café” then')
  })

  it('leaves a long run alone when its start is not UTF-8, and counts separate runs', () => {
    const long = `${'Ã'.repeat(50_000)}${'Ã¼'.repeat(50_000)}`
    expect(repairMojibake(long)).toEqual({ text: long, edits: [] })
    expect(repairMojibake(`x ${'Ã¼ '.repeat(50_000)}`).edits).toHaveLength(50_000)
  })
})

describe('ingest', () => {
  it('repairs mojibake in the article and says so once, at the first repair', () => {
    const file = ingest({
      path: 'a.txt',
      contents: new TextEncoder().encode(
        'Pier closed\n\n"The pier stays shut," said Ines MÃ¼ller.\n\nFranÃ\u0083Â§oise Adler agreed.\n',
      ),
    })
    const blocks = file.data.article?.blocks.map((block) => block.text)
    expect(blocks).toEqual(['"The pier stays shut," said Ines Müller.', 'Françoise Adler agreed.'])
    const messages = file.messages.filter((message) => message.ruleId === 'mojibake')
    expect(messages).toHaveLength(1)
    expect(messages[0]?.reason).toBe(
      'Repaired 2 mojibake sequences (UTF-8 read as Windows-1252 or Latin-1)',
    )
    expect([messages[0]?.line, messages[0]?.column, messages[0]?.fatal]).toEqual([3, 35, undefined])
    expect(messages[0]?.actual).toBe('MÃ¼ller.')
  })

  it('repairs mojibake in a file saved in NFD', () => {
    const file = ingest({
      path: 'a.txt',
      contents: new TextEncoder().encode(
        'Pier closed\n\nTomÃ¡s Orrin said the pier was closed.\n'.normalize('NFD'),
      ),
    })
    expect(file.data.article?.blocks[0]?.text).toBe('Tomás Orrin said the pier was closed.')
  })

  it('says nothing of a file with a legitimate Ã', () => {
    const file = ingest({
      path: 'a.txt',
      contents: new TextEncoder().encode('Port reopens\n\nSÃO PAULO — The port reopened.\n'),
    })
    expect(String(file.value)).toContain('SÃO PAULO — The port reopened.')
    expect(file.messages.some((message) => message.ruleId === 'mojibake')).toBe(false)
  })
})
