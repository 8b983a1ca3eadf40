/**
 * A small static file server for dist/, used by browser tests and the benchmark. It serves files
 * the way a static host does: directory index.html, 404.html for misses, the headers from
 * dist/_headers (Netlify/Cloudflare syntax) when that file exists, and gzip for text formats when
 * the browser asks for it (every static host compresses, so byte figures measured through this
 * server would otherwise overstate what readers download several times over). Given a base path
 * (the path of SITE_URL), it serves the folder under that path, as a newsroom's server would.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { contentTypes, isCompressible } from '../src/lib/headers/contentTypes.ts';
import { headersFor, parseHeadersFile } from '../src/lib/headers/headersFile.ts';

// Re-exported for the tests that read dist/_headers the way this server does.
export { headersFor, matchesPattern, parseHeadersFile } from '../src/lib/headers/headersFile.ts';
export type { HeaderRule } from '../src/lib/headers/headersFile.ts';
export { isCompressible } from '../src/lib/headers/contentTypes.ts';

/**
 * True when an Accept-Encoding header allows gzip: listed (or covered by `*`) with a non-zero
 * quality. `gzip;q=0` is an explicit refusal and must be honoured.
 * @see https://httpwg.org/specs/rfc9110.html#field.accept-encoding
 */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  const quality = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    quality.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  return (quality.get('gzip') ?? quality.get('x-gzip') ?? quality.get('*') ?? 0) > 0;
}

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 picks a free port) under base path `base` (`/` or
 * e.g. `/graphics/karabakh/`). Resolves with the server and its URL (the base path not included).
 */
export function serveStatic(
  root: string,
  port = 0,
  base = '/',
): Promise<{ server: Server; url: string }> {
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const prefix = base.replace(/\/?$/, '/');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape (say `%E0%A4%A`) must not take the server down.
      res.writeHead(400).end('Bad request');
      return;
    }
    // The folder itself without its slash is asked for as a folder; anything outside it is not ours.
    if (`${path}/` === prefix) {
      res.writeHead(301, { location: `${prefix}${url.search}` }).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length - 1)));
    // Compare whole path segments: a bare prefix test would let /../dist-old/ through for dist/.
    const base = normalize(join(root, sep));
    if (file !== normalize(root) && !file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    } else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      path = `${prefix}404.html`;
    }
    const headers: Record<string, string> = Object.fromEntries(headersFor(rules, path));
    headers['content-type'] = contentTypes[extname(file)] ?? 'application/octet-stream';
    if (!existsSync(file)) {
      res.writeHead(404, headers).end('Not found');
      return;
    }
    if (isCompressible(headers['content-type'])) {
      // Caches between server and reader must keep the gzipped and the plain copy apart.
      headers['vary'] = 'Accept-Encoding';
      if (acceptsGzip(req.headers['accept-encoding'])) {
        headers['content-encoding'] = 'gzip';
        res.writeHead(status, headers);
        // A reader who leaves mid-download closes the socket; pipeline tidies up instead of throwing.
        pipeline(createReadStream(file), createGzip(), res, () => {});
        return;
      }
    }
    res.writeHead(status, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}

// `node scripts/staticServer.ts [dir] [port]` serves a folder by hand, under the base path of
// SITE_URL (the one the build used), so `npm start` and `npm run preview` show a sub-path build.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { siteAddress } = await import('../src/lib/site/siteAddress.ts');
  const root = process.argv[2] ?? 'dist';
  const { base } = siteAddress(process.env.SITE_URL);
  const { url } = await serveStatic(root, Number(process.argv[3] ?? 4321), base);
  console.log(`Serving ${root} at ${url}${base}`);
}
