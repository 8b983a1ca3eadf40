/**
 * Telling Lighthouse's own failures from the page's. Lighthouse sometimes gives up on a page for
 * reasons of its own on a busy machine (NO_NAVSTART: "Please run Lighthouse again", NO_FCP,
 * protocol time-outs); that is no budget breach, so such a run is retried a bounded number of
 * times and the retries are reported. A page that really fails to load (its document request
 * errored) is not retried, and a measured figure over its budget is never retried at all: this
 * only ever wraps the measuring. Pure apart from the `run` it is given.
 */

/** How many times one page's audit is run at most before the budgets give up on it. */
export const LIGHTHOUSE_ATTEMPTS = 3;

/** Runtime errors that say the page itself is broken: retrying would only hide it. */
const PAGE_ERRORS = new Set([
  'FAILED_DOCUMENT_REQUEST',
  'ERRORED_DOCUMENT_REQUEST',
  'INSECURE_DOCUMENT_REQUEST',
  'NOT_HTML',
  'INVALID_URL',
  'DNS_FAILURE',
]);

/** What Lighthouse reported as its runtime error (the LHR's `runtimeError`, or a thrown error). */
export class LighthouseRuntimeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'LighthouseRuntimeError';
    this.code = code;
  }
}

/** Codes Lighthouse puts on its errors, and messages of the protocol layer under it. */
const TOOL_MESSAGE = /PROTOCOL_TIMEOUT|NO_NAVSTART|NO_FCP|PAGE_HUNG|Target closed|timed? ?out/i;

/**
 * The code of a Lighthouse tool failure worth another try, or null for anything else (a broken
 * page, a bug in our own code).
 */
export function toolErrorCode(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z_]+$/.test(code))
    return PAGE_ERRORS.has(code) ? null : code;
  const match = TOOL_MESSAGE.exec(error.message);
  return match ? match[0].toUpperCase().replace(/ /g, '_') : null;
}

/** One retried attempt, for the report. */
export interface Retry {
  attempt: number;
  code: string;
  message: string;
}

/**
 * Runs `run` until it succeeds, retrying only Lighthouse tool failures, at most `attempts` times
 * in all; `onRetry` hears of each retry. The last failure is thrown, with how many tries it took.
 */
export async function retryToolErrors<T>(
  run: () => Promise<T>,
  {
    attempts = LIGHTHOUSE_ATTEMPTS,
    onRetry = () => {},
  }: { attempts?: number; onRetry?: (retry: Retry) => void } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const code = toolErrorCode(error);
      if (code === null) throw error;
      const message = (error as Error).message;
      if (attempt >= attempts)
        throw new Error(`Lighthouse failed ${attempt} times in a row (last: ${message})`, {
          cause: error,
        });
      onRetry({ attempt, code, message });
    }
  }
}
