import { Slug, WebUrl } from '@newsroom/schema'
import { z } from 'zod'

/** Front-matter fields, each with the zod schema its value must satisfy. */
export const fields = {
  title: z.string(),
  slug: Slug,
  dek: z.string(),
  date: z.string(),
  publisher: z.string(),
  url: WebUrl,
  image: WebUrl,
  author: z.union([z.string(), z.array(z.string()).min(1)]),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Expected a language code such as `en`'),
  tags: z.union([z.array(z.string()), z.string()]),
  topics: z.union([z.array(z.string()), z.string()]),
  readTime: z.int().positive(),
  overrides: z
    .object({
      addTopics: z.array(z.string()),
      removeTopics: z.array(z.string()),
      speakerNames: z.record(z.string(), z.string()),
    })
    .partial()
    .strict(),
} as const
export type Field = keyof typeof fields

/** Other names people use for the same fields (each field also maps to itself). */
export const aliases: Readonly<Record<string, Field>> = {
  title: 'title',
  headline: 'title',
  slug: 'slug',
  dek: 'dek',
  description: 'dek',
  subtitle: 'dek',
  standfirst: 'dek',
  date: 'date',
  published: 'date',
  publishedAt: 'date',
  pubDate: 'date',
  publisher: 'publisher',
  url: 'url',
  image: 'image',
  author: 'author',
  authors: 'author',
  byline: 'author',
  language: 'language',
  lang: 'language',
  tags: 'tags',
  keywords: 'tags',
  topics: 'topics',
  readTime: 'readTime',
  overrides: 'overrides',
}

/** How each field should look, for messages. */
export const expectations: Readonly<Record<Field, string>> = {
  title: 'text, such as `title: "Harbor reopens"`',
  slug: 'lowercase letters a-z, digits and single hyphens (at most 120), such as `slug: harbor-reopens`',
  dek: 'text',
  date: 'a date such as `2024-06-19` or `2024-06-19T08:00:00Z`',
  publisher: 'text',
  url: 'an absolute http or https URL such as `https://example.com/story`',
  image: 'an absolute http or https URL of an image, such as `https://example.com/harbor.jpg`',
  author: 'a name or a list of names',
  language: 'a language code such as `en`',
  tags: 'a list of words, such as `tags: [harbor, weather]`',
  topics: 'a list of topic names or slugs, such as `topics: [diplomacy, elections]`',
  readTime: 'a whole number of minutes, such as `readTime: 4`',
  overrides:
    'a map with `addTopics`, `removeTopics` (lists) and `speakerNames` (a map of name to canonical name)',
}

/** How the parts of `overrides` should look, for messages about them. */
export const overrideExpectations: Readonly<Record<string, string>> = {
  addTopics: 'a list of topic names or slugs, such as `addTopics: [infrastructure]`',
  removeTopics: 'a list of topic names or slugs, such as `removeTopics: [sport]`',
  speakerNames: 'a map of name to canonical name, such as `Wang: Wang Yi`',
}
