import { describe, expect, it } from 'vitest';
import { parseChartState, partShown, sameState, stepShown } from './chartState.ts';

describe('parseChartState', () => {
  it('reads no attribute as the finished chart', () => {
    expect(parseChartState(null)).toEqual({ state: {}, problems: [] });
    expect(parseChartState('')).toEqual({ state: {}, problems: [] });
  });
  it('reads until and step', () => {
    expect(parseChartState('{"until":"2020-10-20","step":2}').state).toEqual({
      until: '2020-10-20',
      step: 2,
    });
  });
  it('drops bad keys and says why, keeping the good ones', () => {
    const { state, problems } = parseChartState('{"until":"soon","step":1,"zoom":3}');
    expect(state).toEqual({ step: 1 });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/"until" with value "soon" is ignored/);
  });
  it('reads part, a panel counted from 1', () => {
    expect(parseChartState('{"step":4,"part":2}').state).toEqual({ step: 4, part: 2 });
    expect(parseChartState('{"part":0}').state).toEqual({});
    expect(parseChartState('{"part":1.5}').problems[0]).toMatch(/"part" with value 1.5 is ignored/);
  });
  it('rejects a negative or fractional step', () => {
    expect(parseChartState('{"step":-1}').state).toEqual({});
    expect(parseChartState('{"step":1.5}').state).toEqual({});
  });
  it('reports text that is not JSON or not an object', () => {
    expect(parseChartState('{step:1}').problems[0]).toMatch(/not JSON/);
    expect(parseChartState('[1]').problems[0]).toMatch(/not an object/);
  });
});

describe('sameState', () => {
  it('compares what the state draws', () => {
    expect(sameState({ step: 1 }, { step: 1 })).toBe(true);
    expect(sameState({ step: 1 }, { step: 1, until: '2021' })).toBe(false);
    expect(sameState({}, {})).toBe(true);
    expect(sameState({ step: 1 }, { step: 1, part: 1 })).toBe(false);
  });
});

describe('stepShown', () => {
  it('shows every layer when no step is set', () => {
    expect(stepShown({}, 5)).toBe(true);
  });
  it('shows layers up to the step', () => {
    expect(stepShown({ step: 2 }, 2)).toBe(true);
    expect(stepShown({ step: 2 }, 3)).toBe(false);
    expect(stepShown({ step: 0 }, 1)).toBe(false);
  });
});

describe('partShown', () => {
  it('draws every panel when no part is named, else only that one', () => {
    expect(partShown({}, 2)).toBe(true);
    expect(partShown({ part: 1 }, 1)).toBe(true);
    expect(partShown({ part: 1 }, 2)).toBe(false);
  });
});
