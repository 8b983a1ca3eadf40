import { describe, expect, it } from 'vitest';
import { contentId } from './contentId.ts';

describe('contentId', () => {
  it('gives the same content the same id, every time', () => {
    const map = { layers: ['countries', 'loc-2020'], camera: { zoom: 8 }, description: 'A map.' };
    expect(contentId('map-title', map)).toBe(contentId('map-title', structuredClone(map)));
    expect(contentId('map-title', map)).toMatch(/^map-title-[0-9a-f]{8}$/);
  });

  it('gives different content different ids', () => {
    const ids = new Set(
      Array.from({ length: 1000 }, (_, i) => contentId('m', { step: `step-${i}`, zoom: i % 7 })),
    );
    expect(ids.size).toBe(1000);
    expect(contentId('m', 'a')).not.toBe(contentId('m', 'b'));
  });

  it('is a valid HTML id: no spaces, starts with the prefix', () => {
    expect(contentId('x', { s: 'with spaces and “quotes”' })).toMatch(/^x-\S+$/);
  });
});
