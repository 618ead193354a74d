import { buildSite } from './lib/build-site.js'

/**
 * `tsx --conditions=@newsroom/source scripts/build-site.ts <contentDir> <workDir>` builds a site
 * from a content folder into `<workDir>/data` and `<workDir>/site` and prints those folders as
 * JSON. The test setup runs it in a child process: vitest's global setup cannot load workspace
 * sources itself.
 */
const [contentDir, workDir] = process.argv.slice(2)
if (!contentDir || !workDir) throw new TypeError('Expected `contentDir` and `workDir` arguments')
const folders = await buildSite({ contentDir, workDir })
process.stdout.write(`${JSON.stringify(folders)}\n`)
