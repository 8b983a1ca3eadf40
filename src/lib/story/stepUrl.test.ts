import { describe, expect, it } from 'vitest';
import { stepUrl } from './stepUrl.ts';

describe('stepUrl', () => {
  it('puts the step id in the fragment of the page address', () =>
    expect(stepUrl('https://example.org/', 'near-parukh')).toBe(
      'https://example.org/#near-parukh',
    ));
  it('replaces the step the reader is on and drops the query', () =>
    expect(stepUrl('https://example.org/sub/?names=az#a-ceasefire', 'the-corridor')).toBe(
      'https://example.org/sub/#the-corridor',
    ));
});
