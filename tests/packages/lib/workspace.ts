import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The monorepo root (this file is `tests/packages/lib/workspace.ts`). */
export const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** This test package's folder, whose `node_modules` links every workspace package. */
export const testPackageRoot = fileURLToPath(new URL('../', import.meta.url))

/** The fields of a `package.json` these tests read. */
export interface Manifest {
  name: string
  version: string
  private?: boolean
  license?: string
  keywords?: string[]
  repository?: { type?: string; url?: string; directory?: string }
  homepage?: string
  bugs?: string | { url?: string }
  files?: string[]
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  bin?: Record<string, string>
}

/** A package of the workspace: its folder relative to the root (`packages/ingest`) and manifest. */
export interface WorkspacePackage {
  folder: string
  path: string
  manifest: Manifest
}

function packagesIn(parent: string): WorkspacePackage[] {
  return readdirSync(join(workspaceRoot, parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const folder = `${parent}/${entry.name}`
      const path = join(workspaceRoot, folder)
      const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as Manifest
      return { folder, path, manifest }
    })
    .sort((a, b) => (a.folder < b.folder ? -1 : 1))
}

/** Every package under `packages/` and `apps/`: the ones with READMEs a reader follows. */
export function documentedPackages(): WorkspacePackage[] {
  return [...packagesIn('packages'), ...packagesIn('apps')]
}

/** The packages meant for the npm registry: those under `packages/` not marked private. */
export function publishablePackages(): WorkspacePackage[] {
  return packagesIn('packages').filter((entry) => entry.manifest.private !== true)
}

/** The root manifest: the one place the repository URL is written. */
export function rootManifest(): Manifest {
  return JSON.parse(readFileSync(join(workspaceRoot, 'package.json'), 'utf8')) as Manifest
}
