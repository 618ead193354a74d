import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { publishablePackages, rootManifest, workspaceRoot } from '../lib/workspace.js'

const root = rootManifest()
const repository = root.repository?.url?.replace(/^git\+/, '').replace(/\.git$/, '') ?? ''
const license = readFileSync(join(workspaceRoot, 'LICENSE'), 'utf8')

/**
 * Every file under `folder` of the package at `path` whose name ends with `suffix`, but those the
 * package leaves out of what it publishes (a `!folder/sub` entry of its `files`, relative to the
 * package: the CLI's worker bundle).
 */
function filesUnder(
  path: string,
  folder: string,
  suffix: string,
  files: readonly string[] = [],
): string[] {
  const root = join(path, folder)
  if (!existsSync(root)) return []
  const left = files
    .filter((entry) => entry.startsWith('!'))
    .map((entry) => join(path, entry.slice(1).replace(/\/$/, '')) + sep)
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(root, name))
    .filter((file) => !left.some((prefix) => file.startsWith(prefix)))
}

/**
 * The packages a built file imports, requires or resolves a file of (`require.resolve`), by name
 * (`vfile`, `@newsroom/schema`).
 */
function importedPackages(files: string[]): Set<string> {
  const names = new Set<string>()
  const specifier =
    /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire(?:\.resolve)?\s*\(\s*|^import\s+)(['"])([^'"\s]+)\1/gm
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(specifier)) {
      const value = match[2] ?? ''
      if (value.startsWith('.') || value.startsWith('node:') || builtinModules.includes(value))
        continue
      const parts = value.split('/')
      names.add(value.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? value))
    }
  }
  return names
}

/**
 * The packages a built file reads a file of by its path (`require.resolve('pos/lexicon.js')`):
 * it depends on how that file is written, not only on what its module exports.
 */
function packagesReadByPath(files: string[]): Set<string> {
  const names = new Set<string>()
  const specifier = /\brequire\.resolve\s*\(\s*(['"])([^'"\s]+)\1/g
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(specifier)) {
      const parts = (match[2] ?? '').split('/')
      const nameParts = parts[0]?.startsWith('@') ? 2 : 1
      if (parts.length > nameParts) names.add(parts.slice(0, nameParts).join('/'))
    }
  }
  return names
}

/** The workspace's catalog of versions (`pnpm-workspace.yaml`), for the `catalog:` ranges. */
const catalog =
  (
    YAML.parse(readFileSync(join(workspaceRoot, 'pnpm-workspace.yaml'), 'utf8')) as {
      catalog?: Record<string, string>
    }
  ).catalog ?? {}

/** The `@types` package that holds the types of a package name (`@types/nlcst` for `nlcst`). */
function typesPackageOf(name: string): string {
  return `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`
}

describe('package metadata', () => {
  it('the root names the repository and the license once for all packages', () => {
    expect(repository).toMatch(/^https:\/\//)
    expect(root.license).toBe('MIT')
    expect(license).toMatch(/^MIT License/)
  })

  for (const { folder, path, manifest } of publishablePackages()) {
    describe(manifest.name, () => {
      it('has license, repository, homepage, bugs, keywords and public access', () => {
        expect(manifest.license).toBe(root.license)
        expect(readFileSync(join(path, 'LICENSE'), 'utf8').startsWith(license)).toBe(true)
        expect(manifest.repository).toEqual({
          type: 'git',
          url: root.repository?.url,
          directory: folder,
        })
        expect(manifest.homepage).toBe(`${repository}/tree/main/${folder}#readme`)
        expect(manifest.bugs).toBe(`${repository}/issues`)
        expect(manifest.keywords?.length).toBeGreaterThan(2)
        if (manifest.name.startsWith('@newsroom/retext-')) {
          expect(manifest.keywords).toEqual(
            expect.arrayContaining(['unified', 'retext', 'retext-plugin']),
          )
        }
        expect(manifest).toHaveProperty('publishConfig.access', 'public')
      })

      it('depends on workspace packages by caret range, not by exact version', () => {
        for (const field of ['dependencies', 'peerDependencies'] as const) {
          for (const [name, range] of Object.entries(manifest[field] ?? {})) {
            if (name.startsWith('@newsroom/')) expect(range, `${field}.${name}`).toBe('workspace:^')
          }
        }
      })

      it('pins the exact version of a package it reads a file of by path', () => {
        const code = filesUnder(path, 'dist', '.js', manifest.files)
        for (const name of packagesReadByPath(code)) {
          const declared = manifest.dependencies?.[name]
          const range = declared === 'catalog:' ? catalog[name] : declared
          // Another version may write the file otherwise; the tests hold the reader to this one.
          expect(range, `dependencies.${name}`).toMatch(/^\d+\.\d+\.\d+$/)
        }
      })

      it('lists as dependencies exactly what its built code and declarations import', () => {
        const builtCode = filesUnder(path, 'dist', '.js', manifest.files)
        const code = importedPackages(builtCode)
        const declarations = importedPackages(filesUnder(path, 'dist', '.d.ts', manifest.files))
        // A package may import nothing (word lists): that its build exists is what counts.
        expect(builtCode.length, `${folder}/dist is missing: build first`).toBeGreaterThan(0)
        const declared = new Set([
          ...Object.keys(manifest.dependencies ?? {}),
          ...Object.keys(manifest.peerDependencies ?? {}),
        ])
        const needed = new Set<string>(code)
        for (const name of declarations) {
          // A declaration file needs the package's own types, or its `@types` package.
          needed.add(declared.has(typesPackageOf(name)) ? typesPackageOf(name) : name)
        }
        expect(
          [...needed].filter((name) => !declared.has(name)).sort(),
          'imported, not declared',
        ).toEqual([])
        expect(
          [...declared].filter((name) => !needed.has(name)).sort(),
          'declared, never imported',
        ).toEqual([])
      })
    })
  }
})
