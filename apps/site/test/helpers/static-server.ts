import { createReadStream } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileForUrl } from './site-files.js'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/**
 * Serve a built site on 127.0.0.1 like a static host: `index.html` for folders, `404.html`.
 *
 * @param sitePath the path the site is published under (`/newsroom`), as on a project site of
 *   GitHub Pages: nothing is found outside it
 */
export async function serveSite(
  siteDir: string,
  sitePath = '',
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const inSite = url.pathname.startsWith(`${sitePath}/`)
    const file = inSite ? await fileForUrl(siteDir, url.pathname.slice(sitePath.length)) : null
    const served = file ?? (await fileForUrl(siteDir, '/404.html'))
    if (!served) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(file ? 200 : 404, {
      'content-type': types[path.extname(served)] ?? 'application/octet-stream',
    })
    createReadStream(served).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  }
}
