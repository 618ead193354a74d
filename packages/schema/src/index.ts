export {
  Article,
  Author,
  AuthorKind,
  Dateline,
  IngestedArticle,
  Overrides,
  overrideEntryField,
  SourceFormat,
} from './article.js'
export { ArticleList, ArticleListEntry } from './article-list.js'
export { Block } from './block.js'
export { Diagnostic, Report, Severity } from './diagnostic.js'
export { Entities, Entity } from './entities.js'
export { withFastPath } from './fast-path.js'
export type { ArticleFileData } from './file-data.js'
export { QuoteRef, SpeakerEntry, SpeakerIndex, TopicEntry, TopicIndex } from './indexes.js'
export { formatIssues, type ZodIssueMessage } from './issues.js'
export { jsonSchemas } from './json-schemas.js'
export { type Limits, limits } from './limits.js'
export { IsoDate, Slug, TextSpan, WebUrl } from './primitives.js'
export { Publication, PublishedArticle } from './publication.js'
export { Quote, Sentiment } from './quote.js'
export { Speaker, SpeakerKind, SpeakerRef } from './speaker.js'
export { ArticleTopic, Keyphrase, Readability } from './topic.js'
export { type DataProblem, type ValidateOptions, type Validation, validate } from './validate.js'
