/** One thing wrong in one data file, in words an editor can act on. */
export interface Problem {
  /** Path of the file relative to the repository root, e.g. "data/places.json". */
  file: string;
  /** Where in the file: "#3 (parukh) › names.az", or "" for the whole file. */
  path: string;
  /** What is wrong, then what was expected in parentheses. */
  message: string;
  /** Line in the file where the value starts, when the file was read from disk. */
  line?: number;
}

/** Formats a problem as `data/<file>[:line] › <path>: <what is wrong> (expected …)`. */
export function formatProblem(problem: Problem): string {
  const file = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const where = problem.path ? `${file} › ${problem.path}` : file;
  return `${where}: ${problem.message}`;
}

/** Sorts problems by file, then by record position, so output is stable run to run. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => Number(/^#(\d+)/.exec(p.path)?.[1] ?? -1);
  // Code-point order, not locale order: the same output on every machine.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...problems].sort(
    (a, b) =>
      cmp(a.file, b.file) || rank(a) - rank(b) || cmp(a.path, b.path) || cmp(a.message, b.message),
  );
}
