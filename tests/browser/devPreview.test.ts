/**
 * The editors' live preview, for real: `npm run dev` in a throwaway copy of the project, driven by
 * Chromium while the test edits data/ the way an editor would. Pages must follow every save by
 * themselves (nobody reloads them here), a broken file must show the validator's list in the
 * browser while the server stays up (from the start, too: the server is started on broken data),
 * and fixing it must bring the site back.
 *
 * Chromium runs without WebGL here: the pages keep their static maps (as on any machine without
 * it), and the test does not spend a loaded machine's CPU on SwiftShader drawing live maps it
 * never looks at (closing a page with two live maps once took 13 minutes at a load of 20).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, viewports } from '../../scripts/chromium.ts';
import { copyProject } from '../../scripts/copyProject.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** First port tried; Vite moves to the next free one and the test reads the address it prints. */
const PORT = 4690;
const TIMEOUT = 180_000;
/** How long a save may take to reach an open page: generous, the machine may be busy. */
const FOLLOW_MS = 120_000;

let dir = '';
let server: ChildProcess | undefined;
let output = '';
/** What the open pages did (navigations, messages from the dev server), for a failure's report. */
const timeline: string[] = [];
let url = '';
let browser: Browser | undefined;
/** Seconds from a save to the page showing it, for the record (no timing is asserted). */
const followed: Record<string, number> = {};

const dataPath = (file: string) => join(dir, 'data', file);
const read = (file: string) => readFileSync(dataPath(file), 'utf8');
const write = (file: string, text: string) => writeFileSync(dataPath(file), text);

// `any`: the test edits raw JSON the way an editor would; the validator checks it afterwards.
function editJson(file: string, edit: (json: any) => void) {
  const json = JSON.parse(read(file));
  edit(json);
  write(file, JSON.stringify(json, null, 2) + '\n');
}

/** Starts `npm run dev` in the copy and resolves with the address it prints. */
function startDevServer(): Promise<string> {
  server = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: dir,
    // Its own process group, so the test can stop npm, astro and everything they started.
    detached: true,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stripVTControlCharacters(output));
      if (found?.[1]) resolve(found[1]);
    };
    server!.stdout!.on('data', onData);
    server!.stderr!.on('data', onData);
    server!.on('exit', (code) => reject(new Error(`npm run dev exited (${code}):\n${output}`)));
  });
}

/**
 * Polls `read` in the page until it returns something truthy, and returns that. Pages reload by
 * themselves after a save, so a read may land in a page that is going away; that only means
 * "not yet" (reading in a second call after a first one succeeded could meet the reload).
 */
async function readInPage<T>(
  page: Page,
  what: string,
  read: (arg: string) => T,
  arg = '',
  timeout = FOLLOW_MS,
): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  while (performance.now() - started < timeout) {
    try {
      const value = await page.evaluate(read, arg);
      if (value) return { value, seconds: (performance.now() - started) / 1000 };
    } catch {
      // The page was reloading.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `timed out waiting for ${what}; the pages:\n${timeline.slice(-40).join('\n')}\n` +
      `dev server output:\n${output.slice(-3000)}`,
  );
}

/** Seconds until `check` holds in the page. */
async function waitInPage(
  page: Page,
  what: string,
  check: (arg: string) => boolean,
  arg = '',
): Promise<number> {
  return (await readInPage(page, what, check, arg)).seconds;
}

/** The problem page's text, or '' (runs in the page: must not use anything from this module). */
const problemList = () =>
  document.querySelector('#data-problems')?.closest('main')?.textContent ?? '';
const storyShown = () =>
  !!document.querySelector('story-scroller') && !document.querySelector('#data-problems');

async function newPage(path: string): Promise<Page> {
  const context = await browser!.newContext({ viewport: viewports.desktop });
  const page = await context.newPage();
  const note = (event: string) =>
    timeline.push(`${new Date().toISOString().slice(11, 23)} ${path} ${event}`);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) note('navigated');
  });
  page.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => note(`got ${String(payload).slice(0, 100)}`)),
  );
  // The dev server may answer the first visit slowly while it compiles.
  await page.goto(url + path, { timeout: TIMEOUT });
  return page;
}

const brokenPlaces = (text: string) => text.replace(/("id": "parukh",)/, '$1,');

