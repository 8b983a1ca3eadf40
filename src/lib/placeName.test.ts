import { describe, expect, it } from 'vitest';
import { placeName } from './placeName.ts';

const stepanakert = {
  names: { en: 'Stepanakert', hy: 'Stepanakert', az: 'Xankəndi', azLatin: 'Khankendi', other: [] },
};
const kornidzor = { names: { en: 'Kornidzor', hy: 'Kornidzor', az: null, other: [] } };
const seysulan = { names: { en: 'Seysulan', hy: 'Seysulan', az: 'Seysulan', other: [] } };

describe('placeName', () => {
  it('uses English usage by default', () => expect(placeName(stepanakert)).toBe('Stepanakert'));
  it('gives the Azerbaijani form in Azerbaijani script', () =>
    expect(placeName(stepanakert, 'az')).toBe('Xankəndi'));
  it('joins both conventions with the plain-Latin Azerbaijani form', () =>
    expect(placeName(stepanakert, 'both')).toBe('Stepanakert / Khankendi'));
  it('falls back to English usage where a form is unknown', () =>
    expect(placeName(kornidzor, 'az')).toBe('Kornidzor'));
  it('does not repeat a name that is the same in both conventions', () =>
    expect(placeName(seysulan, 'both')).toBe('Seysulan'));
});
