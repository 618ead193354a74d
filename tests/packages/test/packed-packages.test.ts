import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core'
import { problemAffectsResolutionKind } from '@arethetypeswrong/core/problems'
import type { Definition, Image, Link } from 'mdast'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../lib/child-process.js'
import {
  copyConsumerFile,
  installConsumerProject,
  type PackedPackage,
  packAll,
  writeConsumerProject,
} from '../lib/packed-project.js'
import { publishablePackages, workspaceRoot } from '../lib/workspace.js'
import { runSkipped, skippedReadmes } from './readme-skips.js'

/** The relative links and images of a Markdown text, without their `#fragment`. */
function relativeLinks(markdown: string): string[] {
  const urls: string[] = []
  visit(unified().use(remarkParse).parse(markdown), (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      urls.push((node as Link | Image | Definition).url)
    }
  })
  return urls
    .filter((url) => !/^[a-z][a-z+.-]*:/i.test(url) && !url.startsWith('#') && !url.startsWith('/'))
    .map((url) => decodeURIComponent(url.replace(/[#?].*$/, '')))
}

const expected = publishablePackages()
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')

describe('packed packages installed into a fresh project with a strict layout', () => {
  let root: string
  let project: string
  let packed: PackedPackage[]

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'newsroom-packed-'))
    packed = packAll(join(root, 'packed'))
    project = join(root, 'consumer')
    writeConsumerProject(project, packed, ['retext-english', 'unified', 'vfile', '@types/node'])
    for (const name of ['pipeline.js', 'types.ts', 'tsconfig.json']) copyConsumerFile(project, name)
    installConsumerProject(project)
  }, 300_000)

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true })
  })

  const packedOf = (name: string): PackedPackage => {
    const found = packed.find((entry) => entry.manifest.name === name)
    if (!found) throw new Error(`Expected ${name} to be packed`)
    return found
  }

  for (const { folder, manifest } of expected) {
    it(`${manifest.name}: the tarball has its license, README and every file its Markdown links to`, () => {
      const entry = packedOf(manifest.name)
      expect(entry.files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']))
      for (const file of entry.files.filter((name) => name.endsWith('.md'))) {
        if (!runSkipped && skippedReadmes.has(`${folder}/${file}`)) continue
        const markdown = readFileSync(join(workspaceRoot, folder, file), 'utf8')
        const missing = relativeLinks(markdown)
          .map((url) => posix.normalize(posix.join(posix.dirname(file), url)))
          .filter(
            (target) =>
              !entry.files.some((name) => name === target || name.startsWith(`${target}/`)),
          )
        expect(missing, `${folder}/${file} links to files the tarball lacks`).toEqual([])
      }
    })

    it(`${manifest.name}: the packed manifest has no workspace ranges and no exact internal pins`, () => {
      const packedManifest = packedOf(manifest.name).manifest
      for (const field of ['dependencies', 'peerDependencies', 'devDependencies'] as const) {
        for (const [name, range] of Object.entries(packedManifest[field] ?? {})) {
          expect(range, `${field}.${name}`).not.toMatch(/^(workspace|catalog):/)
          if (name.startsWith('@newsroom/') && field !== 'devDependencies') {
            expect(range, `${field}.${name} is pinned exactly`).toMatch(/^\^/)
          }
        }
      }
    })
  }

  it('runs a unified pipeline with the plugins, and the whole pipeline, under plain Node.js', async () => {
    const result = await run(process.execPath, ['pipeline.js'], project)
    expect(result.exitCode, result.stderr).toBe(0)
    const summary = JSON.parse(result.stdout)
    expect(summary.plugins).toMatchObject({
      people: expect.arrayContaining(['Ann Vale', 'Tomas Brio']),
      quotes: [
        ['Ann Vale', 'We will rebuild the harbour before the autumn tides,'],
        ['Tomas Brio', 'It is late, but it is good news,'],
      ],
      keyphrases: 5,
      topics: expect.arrayContaining(['storms-and-floods']),
      words: 58,
      valence: 'positive',
    })
    expect(summary.pipeline).toEqual({
      valid: true,
      title: 'Council approves sea wall',
      speakers: ['ann-vale', 'tomas-brio'],
      topics: expect.any(Number),
      recall: 1,
    })
    expect(summary.names).toEqual({ name: 'Ann Vale', slug: 'ann-vale' })
    expect(summary.lexicon).toEqual({ said: true, her: 'female' })
    expect(summary.tokens).toEqual(['Mr.', 'Vale', 'said', ',', '"', 'Yes', '.', '"'])
    expect(summary.schemas).toEqual([
      'article',
      'article-list',
      'speakers',
      'topics',
      'report',
      'published',
    ])
    expect(summary.taxonomy).toBeGreaterThan(10)
  })

  it('runs the newsroom bin on a content folder', async () => {
    const content = join(project, 'content')
    mkdirSync(content)
    writeFileSync(
      join(content, 'sea-wall.md'),
      '---\ntitle: Council approves sea wall\ndate: 2024-06-03\n---\n\n"We will rebuild the harbour before the autumn tides," said Ann Vale, the harbour master.\n',
    )
    const bin = join(project, 'node_modules', '.bin', 'newsroom')
    const result = await run(
      bin,
      ['process', '--content', 'content', '--out', 'out', '--jobs', '1'],
      project,
    )
    expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0)
    const article = JSON.parse(
      readFileSync(join(project, 'out/articles/council-approves-sea-wall.json'), 'utf8'),
    )
    expect(article.quotes[0].speaker.name).toBe('Ann Vale')
  })

  it('type-checks a strict nodenext TypeScript consumer with skipLibCheck false', async () => {
    const result = await run(
      process.execPath,
      [tsc, '-p', 'tsconfig.json', '--pretty', 'false'],
      project,
    )
    expect(result.stdout + result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
  })

  it('passes publint, warnings included', async () => {
    const found: string[] = []
    for (const entry of packed) {
      const tarball = entry.bytes.buffer.slice(
        entry.bytes.byteOffset,
        entry.bytes.byteOffset + entry.bytes.byteLength,
      ) as ArrayBuffer
      const { messages, pkg } = await publint({
        pack: { tarball },
        level: 'suggestion',
        strict: true,
      })
      for (const message of messages) {
        found.push(
          `${entry.manifest.name}: ${message.type}: ${formatMessage(message, pkg, { color: false })}`,
        )
      }
    }
    expect(found).toEqual([])
  })

  it('passes arethetypeswrong for ESM (node16 and bundler resolution)', async () => {
    const found: string[] = []
    for (const entry of packed) {
      const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(entry.bytes)))
      if (analysis.types === false) {
        found.push(`${entry.manifest.name}: no types`)
        continue
      }
      for (const problem of analysis.problems) {
        const esm = (['node16-esm', 'bundler'] as const).some((kind) =>
          problemAffectsResolutionKind(problem, kind, analysis),
        )
        if (esm) found.push(`${entry.manifest.name}: ${JSON.stringify(problem)}`)
      }
    }
    expect(found).toEqual([])
  })
})
