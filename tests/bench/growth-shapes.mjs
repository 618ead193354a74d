// Issue 11, "cost must grow linearly with input": invented articles (fictional people and bodies)
// of the shapes known to cost more than linearly, each made at 1×, 2×, 4× and 8× its smallest
// size, and what enriching each costs, on the built packages.
//
// Usage:
//   node growth-shapes.mjs [shape] [--rounds n]
//     CPU time (process.cpuUsage) of `ingest` + `enrich` of each size, the median of `rounds`
//     (default 3) after one warm-up of every size, and its growth per doubling. Noisy on a
//     shared machine; a growth of ~2 per doubling is linear, ~4 quadratic.
//   valgrind --tool=callgrind --instr-atstart=no node growth-shapes.mjs <shape> --callgrind <n>
//     Instructions of one enrich of size step n (0-3 as above, or more: the smallest × 2^n)
//     after a warm-up of step 0 and step n (`callgrind_control -i on` from here), for growth
//     figures that do not depend on the load. One enrich after two counts V8's compiling too,
//     which weighs most at the smaller sizes: compare steps 2 and 3 or above.
//
// Shapes:
//   quotations   one sentence of many quotations and one cue: `"The Karo pier stays open for 2
//                days," "…," … said Tomas Brill.` (quotations of a word or two are dropped as
//                fragments, so each is a clause)
//   cuedRun      one paragraph of many such quotations, each with its own cue
//   namesakes    many people sharing a family name ("Ana Vale", "Ben Vale"…), paragraphs with a
//                kin word ("his father")
//   families     many families of two namesakes each ("Ana Karo" and her father "Ben Karo"), each
//                named in four paragraphs
//   agencies     many bodies sharing a head word ("Kardel Water Agency"…) and their short forms
//   paragraphs   a long article of ordinary paragraphs (300 at 8×)
//   sentences    one paragraph of many ordinary sentences (2,000 at 8×)
//
// Measured at 4x -> 8x (callgrind steps 2 and 3, branch spd26a after its families change,
// 2026-12-06): quotations 1,600 -> 3,200 ×1.66, cuedRun 400 -> 800 ×1.84, sentences 1,000 ->
// 2,000 ×1.45, namesakes 160 -> 320 ×1.87, agencies 160 -> 320 ×1.36, paragraphs 152 -> 304
// ×1.95; families 96 -> 192 (steps 3 and 4) ×1.55, on main 69a7908 ×2.23.
import { execFileSync } from 'node:child_process'
import { enrich } from '@newsroom/enrich'
import { ingest } from '@newsroom/ingest'

const givenNames = `Ana Ben Cora Dag Edda Fenn Gala Hild Ines Joro Kesta Lior Mave Nell Orla Pim
Quill Rhea Senn Tova Ulla Vito Wren Xan Yara Zeno`.split(/\s+/)
const syllables = ['ka', 'ro', 'vel', 'mun', 'di', 'tor', 'ashe', 'bri', 'lo', 'sen', 'qua', 'ith']

