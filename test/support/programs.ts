/**
 * Finds an external program a test needs. When it is missing the test is skipped with a
 * clear line on the console, except under CI (CI=true), where a missing program fails.
 */
import { execFileSync } from 'node:child_process';

export function findProgram(names: readonly string[]): string | undefined {
  for (const name of names) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

/** Returns the program's path, or undefined after printing why the tests will be skipped. */
export function requireProgram(label: string, names: readonly string[]): string | undefined {
  const found = findProgram(names);
  if (found) return found;
  const message = `${label} is not installed (looked for ${names.join(', ')}).`;
  if (process.env.CI === 'true') throw new Error(`${message} CI must install it: see .ci/run.`);
  console.warn(`\n  skipped: ${message} Install it to run these tests.\n`);
  return undefined;
}
