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
}

declare module '@11ty/eleventy-plugin-rss' {
  import type { UserConfig } from '@11ty/eleventy'
  export function rssPlugin(eleventyConfig: UserConfig, options?: Record<string, unknown>): void
  export function dateToRfc3339(date: Date): string
}
