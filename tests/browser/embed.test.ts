/**
 * Embeds in real Chromium, framed by a publisher's page on another origin: the page uses the code
 * the gallery publishes, and the test checks that every iframe fits its content, that pym.js-style
 * parents are served too, that forged messages change nothing, and that the map stepper steps.
 * Also: the gallery lists every embed, every oEmbed document is complete, and the headers let
 * /embed/* (and only it) be framed anywhere.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { headersFor, parseHeadersFile } from '../../scripts/staticServer.ts';
import { htmlFiles } from '../../src/integrations/htmlFiles.ts';
import { pymContainerId, pymSnippet } from '../../src/embed/embedSnippet.ts';
import { LOCAL_SITE_URL, siteAddress } from '../../src/lib/site/siteAddress.ts';
import { chartIds } from '../../src/schemas/chartIds.ts';
import {
  builtEmbeds,
  DIST,
  startSite,
  storySteps,
  viewports,
  waitForLiveMap,
  type Site,
} from './harness.ts';

const TIMEOUT = 60_000;
const ROOT = new URL('../../', import.meta.url);
/** pym.js itself (a devDependency), served by the host page as a publisher would serve it. */
const PYM_JS = fileURLToPath(new URL('node_modules/pym.js/dist/pym.v1.min.js', ROOT));
/** The sandbox the gallery and README recommend (src/pages/embed/index.astro). */
const RECOMMENDED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

let site: Site;
let host: { server: Server; url: string; port: number };
/** Embed code per embed key (`chart/<id>`), read from the gallery, pointing at the test site. */
const snippets = new Map<string, string>();

/** Pages a publisher might write, served from another origin than the site. */
function hostPages(): Record<string, string> {
  const frame = (key: string) => snippets.get(key) ?? '';
  const sandboxed = frame('chart/exodus').replace(
    '<iframe ',
    '<iframe sandbox="allow-scripts allow-same-origin allow-popups" data-names="both" ',
  );
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><style>body{margin:0;font:16px/1.5 Georgia,serif}main{max-width:1100px;margin:0 auto;padding:16px}.narrow{width:300px}.filler{height:300px;background:#eee}</style></head><body><main>${body}</main></body></html>`;
  return {
    '/article.html': page(
      `<h1>A publisher's article</h1><p>Some text before the graphics.</p>` +
        `<section id="timeline">${frame('chart/war-timeline')}</section><p class="filler">Text.</p>` +
        `<section id="map">${frame('map/the-new-line').replace('<iframe ', '<iframe data-names="both" ')}</section><p class="filler">Text.</p>` +
        `<section id="narrow" class="narrow">${frame('chart/contingent')}</section><p class="filler">Text.</p>` +
        `<section id="sandboxed">${sandboxed}</section><p>The end.</p>`,
    ),
    // A parent speaking pym.js's protocol, written from its documentation (not the library).
    '/pym.html': page(`<h1>pym parent</h1><div id="pym-graphic"></div><script>
      var id = 'pym-graphic', box = document.getElementById(id);
      var src = new URLSearchParams(location.search).get('src');
      var frame = document.createElement('iframe');
      frame.src = src + '?initialWidth=' + box.offsetWidth + '&childId=' + id +
        '&parentTitle=' + encodeURIComponent(document.title) + '&parentUrl=' + encodeURIComponent(location.href);
      frame.setAttribute('width', '100%'); frame.setAttribute('scrolling', 'no');
      frame.setAttribute('marginheight', '0'); frame.setAttribute('frameborder', '0');
      box.appendChild(frame);
      var re = new RegExp('^pymxPYMx' + id + 'xPYMx(\\\\S+)xPYMx(.*)$');
      window.addEventListener('message', function (e) {
        var m = re.exec(typeof e.data === 'string' ? e.data : '');
        if (m && m[1] === 'height') frame.setAttribute('height', parseInt(m[2], 10) + 'px');
      });
      window.addEventListener('resize', function () {
        frame.contentWindow.postMessage('pymxPYMx' + id + 'xPYMxwidthxPYMx' + box.offsetWidth, '*');
      });
    </script>`),
    // The gallery's pym.js code (pointed at the test site) with the real pym.js, and a third-party
    // frame on the same page forging pym messages: a giant height and a navigateTo elsewhere.
    '/pym-real.html': pymHost(true),
    '/pym-open.html': pymHost(false),
    '/pym-forger.html': `<!doctype html><script>
      setInterval(function () {
        parent.postMessage('pymxPYMx${pymContainerId}xPYMxheightxPYMx5000', '*');
        parent.postMessage('pymxPYMx${pymContainerId}xPYMxnavigateToxPYMx' + location.origin + '/hijacked.html', '*');
      }, 50);
    </script>`,
    '/pym.v1.min.js': readFileSync(PYM_JS, 'utf8'),
    '/hijacked.html': '<!doctype html><title>Hijacked</title>',
    // The sandbox the gallery recommends, and the same without top navigation.
    '/sandbox.html': page(
      `<section id="recommended">${frame('chart/exodus').replace('<iframe ', `<iframe sandbox="${RECOMMENDED_SANDBOX}" `)}</section>` +
        `<section id="no-top">${frame('chart/contingent').replace('<iframe ', `<iframe sandbox="${RECOMMENDED_SANDBOX.replace(' allow-top-navigation-by-user-activation', '')}" `)}</section>`,
    ),
    // Posts embed-shaped height messages to its parent, whoever frames it.
    '/forger.html': `<!doctype html><script>
      var q = new URLSearchParams(location.search);
      setInterval(function () {
        parent.postMessage({ type: 'karabakh:embed-height', id: q.get('id'), height: 3333 }, '*');
      }, 50);
    </script>`,
  };
}

/**
 * A host page with the real pym.js and the gallery's pym code for the exodus chart (restricted to
 * the test site's origin), or the same code with its xdomain left out (`restricted` false), plus a
 * frame from a third origin that forges pym messages once the embed has fitted.
 */
function pymHost(restricted: boolean): string {
  let code = pymSnippet({ path: '/embed/chart/exodus/' }, `${site.url}/`);
  if (!restricted) code = code.replace(/, \{ xdomain: '[^']*' \}/, ', {}');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pym host</title><script src="/pym.v1.min.js"></script></head><body>${code}<script>
    window.addForger = function (src) {
      var f = document.createElement('iframe'); f.src = src; document.body.appendChild(f);
    };
  </script></body></html>`;
}

function serveHost(): Promise<{ server: Server; url: string; port: number }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = hostPages()[path];
    const type = path.endsWith('.js') ? 'text/javascript' : 'text/html';
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({ server, url: `http://127.0.0.1:${port}`, port });
    }),
  );
}

