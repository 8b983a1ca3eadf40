/**
 * The five charts of /charts/ in Chromium: present and complete without JavaScript, building up to
 * exactly the same markup with it, following `data-state`, the timeline's scrubber driving the map
 * event, and no text colliding at phone and desktop widths.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, startSite, viewports, type Site } from './harness.ts';

const CHARTS = [
  'war-timeline',
  'counting-the-dead',
  'contingent',
  'incidents',
  'exodus',
  'offensive-2023',
] as const;

/** The editors' words around the charts (title, takeaway, optional method note). */
const chartTexts = JSON.parse(
  readFileSync(new URL('../../data/story/charts.json', import.meta.url), 'utf8'),
) as { id: string; method?: string }[];

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

/** The visible SVG of a chart, serialised with sorted attributes so only content counts. */
function visibleSvg(page: Page, id: string): Promise<string> {
  return page.evaluate((chartId) => {
    const svg = [...document.querySelectorAll(`#chart-${chartId} .chart-canvas > svg`)].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    if (!svg) return '';
    const walk = (el: Element): string => {
      const attrs = el
        .getAttributeNames()
        .sort()
        .map((n) => `${n}="${el.getAttribute(n)}"`)
        .join(' ');
      const inner = el.children.length
        ? [...el.children].map(walk).join('')
        : (el.textContent ?? '');
      return `<${el.tagName} ${attrs}>${inner}</${el.tagName}>`;
    };
    return walk(svg);
  }, id);
}

/**
 * Waits until a chart's transitions are over, then returns its markup. d3-transition keeps a
 * node's scheduled and running transitions in `node.__transition` and deletes it when the last
 * ends, so "none left" is exact: a pause between frames on a loaded machine is not mistaken for
 * the end. The markup must then hold still for a moment too.
 */
async function settled(page: Page, id: string, timeout = 15_000): Promise<string> {
  const end = Date.now() + timeout;
  let last: string | undefined;
  while (Date.now() < end) {
    await page
      .waitForFunction(
        (chartId) =>
          ![...document.querySelectorAll(`#chart-${chartId} .chart-canvas svg *`)].some(
            (node) => '__transition' in node,
          ),
        id,
        { timeout: Math.max(1, end - Date.now()) },
      )
      .catch(() => undefined);
    const now = await visibleSvg(page, id);
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(150);
  }
  throw new Error(`${id} never settled`);
}

/** Place ids claimed captured by `date` during the 2020 war, straight from the event files. */
function expectedClaimed(date: string): string[] {
  const dir = new URL('../../data/events/', import.meta.url);
  const events = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .flatMap(
      (n) =>
        JSON.parse(readFileSync(new URL(n, dir), 'utf8')) as {
          date: string;
          category: string;
          places?: string[];
        }[],
    );
  const ids = events
    .filter((e) => e.category === 'capture-claim' && e.date >= '2020-09-27' && e.date <= date)
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((e) => e.places ?? []);
  return [...new Set(ids)];
}

