/**
 * Data is never HTML: a copy of the project whose data/ carries script and markup in every kind of
 * text an editor types (place name, event title and summary, claim, source title and publisher,
 * actor names, figure label, chart text, step heading and Markdown) is built and read in Chromium.
 * Every injected string must show as the literal text the editor typed, nothing may run, and no
 * element may carry an event handler attribute. The data stays valid: this is what a careless or
 * hostile edit that passes review looks like, not a broken file.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { copyProject } from '../../scripts/copyProject.ts';
import { serveStatic } from '../../scripts/staticServer.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { formatProblem } from '../../src/lib/validate/problem.ts';
import { readDataFiles } from '../../src/lib/validate/readDataFiles.ts';
import { validateDataset } from '../../src/lib/validate/validateDataset.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 60_000;

/** The three classic ways markup sneaks into a page, numbered so each field's copy is unique. */
const payload = {
  script: (n: number) => `<script>window.__xss=${n}</script>`,
  img: (n: number) => `<img src=x onerror="window.__xss=${n}">`,
  svg: (n: number) => `"><svg onload="window.__xss=${n}">`,
};

/**
 * What was injected where; `shown` names the pages whose text must show it literally (event
 * summaries, claims and actors' full names appear only in the downloads).
 */
interface Injection {
  field: string;
  text: string;
  shown: string[];
}
const injections: Injection[] = [];

// `any`: the test edits raw JSON the way an editor would; the schemas check it afterwards.
type Json = any;

function editJson(dir: string, file: string, edit: (json: Json) => void) {
  const path = join(dir, 'data', file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

function inject(field: string, text: string, shown: string[]): string {
  injections.push({ field, text, shown });
  return text;
}

/** Writes the injections into a copy of data/ under `dir`. */
function poisonData(dir: string) {
  const byId = (list: Json[], id: string) => {
    const found = list.find((x) => x.id === id);
    assert.ok(found, `data has no record "${id}" to poison`);
    return found;
  };
  editJson(dir, 'places.json', (places) => {
    byId(places, 'parukh').names.en += inject('place name', payload.script(1), [
      '/',
      '/embed/map/a-week-on-the-line/',
      '/charts/',
    ]);
  });
  editJson(dir, 'events/2021-2022-incidents.json', (events) => {
    const event = byId(events, '2022-04-12-parukh-ceasefire-violation');
    event.title = inject('event title', `Parukh ${payload.svg(2)}`, [
      '/',
      '/embed/map/a-week-on-the-line/',
      '/charts/',
    ]);
    event.summary += inject('event summary', ` ${payload.img(3)}`, ['/data/events.csv']);
    event.claims[0].text += inject('claim text', ` ${payload.script(4)}`, ['/data/claims.csv']);
  });
  editJson(dir, 'sources.json', (sources) => {
    const source = byId(sources, 'S01');
    source.title += inject('source title', payload.svg(5), ['/']);
    source.publisher += inject('source publisher', payload.img(6), [
      '/',
      '/embed/map/a-week-on-the-line/',
      '/charts/',
    ]);
  });
  editJson(dir, 'actors.json', (actors) => {
    const actor = byId(actors, 'ru-mod');
    actor.name += inject('actor name', payload.script(7), ['/data/actors.csv']);
    actor.shortName += inject('actor short name', payload.img(8), ['/', '/charts/']);
  });
  editJson(dir, 'figures.json', (figures) => {
    byId(figures, 'war-2020-military-dead-azerbaijan').label += inject(
      'figure label',
      payload.svg(9),
      ['/', '/charts/'],
    );
  });
  editJson(dir, 'story/charts.json', (charts) => {
    const chart = byId(charts, 'war-timeline');
    chart.title = inject('chart title', `44 ${payload.img(10)}`, ['/', '/charts/']);
    chart.takeaway += inject('chart takeaway', ` ${payload.script(11)}`, ['/', '/charts/']);
  });
  // Step text may not contain tags at all (validation refuses `<x`), so the Markdown carries what
  // gets past that rule: entities, a javascript: link, a link whose URL tries to close the
  // attribute, and a tag with a space after "<". The heading is free text.
  const stepDir = join(dir, 'data', 'story', 'steps');
  const stepFile = readdirSync(stepDir).sort()[0]!;
  const step = readFileSync(join(stepDir, stepFile), 'utf8');
  const heading = inject('step heading', payload.img(12), ['/', '/embed/map/a-week-on-the-line/']);
  const body = [
    inject('step entity', '&lt;script&gt;window.__xss=13&lt;/script&gt;', [
      '/',
      '/embed/map/a-week-on-the-line/',
    ]),
    `[a link](javascript:window.__xss=14)`,
    `[another](https://example.org/"onmouseover="window.__xss=15)`,
    inject('step spaced tag', '< img src=x onerror="window.__xss=16">', [
      '/',
      '/embed/map/a-week-on-the-line/',
    ]),
  ].join(' ');
  writeFileSync(
    join(stepDir, stepFile),
    step.replace(/^heading: .*$/m, `heading: '${heading}'`).trimEnd() + `\n\n${body}\n`,
  );
}

let dir: string;
let server: Server;
let url: string;
let browser: Browser;

before(
  async () => {
    dir = copyProject(ROOT, 'karabakh-injection-');
    poisonData(dir);
    const { problems } = validateDataset(readDataFiles(dir));
    assert.deepEqual(problems.map(formatProblem), [], 'the poisoned data is still valid');
    // Astro's own script run by this Node (the system's may be older than Astro supports).
    await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    ({ server, url } = await serveStatic(join(dir, 'dist')));
    browser = await launchChromium();
  },
  { timeout: 3 * TIMEOUT },
);

after(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Page text, and everything that would show that markup from data/ became live. */
async function readPage(page: Page) {
  return page.evaluate(() => ({
    // Text nodes outside scripts and styles: markup from data/ that became elements would not
    // be here as literal characters. (Not innerText: it leaves out content the browser is not
    // rendering at the moment, such as `content-visibility: auto` lists far off screen.)
    text: (() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement?.closest('script, style, template')
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_ACCEPT,
      });
      let text = '';
      while (walker.nextNode()) text += `${walker.currentNode.nodeValue} `;
      return text.replace(/\s+/g, ' ');
    })(),
    xss: (window as unknown as { __xss?: unknown }).__xss,
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => a.name.startsWith('on'))
        .map((a) => `<${el.localName} ${a.name}="${a.value}">`),
    ),
    scriptLinks: [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href')!)
      .filter((href) => /^\s*javascript:/i.test(href)),
  }));
}

