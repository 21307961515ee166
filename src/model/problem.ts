/** Something in a note the tracker could not use, in words a non-technical person follows. */
export interface Problem {
  path: string;
  /** 1-based line in the file, when the problem sits on one line. */
  line?: number;
  property?: string;
  message: string;
  hint?: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.path : `${problem.path}:${problem.line}`;
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${where}  ${problem.message}${hint}`;
}

/** Problems in a stable order: by path, then line. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}
