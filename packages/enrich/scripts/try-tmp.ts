import { enrich } from '@newsroom/enrich'
const paragraphs = process.argv.slice(2)
const file = await enrich({
  sourceFile: 'x.md', sourceFormat: 'markdown', slug: 'x', title: 'Fictional report', dek: null, publisher: null, byline: null, authors: [], dateline: null, publishedAt: '2024-03-05', url: null, image: null, language: 'en', readTimeMinutes: 1, readTimeSource: 'computed', wordCount: 80, contentHash: `sha256-${'b'.repeat(64)}`, tags: [], overrides: { addTopics: [], removeTopics: [], speakerNames: {} },
  blocks: paragraphs.map((text, index) => ({ id: `p${index + 1}`, type: 'paragraph' as const, text })),
})
for (const q of file.data.enriched.quotes) console.log(JSON.stringify({ text: q.text.slice(0, 40), mention: q.mention, cue: q.cue, speaker: q.speaker?.name, kind: q.speaker?.kind, cand: q.candidate?.name, conf: q.confidence }))
