import { enrich } from '@newsroom/enrich'
import { ingest } from '@newsroom/ingest'
import type { CacheEntry } from './cache.js'
import { fileDiagnostic, toDiagnostics } from './diagnostics.js'
import { toSourcePlace } from './source-place.js'

function crash(sourceFile: string, stage: 'ingest' | 'enrich', error: unknown) {
  const reason = error instanceof Error ? error.message : String(error)
  return fileDiagnostic(
    sourceFile,
    'error',
    `${stage}/crash`,
    `${stage === 'ingest' ? 'Ingestion' : 'Enrichment'} failed: ${reason}`,
    'This is a bug in Newsroom, not in the article: please report it with the file.',
  )
}

/**
 * Ingest and enrich one content file. Never throws for a problem in the content: a crash inside
 * a stage becomes an error diagnostic on that file, so one bad article never stops the others.
 */
export async function processFile(sourceFile: string, contents: Uint8Array): Promise<CacheEntry> {
  let ingested: ReturnType<typeof ingest>
  try {
    ingested = ingest({ path: sourceFile, contents })
  } catch (error) {
    return { article: null, diagnostics: [crash(sourceFile, 'ingest', error)] }
  }
  const diagnostics = toDiagnostics(ingested, sourceFile)
  const article = ingested.data.article
  if (!article) return { article: null, diagnostics }
  try {
    const enriched = await enrich(article)
    const sources = ingested.data.blockSources ?? {}
    diagnostics.push(
      ...toDiagnostics(
        enriched,
        sourceFile,
        (offset) => toSourcePlace(offset, article.blocks, sources),
        ingested.data.fieldPlaces,
      ),
    )
    return { article: enriched.data.enriched ?? null, diagnostics }
  } catch (error) {
    diagnostics.push(crash(sourceFile, 'enrich', error))
    return { article: null, diagnostics }
  }
}
