/**
 * The one way this project starts a browser, for browser tests, the bench and screenshots:
 * Debian's Chromium (never a downloaded browser), headless, with WebGL from SwiftShader so
 * MapLibre really draws without a GPU. Node-only.
 */
import { chromium, type Browser } from 'playwright-core';

/** Debian's package puts it here; CHROMIUM_PATH points elsewhere when a machine differs. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for every launch. SwiftShader gives WebGL without a GPU; the rest stop Chromium reaching
 * for Google's services, which this machine's closed network refuses (many times over, slowly).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The two window sizes the tests and the bench read the site at. */
export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * Launches headless Chromium through playwright-core with {@link CHROMIUM_ARGS}, plus `extraArgs`
 * for a test that needs a different browser (e.g. one with WebGL switched off).
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
