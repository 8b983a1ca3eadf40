/** One thing wrong in one data file, in words an editor can act on. */
export interface Problem {
  /** Path of the file relative to the repository root, e.g. "data/places.json". */
  file: string;
  /** Where in the file: "#3 (parukh) › names.az", or "" for the whole file. */
  path: string;
  /** What is wrong, then what was expected in parentheses. */
  message: string;
}

/** Formats a problem as `data/<file> › <path>: <what is wrong> (expected …)`. */
export function formatProblem(problem: Problem): string {
  const where = problem.path ? `${problem.file} › ${problem.path}` : problem.file;
  return `${where}: ${problem.message}`;
}

/** Sorts problems by file, then by record position, so output is stable run to run. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => Number(/^#(\d+)/.exec(p.path)?.[1] ?? -1);
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      rank(a) - rank(b) ||
      a.path.localeCompare(b.path) ||
      a.message.localeCompare(b.message),
  );
}
