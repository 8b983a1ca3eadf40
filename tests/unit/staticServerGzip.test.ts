import { request } from 'node:http';
import type { Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, serveStatic } from '../../scripts/staticServer.ts';

const page = `<!doctype html><title>t</title>${'<p>The line of contact. '.repeat(200)}`;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-gzip-'));
  writeFileSync(join(root, 'index.html'), page);
  writeFileSync(join(root, 'card.png'), png);
  ({ server, url: base } = await serveStatic(root));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET (fetch would decompress silently and hide what went over the wire). */
function get(path: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic compression', () => {
  it('sends pages gzipped, and smaller, to a browser that accepts gzip', async () => {
    const { headers, body } = await get('/', 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['vary']).toBe('Accept-Encoding');
    expect(body.length).toBeLessThan(page.length / 5);
    expect(gunzipSync(body).toString()).toBe(page);
  });

  it('sends pages as they are to a client that does not ask for gzip', async () => {
    const { headers, body } = await get('/');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString()).toBe(page);
  });

  it('honours an explicit refusal of gzip', async () => {
    const { headers } = await get('/', 'gzip;q=0, identity');
    expect(headers['content-encoding']).toBeUndefined();
  });

  it('leaves already compressed images alone', async () => {
    const { headers, body } = await get('/card.png', 'gzip');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.equals(png)).toBe(true);
  });
});

describe('acceptsGzip', () => {
  it('reads encodings, wildcards and qualities the way RFC 9110 defines them', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
    expect(acceptsGzip('GZIP;Q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
