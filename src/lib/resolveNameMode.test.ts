import { describe, expect, it } from 'vitest';
import { parseNameMode, resolveNameMode, searchWithNameMode } from './resolveNameMode.ts';

describe('parseNameMode', () => {
  it('accepts the four conventions', () => {
    for (const m of ['en', 'hy', 'az', 'both']) expect(parseNameMode(m)).toBe(m);
  });
  it('rejects anything else, including other cases and empty values', () => {
    for (const m of ['AZ', 'ru', '', ' en', null, undefined]) expect(parseNameMode(m)).toBeNull();
  });
});

describe('resolveNameMode', () => {
  it('defaults to English usage', () =>
    expect(resolveNameMode({ search: '', stored: null })).toEqual({
      mode: 'en',
      origin: 'default',
    }));
  it('uses the stored choice', () =>
    expect(resolveNameMode({ search: '', stored: 'hy' })).toEqual({
      mode: 'hy',
      origin: 'storage',
    }));
  it('lets ?names= in the address override the stored choice', () =>
    expect(resolveNameMode({ search: '?names=az', stored: 'hy' })).toEqual({
      mode: 'az',
      origin: 'url',
    }));
  it('reads ?names= among other parameters', () =>
    expect(resolveNameMode({ search: '?step=3&names=both', stored: null }).mode).toBe('both'));
  it('ignores an unknown ?names= value and a corrupt stored value', () => {
    expect(resolveNameMode({ search: '?names=ru', stored: 'hy' }).mode).toBe('hy');
    expect(resolveNameMode({ search: '?names=', stored: 'nonsense' })).toEqual({
      mode: 'en',
      origin: 'default',
    });
  });
});

describe('searchWithNameMode', () => {
  it('moves ?names= to the new choice and keeps other parameters', () =>
    expect(searchWithNameMode('?a=1&names=az', 'hy')).toBe('?a=1&names=hy'));
  it('leaves an address without ?names= alone', () => {
    expect(searchWithNameMode('', 'hy')).toBe('');
    expect(searchWithNameMode('?a=1', 'both')).toBe('?a=1');
  });
});