describe('npm run dev follows data/ as an editor saves it', { timeout: 15 * 60_000 }, () => {
  let story: Page;
  let placesText = '';

  before(async () => {
    dir = copyProject(ROOT, 'karabakh-dev-');
    // Started on broken data: today's server must come up anyway and show why.
    placesText = read('places.json');
    write('places.json', brokenPlaces(placesText));
    url = await startDevServer();
    browser = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
  });

  after(async () => {
    await browser?.close();
    if (server?.pid && server.exitCode === null) {
      // Wait for the server to exit: until then it may still write caches into the copy, and
      // removing the copy under it fails with ENOTEMPTY.
      const exited = new Promise((done) => server!.once('exit', done));
      process.kill(-server.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
    }
    if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    console.log(`seconds from save to page: ${JSON.stringify(followed)}`);
  });

  it('starts on a broken places.json, names it in the browser, and recovers when fixed', async () => {
    story = await newPage('/');
    const { value: list } = await readInPage(story, 'the problem list', problemList);
    assert.match(list, /data\/places\.json(:\d+)?: is not valid JSON at line \d+/);
    assert.equal(server!.exitCode, null, 'the dev server must keep running');
    write('places.json', placesText);
    followed['fix places.json'] = await waitInPage(story, 'the story to come back', storyShown);
  });

  it('shows a new step text and a new event summary without a reload by hand', async () => {
    const preview = await newPage('/preview/into-parukh/');
    const eventMark = `Event summary edited at ${Date.now()}.`;
    editJson('events/2021-2022-incidents.json', (events) => {
      events.find((e: { id: string }) => e.id === '2022-03-24-parukh-crossing').summary = eventMark;
    });
    followed['event summary'] = await waitInPage(
      preview,
      'the edited event summary in the step preview',
      (mark) =>
        document.querySelector('#event-2022-03-24-parukh-crossing .summary')?.textContent === mark,
      eventMark,
    );

    const stepMark = `Step text edited at ${Date.now()}.`;
    const stepFile = 'story/steps/06-02-into-parukh.md';
    write(stepFile, read(stepFile).replace(/\n---\n\n/, `\n---\n\n${stepMark} `));
    followed['step text'] = await waitInPage(
      story,
      'the edited step text in the story',
      (mark) => document.getElementById('into-parukh')?.textContent?.includes(mark) ?? false,
      stepMark,
    );
    await preview.context().close();
  });

  it('shows the validator’s message for a broken places.json while the server stays up', async () => {
    write('places.json', brokenPlaces(placesText));
    followed['break places.json'] = await waitInPage(
      story,
      'the problem list naming data/places.json',
      (pattern) => new RegExp(pattern).test(document.querySelector('main')?.textContent ?? ''),
      String.raw`data/places\.json.*is not valid JSON`,
    );
    const response = await fetch(url + '/', { headers: { accept: 'text/html' } });
    assert.equal(response.status, 500);
    assert.match(await response.text(), /data\/places\.json/);
    assert.equal(server!.exitCode, null, 'the dev server must keep running');

    write('places.json', placesText);
    followed['fix places.json again'] = await waitInPage(story, 'the story', storyShown);
  });

  it('adds a step where chapters.json lists it, and only once it is listed', async () => {
    const source = read('story/steps/06-02-into-parukh.md');
    const text = source
      .replace(/^id: into-parukh$/m, 'id: a-step-added-in-preview')
      .replace(/\n---\n[\s\S]*$/, '\n---\n\nA step added while the preview was open.\n');
    write('story/steps/06-09-a-step-added-in-preview.md', text);
    await waitInPage(
      story,
      'the validator to name the unlisted step',
      (pattern) => new RegExp(pattern).test(document.querySelector('main')?.textContent ?? ''),
      String.raw`a-step-added-in-preview.*not listed in data/story/chapters\.json`,
    );

    editJson('story/chapters.json', (chapters) => {
      const steps: string[] = chapters.find(
        (c: { id: string }) => c.id === 'march-april-2022',
      ).steps;
      steps.splice(steps.indexOf('into-parukh') + 1, 0, 'a-step-added-in-preview');
    });
    followed['listed step'] = await waitInPage(
      story,
      'the new step between into-parukh and moscow-speaks',
      () => {
        const [before, added, next] = [
          'into-parukh',
          'a-step-added-in-preview',
          'moscow-speaks',
        ].map((id) => document.getElementById(id));
        const follows = (a: Element | null | undefined, b: Element | null | undefined) =>
          !!a && !!b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        return follows(before, added) && follows(added, next);
      },
    );
    assert.equal(server!.exitCode, null, 'the dev server must keep running');
    unlinkSync(dataPath('story/steps/06-09-a-step-added-in-preview.md'));
  });
});