describe('charts with JavaScript off', () => {
  it('shows every chart finished, with title, takeaway, source line and a table of the numbers', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(site.url + '/charts/');
    for (const id of CHARTS) {
      const figure = page.locator(`#chart-${id}`);
      assert.ok((await figure.locator('.chart-title').textContent())?.trim(), `${id} has a title`);
      assert.ok(
        ((await figure.locator('.chart-takeaway').textContent()) ?? '').length > 20,
        `${id} has a takeaway`,
      );
      assert.match((await figure.locator('.chart-source').textContent()) ?? '', /^Sources: \S/);
      const method = chartTexts.find((c) => c.id === id)?.method;
      if (method)
        assert.ok(
          ((await figure.locator('.chart-method').textContent()) ?? '').includes(method),
          `${id} says how its records were chosen`,
        );
      else assert.equal(await figure.locator('.chart-method').count(), 0);
      const svgs = figure.locator('.chart-canvas > svg');
      const shown = await svgs.evaluateAll(
        (els) => els.filter((e) => e.getBoundingClientRect().width > 0).length,
      );
      assert.equal(shown, 1, `${id} shows exactly one layout`);
      const svg = figure.locator('.chart-canvas > svg:visible');
      assert.equal(await svg.getAttribute('role'), 'img');
      assert.equal(await svg.getAttribute('aria-labelledby'), `${id}-title ${id}-takeaway`);
      assert.ok((await svg.locator('text').count()) > 5, `${id} is drawn with its labels`);
      const rows = figure.locator('.numbers-panel tbody tr');
      assert.ok((await rows.count()) > 0, `${id} has a data table`);
      assert.match((await rows.first().locator('td.sources').textContent()) ?? '', /S\d+/);
    }
    assert.match(
      (await page.locator('#chart-incidents .chart-method').textContent()) ?? '',
      /not a complete series/,
      'the incidents chart says it is a hand-picked list, not a count of all incidents',
    );
    assert.equal(
      await page.locator('.chart-controls:visible').count(),
      0,
      'the scrubber needs the script, so it is hidden',
    );
    await context.close();
  });

  it('keeps the numbers table out of sight but in the accessibility tree, one click away', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(site.url + '/charts/');
    const panel = page.locator('#chart-exodus .numbers-panel');
    assert.ok(((await panel.boundingBox())?.width ?? 0) <= 1, 'visually hidden');
    assert.equal(
      await page.getByRole('table', { name: /The numbers behind “The exodus”/ }).count(),
      1,
    );
    await page.locator('#chart-exodus .numbers-button').click();
    assert.ok(((await panel.boundingBox())?.width ?? 0) > 200, 'shown after one click');
    assert.match(
      (await page.locator('#chart-exodus .numbers-button').textContent()) ?? '',
      /Hide the numbers/,
    );
    await context.close();
  });
});

describe('charts with JavaScript on', () => {
  it('build up as they scroll into view and end in exactly the markup the build wrote', async () => {
    const statics = new Map<string, string>();
    const off = await openPage(site, { javaScriptEnabled: false });
    await off.page.goto(site.url + '/charts/');
    for (const id of CHARTS) statics.set(id, await visibleSvg(off.page, id));
    await off.context.close();

    const { context, page, log } = await openPage(site, { reducedMotion: 'no-preference' });
    await page.goto(site.url + '/charts/', { waitUntil: 'networkidle' });
    // The first chart is on screen at load: left as drawn.
    assert.equal(await visibleSvg(page, 'war-timeline'), statics.get('war-timeline'));
    for (const id of CHARTS.slice(1)) {
      const before = await visibleSvg(page, id);
      assert.notEqual(before, statics.get(id), `${id} waits off screen in its start state`);
      // Just into view at the bottom edge, so a short chart below it stays off screen.
      await page
        .locator(`#chart-${id} .chart-canvas`)
        .evaluate((el) => el.scrollIntoView({ block: 'end' }));
      const samples: string[] = [];
      for (let i = 0; i < 6; i++) {
        await page.waitForTimeout(90);
        samples.push(await visibleSvg(page, id));
      }
      assert.ok(
        samples.some((s) => s !== before && s !== statics.get(id)),
        `${id} passes through in-between states (it animates)`,
      );
      assert.equal(await settled(page, id), statics.get(id), `${id} ends in the static markup`);
    }
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.foreignRequests, []);
    await context.close();
  });

  it('with reduced motion, shows every chart finished at once', async () => {
    const off = await openPage(site, { javaScriptEnabled: false });
    await off.page.goto(site.url + '/charts/');
    const statics = await Promise.all(CHARTS.map((id) => visibleSvg(off.page, id)));
    await off.context.close();
    const { context, page } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(site.url + '/charts/', { waitUntil: 'networkidle' });
    for (const [i, id] of CHARTS.entries())
      assert.equal(await visibleSvg(page, id), statics[i], `${id} is finished`);
    await context.close();
  });

  it('draws a data-state the same whether set twice, jumped to or reached step by step', async () => {
    const { context, page } = await openPage(site, { reducedMotion: 'no-preference' });
    await page.goto(site.url + '/charts/', { waitUntil: 'networkidle' });
    const setState = async (id: string, state: object | null) => {
      await page.evaluate(
        ([chartId, json]) => {
          const el = document.querySelector(`[data-chart="${chartId}"]`) as HTMLElement;
          if (json === null) el.removeAttribute('data-state');
          else el.dataset.state = json;
        },
        [id, state === null ? null : JSON.stringify(state)] as const,
      );
    };
    for (const [id, steps] of [
      ['counting-the-dead', [{ step: 1 }, { step: 2, until: '2021-06' }, { step: 3 }]],
      ['contingent', [{ step: 1 }, { step: 3 }, { step: 4, until: '2021-12' }]],
      ['offensive-2023', [{ step: 0 }, { step: 1 }, { step: 2 }]],
      ['war-timeline', [{ until: '2020-10-01' }, { until: '2020-10-20' }, { until: '2020-11-08' }]],
    ] as const) {
      await page.locator(`#chart-${id}`).scrollIntoViewIfNeeded();
      await settled(page, id);
      for (const s of steps) {
        await setState(id, s);
        await page.waitForTimeout(120); // interrupt mid-animation on purpose
      }
      const stepwise = await settled(page, id);
      await setState(id, null);
      await settled(page, id);
      await setState(id, steps[steps.length - 1]!);
      const jumped = await settled(page, id);
      assert.equal(jumped, stepwise, `${id}: jumping to a state draws what stepping there drew`);
      await setState(id, steps[steps.length - 1]!);
      assert.equal(await settled(page, id), jumped, `${id}: the same state twice changes nothing`);
    }
    await context.close();
  });
});

