/**
 * Property tests (fast-check) run at least 10,000 generated cases per CI run in total
 * (issue 9). This counts them from the test files: each `fc.assert` runs its `numRuns`, or
 * fast-check's default of 100 when it gives none. At the time of writing the total is about
 * 19,500: simple-yaml 3,000; links, dates, report escaping and the two regex-linear loops
 * 2,000 each; yaml-reader, property-lines and two file-name properties 1,000 each; the rest
 * fewer.
 *
 * On a failure fast-check prints the seed and the path of the failing case
 * ("seed: 12345, path: 3:1:0"); replay it by adding `{ seed: 12345, path: '3:1:0' }` to that
 * fc.assert's options.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const TEST_ROOT = __dirname;
const MINIMUM = 10_000;
const DEFAULT_RUNS = 100;

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Generated cases one test file runs: the numRuns it gives, and 100 for each fc.assert without one. */
function casesIn(source: string): number {
  const asserts = source.split('fc.assert(').length - 1;
  const given = [...source.matchAll(/numRuns:\s*([\d_]+)/g)].map((match) => Number(match[1]!.replace(/_/g, '')));
  return given.reduce((sum, runs) => sum + runs, 0) + Math.max(0, asserts - given.length) * DEFAULT_RUNS;
}

it(`runs at least ${MINIMUM.toLocaleString('en')} generated cases in total`, () => {
  const perFile = testFiles(TEST_ROOT)
    .map((file) => ({ file: path.relative(TEST_ROOT, file), cases: casesIn(readFileSync(file, 'utf8')) }))
    .filter((entry) => entry.cases > 0 && entry.file !== 'property-budget.test.ts');
  const total = perFile.reduce((sum, entry) => sum + entry.cases, 0);
  console.log(`property tests: ${total} generated cases in ${perFile.length} files`);
  expect(casesIn('fc.assert(a, { numRuns: 2_000 }); fc.assert(b);')).toBe(2_100);
  expect(total).toBeGreaterThanOrEqual(MINIMUM);
});
