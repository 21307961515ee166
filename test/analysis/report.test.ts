/** The end-of-project reflection: the demo report is approved, and its promises are kept. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import { buildReport } from '../../src/analysis/report';
import { PERSONAL_PROPERTIES } from '../../src/domain';
import type { ProjectIndex } from '../../src/index';
import { renderReportMarkdown, reportLocation } from '../../src/render/report-markdown';
import { expectApproved } from '../support/approval';
import { DEMO_VAULT } from '../support/cli';
import { indexOf, note } from '../support/memory-vault';

const AS_OF = '2026-11-30';
const DEMO = 'Full Plates Together';

/** Every note of the demo vault, by vault path, in the order the folders list them. */
function demoFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(DEMO_VAULT, relative)).sort()) {
      if (name.startsWith('.')) continue;
      const child = relative === '' ? name : `${relative}/${name}`;
      if (statSync(path.join(DEMO_VAULT, child)).isDirectory()) walk(child);
      else if (name.endsWith('.md')) files[child] = readFileSync(path.join(DEMO_VAULT, child), 'utf8');
    }
  };
  walk('');
  return files;
}

function reportOf(index: ProjectIndex, options: { leavePersonalOut?: boolean } = {}): string {
  const project = index.findProject(DEMO)!;
  return renderReportMarkdown(buildReport(index, project, { asOf: AS_OF, ...options }));
}

describe('end-of-project reflection on the demo vault', () => {
  it('matches the approved report', async () => {
    expectApproved('report-demo.md', reportOf(await indexOf(demoFiles())));
  });

  it('has every section a funder looks for, in order', async () => {
    const text = reportOf(await indexOf(demoFiles()));
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Summary',
      '## What we set out to change',
      '## The journey',
      '## The six ingredients',
      '## Barriers and how they were removed',
      '## Recognition and rewards',
      '## What we learned and what changed',
      '## Self-assessment beside the evidence',
      '## Lessons for others',
      '## Questions every project should answer',
      '## What the notes do not show yet',
      '## Appendix',
    ]);
    expect(text.startsWith(`---\ncoproduction: report\nproject: "[[${DEMO}]]"\nas-of: ${AS_OF}\n---\n`)).toBe(true);
    // Quotes link to their notes; applied follow-ups say how.
    expect(text).toContain('[[Full Plates Together/Reflections/2026-05-20 Passing the hygiene course|Passing the hygiene course]]');
    expect(text).toContain('What changed: Rowan and Priya co-chaired the handover meeting.');
    expect(text).not.toMatch(/undefined|NaN|\[object /);
  });

  it('is byte-identical when built twice, whatever order the notes were read in', async () => {
    const files = demoFiles();
    const first = reportOf(await indexOf(files));
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    const second = reportOf(await indexOf(reversed));
    expect(second).toBe(first);
  });

  it('leaves personal properties out by default, and shows them only when asked', async () => {
    const index = await indexOf(demoFiles());
    const values: string[] = [];
    for (const record of index.notesOf(index.findProject(DEMO)!.path)) {
      if (record.kind !== 'participant') continue;
      const props = record.props as Record<string, unknown>;
      for (const property of PERSONAL_PROPERTIES) {
        const value = props[property];
        if (typeof value === 'string' && value.length >= 10) values.push(value);
      }
    }
    expect(values.length).toBeGreaterThan(10);
    const withheld = reportOf(index);
    for (const value of values) expect(withheld).not.toContain(value);
    expect(withheld).not.toMatch(/access needs:|told at consent:/i);
    const shown = reportOf(index, { leavePersonalOut: false });
    expect(shown).toContain('Access needs: A buddy at busy events');
  });

  it('is never counted: a report saved in the project changes no score', async () => {
    const index = await indexOf(demoFiles());
    const project = index.findProject(DEMO)!;
    const before = buildDashboard(index, project, { asOf: AS_OF });
    const text = reportOf(index);
    const { folder, baseName } = reportLocation(project.path, AS_OF);
    const reportPath = `${folder}/${baseName}.md`;
    index.update(reportPath, text);
    // The report really is one of the project's notes, read as a report...
    expect(index.projectOf(reportPath)).toBe(project.path);
    expect(index.get(reportPath)?.kind).toBe('report');
    expect(index.get(reportPath)?.problems).toEqual([]);
    // ...and nothing the dashboard shows moves.
    expect(buildDashboard(index, project, { asOf: AS_OF })).toEqual(before);
    // Nor does a second report written from a vault that holds the first.
    expect(reportOf(index)).toBe(text);
  });
});

describe('end-of-project reflection for a young project', () => {
  const files = {
    'Soup Club/Soup Club.md': note({
      coproduction: 'project',
      start: '2026-09-01',
      phase: 'starting-out',
      aim: 'A weekly soup lunch planned with the people who come.',
    }),
    'Soup Club/Phases/Starting out.md': note(
      { coproduction: 'phase', phase: 'starting-out', started: '2026-09-01' },
      '# Starting out\n\n## Why are we involving people?\nThey know what a good lunch is.\n\n## Signs we are on track\n- [x] We introduced people by name, not by job title or label. #ingredient/assets\n- [ ] Costs such as travel, childcare or meals were covered. #ingredient/mutuality\n',
    ),
    'Soup Club/Activities/2026-09-10 First lunch.md': note(
      { coproduction: 'activity', date: '2026-09-10', phase: 'starting-out', 'lived-experience': 4, practitioners: 1 },
      '# First lunch\n\n## What we did\nWe cooked leek soup together.\n\n## Decisions and who made them\n- Meet on Thursdays. Decided together.\n',
    ),
  };

  it('still reads well, and says plainly what is missing', async () => {
    const index = await indexOf(files);
    const text = renderReportMarkdown(buildReport(index, index.projects()[0]!, { asOf: AS_OF }));
    expect(text).toContain('# End-of-project reflection: Soup Club');
    expect(text).toContain('No reflections are recorded yet, so the notes do not say what was learned.');
    expect(text).toContain('Nobody has filled in a self-assessment yet.');
    expect(text).toContain('No rewards are recorded in the notes.');
    expect(text).toContain('- Decision: Meet on Thursdays. Decided together.');
    // Each fact once: what a section says is not listed again at the end.
    expect(text).toContain('Nothing records how accessibility, money, times that suit people and plain language were dealt with.');
    expect(text).toContain('- Nothing recorded yet for Engagement, Rewards and Learning.');
    expect(text).toContain('No evidence yet for these. Record one piece of evidence');
    expect(text.match(/The notes say nothing about this yet/g)).toHaveLength(2);
    expect(text).toContain("The notes say nothing yet about these:");
    const gaps = text.slice(text.indexOf('## What the notes do not show yet'), text.indexOf('## Appendix'));
    expect(gaps).toContain('None of the evidence for Assets comes from someone with lived experience.');
    expect(gaps).not.toContain('participant notes');
    expect(text.match(/No participant notes/g)).toHaveLength(1);
    expect(text).toContain('The project note does not list its outcomes yet.');
    expect(text).not.toMatch(/undefined|NaN|\[object /);
    // Still a report the tracker recognises.
    const reread = await indexOf({ ...files, 'Soup Club/Reports/r.md': text });
    expect(reread.get('Soup Club/Reports/r.md')).toMatchObject({ kind: 'report', problems: [] });
  });
});
