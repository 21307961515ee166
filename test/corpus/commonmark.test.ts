/**
 * Every example of the CommonMark spec (npm: commonmark-spec) as the body of a note: read
 * alone, then all together in one vault through check, dashboard and report. Nothing throws,
 * nothing is written but what was asked for, every problem names its file and line, and the
 * report quotes none of it as a link, an embed or HTML.
 */
import * as commonmark from 'commonmark-spec';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { suggestIngredients } from '../../src/analysis/suggest';
import { readYaml } from '../../src/cli/yaml-reader';
import { parseNote } from '../../src/model/parse-note';
import { expectProblemsPlaced, report, runChecked, tally } from '../support/corpus';
import { projectNote, removeFolder, tempVault } from '../support/temp-vault';

const EXAMPLES: string[] = commonmark.tests.map((test) => test.markdown);
const count = tally();
let vault = '';

afterAll(() => {
  report('commonmark-spec', count);
  if (vault) removeFolder(vault);
});

/** The example as an activity's text, with a tag after it so the note is evidence. */
function activity(markdown: string, i: number): string {
  return `---\ncoproduction: activity\nproject: "[[Spec]]"\ndate: 2026-03-02\n---\n${markdown}\nExample ${i} done. #ingredient/assets\n`;
}

describe('the CommonMark spec examples as note bodies', () => {
  it('reads every example without throwing', () => {
    expect(EXAMPLES.length).toBeGreaterThan(600);
    for (const [i, markdown] of EXAMPLES.entries()) {
      count.cases++;
      const text = activity(markdown, i);
      const record = parseNote({ path: `Spec/${i}.md`, text, readYaml });
      expect(record.kind).toBe('activity');
      for (const problem of record.problems) expect(problem.line, problem.message).toBeGreaterThanOrEqual(1);
      const bare = parseNote({ path: `Spec/bare ${i}.md`, text: markdown, readYaml });
      expect(['note', 'unreadable']).toContain(bare.kind);
      expect(Array.isArray(suggestIngredients(markdown))).toBe(true);
    }
  });

  it('runs check, dashboard and report over all of them in one vault', { timeout: 120_000 }, async () => {
    const files: Record<string, string> = { 'Spec/Spec.md': projectNote('Spec') };
    for (const [i, markdown] of EXAMPLES.entries()) {
      files[`Spec/Activities/Example ${i}.md`] = activity(markdown, i);
      files[`Spec/Notes/Bare ${i}.md`] = markdown;
    }
    vault = tempVault(files, 'coprod-commonmark-');
    await runChecked(vault, ['check', vault], count);
    await runChecked(vault, ['dashboard', vault, '--json', '-'], count);
    await runChecked(vault, ['dashboard', vault, '--html', `${vault}/dashboard.html`], count, (file) => file === 'dashboard.html');
    const written = await runChecked(vault, ['report', vault, '--project=Spec'], count);
    expect(written.code).toBe(0);
    const reportText = readFileSync(path.join(vault, written.stdout.trim()), 'utf8');
    const body = reportText.slice(reportText.indexOf('\n---\n') + 5).replace(/\[\[Spec\/[^[\]|\n]+\|[^[\]|\n]*\]\]/g, '');
    expect(body.replace(/\\./g, '')).not.toMatch(/\[\[|!\[|\]\(|<[a-z/!?]/i);
    await expectProblemsPlaced(vault, count);
  });
});
