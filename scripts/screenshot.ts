/**
 * Takes a screenshot of a page of the built site in Debian's Chromium, to look at what readers see.
 *   node scripts/screenshot.ts <path> <out.png> [width] [height] [full:0|1] [light|dark] [js:0|1]
 */
import { launchChromium } from './chromium.ts';
import { serveStatic } from './staticServer.ts';

const [
  path = '/',
  out = 'screenshot.png',
  w = '1280',
  h = '900',
  full = '1',
  scheme = 'light',
  js = '1',
] = process.argv.slice(2);
const { server, url } = await serveStatic('dist');
const browser = await launchChromium();
const context = await browser.newContext({
  viewport: { width: Number(w), height: Number(h) },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
  javaScriptEnabled: js === '1',
});
const page = await context.newPage();
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console error:', m.text());
});
await page.goto(url + path, { waitUntil: 'networkidle' });
await page.waitForTimeout(1000);
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
server.close();
console.log(`saved ${out}`);
