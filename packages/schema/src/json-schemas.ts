import { z } from 'zod'
import { Article } from './article.js'
import { ArticleList } from './article-list.js'
import { Report } from './diagnostic.js'
import { SpeakerIndex, TopicIndex } from './indexes.js'
import { Publication } from './publication.js'

/**
 * JSON Schema (draft 2020-12) documents for every file `newsroom process` writes, and for the
 * site's article list (`/api/articles.json`), by file stem.
 */
export function jsonSchemas(): Record<string, unknown> {
  return {
    article: z.toJSONSchema(Article, { io: 'output' }),
    'article-list': z.toJSONSchema(ArticleList, { io: 'output' }),
    speakers: z.toJSONSchema(SpeakerIndex, { io: 'output' }),
    topics: z.toJSONSchema(TopicIndex, { io: 'output' }),
    report: z.toJSONSchema(Report, { io: 'output' }),
    published: z.toJSONSchema(Publication, { io: 'output' }),
  }
}
