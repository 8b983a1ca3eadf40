import { describe, expect, it } from 'vitest';
import {
  checkPosition,
  checkPositions,
  checkRegion,
  formatPosition,
  type GeoJsonProblem,
} from './checkPositions.ts';

const collect = () => {
  const problems: GeoJsonProblem[] = [];
  return { problems, report: (path: string, message: string) => problems.push({ path, message }) };
};
const region = { west: 38, east: 52, south: 35, north: 45 };

describe('formatPosition', () => {
  it('writes a position the way GeoJSON does, longitude first', () => {
    expect(formatPosition([46.75194, 39.81528])).toBe('[46.75194, 39.81528]');
  });
});

describe('checkPosition', () => {
  it('accepts two finite numbers, and a third (altitude) too', () => {
    const { problems, report } = collect();
    expect(checkPosition([46, 40], 'p', report)).toBe(true);
    expect(checkPosition([46, 40, 1200], 'p', report)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('reports both axes when both are wrong', () => {
    const { problems, report } = collect();
    expect(checkPosition(['46', Number.NaN], 'p', report)).toBe(false);
    expect(problems.map((p) => p.message)).toEqual([
      'the longitude is the text "46", not a number (expected degrees as a number)',
      'the latitude is NaN, not a finite number (expected degrees as a number)',
    ]);
  });
});

describe('checkPositions', () => {
  it('numbers each position in the path', () => {
    const { problems, report } = collect();
    expect(checkPositions([[46, 40], [46]], 'line', report)).toBeNull();
    expect(problems.map((p) => p.path)).toEqual(['line[1]']);
  });

  it('reports a value that is not a list, saying what to write instead', () => {
    const { problems, report } = collect();
    expect(checkPositions('abc', 'line', report)).toBeNull();
    expect(problems).toEqual([
      {
        path: 'line',
        message: 'is the text "abc", not a list of positions (expected [[longitude, latitude], …])',
      },
    ]);
  });
});

describe('checkRegion', () => {
  it('stays quiet when everything is inside', () => {
    const { problems, report } = collect();
    checkRegion(
      [
        [46, 40],
        [38, 35],
        [52, 45],
      ],
      'x',
      region,
      report,
    );
    expect(problems).toEqual([]);
  });

  it('counts the positions outside and quotes the first', () => {
    const { problems, report } = collect();
    checkRegion(
      [
        [46, 40],
        [55, 40],
        [56, 40],
      ],
      'x',
      region,
      report,
    );
    expect(problems[0]!.message).toBe(
      '2 of 3 positions lie outside the map region, first [55, 40] (expected positions within longitude 38–52, latitude 35–45)',
    );
  });

  it('suggests swapped latitude and longitude only when swapping fixes every outside position', () => {
    const swapped = collect();
    checkRegion(
      [
        [39.8, 46.7],
        [39.9, 46.8],
      ],
      'x',
      region,
      swapped.report,
    );
    expect(swapped.problems[0]!.message).toBe(
      '2 of 2 positions lie outside the map region, first [39.8, 46.7]; latitude and longitude look swapped: swapping the two puts them all inside the region (expected [longitude, latitude] order, within longitude 38–52, latitude 35–45)',
    );
    const mixed = collect();
    checkRegion(
      [
        [39.8, 46.7],
        [10, 10],
      ],
      'x',
      region,
      mixed.report,
    );
    expect(mixed.problems[0]!.message).not.toMatch(/swapped/);
  });
});
