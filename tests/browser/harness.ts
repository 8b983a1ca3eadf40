/**
 * Shared set-up for browser tests: serves the built site from dist/ and drives Debian's Chromium
 * (never a downloaded browser) through playwright-core.
 */
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, viewports } from '../../scripts/chromium.ts';
import { serveStatic } from '../../scripts/staticServer.ts';
import { readStepFiles } from '../../src/lib/story/readStepFiles.ts';
import type { StepData } from '../../src/schemas/step.ts';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export { viewports };

/** The steps as the editors wrote them, in reading order: tests take their expectations from data/. */
export function storySteps(): StepData[] {
  return readStepFiles(new URL('../../data/story/steps/', import.meta.url)).map((f) => ({
    ...(f.data as StepData),
    chapter: f.chapter,
  }));
}

/** A file in data/ as the editors wrote it (`path` relative to data/), parsed as JSON. */
export function readData<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8')) as T;
}

/** The names of the files in data/`folder`/ ending in `ending`, e.g. every `.geojson` geometry. */
export function dataFiles(folder: string, ending: string): string[] {
  return readdirSync(new URL(`../../data/${folder}/`, import.meta.url)).filter((f) =>
    f.endsWith(ending),
  );
}

/** Every event in data/events/*.json, as the editors wrote them. */
export function readEvents<T>(): T[] {
  return dataFiles('events', '.json').flatMap((f) => readData<T[]>(`events/${f}`));
}

/** Every embed page the build produced, as `/embed/<kind>/<id>/`: a new embed is covered unasked. */
export function builtEmbeds(kinds: readonly ('chart' | 'map')[] = ['chart', 'map']): string[] {
  return kinds.flatMap((kind) =>
    readdirSync(`${DIST}embed/${kind}`, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/embed/${kind}/${d.name}/`),
  );
}

export interface Site {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves dist/ on a free port and launches headless Chromium with SwiftShader for WebGL. */
export async function startSite(): Promise<Site> {
  if (!existsSync(DIST))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const { server, url } = await serveStatic(DIST);
  const browser = await launchChromium();
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => (server as Server).close(() => resolve()));
    },
  };
}

/**
 * The built site for the tests of one file: started before them, closed after them. The returned
 * object is filled in by the `before` hook, so read its fields inside tests, not at import time.
 * node:test runs a file's top-level `before` hooks at the same time, so a file whose own top-level
 * `before` needs the site starts it there with {@link startSite} instead.
 */
export function useSite(): Site {
  const site = {} as Site;
  before(async () => {
    Object.assign(site, await startSite());
  });
  // If starting failed there is nothing to close.
  after(async () => site.close?.());
  return site;
}

/** What a page did while a test ran: console errors and every request that left the site's origin. */
export interface PageLog {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Waits until the page's live map has started (MapLibre loaded, style and data in place). */
export async function waitForLiveMap(page: Page, timeout = 40_000): Promise<void> {
  await page.waitForSelector('story-map[data-map-state="ready"]', { state: 'attached', timeout });
}

/** Waits until the live map has settled on step `id`: camera still, layers and labels placed. */
export async function waitForMapAt(page: Page, id: string, timeout = 40_000): Promise<void> {
  await page.waitForFunction(
    (step) => {
      const el = document.querySelector('story-map') as
        (HTMLElement & { mapState?: { moving: boolean } }) | null;
      return el?.dataset.mapStep === step && el.mapState && !el.mapState.moving;
    },
    id,
    { timeout },
  );
}

/** A named box on screen, page px. */
export interface Box {
  what: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether two boxes overlap by more than half a pixel (touching is not overlapping). */
export const overlap = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

/**
 * Goes to story step `index` as its Next/Previous buttons do, waits until the live map settled
 * there, then two frames more: labels and words are laid out on the frame after the camera stops.
 */
export async function reachMapStep(page: Page, index: number, id: string): Promise<void> {
  await page.evaluate(
    (i) =>
      (document.querySelector('story-scroller') as HTMLElement & { goTo(i: number): void }).goTo(i),
    index,
  );
  await waitForMapAt(page, id, 60_000);
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

/** Opens a page in a fresh context and records console errors and off-origin requests. */
export async function openPage(
  site: Site,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await site.browser.newContext({ viewport: viewports.desktop, ...options });
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], foreignRequests: [] };
  const origin = new URL(site.url).origin;
  page.on('console', (msg) => {
    // Failed loads are reported with their address by the response listener below instead.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
      log.consoleErrors.push(msg.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.consoleErrors.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => log.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const u = request.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      log.foreignRequests.push(u);
  });
  return { context, page, log };
}

/**
 * A reader setting (a control labelled `label`, e.g. "Place names" or "Theme"), after opening the
 * Settings menu of the sticky bar as a reader would: the controls live in that menu.
 */
export async function setting(page: Page, label: string): Promise<Locator> {
  const menu = page.locator('details.settings');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  return page.getByLabel(label);
}

/** The computed value of the CSS custom property `name` (a design token) on the root element. */
export function token(page: Page, name: string): Promise<string> {
  return page.evaluate(
    (n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(),
    name,
  );
}
