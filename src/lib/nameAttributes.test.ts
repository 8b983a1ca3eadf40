import { describe, expect, it } from 'vitest';
import { nameAttributes } from './nameAttributes.ts';

describe('nameAttributes', () => {
  it('marks the element and carries one data attribute per convention', () =>
    expect(
      nameAttributes({ en: 'Lachin', hy: 'Berdzor', az: 'Laçın', both: 'Berdzor / Lachin' }),
    ).toEqual({
      'data-names-text': '',
      'data-en': 'Lachin',
      'data-hy': 'Berdzor',
      'data-az': 'Laçın',
      'data-both': 'Berdzor / Lachin',
    }));
  it('leaves out conventions that read as English usage', () =>
    expect(
      nameAttributes({ en: 'Goris', hy: 'Goris', az: 'Gorus', both: 'Goris / Gorus' }),
    ).toEqual({
      'data-names-text': '',
      'data-en': 'Goris',
      'data-az': 'Gorus',
      'data-both': 'Goris / Gorus',
    }));
  it('gives nothing when there is no text, so the element is left alone', () =>
    expect(nameAttributes({})).toEqual({}));
});
