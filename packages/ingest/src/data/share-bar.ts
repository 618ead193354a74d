/**
 * The words of share, follow and print bars: rows of buttons that pasted and saved articles
 * carry along as one line ("Share on Facebook · Share on X · Email", "Facebook Twitter
 * WhatsApp", "Follow us: Instagram | YouTube", "Print Email Copy link", WordPress's "Click to
 * share on X (Opens in new window)"). Lowercase; a phrase of
 * several words matches those words in a row. Source: the share, follow and tool buttons of the
 * 79 corpus sources' pages and of common share widgets (AddToAny, ShareThis, Jetpack).
 */

/**
 * Buttons: social networks and messaging services, and page actions. Each counts as an item.
 * Frozen, as are the fillers: the clutter rules read them once, when their module loads.
 */
export const shareBarItems: readonly string[] = Object.freeze([
  'facebook',
  'twitter',
  'x',
  '𝕏',
  'linkedin',
  'whatsapp',
  'telegram',
  'reddit',
  'pinterest',
  'tumblr',
  'messenger',
  'facebook messenger',
  'bluesky',
  'threads',
  'mastodon',
  'instagram',
  'youtube',
  'tiktok',
  'snapchat',
  'flipboard',
  'pocket',
  'mix',
  'vk',
  'weibo',
  'wechat',
  'line',
  'viber',
  'signal',
  'google news',
  'apple news',
  'rss',
  'email',
  'e-mail',
  'mail',
  'sms',
  'print',
  'copy link',
  'copy url',
  'link copied',
  'email a friend',
  'e-mail a friend',
  'send to a friend',
  'copy',
  'link',
  'save',
  'bookmark',
  'gift',
  'gift article',
  'listen',
  'comment',
  'comments',
  'more',
  'share',
  'tweet',
  'pin',
])

/** Words around the buttons' names: verbs, prepositions, counts' words. They are not items. */
export const shareBarFillers: readonly string[] = Object.freeze([
  'click',
  'share',
  'shares',
  'shared',
  'sharing',
  'post',
  'send',
  'follow',
  'like',
  'us',
  'on',
  'via',
  'to',
  'with',
  'by',
  'this',
  'it',
  'the',
  'our',
  'article',
  'story',
  'page',
  'now',
  'here',
  'and',
  'or',
  'formerly',
  'options',
  'social',
  'media',
  'icons',
  'opens',
  'in',
  'new',
  'window',
  'tab',
])

/** Fewest items a line needs to be a bar: one button alone is left to the single-line rules. */
export const shareBarMinimumItems = 2