describe('the war timeline scrubber', () => {
  it('moves with the keyboard, redraws the chart and tells the map which places were claimed', async () => {
    const { context, page } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(site.url + '/charts/', { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      (window as any).highlights = [];
      document.addEventListener('karabakh:highlight-places', (e) =>
        (window as any).highlights.push((e as CustomEvent).detail),
      );
    });
    const slider = page.getByRole('slider', { name: 'Move through the war' });
    assert.ok(await slider.isVisible(), 'the scrubber is shown once the script runs');
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    const events = (await page.evaluate(() => (window as any).highlights)) as {
      placeIds: string[];
      date: string;
      source: string;
    }[];
    const last = events[events.length - 1]!;
    assert.equal(last.date, '2020-10-03');
    assert.equal(last.source, 'war-timeline');
    assert.deepEqual(last.placeIds, expectedClaimed('2020-10-03'));
    assert.deepEqual(events[0]!.placeIds, [], 'nothing claimed on the first day');
    assert.match((await slider.getAttribute('aria-valuetext')) ?? '', /^3 Oct 2020, day 7 of 45$/);
    // Marks after the day fade; the cursor appears.
    const faded = await page
      .locator('#chart-war-timeline svg:visible g.mark[opacity="0.18"]')
      .count();
    assert.ok(faded > 0, 'later events are faded');
    assert.equal(
      await page.locator('#chart-war-timeline svg:visible line.cursor').getAttribute('opacity'),
      '1',
    );
    await page.keyboard.press('End');
    const end = (await page.evaluate(() => (window as any).highlights.at(-1))) as {
      placeIds: string[];
      date: string;
    };
    assert.equal(end.date, '2020-11-10');
    assert.deepEqual(end.placeIds, expectedClaimed('2020-11-10'));
    await context.close();
  });

  it('moves with the mouse, on the slider and by dragging across the chart', async () => {
    const { context, page } = await openPage(site, { reducedMotion: 'reduce' });
    await page.goto(site.url + '/charts/', { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      (window as any).highlights = [];
      document.addEventListener('karabakh:highlight-places', (e) =>
        (window as any).highlights.push((e as CustomEvent).detail),
      );
    });
    const slider = page.getByRole('slider', { name: 'Move through the war' });
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.1, box.y + box.height / 2);
    const clicked = (await page.evaluate(() => (window as any).highlights.at(-1))) as {
      date: string;
      placeIds: string[];
    };
    assert.ok(
      clicked.date < '2020-10-10',
      `a click near the start goes early in the war (${clicked.date})`,
    );
    assert.deepEqual(clicked.placeIds, expectedClaimed(clicked.date));

    const svg = page.locator('#chart-war-timeline .chart-canvas > svg:visible');
    const s = (await svg.boundingBox())!;
    await page.mouse.move(s.x + s.width * 0.05, s.y + s.height - 30);
    await page.mouse.down();
    await page.mouse.move(s.x + s.width * 0.5, s.y + s.height - 30, { steps: 5 });
    await page.mouse.move(s.x + s.width * 0.8, s.y + s.height - 30, { steps: 5 });
    await page.mouse.up();
    const all = (await page.evaluate(() => (window as any).highlights)) as {
      date: string;
      placeIds: string[];
    }[];
    const dragged = all.slice(1);
    assert.ok(dragged.length > 3, 'dragging sends a highlight per day crossed');
    assert.ok(
      dragged.at(-1)!.date > '2020-10-20',
      `dragging right moves later (${dragged.at(-1)!.date})`,
    );
    for (const e of dragged) assert.deepEqual(e.placeIds, expectedClaimed(e.date));
    assert.equal(
      await slider.inputValue(),
      String(Math.round((Date.parse(dragged.at(-1)!.date) - Date.parse('2020-09-27')) / 864e5)),
    );
    await context.close();
  });
});

