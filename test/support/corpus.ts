/**
 * Helpers for the corpus tests (test/corpus): run a command on a temporary vault, check it
 * neither threw nor wrote anything it was not asked to, and collect every problem `check`
 * would list, so a test can say each has a file and a line.
 */
import { expect } from 'vitest';
import { collectProjectNotes } from '../../src/analysis/project-notes';
import { vaultProblems } from '../../src/analysis/attention';
import { openVault } from '../../src/cli/vault';
import type { Problem } from '../../src/model';
import { changes, runIn, snapshot, type Run } from './temp-vault';

export interface Tally {
  cases: number;
  runs: number;
  throws: number;
  unexpected: number;
  filesChanged: number;
  problems: number;
  problemsWithoutLine: number;
}

export function tally(): Tally {
  return { cases: 0, runs: 0, throws: 0, unexpected: 0, filesChanged: 0, problems: 0, problemsWithoutLine: 0 };
}

/** A sample of `items` of at most `limit`, every k-th one from the first: the same on every run. */
export function sample<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]!);
}

/**
 * Runs `coprod args` in `root` and checks what it did: it returned an exit code (no throw, no
 * 3 "unexpected"), printed no stack trace, and changed no file but the ones it names on
 * standard output (or `allowed`), all of them new.
 */
export async function runChecked(root: string, args: string[], count: Tally, allowed: (file: string) => boolean = () => false): Promise<Run> {
  const before = snapshot(root);
  const run = await runIn(root, args);
  const after = snapshot(root);
  count.runs++;
  const what = `coprod ${args.map((arg) => JSON.stringify(arg)).join(' ')}`;
  if (run.thrown !== undefined) count.throws++;
  expect(run.thrown, `${what} threw`).toBeUndefined();
  if (run.code === 3) count.unexpected++;
  expect([0, 1, 2], `${what} exit code; stderr: ${run.stderr}`).toContain(run.code);
  expect(run.stderr, `${what} printed a stack trace`).not.toMatch(/^\s+at /m);
  const diff = changes(before, after);
  const printed = new Set(run.stdout.split('\n').map((line) => line.trim()));
  const unasked = [...diff.removed, ...diff.changed, ...diff.added.filter((file) => !printed.has(file) && !allowed(file))];
  count.filesChanged += unasked.length;
  expect(unasked, `${what} changed files it was not asked to`).toEqual([]);
  return run;
}

/** Every problem `coprod check` lists for the vault at `root`. */
export async function vaultProblemList(root: string, asOf = '2026-11-22'): Promise<Problem[]> {
  const { index, unreadable } = await openVault(root, { allowEmpty: true });
  return [...vaultProblems(index, asOf, (project) => collectProjectNotes(index, project)), ...unreadable];
}

/**
 * Notices about a whole file, which have no line to point at: "This may be a copy of …",
 * "This is a likely copy of …". Counted and printed, not failed; see the issue 9 report.
 */
const WHOLE_FILE = /^This (?:may be a|is a likely) copy of /;

/** Adds the vault's problems to the tally and checks each names a file, and a line unless it is about the whole file. */
export async function expectProblemsPlaced(root: string, count: Tally): Promise<Problem[]> {
  const problems = await vaultProblemList(root);
  count.problems += problems.length;
  for (const problem of problems) {
    expect(problem.path, JSON.stringify(problem)).not.toBe('');
    if (problem.line === undefined) count.problemsWithoutLine++;
  }
  expect(
    problems
      .filter((problem) => problem.line === undefined && !WHOLE_FILE.test(problem.message))
      .map((problem) => `${problem.path}: ${problem.message}`),
    'problems without a line',
  ).toEqual([]);
  return problems;
}

export function report(name: string, count: Tally): void {
  console.log(
    `corpus ${name}: ${count.cases} cases, ${count.runs} command runs, ${count.throws} throws, ${count.unexpected} unexpected errors, ` +
      `${count.filesChanged} files changed unasked, ${count.problems} problems (${count.problemsWithoutLine} without a line)`,
  );
}
