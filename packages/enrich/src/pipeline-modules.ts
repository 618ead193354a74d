/**
 * Entry modules of the packages this pipeline is made of, resolved from here (where they are
 * dependencies), so a caller can fingerprint the code and data that shape an enriched article.
 */
export function pipelineModules(): string[] {
  return [
    import.meta.url,
    import.meta.resolve('@newsroom/names'),
    import.meta.resolve('@newsroom/retext-entities'),
    import.meta.resolve('@newsroom/retext-quotes'),
    import.meta.resolve('@newsroom/retext-topics'),
  ]
}
