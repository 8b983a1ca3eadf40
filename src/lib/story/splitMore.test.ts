import { describe, expect, it } from 'vitest';
import { countMoreMarkers, countWords, splitMore, withoutMoreMarkers } from './splitMore.ts';

describe('splitMore', () => {
  it('returns the whole body as main text when there is no marker', () => {
    expect(splitMore('One.\n\nTwo.\n')).toEqual({ main: 'One.\n\nTwo.\n', more: null });
  });

  it('splits at a line holding exactly <!-- more -->', () => {
    const parts = splitMore('Main text.\n\n<!-- more -->\n\nDetail one.\n\nDetail two.\n');
    expect(parts.main.trim()).toBe('Main text.');
    expect(parts.more?.trim()).toBe('Detail one.\n\nDetail two.');
  });

  it('accepts spaces around the marker but not a marker inside a sentence', () => {
    expect(splitMore('A.\n  <!-- more -->  \nB.').more?.trim()).toBe('B.');
    expect(splitMore('A <!-- more --> B.').more).toBeNull();
  });

  it('splits at the first marker only', () => {
    const parts = splitMore('A.\n<!-- more -->\nB.\n<!-- more -->\nC.');
    expect(parts.main.trim()).toBe('A.');
    expect(parts.more).toContain('C.');
  });

  it('has no detail when nothing but blank lines follows the marker', () => {
    expect(splitMore('A.\n<!-- more -->\n\n  \n')).toEqual({ main: 'A.\n', more: null });
  });

  it('does not change its input', () => {
    const body = 'A.\n<!-- more -->\nB.';
    splitMore(body);
    expect(body).toBe('A.\n<!-- more -->\nB.');
  });
});

describe('countMoreMarkers and withoutMoreMarkers', () => {
  it('count and remove marker lines only', () => {
    const body = 'A.\n<!-- more -->\nB <!-- more --> inline.\n<!-- more -->\n';
    expect(countMoreMarkers(body)).toBe(2);
    expect(withoutMoreMarkers(body)).toBe('A.\n\nB <!-- more --> inline.\n\n');
  });
});

describe('countWords', () => {
  it('counts plain words, numbers and hyphenated words once each', () => {
    expect(countWords('The 44-day war ended on 10 November.')).toBe(7);
  });

  it('counts note markers as nothing, dates as three words and other references as one', () => {
    expect(
      countWords('On {date:e1} {actor:ru-mod} said {figure:x} in {place:parukh}.{source:S01,S02}'),
    ).toBe(3 + 1 + 1 + 1 + 1 + 1 + 1);
  });

  it('ignores link targets, emphasis marks and stray punctuation', () => {
    expect(countWords('A [linked phrase](https://example.org/a-b) — *stressed* **strong**')).toBe(
      5,
    );
  });
});
