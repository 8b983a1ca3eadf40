/** Runs Lighthouse's Node API against Debian's Chromium (never a downloaded browser). */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import {
  failingAudits,
  lighthouseFigures,
  type FailingAudit,
  type LhrLike,
} from './lighthouseFigures.ts';
import { LighthouseRuntimeError } from './lighthouseRetry.ts';

/** The two presets: Lighthouse's default (a throttled phone) and its desktop config. */
export type Preset = 'mobile' | 'desktop';

// Lighthouse drives Chromium through chrome-launcher, so it takes the flags, plus headless.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** Launches Chromium once for a series of Lighthouse runs and always kills it afterwards. */
export async function withChrome<T>(use: (port: number) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  try {
    return await use(chrome.port);
  } finally {
    chrome.kill();
  }
}

/** Lighthouse figures for one page and preset, plus the audits that cost points. */
export interface LighthouseRun {
  figures: Record<string, number | null>;
  failing: FailingAudit[];
}

/**
 * Audits one URL. Throttling stays simulated (Lighthouse's default), so scores depend on the
 * page rather than on how busy this shared machine happens to be.
 * @see https://github.com/GoogleChrome/lighthouse/blob/main/docs/readme.md#using-programmatically
 */
export async function runLighthouse(
  url: string,
  preset: Preset,
  port: number,
): Promise<LighthouseRun> {
  const result = await lighthouse(
    url,
    // The full-page screenshot of the 33-step story times out under SwiftShader on a small machine,
    // and it feeds only the report's viewer, never a score.
    { port, output: 'json', logLevel: 'error', disableFullPageScreenshot: true },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const lhr = result.lhr as unknown as LhrLike;
  if (lhr.runtimeError)
    throw new LighthouseRuntimeError(
      lhr.runtimeError.code,
      `Lighthouse failed on ${url}: ${lhr.runtimeError.message}`,
    );
  return { figures: lighthouseFigures(lhr), failing: failingAudits(lhr) };
}
