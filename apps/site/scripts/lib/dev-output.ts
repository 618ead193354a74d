import { existsSync } from 'node:fs'
import path from 'node:path'
import { siteRoot } from './run-command.js'
import { defaultOutput, SITE_MARKER } from './site-manifest.js'

/**
 * Where `pnpm dev` renders: never into a folder `pnpm build` publishes. Eleventy's dev server
 * writes every page of the content it follows and records none of them, so pages it left in a
 * build's folder would be published by the next build, which leaves alone the files it did not
 * make (a story removed from the content folder would stay online).
 *
 * @param args the arguments for `eleventy --serve`
 * @param ownFolder the folder dev renders into when `args` name none (a temporary one)
 * @returns the arguments with the output folder, and that folder
 */
export function devOutput(args: string[], ownFolder: string): { args: string[]; outDir: string } {
  const given = outputArgument(args)
  if (given === undefined) {
    return { args: [...args, `--output=${ownFolder}`], outDir: ownFolder }
  }
  // Eleventy runs in the site folder, and resolves the folder from there.
  const outDir = path.resolve(siteRoot, given)
  if (outDir === defaultOutput || existsSync(path.join(outDir, SITE_MARKER))) {
    throw new Error(
      `Refusing to serve into ${outDir}: \`pnpm build\` publishes that folder, and the pages dev writes there would be published with it. Leave out --output (dev renders into a temporary folder of its own) or name another folder.`,
    )
  }
  return { args, outDir }
}

/** The value of the last `--output <dir>` or `--output=<dir>` in `args` (as Eleventy reads them). */
function outputArgument(args: string[]): string | undefined {
  let value: string | undefined
  for (const [index, arg] of args.entries()) {
    if (arg === '--output') value = args[index + 1] ?? ''
    else if (arg.startsWith('--output=')) value = arg.slice('--output='.length)
  }
  return value
}