describe('data is never HTML', { timeout: 5 * TIMEOUT }, () => {
  const seen = new Map<string, string>();

  for (const path of ['/', '/embed/map/a-week-on-the-line/', '/charts/', '/data/']) {
    it(`shows injected markup as text and runs none of it on ${path}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${url}${path}`);
      // Scroll through, so every chart draws and the story's scripts see each step.
      const height = await page.evaluate(() => document.body.scrollHeight);
      for (let y = 0; y < height; y += 600)
        await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(500);
      // The payload is appended to the step, so it lands in its "More detail" block: open those
      // as a reader would, then hovering runs any onmouseover the link's URL managed to smuggle in.
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      const smuggled = page.locator('.step-body a[href^="https://example.org/"]');
      if (path === '/') await smuggled.hover();
      const result = await readPage(page);
      seen.set(path, result.text);
      assert.equal(result.xss, undefined, 'window.__xss was set: injected code ran');
      assert.deepEqual(dialogs, []);
      assert.deepEqual(result.handlers, [], 'elements with event handler attributes');
      assert.deepEqual(result.scriptLinks, [], 'links to javascript: URLs');
      for (const { field, text, shown } of injections)
        if (shown.includes(path))
          assert.ok(result.text.includes(text), `${field}: "${text}" is not shown as text`);
      await context.close();
    });
  }

  it('shows the step Markdown still as Markdown: a javascript: link stays text', () => {
    assert.match(seen.get('/') ?? '', /\[a link\]\(javascript:window\.__xss=14\)/);
  });
});

describe('the downloads', () => {
  it('carry injected markup as plain CSV data, which no browser renders as a page', async () => {
    for (const { field, text, shown } of injections)
      for (const path of shown.filter((p) => p.endsWith('.csv'))) {
        const res = await fetch(`${url}${path}`);
        assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8', path);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
        const cells = parseCsv(await res.text()).flat();
        assert.ok(
          cells.some((c) => c.endsWith(text.trim())),
          `${field}: "${text}" is not in ${path}`,
        );
      }
  });
});

describe('source addresses', () => {
  it('refuse a javascript: URL with an error naming the file, the source and the reason', () => {
    const copy = mkdtempSync(join(tmpdir(), 'karabakh-url-'));
    try {
      cpSync(join(ROOT, 'data'), join(copy, 'data'), { recursive: true });
      editJson(copy, 'sources.json', (sources) => {
        sources[0].url = 'javascript:alert(document.cookie)';
      });
      const lines = validateDataset(readDataFiles(copy)).problems.map(formatProblem);
      assert.equal(lines.length, 1);
      assert.match(
        lines[0]!,
        /^data\/sources\.json:\d+ › #1 \(S01\) › url: is "javascript:alert\(document\.cookie\)", not a web address \(expected a full URL such as https:\/\/example\.org\/page\)$/,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
