/**
 * List every subheading `ingest` splits out of a paragraph (rule `glued-heading`) in the `.txt`
 * files of the folders given, with the words around it, to judge the detector's precision by
 * reading: `pnpm exec tsx scripts/glued-headings.ts <folder>…`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ingest } from '../src/index.js'

let files = 0
let firings = 0
for (const folder of process.argv.slice(2)) {
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.txt')) continue
    files++
    const contents = readFileSync(join(folder, name))
    const file = ingest({ path: name, contents })
    const lines = String(file.value).split('\n')
    for (const message of file.messages) {
      if (message.ruleId !== 'glued-heading') continue
      firings++
      const line = lines[(message.line ?? 1) - 1] ?? ''
      const at = (message.column ?? 1) - 1
      const context = `${line.slice(Math.max(0, at - 60), at)}⟦${line.slice(at, at + 50)}`
      console.log(`${name}:${message.line}:${message.column}\t${message.reason}\n\t…${context}…`)
    }
  }
}
console.log(`${firings} subheading(s) split in ${files} file(s)`)