/** A distinct invented word for each number: "Karo", "Kavel"… */
function inventedWord(index) {
  let word = ''
  let rest = index + syllables.length
  while (rest > 0) {
    word += syllables[rest % syllables.length]
    rest = Math.floor(rest / syllables.length)
  }
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** A distinct invented given name for each number. */
const givenName = (index) =>
  index < givenNames.length ? givenNames[index] : `${inventedWord(index)}a`

const header = (title) => `${title}\n\nBy Orla Penmarsh\nHarbour Post\n2024-03-04\n\n`

const shapes = {
  quotations: {
    smallest: 400,
    make: (count) => {
      const quotes = Array.from(
        { length: count },
        (_, at) => `"The ${inventedWord(at)} pier stays open for ${at + 2} days,"`,
      )
      return `${header('Many Quotations In One Sentence')}${quotes.join(' ')} said Tomas Brill.\n`
    },
  },
  cuedRun: {
    smallest: 100,
    make: (count) => {
      const quotes = Array.from(
        { length: count },
        (_, at) =>
          `"The ${inventedWord(at)} pier stays open for ${at + 2} days," said Tomas Brill.`,
      )
      return `${header('A Long Run Of Quotations')}${quotes.join(' ')}\n`
    },
  },
  namesakes: {
    smallest: 40,
    make: (count) => {
      const paragraphs = []
      for (let at = 0; at < count; at++) {
        const name = `${givenName(at)} Vale`
        paragraphs.push(
          `${name}, a ferry pilot, spoke at the harbour meeting on Monday.`,
          `"We kept the ${inventedWord(at)} pier open," said ${name}. ${at % 2 ? 'His' : 'Her'} father ran the ferry before.`,
          `Vale said ${at % 2 ? 'his son' : 'her daughter'} would take the night crossings.`,
        )
      }
      return `${header('The Vale Family Of The Harbour')}${paragraphs.join('\n\n')}\n`
    },
  },
  families: {
    smallest: 12,
    make: (count) => {
      const paragraphs = []
      for (let at = 0; at < count; at++) {
        const family = inventedWord(at + 200)
        const younger = givenName(at % 12)
        const elder = givenName(12 + (at % 12))
        paragraphs.push(
          `${younger} ${family} said the council would vote on the plan. "We will build it this year," ${younger} ${family} said.`,
          `His father, ${elder} ${family}, disagreed. "It is far too costly for the town," ${elder} ${family} said on Tuesday.`,
          `"The town cannot wait," the younger ${family} said. "We have waited long enough," ${family} added.`,
          `Mr. ${family} later said the vote would be close. The council did not comment.`,
        )
      }
      return `${header('Families Debate The Plan')}${paragraphs.join('\n\n')}\n`
    },
  },
  agencies: {
    smallest: 40,
    make: (count) => {
      const paragraphs = []
      for (let at = 0; at < count; at++) {
        const body = `${inventedWord(at)} Water Agency`
        const person = `${givenName(at)} ${inventedWord(at + 500)}`
        paragraphs.push(
          `The ${body} met on Monday to set the harbour levy.`,
          `"The levy stays," said ${person}, director of the ${body}. The Agency did not say more.`,
        )
      }
      return `${header('Water Agencies Of The Coast')}${paragraphs.join('\n\n')}\n`
    },
  },
  paragraphs: {
    smallest: 38,
    make: (count) => {
      const paragraphs = []
      for (let at = 0; at < count; at++) {
        const person = `${givenName(at % 40)} ${inventedWord(at % 37)}`
        paragraphs.push(
          at % 3 === 0
            ? `"The ${inventedWord(at)} road will open in ${(at % 12) + 1} weeks," said ${person}, a council engineer.`
            : `The council of ${inventedWord(at + 90)} spent ${at} days on the plan, ${person} said on Tuesday.`,
        )
      }
      return `${header('A Long Council Chronicle')}${paragraphs.join('\n\n')}\n`
    },
  },
  sentences: {
    smallest: 250,
    make: (count) => {
      const sentences = []
      for (let at = 0; at < count; at++) {
        const person = `${givenName(at % 40)} ${inventedWord(at % 37)}`
        sentences.push(
          at % 4 === 0
            ? `"The ${inventedWord(at)} dock is full," said ${person}.`
            : `The ${inventedWord(at + 90)} barge carried ${at} crates on Monday.`,
        )
      }
      return `${header('One Long Paragraph Of Harbour News')}${sentences.join(' ')}\n`
    },
  },
}

const enrichText = (shape, text) =>
  enrich(ingest({ path: `${shape}.txt`, contents: Buffer.from(text) }).data.article)

const args = process.argv.slice(2)
const callgrindAt = args.indexOf('--callgrind')
const roundsAt = args.indexOf('--rounds')
const rounds = roundsAt === -1 ? 3 : Number(args[roundsAt + 1])
const only = args[0]?.startsWith('--') ? undefined : args[0]
if (only !== undefined && !(only in shapes))
  throw new TypeError(`Unknown shape ${only}: ${Object.keys(shapes).join(', ')}`)

if (callgrindAt !== -1) {
  if (only === undefined) throw new TypeError('--callgrind counts one shape')
  const step = Number(args[callgrindAt + 1])
  const { smallest, make } = shapes[only]
  const text = make(smallest * 2 ** step)
  await enrichText(only, make(smallest))
  await enrichText(only, text)
  execFileSync('callgrind_control', ['-i', 'on', String(process.pid)], { stdio: 'ignore' })
  await enrichText(only, text)
  execFileSync('callgrind_control', ['-i', 'off', String(process.pid)], { stdio: 'ignore' })
  console.log(JSON.stringify({ shape: only, size: smallest * 2 ** step, bytes: text.length }))
  process.exit(0)
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
console.log(['shape', 'size', 'bytes', 'ms', 'growth'].join('\t'))
for (const [shape, { smallest, make }] of Object.entries(shapes)) {
  if (only !== undefined && shape !== only) continue
  const texts = [1, 2, 4, 8].map((times) => ({
    size: smallest * times,
    text: make(smallest * times),
  }))
  for (const { text } of texts) await enrichText(shape, text)
  let previous
  for (const { size, text } of texts) {
    const times = []
    for (let round = 0; round < rounds; round++) {
      const before = process.cpuUsage()
      await enrichText(shape, text)
      const used = process.cpuUsage(before)
      times.push((used.user + used.system) / 1000)
    }
    const ms = median(times)
    console.log(
      [
        shape,
        size,
        text.length,
        ms.toFixed(0),
        previous ? `×${(ms / previous).toFixed(2)}` : '',
      ].join('\t'),
    )
    previous = ms
  }
}
