import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { documentedPackages } from '../lib/workspace.js'

/** Every TypeScript source file under `folder`. */
function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(folder, name))
}

/**
 * The files of the same package a source file imports, type-only imports and re-exports
 * included: a circle closed by a type is still a circle in the layout.
 */
function localImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  return importedFiles
    .map((entry) => entry.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => join(dirname(file), name.replace(/\.js$/, '.ts')))
    .filter((path) => existsSync(path))
}

/** The import circles among `files`, each as the list of files around it (found by a DFS). */
function importCircles(files: string[]): string[][] {
  const edges = new Map(files.map((file) => [file, localImports(file)]))
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const circles: string[][] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    path.push(file)
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') circles.push(path.slice(path.indexOf(next)))
      else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const file of files) if (!state.has(file)) visit(file)
  return circles
}

/** The sections every package README has, in the order of the unified collective's. */
const readmeSections = [
  'What is this?',
  'When should I use this?',
  'Install',
  'Use',
  'API',
  'Types',
  'Security',
]

describe('house order', () => {
  for (const { folder, path, manifest } of documentedPackages()) {
    it(`${folder}/README.md has the unified sections in their order`, () => {
      const headings = readFileSync(join(path, 'README.md'), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('## '))
        .map((line) => line.slice(3).trim())
      expect(headings.filter((heading) => readmeSections.includes(heading))).toEqual(readmeSections)
    })

    it(`${folder} is named as its package`, () => {
      expect(manifest.name).toBe(`@newsroom/${folder.split('/').at(-1)}`)
    })

    it(`${manifest.name} has no import circles`, () => {
      const circles = importCircles([
        ...sourceFiles(join(path, 'src')),
        ...sourceFiles(join(path, '_config')),
        ...sourceFiles(join(path, 'scripts')),
      ])
      expect(circles.map((circle) => circle.map((file) => relative(path, file)))).toEqual([])
    })
  }

  it('finds a circle closed by a type, and none where imports go one way', () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsroom-circles-'))
    try {
      const write = (name: string, text: string): string => {
        writeFileSync(join(folder, name), text)
        return join(folder, name)
      }
      const person = write(
        'person.ts',
        "import type { Gender } from './gender.js'\nexport interface Person { gender: Gender }\n",
      )
      const gender = write(
        'gender.ts',
        "import type { Person } from './person.js'\nexport type Gender = 'f' | 'm'\nexport const of = (p: Person) => p.gender\n",
      )
      const index = write('index.ts', "export * from './person.js'\n")
      expect(importCircles([index, person, gender])).toEqual([[person, gender]])
      write('gender.ts', "export type Gender = 'f' | 'm'\n")
      expect(importCircles([index, person, gender])).toEqual([])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