/** A fresh context recording console errors and any request an embed sends off the site. */
async function open(viewport: { width: number; height: number } = viewports.phone) {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  const offSite: string[] = [];
  page.on('console', (m) => {
    // Failed loads are logged with their address by the response listener instead.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    // Navigating an embed's frame is the host's doing (the forgery test does it), not the embed's.
    if (r.isNavigationRequest()) return;
    const from = r.frame().url();
    const to = r.url();
    if (from.startsWith(site.url) && !to.startsWith(site.url) && !/^(data|blob):/.test(to))
      offSite.push(to);
  });
  return { context, page, errors, offSite };
}

/** The frame inside iframe `selector`, once its embed has started. */
async function frameOf(page: Page, selector: string): Promise<Frame> {
  const element = await page.waitForSelector(selector);
  await element.scrollIntoViewIfNeeded();
  const frame = await element.contentFrame();
  assert.ok(frame, `${selector} has a frame`);
  await frame.waitForSelector('embed-frame', { timeout: TIMEOUT });
  return frame;
}

/** Heights of an iframe on the host, and of its document's scroll box and content inside it. */
async function heights(page: Page, selector: string) {
  const frame = await frameOf(page, selector);
  const iframe = await page.$eval(selector, (el) => el.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    content: document.documentElement.getBoundingClientRect().height,
  }));
  return { iframe, ...inside };
}

/** Waits until iframe `selector` is as tall as its content (2 px either way), else fails. */
async function expectFitted(page: Page, selector: string, label: string) {
  const deadline = Date.now() + 20_000;
  let last = await heights(page, selector);
  while (Date.now() < deadline) {
    if (Math.abs(last.iframe - last.scroll) <= 2 && Math.abs(last.iframe - last.content) <= 2)
      return last;
    await page.waitForTimeout(200);
    last = await heights(page, selector);
  }
  assert.fail(
    `${label}: iframe ${last.iframe}px, content ${last.content}px, scroll ${last.scroll}px`,
  );
}

