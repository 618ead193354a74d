import { siteUrlFrom } from '../lib/site-settings.js'

/** Site metadata: title, description and the public URL (`NEWSROOM_SITE_URL`). */
export default {
  title: 'Newsroom',
  description:
    'Who said what, about what: every quotation in the news we publish, with its speaker, its context and its topics.',
  language: 'en',
  url: siteUrlFrom(process.env.NEWSROOM_SITE_URL),
}
