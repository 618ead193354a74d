import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'
import { cleanEnvironment } from './child-process.js'
import { type Manifest, publishablePackages, workspaceRoot } from './workspace.js'

/** One package as `pnpm pack` made it. */
export interface PackedPackage {
  /** The workspace folder it was packed from (`packages/ingest`). */
  folder: string
  /** The tarball's file name (`newsroom-ingest-0.1.0.tgz`). */
  fileName: string
  bytes: Buffer
  /** The manifest inside the tarball (workspace and catalog ranges resolved by pnpm). */
  manifest: Manifest
  /** The paths inside the tarball, relative to its `package/` folder. */
  files: string[]
}

/** Pack every publishable package into `destination`, as `pnpm publish` would. */
export function packAll(destination: string): PackedPackage[] {
  execFileSync(
    'pnpm',
    ['-r', '--filter', './packages/*', 'pack', '--pack-destination', destination],
    {
      cwd: workspaceRoot,
      env: cleanEnvironment(),
      stdio: 'pipe',
    },
  )
  return publishablePackages().map(({ folder, manifest }) => {
    const fileName = `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`
    const tarball = join(destination, fileName)
    const packed = JSON.parse(
      execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
    ) as Manifest
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.startsWith('package/') && !line.endsWith('/'))
      .map((line) => line.slice('package/'.length))
    return { folder, fileName, bytes: readFileSync(tarball), manifest: packed, files }
  })
}

interface LockedDependency {
  specifier: string
  version: string
}

