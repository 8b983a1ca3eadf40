/**
 * The Content-Security-Policy in real Chromium: every page and every embed is used the way a
 * reader uses it (the story scrolled through with its live map, the interactive map, a map embed
 * stepped) and must not trip the policy once; every HTML response carries a policy without
 * 'unsafe-inline' or 'unsafe-eval' for scripts; and a script injected into a served page is
 * blocked, which proves the policy is live and that this test would see a violation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { palette } from '../../src/styles/tokens.ts';
import {
  builtEmbeds,
  openPage,
  startSite,
  storySteps,
  waitForLiveMap,
  type Site,
} from './harness.ts';

const TIMEOUT = 60_000;

/** Story steps in reading order, from data/: the test scrolls to each. */
const stepIds = storySteps().map((s) => s.id);

/** What the policy reported while a page was used. */
interface Watch {
  violations: string[];
  /** `path: problem` for each HTML response whose policy is missing or weak. */
  weakPolicies: string[];
  documents: number;
}

/**
 * Records `securitypolicyviolation` events from every document of the context (the init script
 * runs before any page script, even under the CSP, since it is not part of the page) and
 * Chromium's "Refused to …" console errors, which also cover violations in workers.
 */
async function watch(context: BrowserContext, page: Page): Promise<Watch> {
  const w: Watch = { violations: [], weakPolicies: [], documents: 0 };
  await context.exposeBinding('__cspViolation', (_source, report: string) => {
    w.violations.push(report);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation(r: string): void }).__cspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}`);
    });
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) w.violations.push(`console: ${msg.text()}`);
  });
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'document') return;
    w.documents++;
    const path = new URL(response.url()).pathname;
    const csp = (await response.allHeaders())['content-security-policy'];
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp ?? '')?.[1];
    if (!csp) w.weakPolicies.push(`${path}: no Content-Security-Policy`);
    else if (scriptSrc === undefined) w.weakPolicies.push(`${path}: no script-src`);
    else if (/'unsafe-(inline|eval)'/.test(scriptSrc))
      w.weakPolicies.push(`${path}: script-src ${scriptSrc}`);
  });
  return w;
}

function assertClean(w: Watch, label: string) {
  assert.ok(w.documents > 0, `${label}: no HTML response was seen`);
  assert.deepEqual(w.weakPolicies, [], `${label}: weak or missing policy`);
  assert.deepEqual(w.violations, [], `${label}: CSP violations`);
}

/**
 * Waits until every custom element on the page is defined: they are defined by the module
 * scripts from /_astro/, so a policy blocking those scripts fails here, not silently.
 */
async function scriptsRan(page: Page) {
  const undefinedElements = () =>
    page.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll('*')]
          .map((el) => el.localName)
          .filter((name) => name.includes('-') && !customElements.get(name)),
      ),
    ]);
  try {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.includes('-'))
          .every((el) => customElements.get(el.localName)),
      undefined,
      { timeout: TIMEOUT },
    );
  } catch (error) {
    assert.fail(
      `${page.url()}: never defined: ${(await undefinedElements()).join(', ')} (${String(error)})`,
    );
  }
}

/** Scrolls to every custom element not yet defined, waiting briefly at each for its code. */
async function scrollEachElementIntoView(page: Page) {
  const count = await page.evaluate(
    () => [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-')).length,
  );
  for (let i = 0; i < count; i++) {
    const name = await page.evaluate((index) => {
      const el = [...document.querySelectorAll('*')].filter((e) => e.localName.includes('-'))[
        index
      ];
      if (!el || customElements.get(el.localName)) return undefined;
      el.scrollIntoView({ block: 'center' });
      return el.localName;
    }, i);
    if (name === undefined) continue;
    await page
      .waitForFunction((tag) => customElements.get(tag) !== undefined, name, { timeout: 5_000 })
      .catch(() => undefined); // scriptsRan() below names what never loaded
  }
}

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

describe('the Content-Security-Policy, in Chromium', { timeout: 5 * TIMEOUT }, () => {
  it('lets the story run: scrolled through, with its live map ready', async () => {
    const { context, page, log } = await openPage(site);
    const w = await watch(context, page);
    await page.goto(`${site.url}/`);
    // The enhanced scroller and the live map are module scripts: both running proves
    // script-src 'self', the worker proves worker-src 'self', the tiles connect-src.
    await page.waitForSelector('story-scroller.is-enhanced', { timeout: TIMEOUT });
    for (const id of stepIds) {
      await page.evaluate((step) => document.getElementById(step)?.scrollIntoView(), id);
      if (
        (await page.evaluate(() => document.querySelector('story-map')?.dataset.mapState)) ===
        'loading'
      )
        await waitForLiveMap(page, TIMEOUT);
    }
    await waitForLiveMap(page, TIMEOUT);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(500);
    assertClean(w, '/');
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });

  it('lets the charts page, the data page and the gallery run', async () => {
    for (const path of ['/charts/', '/data/', '/embed/']) {
      const { context, page, log } = await openPage(site);
      const w = await watch(context, page);
      await page.goto(`${site.url}${path}`);
      // Charts load their code only when they come near the viewport. A quick scroll past one
      // on a loaded machine can skip it (no frame is drawn while it is near), so bring each
      // element still undefined into view in turn and let it load there.
      await scrollEachElementIntoView(page);
      await scriptsRan(page);
      await page.waitForTimeout(300);
      assertClean(w, path);
      assert.deepEqual(log.consoleErrors, [], path);
      await context.close();
    }
  });

  it('lets the interactive map run and change layers', async () => {
    const { context, page, log } = await openPage(site);
    const w = await watch(context, page);
    await page.goto(`${site.url}/map/`);
    await waitForLiveMap(page, TIMEOUT);
    // Legend keys get their colour from a rule, not a style attribute the policy would block.
    const keys = await page.$$eval('[data-key-color]', (els) =>
      els.map((el) => [
        el.getAttribute('data-key-color')!,
        getComputedStyle(el).getPropertyValue('--key').trim(),
      ]),
    );
    assert.ok(keys.length > 3);
    for (const [token, colour] of keys)
      assert.equal(colour, palette.light[token as keyof typeof palette.light], token);
    const box = page.locator('input[name="map-layer"]').first();
    await box.click();
    await page.waitForTimeout(300);
    assertClean(w, '/map/');
    assert.deepEqual(log.consoleErrors, []);
    await context.close();
  });

  it('lets every embed run; map embeds step with their live map', async () => {
    const embeds = builtEmbeds();
    assert.ok(
      embeds.some((p) => p.startsWith('/embed/chart/')),
      'chart embeds were found',
    );
    assert.ok(
      embeds.some((p) => p.startsWith('/embed/map/')),
      'map embeds were found',
    );
    for (const path of embeds) {
      const { context, page, log } = await openPage(site);
      const w = await watch(context, page);
      await page.goto(`${site.url}${path}`);
      await scriptsRan(page);
      if (path.startsWith('/embed/map/')) {
        // The live map starts on the reader's intent: a pointer over the embed.
        await page.locator('embed-stepper').hover();
        await waitForLiveMap(page, TIMEOUT);
        const stepper = page.locator('embed-stepper');
        const before = await stepper.getAttribute('data-step');
        await page.getByRole('button', { name: 'Next' }).click();
        assert.notEqual(await stepper.getAttribute('data-step'), before, `${path}: stepped`);
        await page.waitForTimeout(300);
      }
      assertClean(w, path);
      assert.deepEqual(log.consoleErrors, [], path);
      await context.close();
    }
  });

  it('blocks a script injected into a served page, and reports it', async () => {
    const { context, page } = await openPage(site);
    const w = await watch(context, page);
    // The page as served (same headers, same policy) with an attacker's script in its body.
    await page.route(`${site.url}/data/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '</main>',
        '<script>window.__injected = 1</script><p style="color: red">x</p></main>',
      );
      await route.fulfill({ response, body });
    });
    await page.goto(`${site.url}/data/`);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => '__injected' in window), false);
    assert.ok(
      w.violations.some((v) => /^script-src(-elem)? blocked inline/.test(v)),
      `an inline script violation was reported: ${w.violations.join('; ')}`,
    );
    assert.ok(
      w.violations.some((v) => /^style-src(-attr)? blocked inline/.test(v)),
      `an inline style violation was reported: ${w.violations.join('; ')}`,
    );
    await context.close();
  });
});
