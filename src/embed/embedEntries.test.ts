import { describe, expect, it } from 'vitest';
import { embedEntries, findEmbed, type EmbedRegistryInput } from './embedEntries.ts';

const input: EmbedRegistryInput = {
  chartIds: ['war-timeline', 'exodus'],
  charts: {
    'war-timeline': { title: 'The 44 days', takeaway: 'A takeaway long enough.' },
    exodus: { title: 'The exodus', takeaway: 'Another takeaway sentence.' },
  },
  chapters: [
    { id: 'the-war', number: 1, title: 'The war', summary: 'War summary.' },
    { id: 'charts-only', number: 2, title: 'Charts only', summary: 'No maps here.' },
    { id: 'the-line', number: 3, title: 'The line', summary: 'Line summary.' },
  ],
  steps: [
    { id: 'forty-four-days', chapter: 'the-war', chart: { id: 'war-timeline' } },
    { id: 'the-south', chapter: 'the-war' },
    { id: 'truces', chapter: 'the-war' },
    { id: 'only-a-chart', chapter: 'charts-only', chart: { id: 'war-timeline' } },
    { id: 'new-line', chapter: 'the-line' },
  ],
};

describe('embedEntries', () => {
  it('lists every chart, then every chapter that has a map step', () => {
    const keys = embedEntries(input).map((e) => e.key);
    expect(keys).toEqual(['chart/war-timeline', 'chart/exodus', 'map/the-war', 'map/the-line']);
  });

  it('links a chart to the first step showing it, or to the charts page when none does', () => {
    const [timeline, exodus] = embedEntries(input);
    expect(timeline!.storyHref).toBe('/#forty-four-days');
    expect(exodus!.storyHref).toBe('/charts/#chart-exodus');
  });

  it("links a chapter map to the chapter's first step and steps through its map steps only", () => {
    const war = embedEntries(input).find((e) => e.key === 'map/the-war')!;
    expect(war.storyHref).toBe('/#forty-four-days');
    expect(war.stepIds).toEqual(['the-south', 'truces']);
    expect(war.path).toBe('/embed/map/the-war/');
  });

  it('names a chart without words in the error', () => {
    expect(() => embedEntries({ ...input, chartIds: ['incidents'] })).toThrow(/"incidents"/);
  });
});

describe('findEmbed', () => {
  it('finds an entry by kind and id', () => {
    expect(findEmbed(embedEntries(input), 'map', 'the-line').path).toBe('/embed/map/the-line/');
  });

  it('names the id received and the ids allowed', () => {
    expect(() => findEmbed(embedEntries(input), 'map', 'charts-only')).toThrow(
      'No map embed "charts-only" (expected one of: the-war, the-line)',
    );
  });
});
