import { describe, expect, it } from 'vitest'
import { processFile } from '../src/process-file.js'

const article = `---
title: Brackwater mayor steps down
date: 2026-06-02
overrides:
  speakerNames:
    Philippa Gorse: '../../etc/passwd'
    Nobody Here: Somebody Else
  addTopics: [no-such-topic-xyz, diplomcy]
  removeTopics: [elektions, sport]
---

"He will not be missed," said council leader Philippa Gorse.
`

describe('diagnostics about override entries', () => {
  it('are placed at the entry in the front matter, compiler style', async () => {
    const { article: enriched, diagnostics } = await processFile(
      'o.md',
      new TextEncoder().encode(article),
    )
    const about = diagnostics
      .filter((diagnostic) => diagnostic.field?.startsWith('overrides.'))
      .map(({ line, column, severity, ruleId, field }) => ({
        line,
        column,
        severity,
        ruleId,
        field,
      }))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    expect(about).toEqual([
      {
        line: 6,
        column: 5,
        severity: 'error',
        ruleId: 'ingest/front-matter-value',
        field: 'overrides.speakerNames["Philippa Gorse"]',
      },
      {
        line: 7,
        column: 5,
        severity: 'warning',
        ruleId: 'enrich/unmatched-speaker-name',
        field: 'overrides.speakerNames["Nobody Here"]',
      },
      {
        line: 8,
        column: 15,
        severity: 'info',
        ruleId: 'retext-topics/unknown-manual-topic',
        field: 'overrides.addTopics["no-such-topic-xyz"]',
      },
      {
        line: 8,
        column: 34,
        severity: 'warning',
        ruleId: 'retext-topics/unknown-manual-topic',
        field: 'overrides.addTopics["diplomcy"]',
      },
      {
        line: 9,
        column: 18,
        severity: 'warning',
        ruleId: 'retext-topics/unknown-remove-topic',
        field: 'overrides.removeTopics["elektions"]',
      },
      {
        line: 9,
        column: 29,
        severity: 'info',
        ruleId: 'retext-topics/unmatched-remove-topic',
        field: 'overrides.removeTopics["sport"]',
      },
    ])
    // The refused name is not published as a person's name.
    expect(enriched?.speakers.map((speaker) => speaker.name)).toEqual(['Philippa Gorse'])
  }, 30_000)
})
