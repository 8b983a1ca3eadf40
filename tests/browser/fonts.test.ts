/** The site's fonts: served from its own origin, subset to the letters its pages use. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useSite } from './harness.ts';

const site = useSite();

describe('fonts', () => {
  it('come from this site, cut to the page’s letters, Armenian and Azerbaijani included', async () => {
    const { context, page, log } = await openPage(site);
    const fonts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
    });
    await page.goto(site.url + '/', { waitUntil: 'networkidle' });
    // The bibliography holds Armenian-script titles and the gazetteer Azerbaijani letters: asking
    // for them loads the faces covering them, which must parse and report themselves loaded.
    const loaded = await page.evaluate(async () => {
      const faces = [
        ...(await document.fonts.load('16px "Source Serif 4"', 'Xankəndi Ağdam Şuşa')),
        ...(await document.fonts.load('16px "Noto Sans Armenian"', 'Ստեփանակերտ')),
      ];
      return faces.map((f) => `${f.family}:${f.status}`);
    });
    assert.ok(
      loaded.includes('"Source Serif 4":loaded') || loaded.includes('Source Serif 4:loaded'),
    );
    assert.ok(loaded.some((f) => f.includes('Noto Sans Armenian') && f.endsWith(':loaded')));
    assert.ok(fonts.length > 0 && fonts.every((p) => p.startsWith('/fonts/')), fonts.join());
    assert.deepEqual(log.foreignRequests, []);
    await context.close();
  });
});
