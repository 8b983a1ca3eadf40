/**
 * The live map's annotation words read as attached to their marks and never run into anything:
 * at every map step of the story, reached as a reader reaches it (as in mapLegend.test.ts), no
 * word shown overlaps a place’s or country’s name, another word, a marker, the legend, the locator inset or
 * (on a phone) the step's text card where it rests; and each word sits within ATTACHED px of the
 * point it belongs to (or goes on from its place's name), nearer to it than to any other
 * annotation's point.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  openPage,
  overlap,
  reachMapStep,
  startSite,
  storySteps,
  viewports,
  type Box,
  type Site,
} from './harness.ts';

/**
 * Farthest a word's box may be from its point, px. The nearest spots leave 4–10 px (clear of a
 * 10 px marker); at 12 px type, 20 px is under two lines of text: a word farther out than that
 * reads as floating, or as belonging to the next mark on a crowded map (the 44-day war's seven
 * markers sit 20–40 px apart on a phone).
 */
const ATTACHED = 20;

type LonLat = [number, number];
interface Annotation {
  type: 'label' | 'marker' | 'arrow' | 'route';
  at?: string | LonLat;
  from?: string | LonLat;
  path?: (string | LonLat)[];
  text?: string;
}

const places = new Map(
  (
    JSON.parse(readFileSync(new URL('../../data/places.json', import.meta.url), 'utf8')) as {
      id: string;
      lon: number;
      lat: number;
    }[]
  ).map((p) => [p.id, [p.lon, p.lat] as LonLat]),
);
const lonLat = (p: string | LonLat): LonLat =>
  typeof p === 'string' ? places.get(p)! : [p[0], p[1]];

/**
 * The point each annotation word belongs to, in the order the live map writes the words (an
 * annotation without words has none): a marker's or label's place, an arrow's tail, a route's
 * middle point (src/map/browser/AnnotationLayer.ts); and the place, when it is one.
 */
function wordPoints(list: readonly Annotation[]): { at: LonLat; place: string | null }[] {
  return list.flatMap((a) => {
    if (a.type === 'marker' || a.type === 'label')
      return [{ at: lonLat(a.at!), place: typeof a.at === 'string' ? a.at : null }];
    if (!a.text) return [];
    const p = a.type === 'arrow' ? a.from! : a.path![Math.floor(a.path!.length / 2)]!;
    return [{ at: lonLat(p), place: typeof p === 'string' ? p : null }];
  });
}

/**
 * Farthest a word may be from its place's name, px, when it goes on from it on the same line or
 * the next ("Fuzuli 17 Oct 2020"): about two word spaces at 12–13 px type (the map leaves 4 px,
 * and a word's ink may be up to 2 px narrower than its measured box), so it reads as one label.
 */
const ON_FROM_LABEL = 8;

/** Steps whose graphic is the map and that carry annotations. */
const wordSteps = storySteps()
  .map((step, index) => ({ step, index, annotations: (step.annotations ?? []) as Annotation[] }))
  .filter(({ step }) => !step.chart || step.chart.placement === 'text')
  .filter(({ annotations }) => wordPoints(annotations).length > 0);

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

/** Distance from a point to the nearest point of a box (0 inside it). */
const gap = (b: Box, x: number, y: number) =>
  Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

/** Gap between two boxes (0 when they touch or overlap). */
const boxGap = (a: Box, b: Box) =>
  Math.hypot(Math.max(b.x0 - a.x1, 0, a.x0 - b.x1), Math.max(b.y0 - a.y1, 0, a.y0 - b.y1));

/** What is on screen over the map, and where the annotation points project (page px). */
function measure(page: Page, id: string, points: { at: LonLat; place: string | null }[]) {
  return page.evaluate(
    ([stepId, wordsAt]) => {
      const box = (what: string, el: Element) => {
        const r = el.getBoundingClientRect();
        return { what, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      };
      const ink = (what: string, el: Node) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = range.getBoundingClientRect();
        return { what, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      };
      const visible = (el: Element) =>
        !(el as HTMLElement).hidden && el.getBoundingClientRect().width > 0;
      const map = document.querySelector('story-map') as HTMLElement & {
        mapState: { camera: { center: [number, number]; zoom: number } };
      };
      const canvas = map.querySelector('canvas.maplibregl-canvas')!.getBoundingClientRect();
      // Web Mercator in 512 px tiles, as MapLibre projects (the story's maps are north-up, flat).
      const { center, zoom } = map.mapState.camera;
      const world = 512 * 2 ** zoom;
      const mx = (lon: number) => ((lon + 180) / 360) * world;
      const my = (lat: number) =>
        ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) *
        world;
      const anchors = wordsAt.map(({ at: [lon, lat], place }) => {
        const label = place
          ? map.querySelector(`.map-label[data-place="${place}"]:not([hidden])`)
          : null;
        return {
          x: canvas.left + canvas.width / 2 + mx(lon) - mx(center[0]),
          y: canvas.top + canvas.height / 2 + my(lat) - my(center[1]),
          // The name's ink, not its element (which is as wide as the layout's estimate): a word
          // going on from a name is measured from where the name's letters end.
          label: label ? ink(`label of ${place}`, label) : null,
        };
      });
      const section = document.getElementById(stepId)!;
      const legend =
        document.querySelector('story-map .map-legend > figcaption') ??
        section.querySelector('.step-graphic figcaption');
      const card = section.querySelector('.step-text');
      const locator = map.querySelector(':scope > .map-locator');
      const words = [...map.querySelectorAll('.map-annotation-text')].map((el, i) => ({
        ...box(`word “${el.textContent}”`, el),
        shown: visible(el) && (el.textContent ?? '') !== '',
        anchor: i,
      }));
      return {
        anchors,
        words,
        markers: [...map.querySelectorAll('.map-annotation-marker')]
          .filter(visible)
          .map((el, i) => box(`dated marker #${i + 1}`, el)),
        // Each marker's own colour, to find it on screen (see markerOnTop).
        markerColors: [...map.querySelectorAll('.map-annotation-marker')]
          .filter(visible)
          .map((el) => getComputedStyle(el).backgroundColor),
        names: [...map.querySelectorAll('.map-label')]
          .filter(visible)
          .map((el) => ink(`name ${el.firstChild?.textContent ?? ''}`, el.firstChild!)),
        countries: [...map.querySelectorAll('.map-country-label')]
          .filter(visible)
          .map((el) => box(`country name ${el.textContent}`, el)),
        legend: legend ? box('legend', legend) : null,
        card: card ? box('text card', card) : null,
        locator: locator && visible(locator) ? box('locator inset', locator) : null,
        frame: { ...box('map', map), x0: canvas.left, x1: canvas.right },
      };
    },
    [id, points] as const,
  );
}

