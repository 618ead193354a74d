import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { type Run, run } from './child-process.js'
import type { ProgramBlock } from './markdown-programs.js'
import { testPackageRoot } from './workspace.js'

/**
 * A folder outside the workspace where README programs are written and run, as a reader would
 * paste them into a project of their own: ES modules, the packages installed beside them (here the
 * test package's `node_modules`, which links the built workspace packages), nothing else.
 */
export class ProgramFolder {
  readonly path: string

  constructor() {
    this.path = mkdtempSync(join(tmpdir(), 'newsroom-readme-'))
    writeFileSync(join(this.path, 'package.json'), '{ "type": "module", "private": true }\n')
    symlinkSync(join(testPackageRoot, 'node_modules'), join(this.path, 'node_modules'), 'dir')
  }

  /** The file name a block is written to: README path and line, so a stack trace names them. */
  fileName(block: ProgramBlock): string {
    const base = block.file.replaceAll('/', '-').replace(/\.md$/i, '')
    return `${base}-line-${block.line}.${block.language}`
  }

  /**
   * Type-check the TypeScript programs together, as a strict `nodenext` project does, against the
   * built declaration files. Returns the diagnostics of each program by its file name.
   */
  typeCheck(blocks: ProgramBlock[]): Map<string, string[]> {
    const files = new Map<string, ProgramBlock>()
    for (const block of blocks) {
      if (block.language !== 'ts') continue
      const name = this.fileName(block)
      writeFileSync(join(this.path, name), block.code)
      files.set(join(this.path, name), block)
    }
    const program = ts.createProgram([...files.keys()], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2023,
      lib: ['lib.es2023.d.ts'],
      types: ['node'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    })
    const found = new Map<string, string[]>()
    for (const path of files.keys()) {
      const source = program.getSourceFile(path)
      const diagnostics = source ? ts.getPreEmitDiagnostics(program, source) : []
      found.set(
        this.fileName(files.get(path) as ProgramBlock),
        diagnostics.map((diagnostic) => {
          const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
          if (diagnostic.file === undefined || diagnostic.start === undefined) return message
          const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(
            diagnostic.start,
          )
          return `line ${line + 1}:${character + 1} TS${diagnostic.code}: ${message}`
        }),
      )
    }
    return found
  }

  /** Run one program with plain Node.js in this folder; TypeScript is stripped of its types first. */
  run(block: ProgramBlock): Promise<Run> {
    const source =
      block.language === 'ts'
        ? ts.transpileModule(block.code, {
            compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 },
          }).outputText
        : block.code
    const name = `${this.fileName(block).replace(/\.[jt]s$/, '')}.mjs`
    writeFileSync(join(this.path, name), source)
    // Each program gets a working folder of its own, empty: a README that reads a file of this
    // repository does not work for a reader either.
    const cwd = join(this.path, `cwd-${name}`)
    mkdirSync(cwd)
    return run(process.execPath, [join(this.path, name)], cwd)
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true })
  }
}
