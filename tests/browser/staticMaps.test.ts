/**
 * The static maps (the story without JavaScript, the first view of every map step) paint each
 * layer as the layer registry says, in both themes: fill, opacity, outline colour, width and
 * dashes, read back from Chromium's computed style. The registry's CSS once named a colour the
 * theme never declared, and the held areas of 1994–2020 lost their outline without any error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { layerPaint } from '../../src/map/shared/layerPaint.ts';
import { layers } from '../../src/map/shared/layers.ts';
import { layerIds, type LayerId } from '../../src/schemas/layerIds.ts';
import { palette, type Theme } from '../../src/styles/tokens.ts';
import { openPage, startSite, type Site } from './harness.ts';

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

/** #rrggbb as Chromium's computed style writes it. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('the static maps, with JavaScript off', () => {
  for (const theme of ['light', 'dark'] as const satisfies readonly Theme[])
    it(`paint every layer and variant drawn in the story as the registry says (${theme})`, async () => {
      const { context, page } = await openPage(site, {
        javaScriptEnabled: false,
        colorScheme: theme,
      });
      await page.goto(site.url + '/');
      // The first path of each layer and variant on the page, with what Chromium paints it in.
      // Layers are shapes drawn once per page and shown scaled by a <use> (see
      // src/map/build/sharedShapes.ts): their width and dashes on the map are the use's times
      // its scale.
      const drawn = await page.evaluate((ids) => {
        const seen = new Map<string, Record<string, string>>();
        for (const id of ids)
          for (const path of document.querySelectorAll<SVGGraphicsElement>(
            `.static-map :is(path, use).layer-${id}`,
          )) {
            const variant = [...path.classList].find((c) => c !== 'layer' && c !== `layer-${id}`);
            const key = `${id} ${variant ?? ''}`;
            if (seen.has(key)) continue;
            const s = getComputedStyle(path);
            const scale = path.transform.baseVal.consolidate()?.matrix.a ?? 1;
            seen.set(key, {
              id,
              variant: variant ?? '',
              fill: s.fill,
              fillOpacity: s.fillOpacity,
              stroke: s.stroke,
              strokeWidth: String(parseFloat(s.strokeWidth) * scale),
              dash:
                s.strokeDasharray === 'none'
                  ? 'none'
                  : s.strokeDasharray
                      .split(',')
                      .map((n) => parseFloat(n) * scale)
                      .join(','),
            });
          }
        return [...seen.values()];
      }, layerIds);
      // Every layer the story shows is on some static map (the story draws them all).
      assert.deepEqual(
        [...new Set(drawn.map((d) => d.id))].sort(),
        [...layerIds].sort(),
        'layers drawn on the story’s static maps',
      );
      const colors = palette[theme];
      for (const d of drawn) {
        const p = layerPaint(layers[d.id as LayerId], d.variant || undefined);
        const what = `${d.id}${d.variant ? `.${d.variant}` : ''} (${theme})`;
        assert.equal(d.fill, p.fill ? rgb(colors[p.fill]) : 'none', `${what} fill`);
        if (p.fill) assert.equal(Number(d.fillOpacity), p.fillOpacity, `${what} fill-opacity`);
        assert.equal(d.stroke, rgb(colors[p.stroke]), `${what} outline or line colour`);
        // Within a thousandth of a px: a scaled use's width is written to 3 decimals.
        assert.ok(
          Math.abs(parseFloat(d.strokeWidth!) - p.strokeWidth) < 0.002,
          `${what} stroke width: ${d.strokeWidth} for ${p.strokeWidth}`,
        );
        // Dashes scaled back from a use's are within a hundredth of a px (written to 2 decimals).
        const dash = d.dash === 'none' ? null : d.dash!.split(',').map((n) => parseFloat(n));
        assert.equal(dash?.length, p.dash?.length, `${what} dashes: ${d.dash}`);
        dash?.forEach((n, i) =>
          assert.ok(Math.abs(n - p.dash![i]!) < 0.01, `${what} dashes: ${d.dash} for ${p.dash}`),
        );
      }
      await context.close();
    });
});
