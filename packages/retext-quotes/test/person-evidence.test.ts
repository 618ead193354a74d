import { describe, expect, it } from 'vitest'
import {
  describedAsPerson,
  describesDeputy,
  roleAfterName,
  roleBeforeName,
  roleDenialAfterName,
  speaksAfterName,
  titledName,
} from '../src/lib/person-evidence.js'
import { articleOf } from './helpers/article.js'

/** Each evidence reader asked of the first name run of a one-paragraph text. */
async function evidenceOf(text: string) {
  const model = await articleOf(text)
  const chain = model.chains[0]
  const prepared = model.paragraphs[0]
  if (!chain || !prepared) throw new Error(`No name in ${text}`)
  return {
    speaks: speaksAfterName(prepared, chain),
    titled: titledName(prepared, chain),
    described: describedAsPerson(prepared, chain),
    role: roleAfterName(prepared, chain),
  }
}

describe('person evidence', () => {
  it('reads a title before a name, not the name’s own words', async () => {
    expect((await evidenceOf('Mayor Nora Lake opened the quay.')).titled).toBe(true)
    expect((await evidenceOf('On Monday Dr. Mia Bay opened the quay.')).titled).toBe(true)
    expect((await evidenceOf('Nora Lake opened the quay.')).titled).toBe(false)
    expect((await evidenceOf('The ferry to Calder Bay left late.')).titled).toBe(false)
  })

  it('reads a title before a bare surname', async () => {
    expect((await evidenceOf('Ms. Quill said the ferry would run.')).titled).toBe(true)
    expect((await evidenceOf('Then Mayor Ostry said the gate was shut.')).titled).toBe(true)
    expect((await evidenceOf('Quill Harbor said the ferry would run.')).titled).toBe(false)
  })

  it('reads a present role a description before a name gives it', async () => {
    const before = async (text: string) => {
      const model = await articleOf(text)
      const chain = model.chains.find((candidate) => candidate.text === 'Teodor Brask')
      const prepared = model.paragraphs[0]
      if (!chain || !prepared) throw new Error(`No Teodor Brask in ${text}`)
      return roleBeforeName(prepared, chain)
    }
    expect(await before('On Monday the governor, Teodor Brask, opened the dam.')).toBe('governor')
    expect(await before('Mira Solvang came with her aide, Teodor Brask.')).toBe('aide')
    expect(await before('Mira Solvang met the state’s governor, Teodor Brask, on Monday.')).toBe(
      'governor',
    )
    // The next clause's subject, one of a list, or a past role: none.
    expect(await before('According to the governor, Teodor Brask lied.')).toBeNull()
    expect(await before('Mira Solvang met the governor, Teodor Brask and Ada Lunde.')).toBeNull()
    expect(
      await before('Mira Solvang met the former governor, Teodor Brask, on Monday.'),
    ).toBeNull()
    expect(await before('Mira Solvang, the mayor, Teodor Brask and Ada Lunde met.')).toBeNull()
    // The object of a preposition opening the clause: the name is the clause's subject, with
    // an apposition of its own. A clause a subordinator opens keeps it.
    for (const text of [
      'Unlike the governor, Teodor Brask, 61, supports the bill.',
      'Mira Solvang spoke first. Like the governor, Teodor Brask, a farmer, backs the bill.',
      'Without the mayor, Teodor Brask, the council chair, could not act.',
    ])
      expect(await before(text), text).toBeNull()
    expect(await before('After the governor, Teodor Brask, spoke, the mayor left.')).toBe(
      'governor',
    )
    expect(await before('As the dock board’s chief, Teodor Brask, put it, the quay is shut.')).toBe(
      'chief',
    )
    // Two appositions paired by `and` are no list.
    expect(
      await before('Mira Solvang met the governor, Teodor Brask, and the mayor, Ada Lunde, today.'),
    ).toBe('governor')
    expect(
      await before('Mira Solvang met the mayor, Teodor Brask, and Ada Lunde today.'),
    ).toBeNull()
  })

  it('reads an age or a person’s description after a name', async () => {
    expect((await evidenceOf('Nora Lake, 52, opened the quay.')).described).toBe(true)
    expect((await evidenceOf('Nora Lake, a nurse, opened the quay.')).described).toBe(true)
    expect((await evidenceOf('Tomas River, the harbor master, left.')).described).toBe(true)
    expect((await evidenceOf('Calder Bay, a town of 4,000, voted.')).described).toBe(false)
    expect((await evidenceOf('Calder Bay, a quiet harbor, voted.')).described).toBe(false)
    expect((await evidenceOf('Calder Bay, 2019 figures show, grew.')).described).toBe(false)
  })

  it('ends a description’s head at a preposition, a relative word or a possessive', async () => {
    expect((await evidenceOf('Pell Orrin, a welder from Dunmarsh, left.')).described).toBe(true)
    expect((await evidenceOf('Pell Orrin, a nurse at the depot, left.')).described).toBe(true)
    expect((await evidenceOf('Pell Orrin, an engineer who fixed it, left.')).described).toBe(true)
    expect((await evidenceOf('Marrow Point, a hamlet with a doctor, voted.')).described).toBe(false)
    expect((await evidenceOf('Marrow Point, the warden’s village, voted.')).described).toBe(false)
  })

  it('reads the role an apposition after a name gives, closed by a mark or a preposition', async () => {
    expect((await evidenceOf('Pell Orrin, a ferry commissioner, left.')).role).toBe('commissioner')
    expect((await evidenceOf('Pell Orrin, the harbor pilot.')).role).toBe('pilot')
    expect((await evidenceOf('Pell Orrin, a senator from Dunmarsh, left.')).role).toBe('senator')
    // A person's noun that is no role, and a description opening the next clause.
    expect((await evidenceOf('Pell Orrin, a shopper, left.')).role).toBeNull()
    expect((await evidenceOf('To Pell Orrin, the commissioner wrote twice.')).role).toBeNull()
    expect((await evidenceOf('Pell Orrin, the commissioner said, left.')).role).toBeNull()
    expect((await evidenceOf('To Pell Orrin, the commissioner wrote.')).role).toBeNull()
    // A past role: what the person was, not what a later description may contradict.
    expect((await evidenceOf('Pell Orrin, a former officer, left.')).role).toBeNull()
    expect((await evidenceOf('Pell Orrin, an ex-officer, left.')).role).toBeNull()
    expect((await evidenceOf('Pell Orrin, a retired harbor pilot, left.')).role).toBeNull()
  })

  it('reads the role a relative clause, a predicate or `now` states of a name', async () => {
    const roleOf = async (text: string) => (await evidenceOf(text)).role
    expect(await roleOf('Tova Brisk, who serves as the ferry commissioner, left.')).toBe(
      'commissioner',
    )
    expect(await roleOf('Tova Brisk, who is a harbor pilot, left.')).toBe('pilot')
    expect(await roleOf('Tova Brisk, who chairs the dock board, left.')).toBe('chairman')
    expect(await roleOf('Tova Brisk, who heads the pilots’ guild, left.')).toBe('head')
    expect(await roleOf('Tova Brisk is the ferry commissioner.')).toBe('commissioner')
    expect(await roleOf('Tova Brisk became mayor in 2019.')).toBe('mayor')
    expect(await roleOf('Tova Brisk has been a senator since 2011.')).toBe('senator')
    expect(await roleOf('Tova Brisk, now the ferry commissioner, left.')).toBe('commissioner')
    // A past role, a supposed one, what the clause does rather than is, and no role at all.
    expect(await roleOf('Tova Brisk, who served as the ferry commissioner, left.')).toBeNull()
    expect(await roleOf('Tova Brisk was the ferry commissioner.')).toBeNull()
    expect(await roleOf('If Tova Brisk becomes mayor, the quay will close.')).toBeNull()
    expect(await roleOf('If Tova Brisk is the nominee, the quay will close.')).toBeNull()
    expect(await roleOf('Tova Brisk is not yet a candidate.')).toBeNull()
    expect(await roleOf('Tova Brisk is such a con artist.')).toBeNull()
    expect(await roleOf('Tova Brisk is defending her executive orders.')).toBeNull()
    expect(await roleOf('Tova Brisk is expected to leave.')).toBeNull()
    expect(await roleOf('Tova Brisk is a shopper.')).toBeNull()
    expect(await roleOf('Tova Brisk, who heads home at six, left.')).toBeNull()
    expect(await roleOf('Tova Brisk, now a former mayor, left.')).toBeNull()
    // A deputy's title is no holder's of its head: a vice president is not the president.
    expect(
      await roleOf('Tova Brisk, who is executive vice president of the ferry line, left.'),
    ).toBeNull()
    expect(await roleOf('Tova Brisk, a vice president of the ferry line, left.')).toBeNull()
    expect(await roleOf('Tova Brisk is the deputy ferry commissioner.')).toBeNull()
    expect(await roleOf('Tova Brisk, who is an assistant director, left.')).toBeNull()
    expect(await roleOf('Tova Brisk, an associate professor, left.')).toBe('professor')
    expect(await roleOf('Tova Brisk, an assistant professor of law, left.')).toBe('professor')
    expect(await roleOf('Tova Brisk is the acting ferry commissioner.')).toBe('commissioner')
    // Denied or to come, wherever the word stands in the predicate.
    expect(await roleOf('Tova Brisk is still not the ferry commissioner.')).toBeNull()
    expect(await roleOf('Tova Brisk is also no longer mayor.')).toBeNull()
    expect(await roleOf('Tova Brisk is probably the next mayor.')).toBeNull()
    // The name must open its clause to be the predicate's subject.
    expect(await roleOf('Until Tova Brisk is mayor, the quay stays shut.')).toBeNull()
    expect(await roleOf('A cousin of Tova Brisk is the mayor.')).toBeNull()
    expect(await roleOf('In 2019, Tova Brisk became mayor.')).toBe('mayor')
    expect(await roleOf('The quay shut, and Tova Brisk is the mayor.')).toBe('mayor')
    // Only a body's chair or leader holds a role by the verb.
    expect(await roleOf('Tova Brisk, who chairs the hearing, left.')).toBeNull()
    expect(await roleOf('Tova Brisk, who leads the field, left.')).toBeNull()
    expect(await roleOf('Tova Brisk, who leads the ferry union, left.')).toBe('leader')
  })

  it('reads no count written in thousands, nor a number past a lifetime, as an age', async () => {
    expect((await evidenceOf('Marrow Point, 3,500, voted.')).described).toBe(false)
    expect((await evidenceOf('Marrow Point, 640, voted.')).described).toBe(false)
    expect((await evidenceOf('Pell Orrin, 71, left.')).described).toBe(true)
  })

  it('reads a cue verb after a name past its appositions', async () => {
    expect((await evidenceOf('Ann Vale, 60, a nurse, said the quay was closed.')).speaks).toBe(true)
    expect((await evidenceOf('Ann Vale met Omar Haddad, who said it was closed.')).speaks).toBe(
      false,
    )
  })

  it('reads a role the text says a name does not hold, or no longer holds', async () => {
    const deniedOf = async (text: string) => {
      const model = await articleOf(text)
      const chain = model.chains[0]
      const prepared = model.paragraphs[0]
      if (!chain || !prepared) throw new Error(`No name in ${text}`)
      return roleDenialAfterName(prepared, chain)?.heads.at(-1) ?? null
    }
    expect(await deniedOf('Orla Fenwick is not the harbor commissioner.')).toBe('commissioner')
    expect(await deniedOf('Orla Fenwick, who is no longer the mayor, left.')).toBe('mayor')
    expect(await deniedOf('Orla Fenwick is still not commissioner.')).toBe('commissioner')
    expect(await deniedOf('Orla Fenwick has never been the mayor.')).toBe('mayor')
    expect(await deniedOf('Orla Fenwick was the mayor no longer.')).toBe('mayor')
    // A role stated, or one of several denied only as the only one: no denial.
    expect(await deniedOf('Orla Fenwick is the mayor.')).toBeNull()
    expect(await deniedOf('Orla Fenwick was the mayor.')).toBeNull()
    expect(await deniedOf('Orla Fenwick is not the only mayor here.')).toBeNull()
    expect(await deniedOf('Orla Fenwick is not just the mayor.')).toBeNull()
    // A possessive is the determiner: the aide is denied, not the mayor; a name inside a phrase is no subject.
    expect(await deniedOf("Orla Fenwick is not the mayor's aide.")).toBe('aide')
    expect(await deniedOf('A cousin of Orla Fenwick is not the mayor.')).toBeNull()
  })

  it('reads only a bare role, in the present, as denied', async () => {
    const deniedOf = async (text: string) => {
      const model = await articleOf(text)
      const chain = model.chains[0]
      const prepared = model.paragraphs[0]
      if (!chain || !prepared) throw new Error(`No name in ${text}`)
      return roleDenialAfterName(prepared, chain)?.heads.at(-1) ?? null
    }
    // A judging word before the head, a clause or a contrasted complement after it, a past
    // `not`: the role is (or may now be) the person's.
    for (const text of [
      'Orla Fenwick is not a popular mayor.',
      'Orla Fenwick is not your average mayor.',
      'Orla Fenwick is not the most popular mayor in the state.',
      'Orla Fenwick is not the youngest mayor.',
      'Orla Fenwick is not a mayor who ducks a fight.',
      'Orla Fenwick is not the mayor to close the pier.',
      'Orla Fenwick is not the mayor of Tarno but of Lodi.',
      'Orla Fenwick is not the mayor of Tarno, but of Lodi.',
      'Orla Fenwick is not the mayor but of Lodi.',
      'Orla Fenwick was not the mayor in 2019.',
      'Orla Fenwick, who was not the mayor, left.',
    ])
      expect.soft(await deniedOf(text), text).toBeNull()
    // Nouns or words of a role before the head, an `of` complement, a possessive, `yet`, an
    // ended role in the past: a bare role denied.
    for (const text of [
      'Orla Fenwick is not the harbor commissioner.',
      'Orla Fenwick is not the prime minister.',
      'Orla Fenwick is not the president of the union.',
      "Orla Fenwick is not the city's mayor.",
      'Orla Fenwick is not the mayor yet.',
      'Orla Fenwick is not the mayor, but the deputy mayor.',
      'Orla Fenwick is not the mayor but he acts like one.',
      'Orla Fenwick was no longer the mayor.',
      'Orla Fenwick has not been the mayor.',
    ])
      expect.soft(await deniedOf(text), text).not.toBeNull()
  })

  it('keeps a denial past words after the head, adverbs before it, and a past never', async () => {
    const deniedOf = async (text: string) => {
      const model = await articleOf(text)
      const chain = model.chains[0]
      const prepared = model.paragraphs[0]
      if (!chain || !prepared) throw new Error(`No name in ${text}`)
      return roleDenialAfterName(prepared, chain)?.heads.at(-1) ?? null
    }
    // Phrases, adverbs, `and`/`or` after the head; an adverb before the article; a word naming
    // which holder (`new`, `next`, `real`); a past `never`: the role is still not the person's.
    for (const [text, head] of [
      ['Orla Fenwick is not the mayor either.', 'mayor'],
      ['Orla Fenwick is not the mayor now.', 'mayor'],
      ['Orla Fenwick is not the mayor today.', 'mayor'],
      ['Orla Fenwick is not the mayor here.', 'mayor'],
      ['Orla Fenwick is not the mayor at all.', 'mayor'],
      ['Orla Fenwick is not the mayor until January.', 'mayor'],
      ['Orla Fenwick is not the mayor in Tarno.', 'mayor'],
      ['Orla Fenwick is not the harbor commissioner in Tarno.', 'commissioner'],
      ['Orla Fenwick is not the commissioner for the harbor.', 'commissioner'],
      ['Orla Fenwick, who is not the mayor despite rumors, left.', 'mayor'],
      ['Orla Fenwick is not yet the mayor.', 'mayor'],
      ['Orla Fenwick is not even the mayor.', 'mayor'],
      ['Orla Fenwick is not the new mayor.', 'mayor'],
      ['Orla Fenwick is not the next mayor.', 'mayor'],
      ['Orla Fenwick is not the real mayor.', 'mayor'],
      ['Orla Fenwick was never the mayor.', 'mayor'],
      ['Orla Fenwick, who was never the mayor, left.', 'mayor'],
      ['Orla Fenwick had never been the mayor.', 'mayor'],
    ])
      expect.soft(await deniedOf(text as string), text).toBe(head)
  })

  it('reads a deputy word before a description’s head, after any possessive', () => {
    expect(describesDeputy('the deputy mayor', 'mayor')).toBe(true)
    expect(describesDeputy("the city's vice mayor", 'mayor')).toBe(true)
    expect(describesDeputy('the mayor', 'mayor')).toBe(false)
    expect(describesDeputy("the deputy mayor's aide", 'aide')).toBe(false)
    expect(describesDeputy('the assistant professor', 'professor')).toBe(false)
    // An abbreviated title is read without its points; a lieutenant general is a general.
    expect(describesDeputy('Lt. Gov.', 'gov')).toBe(true)
    expect(describesDeputy('the lieutenant governor', 'governor')).toBe(true)
    expect(describesDeputy('Lt. Gen.', 'gen')).toBe(false)
    expect(describesDeputy('the deputy commander', 'commander')).toBe(true)
    expect(describesDeputy('the deputy attorney general', 'general')).toBe(true)
    expect(describesDeputy('the associate professor', 'professor')).toBe(false)
  })
})
