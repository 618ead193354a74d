import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const exec = promisify(execFile)

/**
 * Real faults, not simulated ones: a small tmpfs that fills up (ENOSPC), a read-only remount
 * (EROFS), the immutable attribute (EPERM). They need root with the mount capability, as on CI;
 * elsewhere the cases that need them are skipped, and say so.
 */
export interface FaultSupport {
  mount: boolean
  immutable: boolean
  /** Permission bits are enforced (not root): chmod gives EACCES. */
  permissions: boolean
}

async function succeeds(command: string, args: string[]): Promise<boolean> {
  try {
    await exec(command, args)
    return true
  } catch {
    return false
  }
}

export async function probeFaults(): Promise<FaultSupport> {
  const probe = await mkdtemp(join(tmpdir(), 'newsroom-fault-probe-'))
  try {
    const point = join(probe, 'mount')
    await mkdir(point)
    const mount = await succeeds('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', point])
    if (mount) await exec('umount', [point])
    const file = join(probe, 'immutable')
    await mkdir(file)
    const immutable = await succeeds('chattr', ['+i', file])
    if (immutable) await exec('chattr', ['-i', file])
    return { mount, immutable, permissions: process.getuid?.() !== 0 }
  } finally {
    await rm(probe, { recursive: true, force: true })
  }
}

/** Mount a tmpfs of `kilobytes` on `folder` (made if missing). */
export async function mountTmpfs(folder: string, kilobytes: number): Promise<void> {
  await mkdir(folder, { recursive: true })
  await exec('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', folder])
}

export async function remountReadOnly(folder: string): Promise<void> {
  await exec('mount', ['-o', 'remount,ro', folder])
}

export async function unmount(folder: string): Promise<void> {
  await exec('umount', ['-l', folder]).catch(() => {})
}

/** Unmount every file system mounted under `folder` (a test's leftovers after a failure). */
export async function unmountAllUnder(folder: string): Promise<void> {
  let mounts: string
  try {
    mounts = await readFile('/proc/mounts', 'utf8')
  } catch {
    return
  }
  const points = mounts
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((point) => point.startsWith(`${folder}/`))
    .sort()
    .reverse()
  for (const point of points) await unmount(point)
}

export async function setImmutable(path: string, on: boolean): Promise<void> {
  await exec('chattr', [on ? '+i' : '-i', path])
}
