import type { IngestedArticle } from '@newsroom/schema'
import type { VFile } from 'vfile'

/** Rules of retext-topics whose note says how to choose an article's topics. */
const chooseTopicRules = new Set(['no-topic', 'weak-topic'])

/**
 * retext-topics says how to choose topics in its own terms (its options and `file.data`); a
 * Newsroom user chooses them in the article's file: say where, by the file's format.
 */
export function applyTopicHints(file: VFile, sourceFormat: IngestedArticle['sourceFormat']): void {
  for (const message of file.messages) {
    if (message.source === 'retext-topics' && chooseTopicRules.has(message.ruleId ?? '')) {
      message.note = chooseTopicsHint(sourceFormat)
    }
  }
}

function chooseTopicsHint(sourceFormat: IngestedArticle['sourceFormat']): string {
  if (sourceFormat === 'markdown') return 'Add `topics` in front matter to choose them'
  if (sourceFormat === 'json') return 'Add `overrides.addTopics` in the JSON to choose them'
  return 'Convert the article to Markdown and add `topics` in front matter to choose them'
}