/**
 * Whether a dated marker is drawn over whatever shares its place (a place's dot, a label): the
 * pixel at its centre, read from a screenshot, is the marker's own colour.
 */
async function markerOnTop(page: Page, marker: Box, color: string): Promise<boolean> {
  const x = Math.round((marker.x0 + marker.x1) / 2);
  const y = Math.round((marker.y0 + marker.y1) / 2);
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(
    async ([bytes, want]) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)]));
      const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      const [wr, wg, wb] = want.match(/\d+/g)!.map(Number);
      return Math.abs(r! - wr!) + Math.abs(g! - wg!) + Math.abs(b! - wb!) < 24;
    },
    [[...png], color] as const,
  );
}

describe('the live map’s annotation words', () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    it(`sit by their points and clear of names, legend, inset and each other (${name} ${viewport.width}×${viewport.height})`, async () => {
      const { context, page, log } = await openPage(site, { viewport, reducedMotion: 'reduce' });
      await page.goto(`${site.url}/#${wordSteps[0]!.step.id}`);
      const problems: string[] = [];
      let shown = 0;
      let total = 0;
      for (const { step, index, annotations } of wordSteps) {
        await reachMapStep(page, index, step.id);
        const points = wordPoints(annotations);
        const m = await measure(page, step.id, points);
        assert.equal(m.words.length, points.length, `${step.id}: one word element per point`);
        for (const [i, marker] of m.markers.entries())
          if (!(await markerOnTop(page, marker, m.markerColors[i]!)))
            problems.push(`${step.id}: ${marker.what} is hidden under something drawn over it`);
        // The test's own projection agrees with the map: each marker is centred on its point.
        for (const marker of m.markers) {
          const cx = (marker.x0 + marker.x1) / 2;
          const cy = (marker.y0 + marker.y1) / 2;
          assert.ok(
            m.anchors.some((a) => Math.hypot(a.x - cx, a.y - cy) < 1.5),
            `${step.id}: ${marker.what} is at an annotation point`,
          );
        }
        const words = m.words.filter((w) => w.shown);
        total += m.words.length;
        shown += words.length;
        const obstacles = [
          ...m.names,
          ...m.countries,
          ...(m.legend ? [m.legend] : []),
          ...(m.locator ? [m.locator] : []),
          ...(name === 'phone' && m.card ? [{ ...m.card, what: 'text card (at rest)' }] : []),
        ];
        words.forEach((w, i) => {
          for (const o of [...obstacles, ...words.slice(i + 1)])
            if (overlap(w, o)) problems.push(`${step.id}: ${w.what} overlaps the ${o.what}`);
          // A marker is a square turned 45°: its box's corners are empty.
          for (const marker of m.markers) {
            const cx = (marker.x0 + marker.x1) / 2;
            const cy = (marker.y0 + marker.y1) / 2;
            const l1 = Math.max(w.x0 - cx, 0, cx - w.x1) + Math.max(w.y0 - cy, 0, cy - w.y1);
            if (l1 < (marker.x1 - marker.x0) / 2 - 0.5)
              problems.push(`${step.id}: ${w.what} overlaps the ${marker.what}`);
          }
          const own = m.anchors[w.anchor]!;
          const fromLabel = own.label ? boxGap(w, own.label) : Infinity;
          const d = Math.min(gap(w, own.x, own.y), fromLabel);
          if (gap(w, own.x, own.y) > ATTACHED && fromLabel > ON_FROM_LABEL)
            problems.push(
              `${step.id}: ${w.what} is ${gap(w, own.x, own.y).toFixed(0)} px from its point${own.label ? ` and ${fromLabel.toFixed(0)} px from its place's name` : ''}`,
            );
          const other = m.anchors.find(
            (a, k) =>
              k !== w.anchor &&
              Math.hypot(a.x - own.x, a.y - own.y) > 2 &&
              gap(w, a.x, a.y) < d - 1,
          );
          if (other) problems.push(`${step.id}: ${w.what} is nearer another annotation’s point`);
          if (w.x0 < m.frame.x0 - 0.5 || w.x1 > m.frame.x1 + 0.5)
            problems.push(`${step.id}: ${w.what} runs off the map`);
        });
      }
      console.log(`${name}: ${shown} of ${total} annotation words shown`);
      assert.deepEqual(problems, []);
      assert.deepEqual(log.consoleErrors, []);
      await context.close();
    });
  }
});
