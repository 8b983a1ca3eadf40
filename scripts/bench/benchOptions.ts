/** Command-line options of `npm run bench`. */

export const benchParts = ['build', 'lighthouse', 'bytes', 'scroll', 'scale'] as const;
export type BenchPart = (typeof benchParts)[number];

export interface BenchOptions {
  /** The parts to run, in the order they run. */
  parts: BenchPart[];
  /** Lighthouse presets to run. */
  presets: ('mobile' | 'desktop')[];
}

/**
 * `--quick` drops desktop Lighthouse and the scaling run (the two slowest, least watched parts);
 * `--only=a,b` runs just those parts. Unknown arguments are errors, not silently ignored.
 */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  let parts: BenchPart[] = [...benchParts];
  let quick = false;
  for (const arg of args) {
    if (arg === '--quick') quick = true;
    else if (arg.startsWith('--only=')) {
      const names = arg.slice('--only='.length).split(',').filter(Boolean);
      const unknown = names.filter((n) => !benchParts.includes(n as BenchPart));
      if (unknown.length || names.length === 0)
        throw new Error(
          `--only received "${unknown.join(',')}" (expected some of ${benchParts.join(', ')})`,
        );
      parts = benchParts.filter((p) => names.includes(p));
    } else
      throw new Error(
        `unknown argument "${arg}" (expected --quick or --only=<${benchParts.join('|')}>)`,
      );
  }
  if (quick) parts = parts.filter((p) => p !== 'scale');
  return { parts, presets: quick ? ['mobile'] : ['mobile', 'desktop'] };
}
