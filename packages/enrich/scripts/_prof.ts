import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ingest } from '@newsroom/ingest'
import { enrich } from '../src/index.js'

const dir = '/work/shared/corpus/articles'
const articles = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .flatMap((n) => {
    const a = ingest({ path: join(dir, n), contents: readFileSync(join(dir, n)) }).data.article
    return a ? [a] : []
  })
for (let r = 0; r < 6; r++) for (const a of articles) await enrich(a)
