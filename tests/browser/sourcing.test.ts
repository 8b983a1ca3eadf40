/**
 * What a reader sees of the data's currency and sourcing: the "last updated" day from
 * data/site.json on the story, /charts/, /map/ and every embed, and each bibliography entry's kind
 * from data/sources.json; and the notes: every claim's note link leads to its note and back.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate } from '../../src/lib/formatDate.ts';
import { sourceKindLabels, type Source } from '../../src/schemas/source.ts';
import { builtEmbeds, openPage, readData, useSite, viewports } from './harness.ts';

const { lastUpdated } = readData<{ lastUpdated: string }>('site.json');
const sources = readData<Source[]>('sources.json');

const site = useSite();

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

describe('sources at every claim', () => {
  it('every note link in the story leads to its note, and every note links back to where it is first cited', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    const result = await page.evaluate(() => {
      const refs = [...document.querySelectorAll<HTMLAnchorElement>('a.note-ref')];
      const broken = refs
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => !href.startsWith('#') || !document.getElementById(href.slice(1)));
      const notes = [...document.querySelectorAll<HTMLLIElement>('.notes-list > li')];
      const backProblems = notes.flatMap((li) => {
        const back = li.querySelector<HTMLAnchorElement>('a.note-back');
        const target = back && document.getElementById(back.getAttribute('href')!.slice(1));
        if (!target) return [`${li.id} has no working link back`];
        // The way back lands on the first link on the page that cites the note.
        const first = document.querySelector(`a.note-ref[href="#${li.id}"]`);
        return first === target ? [] : [`${li.id} links back to ${target.id}`];
      });
      // A marker citing several sources shows their numbers in ascending order.
      const unordered = [...document.querySelectorAll('sup.notes')]
        .map((sup) => [...sup.querySelectorAll('a.note-ref')].map((a) => Number(a.textContent)))
        .filter((ns) => ns.some((n, i) => i > 0 && n <= ns[i - 1]!))
        .map((ns) => ns.join(','));
      return { refs: refs.length, notes: notes.length, broken, backProblems, unordered };
    });
    assert.ok(result.refs > 50, `${result.refs} note links`);
    assert.deepEqual(result.broken, []);
    assert.ok(result.notes > 20);
    assert.deepEqual(result.backProblems, []);
    assert.deepEqual(result.unordered, []);
    await context.close();
  });

  for (const [name, viewport] of Object.entries(viewports))
    it(`shows each note's number and marks the note a link lands on, below the bar (${name})`, async () => {
      const { context, page } = await openPage(site, { viewport, reducedMotion: 'reduce' });
      await page.goto(`${site.url}/#near-parukh`);
      const ref = page.locator('#near-parukh a.note-ref').first();
      const number = (await ref.textContent())!;
      const href = (await ref.getAttribute('href'))!;
      await ref.click();
      await page.waitForFunction((h) => location.hash === h, href);
      const note = page.locator(href);
      const shown = await note.locator('.note-number').evaluate((el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return { text: el.textContent, width: r.width, left: r.left, visible: s.visibility };
      });
      assert.equal(shown.text, `${number}.`);
      assert.ok(shown.width > 0 && shown.left >= 0 && shown.visible === 'visible', 'number shown');
      // Highlighted, and not hidden under the sticky bar.
      const background = await note.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.notEqual(background, 'rgba(0, 0, 0, 0)');
      const bar = (await page.locator('.site-bar').boundingBox())!;
      const box = (await note.boundingBox())!;
      assert.ok(box.y >= bar.y + bar.height + 8, `note at ${box.y}, bar ends ${bar.height}`);
      // And back to the sentence.
      // (The story may then put the step's own address in the bar; the landing stays marked.)
      const source = href.replace('#source-', '');
      await note.locator('a.note-back').click();
      await page.waitForFunction(
        (id) => document.querySelector(':target')?.id === `cite-${id}`,
        source,
      );
      const cite = page.locator(`#cite-${source}`);
      assert.equal(await cite.getAttribute('href'), href, 'back on a link citing the note');
      const citeBox = (await cite.boundingBox())!;
      assert.ok(
        citeBox.y >= bar.y + bar.height && citeBox.y + citeBox.height <= viewport.height,
        `the citing link is on screen below the bar, at ${citeBox.y}`,
      );
      await context.close();
    });

  it('prints the note numbers', async () => {
    const { context, page } = await openPage(site);
    await page.goto(`${site.url}/`);
    await page.emulateMedia({ media: 'print' });
    const numbers = await page
      .locator('.notes-list > li')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.querySelector('.note-number')?.textContent,
          li.querySelector('.note-number')?.checkVisibility(),
        ]),
      );
    assert.ok(numbers.length > 20);
    numbers.forEach(([text, visible], i) => {
      assert.equal(text, `${i + 1}.`);
      assert.equal(visible, true);
    });
    await context.close();
  });
});
