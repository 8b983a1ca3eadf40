import { describe, expect, it } from 'vitest';
import { budgets, checkBudgets, type Budget } from '../../../scripts/bench/budgets.ts';
import { formatBudgetReport } from '../../../scripts/bench/formatBudgetReport.ts';

const js: Budget = { figure: 'bytes.x.script', kind: 'max', limit: 100, target: 80, why: 'js' };
const perf: Budget = { figure: 'lh.perf', kind: 'min', limit: 90, target: 95, why: 'perf' };

describe('checkBudgets', () => {
  it('passes a figure on its limit and breaks one past it, for ceilings and floors', () => {
    const at = checkBudgets([js, perf], {
      'bytes.x.script': { value: 100, unit: 'bytes' },
      'lh.perf': { value: 89, unit: 'score' },
    });
    expect(at.map((r) => r.status)).toEqual(['pass', 'fail']);
  });
  it('notes a figure inside the margin but short of its target', () => {
    const [r] = checkBudgets([perf], { 'lh.perf': { value: 92, unit: 'score' } });
    expect(r).toMatchObject({ status: 'pass', belowTarget: true });
  });
  it('breaks a budget whose figure was not measured instead of passing it silently', () => {
    const [r] = checkBudgets([js], {});
    expect(r!.status).toBe('missing');
  });
});

describe('the budgets', () => {
  it('keep the limits the project agreed: 40 KB initial story JS on phones and desktops, story Performance ≥ 90, the rest 100', () => {
    const limit = (figure: string) => budgets.find((b) => b.figure === figure)?.limit;
    expect(limit('bytes.story-initial-phone.script')).toBe(40 * 1024);
    expect(limit('bytes.story-initial-desktop.script')).toBe(40 * 1024);
    expect(limit('lighthouse.mobile.story.performance')).toBe(90);
    expect(limit('lighthouse.mobile.chart-embed.performance')).toBe(95);
    for (const c of ['accessibility', 'best-practices', 'seo'])
      expect(limit(`lighthouse.mobile.story.${c}`)).toBe(100);
    expect(limit('lighthouse.mobile.story.tbt')).toBeLessThanOrEqual(250);
  });
  it('never set a CI limit stricter than its target, which would flake on noise', () => {
    for (const b of budgets)
      expect(b.kind === 'max' ? b.limit >= b.target : b.limit <= b.target, b.figure).toBe(true);
  });
});

describe('formatBudgetReport', () => {
  it('names each broken budget with the measured value and the bound', () => {
    const text = formatBudgetReport(
      checkBudgets([js, perf], {
        'bytes.x.script': { value: 150, unit: 'bytes' },
        'lh.perf': { value: 93, unit: 'score' },
      }),
    );
    expect(text).toMatch(/BROKEN\s+bytes\.x\.script\s+0\.1 KB\s+≤ 0\.1 KB/);
    expect(text).toMatch(/ok\s+lh\.perf\s+93\s+≥ 90\s+short of target 95/);
    expect(text).toContain('✗ 1 of 2 budgets broken.');
  });
});
