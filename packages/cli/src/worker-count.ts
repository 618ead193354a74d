/**
 * Bytes of content files to process for each worker after the first. A worker costs about a
 * second of CPU time before it pays: half a second to start, then its own warming up (V8 compiles
 * the pipeline again in every worker). On two cores, at load 10, `--jobs 2` took 1.52 times the
 * CPU time and 1.37 times the wall time of `--jobs 1` on 10 generated articles (25 kB), 1.35 and
 * 1.32 times on 40 (84 kB); on 200 (404 kB) it took 1.13 and 1.15 times there, but was 1.13 times
 * faster than `--jobs 1` at load 5. So, unless `--jobs` says how many, a second worker starts only
 * past the sizes where it always lost: some 130 generated articles.
 */
export const bytesPerExtraWorker = 256 * 1024

/**
 * How many workers to start for content files of these sizes (in bytes), never more than one per
 * file: `jobs` when the caller chose it; else at most `cores`, and one more than the first only
 * for each `bytesPerExtraWorker` of them.
 */
export function workersFor(
  jobs: number | undefined,
  cores: number,
  sizes: readonly number[],
): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, sizes.length))
  let bytes = 0
  for (const size of sizes) bytes += size
  const worth = 1 + Math.floor(bytes / bytesPerExtraWorker)
  return Math.max(1, Math.min(cores, sizes.length, worth))
}
