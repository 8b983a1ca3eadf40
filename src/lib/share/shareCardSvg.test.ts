import { describe, expect, it } from 'vitest';
import type { StaticMapOutput } from '../../map/build/staticMap.ts';
import { palette } from '../../styles/tokens.ts';
import { shareCardSvg } from './shareCardSvg.ts';

const map: StaticMapOutput = {
  width: 560,
  height: 630,
  countryLabels: { wide: [], narrow: [] },
  annotations: [],
  viewBounds: [
    [46, 39],
    [47, 40],
  ],
  paths: [
    { layer: 'countries', d: 'M0 0H10V10Z' },
    { layer: 'districts', d: 'M1 1H5V5Z', variant: 'handed-over' },
    { layer: 'loc-2020', d: 'M0 0L9 9' },
  ],
  points: [
    {
      id: 'shusha',
      label: 'Shusha',
      lon: 46.75,
      lat: 39.76,
      priority: 1,
      approximate: false,
      x: 100,
      y: 200,
      highlighted: true,
    },
  ],
  labels: [
    {
      id: 'shusha',
      text: 'Shusha/Shushi',
      x: 100,
      y: 200,
      priority: 1,
      labelX: 108,
      labelY: 204,
      anchor: 'start',
      box: { x0: 0, y0: 0, x1: 1, y1: 1 },
    },
  ],
  labelsNarrow: [],
  narrowFontSize: 16,
  scaleBar: { km: 10, px: 50 },
};

describe('shareCardSvg', () => {
  it('draws a 1200×630 card with the brand, the title and the text', () => {
    const svg = shareCardSvg({ title: 'The 44-day war', kicker: 'Chapter 3', text: 'A summary.' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('viewBox="0 0 1200 630"');
    expect(svg).toContain('>The 44-day war<');
    expect(svg).toContain('>Karabakh, explained<');
    expect(svg).toContain('>Chapter 3<');
    expect(svg).toContain('>A summary.<');
  });

  it('escapes text so data never becomes markup', () => {
    const svg = shareCardSvg({ title: 'A <b> & "c"', text: "It's <script>" });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).toContain('It&#39;s &lt;script&gt;');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
  });

  it('wraps a long title over several lines instead of running off the card', () => {
    const svg = shareCardSvg({ title: 'word '.repeat(20).trim(), text: 'x' });
    expect(svg.match(/<tspan/g)!.length).toBeGreaterThan(3);
  });

  it('draws the map on the right with the palette colours and escaped labels', () => {
    const svg = shareCardSvg({ title: 'T', text: 'x', map });
    expect(svg).toContain('<svg x="640" y="0" width="560" height="630" viewBox="0 0 560 630"');
    expect(svg).toContain(`d="M1 1H5V5Z" fill="${palette.light.districtHanded}"`);
    expect(svg).toContain(`d="M0 0L9 9" fill="none" stroke="${palette.light.loc2020}"`);
    expect(svg).toContain('>Shusha/Shushi</text>');
  });
});
