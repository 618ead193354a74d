import { sitePathOf, siteUrlFrom } from '../lib/site-settings.js'

const url = siteUrlFrom(process.env.NEWSROOM_SITE_URL)

/**
 * Site metadata: title, description, the public URL (`NEWSROOM_SITE_URL`) and the path it is
 * published under (empty at the root of its domain).
 */
export default {
  title: 'Newsroom',
  description:
    'Who said what, about what: every quotation in the news we publish, with its speaker, its context and its topics.',
  language: 'en',
  url,
  path: sitePathOf(url),
}
