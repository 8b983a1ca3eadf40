/** Copy link: the story bar's Share menu copies the address of the step being read. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useSite } from './harness.ts';

const site = useSite();

describe('copy link', () => {
  it('copies the active step’s absolute address from the bar’s Share menu and says so politely', async () => {
    const { context, page } = await openPage(site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(`${site.url}/?names=az#near-parukh`);
    await page.locator('.story-bar details.share summary').click();
    const control = page.locator('.story-bar copy-link');
    const button = control.getByRole('button', { name: 'Copy link to this step' });
    assert.equal(await button.isVisible(), true);
    await button.click();
    const status = control.getByRole('status');
    await page.waitForFunction(
      () => document.querySelector('.story-bar copy-link [role="status"]')?.textContent !== '',
    );
    assert.equal(await status.textContent(), 'Link copied');
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      `${site.url}/#near-parukh`,
    );
    await context.close();
  });

  it('is in one place, not on every card, and hidden without JavaScript', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    assert.equal(await page.locator('copy-link').count(), 1);
    assert.equal(await page.locator('.step copy-link, .step .embed-this').count(), 0);
    assert.equal(await page.locator('details.share').isVisible(), false);
    await context.close();
  });
});
