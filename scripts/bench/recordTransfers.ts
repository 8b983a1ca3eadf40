/** Records the bytes every request of a Playwright page took on the wire. */
import type { BrowserContext, Page, Request } from 'playwright-core';
import type { TransferRecord } from './byteTotals.ts';

/** A running recording: `records()` waits for pending sizes and returns what was seen so far. */
export interface TransferRecording {
  records(page: Page): Promise<TransferRecord[]>;
}

/**
 * Chromium reports a dedicated worker's script with an empty body over the protocol, while the
 * page's Resource Timing has its real `encodedBodySize` (MapLibre's worker is ~150 KB gzipped).
 * This takes the Resource Timing size for any record that arrived without a body.
 */
export function fillEmptyBodies(
  records: readonly TransferRecord[],
  bodySizes: ReadonlyMap<string, number>,
): TransferRecord[] {
  return records.map((r) => {
    const timed = bodySizes.get(r.url);
    return r.bytes === 0 && timed !== undefined && timed > 0 ? { ...r, bytes: timed } : r;
  });
}

/**
 * Listens on the whole context so requests from MapLibre's dedicated worker count too.
 * Counts the encoded (gzipped) body only: response headers are ~250 B each over this test
 * server's HTTP/1.1 but next to nothing over a static host's HTTP/2, so they would only add noise.
 * @see https://playwright.dev/docs/api/class-request#request-sizes
 */
export function recordTransfers(context: BrowserContext): TransferRecording {
  const pending: Promise<TransferRecord | null>[] = [];
  const onFinished = (request: Request) => {
    pending.push(
      request
        .sizes()
        .then((s) => ({
          url: request.url(),
          resourceType: request.resourceType(),
          bytes: s.responseBodySize,
        }))
        // A request whose page went away has no sizes any more; it is not part of a load.
        .catch(() => null),
    );
  };
  context.on('requestfinished', onFinished);
  return {
    async records(page) {
      const done = (await Promise.all(pending)).filter((r) => r !== null);
      const sizes = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => [e.name, (e as PerformanceResourceTiming).encodedBodySize] as const),
      );
      return fillEmptyBodies(done, new Map(sizes));
    },
  };
}
