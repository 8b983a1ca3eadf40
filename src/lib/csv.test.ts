import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from './csv.ts';

describe('csvField', () => {
  it('leaves plain text, numbers and booleans as they are', () => {
    expect(csvField('Stepanakert')).toBe('Stepanakert');
    expect(csvField(39.8177)).toBe('39.8177');
    expect(csvField(false)).toBe('false');
  });
  it('writes null and undefined as empty cells', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
  it('quotes commas, line breaks and edge spaces', () => {
    expect(csvField('Aghdam, Fuzuli')).toBe('"Aghdam, Fuzuli"');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' padded')).toBe('" padded"');
  });
  it('doubles quotes inside a quoted field', () =>
    expect(csvField('the "Furukh" spelling')).toBe('"the ""Furukh"" spelling"'));
  it('keeps non-Latin letters as they are', () => expect(csvField('Xankəndi')).toBe('Xankəndi'));
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () =>
    expect(
      toCsv(
        ['id', 'name'],
        [
          ['a', 'x, y'],
          ['b', null],
        ],
      ),
    ).toBe('id,name\r\na,"x, y"\r\nb,\r\n'));
  it('refuses a row with the wrong number of values, naming it', () =>
    expect(() => toCsv(['id', 'name'], [['a']])).toThrow(/row 1 has 1 values; expected 2/));
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () =>
    expect(parseCsv('a,b\r\n"x, ""y""","1\n2"\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', '1\n2'],
    ]));
  it('reads LF files and a last line without a line end', () =>
    expect(parseCsv('a,b\n1,')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]));
  it('refuses an unterminated quoted field', () =>
    expect(() => parseCsv('a\n"open')).toThrow(/inside a quoted field/));
  it('reads back whatever toCsv writes', () =>
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 3, maxLength: 3 }), {
          maxLength: 8,
        }),
        (rows) => {
          expect(parseCsv(toCsv(['a', 'b', 'c'], rows))).toEqual([['a', 'b', 'c'], ...rows]);
        },
      ),
    ));
});
