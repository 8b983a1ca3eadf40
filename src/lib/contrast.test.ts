import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseHex, relativeLuminance } from './contrast.ts';

describe('parseHex', () => {
  it('reads short and long hex colours', () => {
    expect(parseHex('#777')).toEqual([119, 119, 119]);
    expect(parseHex('#0B5CAD')).toEqual([11, 92, 173]);
  });
  it('names the value it cannot read', () => {
    expect(() => parseHex('rgb(0,0,0)')).toThrow(/"rgb\(0,0,0\)"/);
  });
});

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
  });
});

describe('contrastRatio', () => {
  // Reference values published with WCAG and by WebAIM's contrast checker.
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0b5cad', '#0b5cad')).toBe(1);
  });
  it('gives #777 on white just under the 4.5:1 text threshold (4.48:1)', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('gives #767676 on white just over it (4.54:1), in either order', () => {
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#fff', '#767676')).toBeCloseTo(4.54, 2);
  });
  it('gives #949494 on white 3.03:1, just over the 3:1 threshold for graphics', () => {
    expect(contrastRatio('#949494', '#fff')).toBeCloseTo(3.03, 2);
  });
});

describe('over', () => {
  it('composites a translucent colour over its background', () => {
    expect(over('#000000', 0.5, '#ffffff')).toEqual([128, 128, 128]);
    expect(over('#336699', 1, '#ffffff')).toEqual(parseHex('#336699'));
    expect(over('#336699', 0, '#ffffff')).toEqual([255, 255, 255]);
  });
});