/** Embed keys the data implies: every chart id, every chapter with a step that is not a chart. */
function expectedKeys(): string[] {
  const chapters = JSON.parse(readFileSync(new URL('data/story/chapters.json', ROOT), 'utf8')) as {
    id: string;
  }[];
  const steps = storySteps();
  const mapChapters = chapters.filter((c) => steps.some((s) => s.chapter === c.id && !s.chart));
  return [...chartIds.map((id) => `chart/${id}`), ...mapChapters.map((c) => `map/${c.id}`)];
}

before(async () => {
  site = await startSite();
  host = await serveHost();
  const { context, page } = await open(viewports.desktop);
  await page.goto(`${site.url}/embed/`);
  for (const area of await page.$$('textarea[data-embed-snippet]')) {
    const key = (await area.getAttribute('data-embed-snippet'))!;
    const code = await area.inputValue();
    // The gallery publishes the production address; the same code, pointed at the test site.
    const origin = new URL(/src="([^"]+)"/.exec(code)![1]!).origin;
    snippets.set(key, code.replaceAll(origin, site.url));
  }
  await context.close();
});
after(async () => {
  await site?.close();
  await new Promise<void>((resolve) => (host ? host.server.close(() => resolve()) : resolve()));
});

describe('the gallery', () => {
  it('lists every embed: each chart and each chapter with map steps', async () => {
    assert.deepEqual([...snippets.keys()].sort(), expectedKeys().sort());
  });

  it('gives codes for the address dist/ was built for, and says when that is this machine', async () => {
    const story = siteAddress(process.env.SITE_URL).href;
    const { context, page } = await open(viewports.desktop);
    await page.goto(`${site.url}/embed/`);
    for (const area of await page.$$('textarea[data-embed-snippet]')) {
      const code = await area.inputValue();
      for (const [, src] of code.matchAll(/src="([^"]+)"/g))
        assert.ok(src!.startsWith(story), `${src} is not under ${story}`);
    }
    const pym = (await page.locator('[data-pym-snippet]').textContent()) ?? '';
    assert.equal(pym, pymSnippet({ path: '/embed/chart/war-timeline/' }, story));
    assert.match(
      (await page.locator('.docs').textContent()) ?? '',
      new RegExp(RECOMMENDED_SANDBOX.replace(/ /g, '\\s+')),
      'the gallery recommends the sandbox tested below',
    );
    assert.equal(
      await page.locator('[data-local-build]').count(),
      story === LOCAL_SITE_URL ? 1 : 0,
      'the note about a local build',
    );
    await context.close();
  });

  it('copies the code and says so', async () => {
    const { context, page } = await open(viewports.desktop);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(`${site.url}/embed/`);
    const card = page.locator('[data-embed-entry="chart/exodus"]');
    await card.getByRole('button', { name: 'Copy code' }).click();
    await card.locator('.embed-snippet-status', { hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await card.locator('textarea').inputValue());
    await context.close();
  });

  it('gives every embed a complete oEmbed document, named by the embed page', async () => {
    for (const key of snippets.keys()) {
      const path = `/embed/${key}/`;
      const doc = (await (await fetch(`${site.url}${path}oembed.json`)).json()) as Record<
        string,
        unknown
      >;
      assert.equal(doc.type, 'rich', key);
      assert.equal(doc.version, '1.0', key);
      assert.ok(typeof doc.html === 'string' && doc.html.includes('data-karabakh-embed'), key);
      assert.ok(Number.isInteger(doc.width) && (doc.width as number) > 0, key);
      assert.ok(Number.isInteger(doc.height) && (doc.height as number) > 0, key);
      const page = await (await fetch(`${site.url}${path}`)).text();
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
        page,
      );
      assert.ok(link?.[1]?.endsWith(`${path}oembed.json`), `${key} names its oEmbed document`);
    }
  });
});

