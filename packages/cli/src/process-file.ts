import { enrich } from '@newsroom/enrich'
import { ingest } from '@newsroom/ingest'
import type { CacheEntry } from './cache.js'
import { fileDiagnostic, toDiagnostics } from './diagnostics.js'
import { toSourcePlace } from './source-place.js'

/**
 * Ingest and enrich one content file. Never throws for a problem in the content: a crash inside
 * a stage becomes an error diagnostic on that file, so one bad article never stops the others.
 */
export async function processFile(sourceFile: string, contents: Uint8Array): Promise<CacheEntry> {
  const ingested = ingest({ path: sourceFile, contents })
  const diagnostics = toDiagnostics(ingested, sourceFile)
  const article = ingested.data.article
  if (!article) return { article: null, diagnostics }
  try {
    const enriched = await enrich(article)
    const sources = ingested.data.blockSources ?? {}
    diagnostics.push(
      ...toDiagnostics(enriched, sourceFile, (offset) =>
        toSourcePlace(offset, article.blocks, sources),
      ),
    )
    return { article: enriched.data.enriched ?? null, diagnostics }
  } catch (error) {
    diagnostics.push(
      fileDiagnostic(
        sourceFile,
        'error',
        'enrich/crash',
        `Enrichment failed: ${error instanceof Error ? error.message : String(error)}`,
        'This is a bug in Newsroom, not in the article: please report it with the file.',
      ),
    )
    return { article: null, diagnostics }
  }
}
