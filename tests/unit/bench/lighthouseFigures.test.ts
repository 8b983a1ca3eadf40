import { describe, expect, it } from 'vitest';
import {
  describeItem,
  failingAudits,
  lighthouseFigures,
  type LhrLike,
} from '../../../scripts/bench/lighthouseFigures.ts';
import { formatFailingAudits } from '../../../scripts/bench/printFailingAudits.ts';

/** A trimmed Lighthouse result: the shape of the real one, only the parts these helpers read. */
const lhr: LhrLike = {
  categories: {
    performance: {
      score: 0.83,
      auditRefs: [
        { id: 'total-blocking-time', weight: 30 },
        { id: 'bootup-time', weight: 0 },
        { id: 'font-display', weight: 0 },
      ],
    },
    accessibility: {
      score: 0.98,
      auditRefs: [
        { id: 'landmark-one-main', weight: 3 },
        { id: 'image-alt', weight: 10 },
      ],
    },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: null, auditRefs: [] },
  },
  audits: {
    'total-blocking-time': {
      title: 'Total Blocking Time',
      score: 0.57,
      scoreDisplayMode: 'numeric',
      numericValue: 512.5,
      displayValue: '510 ms',
    },
    'bootup-time': {
      title: 'Reduce JavaScript execution time',
      score: 0,
      scoreDisplayMode: 'metricSavings',
      details: { items: [{ url: 'http://x/_astro/maplibre-gl.js', total: 5000 }] },
    },
    'font-display': { title: 'Font display', score: 0.95, scoreDisplayMode: 'metricSavings' },
    'landmark-one-main': {
      title: 'Document has a main landmark',
      score: 0,
      scoreDisplayMode: 'binary',
      details: {
        items: [
          { node: { selector: 'html', explanation: 'Document does not have a main landmark' } },
        ],
      },
    },
    'image-alt': { title: 'Images have alt', score: 1, scoreDisplayMode: 'binary' },
    'first-contentful-paint': {
      title: 'FCP',
      score: 0.76,
      scoreDisplayMode: 'numeric',
      numericValue: 2257,
    },
  },
};

describe('lighthouseFigures', () => {
  it('gives scores out of 100 and metric values, null for what was not measured', () => {
    expect(lighthouseFigures(lhr)).toMatchObject({
      performance: 83,
      accessibility: 98,
      'best-practices': 100,
      seo: null,
      fcp: 2257,
      tbt: 512.5,
      lcp: null,
    });
  });
});

describe('failingAudits', () => {
  it('lists weighted audits below 1 and performance diagnostics below 0.9, with their items', () => {
    const failing = failingAudits(lhr);
    expect(failing.map((f) => `${f.category}/${f.id}`)).toEqual([
      'performance/total-blocking-time',
      'performance/bootup-time',
      'accessibility/landmark-one-main',
    ]);
    expect(failing[2]!.items).toEqual(['html · Document does not have a main landmark']);
    expect(formatFailingAudits({ 'mobile.story': failing })).toContain(
      '[accessibility] landmark-one-main (score 0.00): Document has a main landmark',
    );
  });
});

describe('describeItem', () => {
  it('reads the offending element, URL or source snippet of an item', () => {
    expect(describeItem({ source: { snippet: '<meta name="robots" content="noindex">' } })).toBe(
      '<meta name="robots" content="noindex">',
    );
    expect(describeItem({ url: 'http://x/a.css', wastedMs: 209.4 })).toBe(
      'http://x/a.css · 209 ms',
    );
  });
});