describe('embeds on a page of another origin', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let offSite: string[];
  const frames = ['#timeline iframe', '#map iframe', '#narrow iframe', '#sandboxed iframe'];

  before(async () => {
    ({ context, page, errors, offSite } = await open(viewports.phone));
    await page.goto(`${host.url}/article.html`);
  });
  after(async () => context?.close());

  it('fits every iframe to its content at 390 px, 1280 px and after the host resizes', async () => {
    for (const selector of frames) await expectFitted(page, selector, `390 px, ${selector}`);
    await page.setViewportSize(viewports.desktop);
    for (const selector of frames) await expectFitted(page, selector, `1280 px, ${selector}`);
    await page.setViewportSize({ width: 700, height: 800 });
    for (const selector of frames) await expectFitted(page, selector, `700 px, ${selector}`);
    const narrow = await page.$eval('#narrow iframe', (el) => el.getBoundingClientRect().width);
    assert.equal(narrow, 300);
  });

  it('steps through the map with the buttons and the arrow keys, and refits', async () => {
    const frame = await frameOf(page, '#map iframe');
    const stepper = frame.locator('embed-stepper');
    const ids = await frame.$$eval('.stepper-step', (els) => els.map((el) => el.dataset.stepId!));
    assert.ok(ids.length >= 3, 'the chapter has at least three map steps');
    const shown = () =>
      frame.$$eval('.stepper-step:not([hidden])', (els) => els.map((el) => el.dataset.stepId));

    assert.deepEqual(await shown(), [ids[0]]);
    // The stepper refits its height once the fonts are in, which moves its buttons: a click
    // aimed before that lands beside them on a slow machine. Let it settle first.
    await frame.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    await frame.getByRole('button', { name: 'Next' }).click();
    assert.equal(await stepper.getAttribute('data-step'), ids[1]);
    assert.deepEqual(await shown(), [ids[1]]);
    await frame.locator('.stepper-status', { hasText: `Step 2 of ${ids.length}` }).waitFor();
    await page.keyboard.press('ArrowRight');
    assert.equal(await stepper.getAttribute('data-step'), ids[2]);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await stepper.getAttribute('data-step'), ids[1]);
    await frame.getByRole('button', { name: 'Previous' }).click();
    assert.equal(await stepper.getAttribute('data-step'), ids[0]);
    assert.equal(await frame.getByRole('button', { name: 'Previous' }).isDisabled(), true);
    // A swipe to the left is "next".
    await frame.locator('.stepper-view').evaluate((view) => {
      const at = (type: string, x: number) =>
        view.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            pointerId: 7,
            pointerType: 'touch',
            clientX: x,
            clientY: 200,
          }),
        );
      at('pointerdown', 250);
      at('pointerup', 120);
    });
    assert.equal(await stepper.getAttribute('data-step'), ids[1]);
    const link = await frame.locator('a[data-story-link]').evaluate((a: HTMLAnchorElement) => ({
      origin: a.origin,
      path: a.pathname,
      hash: a.hash,
    }));
    assert.deepEqual(link, { origin: site.url, path: '/', hash: `#${ids[1]}` }, 'story link');
    // The live map follows the same steps (when WebGL starts here, as with SwiftShader).
    await frame.waitForSelector(`story-map[data-map-step="${ids[1]}"]`, { timeout: TIMEOUT });
    await expectFitted(page, '#map iframe', 'after stepping');
  });

  it('passes the host’s theme and the iframe’s naming choice to the embed', async () => {
    const map = await frameOf(page, '#map iframe');
    await map.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('span.pn')].some(
        (s) => s.dataset.both !== s.dataset.en && s.textContent === s.dataset.both,
      ),
    );
    assert.equal(await map.locator('story-map').getAttribute('data-names'), 'both');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    for (const selector of frames) {
      const frame = await frameOf(page, selector);
      await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    }
    await page.evaluate(() => delete document.documentElement.dataset.theme);
    const timeline = await frameOf(page, '#timeline iframe');
    await timeline.waitForFunction(() => document.documentElement.dataset.theme === undefined);
  });

  it('opens the story in a new tab when a sandbox forbids navigating the page', async () => {
    const sandboxed = await frameOf(page, '#sandboxed iframe');
    await sandboxed.waitForFunction(
      () => document.querySelector('a[data-story-link]')?.getAttribute('target') === '_blank',
    );
    const free = await frameOf(page, '#timeline iframe');
    assert.equal(await free.locator('a[data-story-link]').getAttribute('target'), '_top');
  });

  it('ignores forged messages: from the host, from a third origin, from a frame sent elsewhere', async () => {
    const before = await page.$eval('#timeline iframe', (el) => el.getBoundingClientRect().height);
    // The host page itself, and a frame from a third origin that is not an embed.
    await page.evaluate((port) => {
      window.postMessage(
        { type: 'karabakh:embed-height', id: 'chart/war-timeline', height: 3333 },
        '*',
      );
      const forger = document.createElement('iframe');
      forger.src = `http://localhost:${port}/forger.html?id=chart/war-timeline`;
      document.body.append(forger);
    }, host.port);
    await page.waitForTimeout(800);
    assert.equal(
      await page.$eval('#timeline iframe', (el) => el.getBoundingClientRect().height),
      before,
    );
    // A real embed's iframe navigated to another origin keeps its src, but not its say.
    const narrowBefore = await page.$eval(
      '#narrow iframe',
      (el) => el.getBoundingClientRect().height,
    );
    await page.$eval(
      '#narrow iframe',
      (el, url) => ((el as HTMLIFrameElement).contentWindow!.location.href = url),
      `http://localhost:${host.port}/forger.html?id=chart/contingent`,
    );
    await page.waitForTimeout(800);
    assert.equal(
      await page.$eval('#narrow iframe', (el) => el.getBoundingClientRect().height),
      narrowBefore,
    );
  });

  it('sends no request off the site from inside an embed, and logs no error', () => {
    assert.deepEqual(offSite, []);
    assert.deepEqual(errors, []);
  });
});

