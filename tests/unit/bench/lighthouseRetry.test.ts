import { describe, expect, it, vi } from 'vitest';
import {
  LighthouseRuntimeError,
  retryToolErrors,
  toolErrorCode,
} from '../../../scripts/bench/lighthouseRetry.ts';

const noNavstart = () => new LighthouseRuntimeError('NO_NAVSTART', 'Please run Lighthouse again.');

describe('toolErrorCode', () => {
  it('recognises Lighthouse giving up for its own reasons', () => {
    expect(toolErrorCode(noNavstart())).toBe('NO_NAVSTART');
    expect(toolErrorCode(new LighthouseRuntimeError('NO_FCP', 'no paint'))).toBe('NO_FCP');
    expect(toolErrorCode(new Error('PROTOCOL_TIMEOUT: Network.enable timed out'))).toBe(
      'PROTOCOL_TIMEOUT',
    );
    expect(toolErrorCode(new Error('Protocol error (Page.navigate): Target closed'))).toBe(
      'TARGET_CLOSED',
    );
  });
  it('does not excuse a page that fails to load, or our own bugs', () => {
    expect(toolErrorCode(new LighthouseRuntimeError('ERRORED_DOCUMENT_REQUEST', '404'))).toBeNull();
    expect(toolErrorCode(new TypeError('x is undefined'))).toBeNull();
    expect(toolErrorCode('NO_NAVSTART')).toBeNull();
  });
});

describe('retryToolErrors', () => {
  it('retries a tool failure and reports each retry', async () => {
    const run = vi
      .fn<() => Promise<number>>()
      .mockRejectedValueOnce(noNavstart())
      .mockRejectedValueOnce(new Error('PROTOCOL_TIMEOUT'))
      .mockResolvedValueOnce(97);
    const onRetry = vi.fn();
    await expect(retryToolErrors(run, { attempts: 3, onRetry })).resolves.toBe(97);
    expect(run).toHaveBeenCalledTimes(3);
    expect(onRetry.mock.calls.map(([r]) => [r.attempt, r.code])).toEqual([
      [1, 'NO_NAVSTART'],
      [2, 'PROTOCOL_TIMEOUT'],
    ]);
  });

  it('gives up after the bounded number of attempts, saying how many', async () => {
    const run = vi.fn<() => Promise<number>>().mockRejectedValue(noNavstart());
    await expect(retryToolErrors(run, { attempts: 3 })).rejects.toThrow(
      /failed 3 times in a row \(last: NO_NAVSTART/,
    );
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('fails at once on anything that is not a tool failure', async () => {
    const broken = new LighthouseRuntimeError('ERRORED_DOCUMENT_REQUEST', 'status 500');
    const run = vi.fn<() => Promise<number>>().mockRejectedValue(broken);
    await expect(retryToolErrors(run)).rejects.toBe(broken);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs again once a run has measured something, however bad the figure', async () => {
    // A breach is a measured figure: the run succeeded, so it is returned as it is.
    const run = vi
      .fn<() => Promise<{ performance: number }>>()
      .mockResolvedValue({ performance: 12 });
    await expect(retryToolErrors(run)).resolves.toEqual({ performance: 12 });
    expect(run).toHaveBeenCalledTimes(1);
  });
});