interface Lockfile {
  importers: Record<string, Partial<Record<DependencyField, Record<string, LockedDependency>>>>
  packages: Record<string, unknown>
  snapshots: Record<
    string,
    { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
  >
}

type DependencyField = 'dependencies' | 'devDependencies' | 'optionalDependencies'

/** The main document of the workspace's `pnpm-lock.yaml` (pnpm 12 writes several). */
function workspaceLockfile(): Lockfile {
  const documents = YAML.parseAllDocuments(
    readFileSync(join(workspaceRoot, 'pnpm-lock.yaml'), 'utf8'),
  ).map((document) => document.toJS() as Partial<Lockfile>)
  const main = documents.find(
    (document) => document.snapshots && document.importers?.['packages/schema'],
  )
  if (!main?.importers || !main.packages || !main.snapshots) {
    throw new Error('Expected pnpm-lock.yaml to have the importers of packages/*')
  }
  return main as Lockfile
}

/** `unified@11.0.5` of `unified@11.0.5(peer@1.0.0)` (the key of the `packages` section). */
function withoutPeers(key: string): string {
  const at = key.indexOf('(')
  return at === -1 ? key : key.slice(0, at)
}

/**
 * A project outside the workspace that depends on the tarballs and on `topLevel` third-party
 * packages, with a lockfile made from the workspace's: every third-party package at the version
 * the workspace resolved, so the install needs no registry metadata and nothing outside the pnpm
 * store that `pnpm install` filled.
 */
export function writeConsumerProject(
  project: string,
  packed: PackedPackage[],
  topLevel: string[],
): void {
  const lockfile = workspaceLockfile()
  mkdirSync(join(project, 'tarballs'), { recursive: true })
  const references = new Map<string, string>()
  for (const entry of packed) {
    writeFileSync(join(project, 'tarballs', entry.fileName), entry.bytes)
    references.set(entry.manifest.name, `file:tarballs/${entry.fileName}`)
  }

  const packages: Record<string, unknown> = {}
  const snapshots: Lockfile['snapshots'] = {}
  const include = (name: string, version: string): void => {
    const key = `${name}@${version}`
    if (snapshots[key]) return
    const snapshot = lockfile.snapshots[key]
    const description = lockfile.packages[withoutPeers(key)]
    if (!snapshot || !description) throw new Error(`Expected ${key} in pnpm-lock.yaml`)
    snapshots[key] = snapshot
    packages[withoutPeers(key)] = description
    const next = { ...snapshot.dependencies, ...snapshot.optionalDependencies }
    for (const [dependency, resolved] of Object.entries(next)) include(dependency, resolved)
  }
  const lockedVersion = (importer: string, name: string): string => {
    const entry = lockfile.importers[importer]
    const fields: DependencyField[] = ['dependencies', 'devDependencies', 'optionalDependencies']
    for (const field of fields) {
      const locked = entry?.[field]?.[name]
      if (locked) return locked.version
    }
    throw new Error(`Expected ${name} among the dependencies of ${importer} in pnpm-lock.yaml`)
  }

  for (const entry of packed) {
    const reference = references.get(entry.manifest.name) as string
    const dependencies: Record<string, string> = {}
    const wanted = {
      ...entry.manifest.peerDependencies,
      ...entry.manifest.optionalDependencies,
      ...entry.manifest.dependencies,
    }
    for (const name of Object.keys(wanted).sort()) {
      const internal = references.get(name)
      if (internal) {
        dependencies[name] = internal
      } else {
        dependencies[name] = lockedVersion(entry.folder, name)
        include(name, dependencies[name])
      }
    }
    packages[`${entry.manifest.name}@${reference}`] = {
      resolution: {
        integrity: `sha512-${createHash('sha512').update(entry.bytes).digest('base64')}`,
        tarball: reference,
      },
      version: entry.manifest.version,
      ...(entry.manifest.bin ? { hasBin: true } : {}),
    }
    snapshots[`${entry.manifest.name}@${reference}`] = { dependencies }
  }

  const importer: Record<string, LockedDependency> = {}
  for (const [name, reference] of references)
    importer[name] = { specifier: reference, version: reference }
  for (const name of topLevel) {
    const version = lockedVersion('tests/packages', name)
    include(name, version)
    importer[name] = { specifier: withoutPeers(version), version }
  }

  const manifest = {
    name: 'newsroom-consumer',
    private: true,
    type: 'module',
    dependencies: Object.fromEntries(
      Object.entries(importer).map(([name, locked]) => [name, locked.specifier]),
    ),
  }
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  writeFileSync(
    join(project, 'pnpm-lock.yaml'),
    YAML.stringify({
      lockfileVersion: '9.0',
      settings: { autoInstallPeers: true, excludeLinksFromLockfile: false },
      importers: { '.': { dependencies: importer } },
      packages,
      snapshots,
    }),
  )
  // The strictest layout: each package sees only what its manifest declares.
  writeFileSync(
    join(project, 'pnpm-workspace.yaml'),
    [
      'nodeLinker: isolated',
      'hoist: false',
      'publicHoistPattern: []',
      `cacheDir: ${JSON.stringify(join(project, '.pnpm-cache'))}`,
      '',
    ].join('\n'),
  )
}

/** The pnpm store the workspace installed into, which the fresh project installs from. */
export function workspaceStore(): string {
  return execFileSync('pnpm', ['store', 'path'], {
    cwd: workspaceRoot,
    env: cleanEnvironment(),
    encoding: 'utf8',
  }).trim()
}

/**
 * Install the project from its lockfile, offline, from the workspace's store without writing to
 * it. The lockfile is trusted: it is the workspace's own, which `pnpm install` verified.
 */
export function installConsumerProject(project: string): void {
  execFileSync(
    'pnpm',
    [
      'install',
      '--offline',
      '--frozen-lockfile',
      '--trust-lockfile',
      '--frozen-store',
      '--store-dir',
      workspaceStore(),
    ],
    { cwd: project, env: cleanEnvironment(), stdio: 'pipe' },
  )
}

/** Copy a file of this package's `consumer/` folder into the project. */
export function copyConsumerFile(project: string, name: string): void {
  copyFileSync(new URL(`../consumer/${name}`, import.meta.url), join(project, name))
}