describe('a pym.js parent', () => {
  it('is sized by the embed’s pym messages, and again after it resizes', async () => {
    const { context, page, errors } = await open(viewports.phone);
    const src = encodeURIComponent(`${site.url}/embed/chart/counting-the-dead/`);
    await page.goto(`${host.url}/pym.html?src=${src}`);
    await expectFitted(page, '#pym-graphic iframe', 'pym at 390 px');
    await page.setViewportSize(viewports.desktop);
    await expectFitted(page, '#pym-graphic iframe', 'pym at 1280 px');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('a pym.js parent with the gallery’s code', () => {
  /** Loads a pym host, waits for the embed to fit, adds the forger; returns what happened. */
  async function forge(path: string) {
    const { context, page } = await open(viewports.phone);
    await page.goto(`${host.url}${path}`);
    const selector = `#${pymContainerId} iframe`;
    await expectFitted(page, selector, `pym ${path}`);
    const fitted = await page.$eval(selector, (el) => el.getBoundingClientRect().height);
    // The forger lives on a third origin: localhost is not 127.0.0.1.
    await page.evaluate(
      (src) => (window as unknown as { addForger(s: string): void }).addForger(src),
      `http://localhost:${host.port}/pym-forger.html`,
    );
    await page.waitForTimeout(1500);
    const after = {
      height: await page.$eval(selector, (el) => el.getBoundingClientRect().height).catch(() => -1),
      url: page.url(),
    };
    await context.close();
    return { fitted, ...after };
  }

  it('ignores a third frame’s forged height and navigateTo (xdomain)', async () => {
    const result = await forge('/pym-real.html');
    assert.equal(result.url, `${host.url}/pym-real.html`, 'the host page was sent elsewhere');
    assert.equal(result.height, result.fitted, 'the embed was resized by the forger');
  });

  it('would be hijacked without xdomain: the same forger resizes it or moves the host', async () => {
    const result = await forge('/pym-open.html');
    assert.ok(
      result.url.endsWith('/hijacked.html') || result.height === 5000,
      `${result.url}, ${result.height}px`,
    );
  });
});

describe('the sandbox the gallery recommends', () => {
  it('lets the embed fit and its story link open the story in the host’s tab', async () => {
    const { context, page, errors } = await open(viewports.phone);
    await page.goto(`${host.url}/sandbox.html`);
    await expectFitted(page, '#recommended iframe', 'sandboxed');
    const frame = await frameOf(page, '#recommended iframe');
    const link = frame.locator('a[data-story-link]');
    await frame.waitForFunction(
      () => document.querySelector('a[data-story-link]')?.getAttribute('target') === '_top',
    );
    await Promise.all([page.waitForURL(`${site.url}/**`), link.click()]);
    await page.waitForSelector('story-map', { state: 'attached' });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('without top navigation, opens the story in a new tab that loads (escapes the sandbox)', async () => {
    const { context, page } = await open(viewports.phone);
    await page.goto(`${host.url}/sandbox.html`);
    const frame = await frameOf(page, '#no-top iframe');
    await frame.waitForFunction(
      () => document.querySelector('a[data-story-link]')?.getAttribute('target') === '_blank',
    );
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      frame.locator('a[data-story-link]').click(),
    ]);
    await popup.waitForLoadState();
    assert.ok(popup.url().startsWith(`${site.url}/`), popup.url());
    // A page still in the iframe's sandbox could run no script: the story's scripts must run.
    await popup.waitForSelector('story-map', { state: 'attached' });
    assert.equal(
      await popup.evaluate(() => typeof customElements.get('story-map')),
      'function',
      'the story opened from the sandbox runs its scripts',
    );
    await context.close();
  });
});

describe('embeds without JavaScript', () => {
  it('show the static graphics: the chart, and every map step laid out flat', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/embed/map/the-new-line/`);
    const steps = page.locator('.stepper-step');
    const count = await steps.count();
    assert.ok(count > 1);
    assert.equal(await page.locator('.stepper-step:visible .static-map > svg').count(), count);
    assert.equal(await page.locator('.stepper-controls').isHidden(), true);
    await page.goto(`${site.url}/embed/chart/exodus/`);
    assert.ok((await page.locator('.chart-canvas svg:visible').count()) >= 1);
    await context.close();
  });
});

describe('headers', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

  it('let any site frame the embeds, without X-Frame-Options', async () => {
    const res = await fetch(`${site.url}/embed/chart/exodus/`);
    assert.equal(res.headers.get('x-frame-options'), null);
    assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors \*/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  it('keep every other page of the site to its own frames', () => {
    const pages = htmlFiles(DIST).map((path) => `/${relative(DIST, path)}`);
    const outside = pages.filter((p) => !p.startsWith('/embed/'));
    assert.ok(outside.length >= 3);
    for (const file of outside) {
      // Pages are requested as /dir/ as well as /dir/index.html.
      for (const path of [file, file.replace(/index\.html$/, '')]) {
        const headers = headersFor(rules, path);
        assert.equal(headers.get('x-frame-options'), 'SAMEORIGIN', path);
        assert.match(headers.get('content-security-policy') ?? '', /frame-ancestors 'self'$/, path);
        assert.ok(headers.get('permissions-policy'), path);
        assert.equal(headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path);
      }
    }
  });

  it('cache hashed build files for a year', async () => {
    const html = await (await fetch(`${site.url}/embed/chart/exodus/`)).text();
    const asset = /src="(\/_astro\/[^"]+)"/.exec(html)?.[1];
    assert.ok(asset);
    const res = await fetch(`${site.url}${asset}`);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  it('serve the loader small: under 2 kB gzipped', async () => {
    const { gzipSync } = await import('node:zlib');
    const body = Buffer.from(await (await fetch(`${site.url}/embed/loader.js`)).arrayBuffer());
    assert.ok(gzipSync(body).length < 2048, `${gzipSync(body).length} bytes`);
  });
});

describe('a map embed in a host page', () => {
  it('shows its first view without MapLibre and fetches the library only when the reader reaches for it', async () => {
    const context = await site.browser.newContext({ viewport: viewports.desktop });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site.url}${builtEmbeds(['map'])[0]!}`, { waitUntil: 'networkidle' });
    assert.ok(!requested.some((u) => /maplibre-gl/.test(u)), 'no MapLibre before any intent');
    assert.ok(
      await page.locator('.stepper-step:not([hidden]) .static-map svg').first().isVisible(),
    );
    // A pointer over the embed is intent enough: the live map is ready by the time it is used.
    await page.locator('embed-stepper').hover();
    await waitForLiveMap(page, 20_000);
    assert.ok(requested.some((u) => /maplibre-gl/.test(u)));
    await context.close();
  });
});
