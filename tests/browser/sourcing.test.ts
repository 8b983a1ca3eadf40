/**
 * What a reader sees of the data's currency and sourcing: the "last updated" day from
 * data/site.json on the story, /charts/, /map/ and every embed, and each bibliography entry's kind
 * from data/sources.json.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { formatDate } from '../../src/lib/formatDate.ts';
import { sourceKindLabels, type Source } from '../../src/schemas/source.ts';
import { builtEmbeds, openPage, startSite, type Site } from './harness.ts';

const readData = <T>(file: string) =>
  JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')) as T;
const { lastUpdated } = readData<{ lastUpdated: string }>('site.json');
const sources = readData<Source[]>('sources.json');

let site: Site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

describe('sourcing and currency as a reader sees them', () => {
  it('shows the "last updated" day on the story, the charts, the map and every embed', async () => {
    const { context, page } = await openPage(site);
    const embeds = builtEmbeds();
    assert.ok(embeds.length > 0, 'the build has embeds');
    for (const path of ['/', '/charts/', '/map/', ...embeds]) {
      await page.goto(`${site.url}${path}`);
      const line = page.locator('.last-updated').first();
      assert.ok(await line.isVisible(), `${path}: the "last updated" line is visible`);
      assert.equal(
        (await line.innerText()).replace(/\s+/g, ' ').trim(),
        `Last updated ${formatDate(lastUpdated)}`,
        path,
      );
      assert.equal(await line.locator('time').getAttribute('datetime'), lastUpdated, path);
    }
    await context.close();
  });

  it('lists every source once, as a note or under Other sources, labelled with its kind', async () => {
    const { context, page } = await openPage(site);
    await page.goto(`${site.url}/`);
    const entries = await page.$$eval(
      '.notes-list .source-entry, .bibliography .source-entry',
      (els) =>
        els.map((el) => ({
          url: el.querySelector('a')?.getAttribute('href') ?? '',
          kind: el.querySelector('.kind')?.textContent?.trim() ?? '',
        })),
    );
    assert.equal(entries.length, sources.length);
    for (const source of sources) {
      const found = entries.filter((e) => e.url === source.url);
      assert.equal(found.length, 1, `${source.id} is listed once`);
      assert.equal(found[0]!.kind, sourceKindLabels[source.kind], source.id);
    }
    await context.close();
  });
});