describe('chart text at phone and desktop widths', () => {
  for (const viewport of [{ width: 320, height: 800 }, viewports.desktop]) {
    it(`no two text boxes overlap, none is clipped and none is under 12 px at ${viewport.width} px`, async () => {
      const { context, page } = await openPage(site, { viewport, reducedMotion: 'reduce' });
      await page.goto(site.url + '/charts/', { waitUntil: 'networkidle' });
      for (const id of CHARTS) {
        const result = await page.evaluate((chartId) => {
          const svg = [...document.querySelectorAll(`#chart-${chartId} .chart-canvas > svg`)].find(
            (s) => s.getBoundingClientRect().width > 0,
          ) as SVGSVGElement;
          const frame = svg.getBoundingClientRect();
          const scale = frame.width / svg.viewBox.baseVal.width;
          const hidden = (el: Element | null): boolean =>
            !!el && el !== svg && (el.getAttribute('opacity') === '0' || hidden(el.parentElement));
          const items = [...svg.querySelectorAll('text')].flatMap((t) =>
            hidden(t)
              ? []
              : t.children.length
                ? [...t.children].map((c) => ({ el: c, t }))
                : [{ el: t, t }],
          );
          const boxes = items.map(({ el, t }) => {
            const r = el.getBoundingClientRect();
            return {
              text: el.textContent ?? '',
              x0: r.left,
              x1: r.right,
              y0: r.top,
              y1: r.bottom,
              px: parseFloat(getComputedStyle(t).fontSize) * scale,
            };
          });
          const overlaps: string[] = [];
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i]!;
              const b = boxes[j]!;
              // Glyph boxes include line gap; 2 px of slack keeps stacked lines from counting.
              if (a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 2 && b.y0 < a.y1 - 2)
                overlaps.push(`${a.text} × ${b.text}`);
            }
          const clipped = boxes
            .filter((b) => b.x0 < frame.left - 0.5 || b.x1 > frame.right + 0.5)
            .map((b) => b.text);
          const small = boxes
            .filter((b) => b.px < 11.99)
            .map((b) => `${b.text} (${b.px.toFixed(1)} px)`);
          return { count: boxes.length, overlaps, clipped, small };
        }, id);
        assert.ok(result.count > 5, `${id}: text measured`);
        assert.deepEqual(result.overlaps, [], `${id}: overlapping text at ${viewport.width} px`);
        assert.deepEqual(result.clipped, [], `${id}: clipped text at ${viewport.width} px`);
        assert.deepEqual(result.small, [], `${id}: text under 12 px at ${viewport.width} px`);
      }
      await context.close();
    });
  }

  it('uses the dark palette in dark mode', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await openPage(site, { colorScheme, reducedMotion: 'reduce' });
      await page.goto(site.url + '/charts/');
      colours.push(
        await page
          .locator('#chart-war-timeline svg:visible circle.dot.party-azerbaijani')
          .first()
          .evaluate((el) => getComputedStyle(el).fill),
      );
      await context.close();
    }
    assert.notEqual(colours[0], colours[1]);
  });
});
