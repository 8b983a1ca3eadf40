/**
 * Builds the site for a given SITE_URL into a folder of its own, and walks a served copy the way
 * readers and crawlers do: every page in Chromium (scripts, fonts, the live map's worker and
 * geometry load as they would), every link, asset, download, share image, canonical and oEmbed
 * address it names. Used by the tests that publish the site under a sub-path and behind real web
 * servers. Node-only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { viewports } from '../../scripts/chromium.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs `astro build` with SITE_URL=`siteUrl` into a fresh temporary folder and returns its path
 * (the same build `SITE_URL=… npm run build` makes, written elsewhere so dist/ stays as it is).
 */
export async function buildFor(siteUrl: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'karabakh-build-'));
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  let log = '';
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, SITE_URL: siteUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => (log += d));
    child.stderr.on('data', (d: Buffer) => (log += d));
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`astro build for ${siteUrl} failed:\n${log.slice(-3000)}`);
  return outDir;
}

/** What a walk found. */
export interface CrawlReport {
  /** Pages opened in the browser (local addresses). */
  pages: string[];
  /** Other addresses fetched: assets, downloads, share images, oEmbed documents. */
  resources: string[];
  /** `status address (from where)` for every same-origin request that failed or left the base path. */
  failures: string[];
  /** Addresses of pages whose live map became ready. */
  liveMaps: string[];
  /** Content-Security-Policy violations and header warnings (e.g. an unknown Permissions-Policy feature). */
  policyProblems: string[];
  /** Response headers of every page opened, by local address. */
  pageHeaders: Map<string, Record<string, string>>;
  /** Milliseconds each page took, from opening to links collected. */
  timings: Map<string, number>;
}

/** True for addresses that are pages (a folder or an .html file), which are opened in the browser. */
const isPage = (url: URL) => url.pathname.endsWith('/') || url.pathname.endsWith('.html');

/**
 * Walks the site served at `start` (e.g. `http://127.0.0.1:4701/graphics/karabakh/`). `published`
 * is the SITE_URL the build was made for: absolute addresses into it (canonical, og:*, embed codes,
 * oEmbed) are checked on the local copy. Any same-origin request that fails, and any that falls
 * outside the base path (a hand-typed root path), is a failure.
 */
