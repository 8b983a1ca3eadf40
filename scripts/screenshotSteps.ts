/**
 * Screenshots of every story step as a reader reaches it, for the look a graphics editor gives the
 * piece before publication: each step on a phone and a desktop, light and dark, with JavaScript.
 *   node scripts/screenshotSteps.ts <out-dir> [phone|desktop|all] [light|dark|all] [step-id,…]
 * Run after `npm run build`. Files: <out-dir>/<viewport>-<scheme>/<NN>-<step-id>.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, viewports } from './chromium.ts';
import { serveStatic } from './staticServer.ts';
import { readStepFiles } from '../src/lib/story/readStepFiles.ts';

const [outDir = 'screens', which = 'all', schemes = 'all', only = ''] = process.argv.slice(2);
const ids = readStepFiles(new URL('../data/story/steps/', import.meta.url)).map(
  (f) => (f.data as { id: string }).id,
);
const wanted = only ? new Set(only.split(',')) : null;
const sizes = (['phone', 'desktop'] as const).filter((v) => which === 'all' || which === v);
const colours = (['light', 'dark'] as const).filter((s) => schemes === 'all' || schemes === s);

const { server, url } = await serveStatic('dist');
const browser = await launchChromium();
try {
  for (const size of sizes) {
    for (const scheme of colours) {
      const dir = join(outDir, `${size}-${scheme}`);
      mkdirSync(dir, { recursive: true });
      const context = await browser.newContext({ viewport: viewports[size], colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(url + '/', { waitUntil: 'networkidle' });
      for (const [index, id] of ids.entries()) {
        if (wanted && !wanted.has(id)) continue;
        // Step as the Next button does, so the page scrolls the step to where a reader reads it.
        await page.evaluate(
          (i) =>
            (
              document.querySelector('story-scroller') as HTMLElement & { goTo(i: number): void }
            ).goTo(i),
          index,
        );
        // A map step is ready once the live map settled on it; a chart step once it has drawn.
        await page
          .waitForFunction(
            (step) => {
              const map = document.querySelector('story-map') as
                (HTMLElement & { mapState?: { moving: boolean } }) | null;
              const scroller = document.querySelector('story-scroller') as HTMLElement | null;
              if (scroller?.dataset.activeStep !== step) return false;
              if (scroller.dataset.activeKind === 'chart') return true;
              return map?.dataset.mapStep === step && map.mapState && !map.mapState.moving;
            },
            id,
            { timeout: 30_000 },
          )
          .catch(() => console.log(`${size}-${scheme} ${id}: did not settle in 30 s`));
        // A long smooth scroll can still be running once the step is active: a shot taken then
        // shows the bar half way down the page. Wait until the page has stood still for 300 ms.
        await page.evaluate(
          () =>
            new Promise<void>((done) => {
              let last = -1;
              let still = 0;
              const check = () => {
                still = scrollY === last ? still + 1 : 0;
                last = scrollY;
                if (still >= 3) done();
                else setTimeout(check, 100);
              };
              check();
            }),
        );
        // Faces are fetched as the step's text asks for them: let them in before the shot.
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(1200);
        const file = join(dir, `${String(index + 1).padStart(2, '0')}-${id}.png`);
        await page.screenshot({ path: file });
      }
      await context.close();
      console.log(`saved ${dir}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
