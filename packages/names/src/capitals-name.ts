import { connectingNameParticles } from '@newsroom/lexicon'

const particles: ReadonlySet<string> = new Set(connectingNameParticles)
const lowercaseLetter = /\p{Ll}/u
/** A run of letters: each is cased on its own (`O'BRIEN`, `SMITH-JONES`). */
const letterRun = /\p{L}+/gu
/** A Roman numeral of a name's suffix (`III`), an initial (`J.`) or one letter: kept as written. */
const keptAsWritten = /^(?:[IVX]+|\p{Lu}\.?)$/u
/** `Mc` and a letter at a word's start (`Mcnair`), whose letter is a capital (`McNair`). */
const mcPrefix = /^Mc\p{L}/u

/**
 * A person's name written all in capitals, as transcripts label their speakers (`TOM BRILL:`)
 * and headlines shout them, in the case running text gives a name: `Tom Brill`, `Sean O'Brien`,
 * `Ann Smith-Jones`, `Ann de Vries`, `Ruben McNair`, `John Vale III`. A name with any lowercase
 * letter is returned as written: the article's own spelling is the one to show.
 */
export function casedNameInCapitals(name: string): string {
  if (lowercaseLetter.test(name)) return name
  const words = name.split(' ')
  return words
    .map((word, index) => {
      if (keptAsWritten.test(word)) return word
      const lower = word.toLowerCase()
      // `de`, `van`, `al` inside a name are written in lowercase (`Ann de Vries`).
      if (index > 0 && index < words.length - 1 && particles.has(lower)) return lower
      return lower.replace(letterRun, (run) => {
        const cased = run.charAt(0).toUpperCase() + run.slice(1)
        // `MCNAIR` is `McNair`: Mc before a capital is how every such name is written.
        return mcPrefix.test(cased) ? `Mc${cased.charAt(2).toUpperCase()}${cased.slice(3)}` : cased
      })
    })
    .join(' ')
}