export async function crawl(
  browser: Browser,
  start: string,
  published: string,
  options: {
    /** Pages to open besides those links lead to (paths under the base, e.g. `map/`). */
    seeds?: readonly string[];
    /** Called on each page once it has loaded, e.g. to check its headers or policy. */
    onPage?: (page: Page, url: string) => Promise<void>;
    /**
     * Which pages to open in the browser (default: all). The others are fetched, checked and read
     * for the addresses they name, without running them: for walks that only need to prove each
     * kind of page once in a browser.
     */
    inBrowser?: (url: string) => boolean;
  } = {},
): Promise<CrawlReport> {
  const local = new URL(start);
  const report: CrawlReport = {
    pages: [],
    resources: [],
    failures: [],
    liveMaps: [],
    policyProblems: [],
    pageHeaders: new Map(),
    timings: new Map(),
  };
  const seen = new Set<string>([local.href]);
  const queue: { url: string; from: string }[] = [{ url: local.href, from: 'start' }];
  for (const seed of options.seeds ?? []) {
    const url = new URL(seed, local).href;
    if (!seen.has(url)) {
      seen.add(url);
      queue.push({ url, from: 'the list of built pages' });
    }
  }

  /** The local address for `raw` found on `from`, or null when it is not ours. */
  const ours = (raw: string, from: string): string | null => {
    let url: URL;
    try {
      url = new URL(
        raw.startsWith(published) ? local.href + raw.slice(published.length) : raw,
        from,
      );
    } catch {
      return null;
    }
    if (url.origin !== local.origin) return null;
    url.hash = '';
    return url.href;
  };
  const add = (raw: string, from: string) => {
    const url = ours(raw, from);
    if (url && !seen.has(url)) {
      seen.add(url);
      queue.push({ url, from });
    }
  };
  const check = (status: number, url: string, from: string) => {
    const u = new URL(url);
    if (u.origin !== local.origin) return;
    if (!u.pathname.startsWith(local.pathname))
      report.failures.push(`${status} ${url} (outside ${local.pathname}, from ${from})`);
    else if (status >= 400) report.failures.push(`${status} ${url} (from ${from})`);
  };

  const context = await browser.newContext({
    viewport: viewports.desktop,
    reducedMotion: 'reduce',
  });
  try {
    while (queue.length) {
      const { url, from } = queue.shift()!;
      if (isPage(new URL(url)) && options.inBrowser && !options.inBrowser(url)) {
        const res = await fetch(url);
        report.pages.push(url);
        check(res.status, url, from);
        report.pageHeaders.set(url, Object.fromEntries(res.headers));
        const html = await res.text();
        // Links and sources, absolute addresses in <meta content>, files named in inline CSS.
        const named = /(?:href|src)="([^"]+)"|content="(https?:[^"]+)"|url\((?!data:)([^)]+)\)/g;
        for (const m of html.matchAll(named))
          add((m[1] ?? m[2] ?? m[3]!).replace(/&amp;/g, '&').replace(/^['"]|['"]$/g, ''), url);
        continue;
      }
      if (!isPage(new URL(url))) {
        const res = await fetch(url);
        report.resources.push(url);
        check(res.status, url, from);
        const type = res.headers.get('content-type') ?? '';
        // oEmbed documents carry the embed code: its addresses must work too.
        if (/json/.test(type) && /oembed/.test(url)) {
          const doc = (await res.json()) as { html?: string; provider_url?: string };
          for (const m of (doc.html ?? '').matchAll(/src="([^"]+)"/g)) add(m[1]!, url);
          if (doc.provider_url) add(doc.provider_url, url);
        } else await res.arrayBuffer();
        continue;
      }
      const began = Date.now();
      const page = await context.newPage();
      page.on('console', (m) => {
        if (/Content Security Policy|Permissions-Policy|Refused to/i.test(m.text()))
          report.policyProblems.push(`${url}: ${m.text()}`);
      });
      page.on('response', (r) => check(r.status(), r.url(), url));
      // An aborted request (MapLibre cancelling what a camera move made stale) is not a miss.
      page.on('requestfailed', (r) => {
        if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) check(599, r.url(), url);
      });
      const res = await page.goto(url, { waitUntil: 'load' });
      report.pages.push(url);
      check(res?.status() ?? 599, url, from);
      if (res) report.pageHeaders.set(url, await res.allHeaders());
      // Embeds start their map only when the reader reaches for it; the site's pages start it alone.
      if (!url.includes('/embed/') && (await page.locator('story-map').count())) {
        // The live map's worker and geometry come from the base path too; wait for them.
        await page.locator('story-map').first().scrollIntoViewIfNeeded();
        const ready = await page
          .waitForSelector('story-map[data-map-state="ready"]', {
            state: 'attached',
            timeout: 40_000,
          })
          .then(() => true)
          .catch(() => false);
        if (ready) report.liveMaps.push(url);
      }
      await page.waitForLoadState('networkidle').catch(() => {});
      await options.onPage?.(page, url);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll('[href], [src], [srcset]'))
          for (const attr of ['href', 'src'])
            if (el.getAttribute(attr)) out.push(el.getAttribute(attr)!);
        for (const el of document.querySelectorAll('meta[content]')) {
          const c = el.getAttribute('content')!;
          if (/^https?:/.test(c)) out.push(c);
        }
        // Embed codes in the gallery and the story's "Embed this" boxes.
        for (const el of document.querySelectorAll('textarea, code'))
          for (const m of (el.textContent ?? '').matchAll(/(?:src=|')(https?:\/\/[^"' ]+)/g))
            out.push(m[1]!);
        // Fonts and other files named in inline CSS (a face only loads when text needs it).
        for (const el of document.querySelectorAll('style'))
          for (const m of (el.textContent ?? '').matchAll(/url\(([^)]+)\)/g))
            if (!m[1]!.startsWith('data:')) out.push(m[1]!.replace(/^['"]|['"]$/g, ''));
        return out;
      });
      for (const raw of found) add(raw, url);
      await page.close();
      report.timings.set(url, Date.now() - began);
    }
  } finally {
    await context.close();
  }
  return report;
}
