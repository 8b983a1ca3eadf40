/**
 * Real web servers for the browser tests: Debian's nginx and Caddy (installed by .ci/run), each run
 * as this test's own process on a free loopback port — never the system service — with the
 * configuration `npm run server-config` prints for the build. Node-only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A server started for a test: its origin, and how to stop it. */
export interface WebServer {
  /** e.g. http://127.0.0.1:4710 (the base path not included). */
  origin: string;
  stop(): Promise<void>;
}

/** A port nothing listens on now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `npm run server-config -- <server>` for `dist` built for `siteUrl`; resolves with its output. */
export function serverConfig(
  server: 'nginx' | 'caddy',
  dist: string,
  siteUrl: string,
  listen: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['scripts/serverConfig.ts', server, '--dist', dist, '--listen', listen],
      { cwd: ROOT, env: { ...process.env, SITE_URL: siteUrl }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`server-config ${server} failed: ${err}`)),
    );
  });
}

/** Resolves once `url` answers at all (any status), or rejects with the server's log. */
async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`the server did not answer at ${url}: ${log()}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, dir: string) {
  let log = '';
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (log += d));
  child.stderr!.on('data', (d: Buffer) => (log += d));
  child.on(
    'error',
    (e) => (log += `\n${command}: ${e.message} (is it installed? .ci/run installs it)`),
  );
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { child, log: () => log.slice(-2000), stop };
}

/** nginx in the foreground, one process, with the generated server block inside `http {}`. */
export async function startNginx(dist: string, siteUrl: string): Promise<WebServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'karabakh-nginx-'));
  const site = await serverConfig('nginx', dist, siteUrl, `127.0.0.1:${port}`);
  writeFileSync(join(dir, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((k) => `  ${k}_temp_path ${dir}/tmp-${k};`)
    .join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;\nmaster_process off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents {}\nhttp {\n  access_log off;\n${temp}\n  include ${dir}/site.conf;\n}\n`,
  );
  // Debian puts it in /usr/sbin, which a user's PATH may lack.
  const server = run(
    existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx',
    ['-e', `${dir}/error.log`, '-p', dir, '-c', `${dir}/nginx.conf`],
    process.env,
    dir,
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilUp(origin, server.child, server.log);
  return { origin, stop: server.stop };
}

/** Caddy in the foreground, without its admin endpoint, state kept in a temporary folder. */
export async function startCaddy(dist: string, siteUrl: string): Promise<WebServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'karabakh-caddy-'));
  const site = await serverConfig('caddy', dist, siteUrl, `http://127.0.0.1:${port}`);
  writeFileSync(join(dir, 'Caddyfile'), `{\n\tadmin off\n\tauto_https off\n}\n${site}`);
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
  const server = run(
    'caddy',
    ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'],
    env,
    dir,
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilUp(origin, server.child, server.log);
  return { origin, stop: server.stop };
}
