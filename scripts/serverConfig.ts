/**
 * `npm run server-config -- nginx|caddy [--root DIR] [--listen ADDR]`: prints a ready-to-use nginx
 * or Caddy configuration for the built dist/, made from dist/_headers (see
 * src/lib/headers/serverConfig.ts). Run it with the SITE_URL the build used; it refuses a dist/
 * built for another base path. --root is where dist/'s files are on the server (default: this
 * dist/); --listen is nginx's `listen` (default 80) or Caddy's site address (default: SITE_URL's
 * origin, so Caddy fetches its certificate; http://localhost:4321 for a local build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHeadersFile } from '../src/lib/headers/headersFile.ts';
import { caddyConfig, nginxConfig } from '../src/lib/headers/serverConfig.ts';
import { siteAddress } from '../src/lib/site/siteAddress.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string' }, listen: { type: 'string' }, dist: { type: 'string' } },
});
const server = positionals[0];
if (server !== 'nginx' && server !== 'caddy') {
  console.error(
    'usage: npm run server-config -- nginx|caddy [--root DIR] [--listen ADDR] [--dist DIR]',
  );
  process.exit(2);
}
const dist = resolve(values.dist ?? 'dist');
const headersPath = resolve(dist, '_headers');
if (!existsSync(headersPath)) {
  console.error(`${headersPath} is missing: run \`npm run build\` (with your SITE_URL) first`);
  process.exit(1);
}
const address = siteAddress(process.env.SITE_URL);
const rules = parseHeadersFile(readFileSync(headersPath, 'utf8'));
const foreign = rules.find((r) => !r.pattern.startsWith(address.base));
if (foreign) {
  console.error(
    `dist/ was built for another address: its rule "${foreign.pattern}" is not under ${address.base}. Run this with the SITE_URL the build used (now ${address.href}).`,
  );
  process.exit(1);
}
const url = new URL(address.href);
const input = {
  rules,
  base: address.base,
  root: resolve(values.root ?? dist),
  serverName: url.hostname,
};
process.stdout.write(
  server === 'nginx'
    ? nginxConfig({ ...input, listen: values.listen ?? '80' })
    : caddyConfig({ ...input, listen: values.listen ?? url.origin }),
);
