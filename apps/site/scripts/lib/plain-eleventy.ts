import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Article } from '@newsroom/schema'

/**
 * The yardstick of the site benchmark: plain Eleventy building the same articles as Markdown
 * files with one layout, one page each and nothing else, as a new Eleventy project would.
 */

const layout = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body>
<main>
<h1>{{ title }}</h1>
{% if date %}<p><time>{{ date }}</time></p>{% endif %}
{{ content | safe }}
</main>
</body>
</html>
`

/** YAML double-quoted scalar. */
const yamlString = (value: string) => JSON.stringify(value)

/**
 * Write a plain Eleventy project into `projectDir`: `src/_includes/layout.njk` and one Markdown
 * file per processed article of `dataDir` (or only those whose slugs are in `only`), with its
 * title, date and paragraphs.
 */
export async function writePlainProject(
  dataDir: string,
  projectDir: string,
  only?: ReadonlySet<string>,
): Promise<number> {
  const source = path.join(projectDir, 'src')
  await mkdir(path.join(source, '_includes'), { recursive: true })
  await writeFile(path.join(source, '_includes', 'layout.njk'), layout)
  const articlesDir = path.join(dataDir, 'articles')
  const names = (await readdir(articlesDir)).filter(
    (name) => name.endsWith('.json') && (!only || only.has(name.slice(0, -'.json'.length))),
  )
  for (const name of names) {
    const article = Article.parse(JSON.parse(await readFile(path.join(articlesDir, name), 'utf8')))
    const body = article.blocks
      .map((block) => (block.type === 'heading' ? `## ${block.text}` : block.text))
      .join('\n\n')
    const front = [
      '---',
      'layout: layout.njk',
      `title: ${yamlString(article.title)}`,
      ...(article.publishedAt ? [`date: ${article.publishedAt.slice(0, 10)}`] : []),
      '---',
    ].join('\n')
    await writeFile(path.join(source, `${article.slug}.md`), `${front}\n\n${body}\n`)
  }
  return names.length
}
