/**
 * The report's table of the six ingredients: its columns are calendar quarters, and "How it
 * changed" compares two halves of the project's months. The two need not line up, so each
 * trend says the counts it compares; a reader can then check it against the halves named
 * under the table, never against quarter columns that seem to say the opposite.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/analysis/report';
import { renderReportMarkdown } from '../../src/render/report-markdown';
import { indexOf, note } from '../support/memory-vault';

const PROJECT = note({ coproduction: 'project', start: '2026-09-01', phase: 'engagement' }, '# Garden\n');

function activity(date: string, author: string, body: string): string {
  return note({ coproduction: 'activity', project: '"[[Garden]]"', date, author, 'lived-experience': 3 }, body);
}

async function reportText(): Promise<string> {
  const index = await indexOf({
    'Garden/Garden.md': PROJECT,
    // Sep, Oct, Nov: the halves are Sep–Oct and Nov; the quarters are Sep and Oct–Nov.
    'Garden/Activities/Seed swap.md': activity('2026-10-01', 'Bo', 'Bus fares were paid. #ingredient/mutuality\n'),
    'Garden/Activities/Planting day.md': activity('2026-11-05', 'Ash', 'Ash chaired the day. #ingredient/shared-roles\n'),
  });
  const project = index.findProject('Garden')!;
  return renderReportMarkdown(buildReport(index, project, { asOf: '2026-11-22' }));
}

function row(text: string, name: string): string {
  const found = text.split('\n').find((line) => line.startsWith(`| ${name} |`));
  expect(found, `a row for ${name}`).toBeDefined();
  return found!;
}

describe('how an ingredient changed, in the report', () => {
  it('says the counts of the two halves it compares, beside quarter columns that split the months elsewhere', async () => {
    const text = await reportText();
    expect(text).toContain('| Sep 2026 | Oct–Nov 2026 | How it changed |');
    expect(text).toContain('The halves are Sep–Oct 2026 and Nov 2026.');
    // Mutuality: one piece in October. The quarters show 0 then 1; the halves 1 then 0.
    expect(row(text, 'Mutuality')).toContain('| 0 | 1 | less in the second half (1, then 0) |');
    expect(row(text, 'Shared roles')).toContain('| 0 | 1 | more in the second half (0, then 1) |');
    expect(row(text, 'Assets')).toContain('| 0 | 0 | none yet |');
  });
});
