import type { ProcessResult } from './process-content.js'

/**
 * The line that ends a run that wrote its output: the articles written (how many of them came
 * unchanged from the cache) and the files that gave none. Every number counts one thing, so they
 * add up: articles + failed files are the files processed, and the articles from the cache are
 * some of the articles. A file that failed is counted as failed whether or not the cache served it.
 * (`processed N article(s) (M from cache` is kept as it was: scripts read it.)
 */
export function runSummary(
  { report, cachedArticles }: Pick<ProcessResult, 'report' | 'cachedArticles'>,
  into: string,
  seconds: string,
): string {
  const line = `processed ${report.articles} article(s) (${cachedArticles} from cache) into ${into} in ${seconds}s`
  if (report.failed === 0) return line
  return `${line}; ${report.failed} file(s) failed (the errors above) and gave no article`
}
