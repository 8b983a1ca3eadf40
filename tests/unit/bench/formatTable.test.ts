import { describe, expect, it } from 'vitest';
import { formatChange, formatTable, formatValue } from '../../../scripts/bench/formatTable.ts';

describe('formatTable', () => {
  it('aligns labels left and figures right under a rule', () => {
    expect(
      formatTable(
        ['page', 'Perf'],
        [
          ['story', '83'],
          ['chart-embed', '100'],
        ],
      ),
    ).toBe(
      ['page         Perf', '-----------  ----', 'story          83', 'chart-embed   100'].join(
        '\n',
      ),
    );
  });
});

describe('formatValue', () => {
  it('shows each unit the way the report reads', () => {
    expect(formatValue(40 * 1024, 'bytes')).toBe('40.0 KB');
    expect(formatValue(512.49, 'ms')).toBe('512 ms');
    expect(formatValue(0.04862, 'cls')).toBe('0.049');
    expect(formatValue(3.456, 'ratio')).toBe('×3.46');
    expect(formatValue(0.0412, 'share')).toBe('4 %');
    expect(formatValue(null, 'score')).toBe('—');
  });
});

describe('formatChange', () => {
  it('signs the change and gives it as a percentage of the previous value', () => {
    expect(formatChange(1000, 1100, 'ms')).toBe('+100 ms (+10.0 %)');
    expect(formatChange(2048, 1024, 'bytes')).toBe('−1.0 KB (−50.0 %)');
    expect(formatChange(90, 90, 'score')).toBe('=');
    expect(formatChange(undefined, 90, 'score')).toBe('');
  });
});
