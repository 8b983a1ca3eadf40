/** Writes bench results to bench/results/ and reads the previous run back. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FailingAudit } from './lighthouseFigures.ts';
import type { Figures } from './figures.ts';

/** One run of the bench as stored in JSON. */
export interface BenchResults {
  startedAt: string;
  commit: string | null;
  args: string[];
  durationMs: number;
  figures: Figures;
  /** Lighthouse audits that cost points, by `<preset>.<page>`. */
  failingAudits: Record<string, FailingAudit[]>;
}

/** The previous latest.json, or null when there is none (or it cannot be read). */
export function readPrevious(dir: string): BenchResults | null {
  const file = join(dir, 'latest.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  } catch {
    return null;
  }
}

/** Writes latest.json and a timestamped copy; returns the copy's path. */
export function writeResults(dir: string, results: BenchResults): string {
  mkdirSync(dir, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(join(dir, 'latest.json'), text);
  const stamped = join(dir, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(stamped, text);
  return stamped;
}
