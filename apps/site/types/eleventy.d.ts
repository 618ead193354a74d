// The parts of Eleventy 3 and its RSS plugin this site uses: neither package ships types.

declare module '@11ty/eleventy' {
  export interface UserConfig {
    addFilter(name: string, filter: (...args: never[]) => unknown): void
    addShortcode(name: string, shortcode: (...args: never[]) => string): void
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void
    addPassthroughCopy(paths: string | Record<string, string>): void
    addWatchTarget(path: string): void
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void
    ignores: Set<string>
  }

  /** Gives every root-relative URL of the HTML pages the `baseHref` path. */
  export function HtmlBasePlugin(
    eleventyConfig: UserConfig,
    options?: { baseHref?: string; extensions?: string },
  ): void

  /** Programmatic Eleventy: one build (`write`) from `input` into `output`. */
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        configPath?: string
        quietMode?: boolean
        runMode?: 'build' | 'serve' | 'watch'
        source?: 'cli' | 'script'
      },
    )
    write(): Promise<unknown>
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  import type { UserConfig } from '@11ty/eleventy'
  export function rssPlugin(eleventyConfig: UserConfig, options?: Record<string, unknown>): void
  export function dateToRfc3339(date: Date): string
}
