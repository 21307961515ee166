/**
 * A note dated after the day the figures are for has not happened yet as of that day: its
 * evidence, gaps and barriers are not counted, and "Needs attention" (and `coprod check`) names
 * it. Counted by hand: the project below has two notes with assets evidence, one of them dated
 * after the as-of day.
 */
import { describe, expect, it } from 'vitest';
import { vaultProblems } from '../../src/analysis/attention';
import { buildDashboard } from '../../src/analysis/dashboard';
import { collectProjectNotes } from '../../src/analysis/project-notes';
import { indexOf, note } from '../support/memory-vault';

const AS_OF = '2026-10-15';
const FILES = {
  'P/P.md': note({ coproduction: 'project', start: '2026-01-01' }),
  'P/Participants/Rowan.md': note({ coproduction: 'participant', role: 'lived-experience' }),
  'P/Activities/Before.md': note(
    { coproduction: 'activity', date: '2026-10-01', author: 'Rowan' },
    'Rowan brought her sewing skills. #ingredient/assets\n',
  ),
  'P/Activities/After.md': note(
    { coproduction: 'activity', date: '2026-11-05', author: 'Rowan' },
    'Tom ran the stall with us. #ingredient/assets #ingredient/shared-roles\nNo one came from the flats. #gap/networks\nThe bus fare put people off. #barrier/financial\n',
  ),
  // Dated by its file name only.
  'P/Notes/2026-12-01 Plan.md': '#ingredient/catalysts we plan a launch\n',
};

async function dashboard(asOf: string) {
  const index = await indexOf(FILES);
  return { index, model: buildDashboard(index, index.projects()[0]!, { asOf }) };
}

describe('notes dated after the as-of day', () => {
  it('count nothing as of an earlier day', async () => {
    const { model } = await dashboard(AS_OF);
    const score = (id: string) => model.ingredients.find((entry) => entry.id === id)!;
    expect(score('assets')).toMatchObject({ total: 1, lastSeen: '2026-10-01' });
    expect(score('assets').evidence.map((item) => item.path)).toEqual(['P/Activities/Before.md']);
    expect(score('shared-roles').total).toBe(0);
    expect(score('catalysts').total).toBe(0);
    expect(score('networks').gapEvidence).toEqual([]);
    expect(model.barriers.find((barrier) => barrier.id === 'financial')).toMatchObject({ addressed: false, notes: 0 });
  });

  it('are named in "Needs attention", with the property and its line', async () => {
    const { model } = await dashboard(AS_OF);
    const later = model.attention.filter((item) => item.message.includes('the day the figures are for'));
    expect(later).toEqual([
      {
        kind: 'problem',
        path: 'P/Activities/After.md',
        title: 'After',
        line: 3,
        property: 'date',
        message: 'This note is dated 2026-11-05, after 2026-10-15, the day the figures are for, so its evidence, gaps and barriers are not counted yet.',
        hint: 'If the date is a typing slip, correct "date". A session written up ahead of time counts from its day.',
      },
      expect.objectContaining({ path: 'P/Notes/2026-12-01 Plan.md', hint: 'If the date at the start of the file name is a typing slip, rename the note.' }),
    ]);
    expect(later[1]).not.toHaveProperty('property');
  });

  it('count once their day has come, and are no longer named', async () => {
    const { model } = await dashboard('2026-12-01');
    const score = (id: string) => model.ingredients.find((entry) => entry.id === id)!;
    expect(score('assets').total).toBe(2);
    expect(score('shared-roles').total).toBe(1);
    expect(score('catalysts').total).toBe(1);
    expect(score('networks').gapEvidence).toHaveLength(1);
    expect(model.barriers.find((barrier) => barrier.id === 'financial')).toMatchObject({ addressed: true, notes: 1 });
    expect(model.attention.some((item) => item.message.includes('the day the figures are for'))).toBe(false);
  });

  it('are listed by coprod check, which works as of today', async () => {
    const { index } = await dashboard(AS_OF);
    const problems = vaultProblems(index, '2026-11-10', (project) => collectProjectNotes(index, project));
    expect(problems.filter((problem) => problem.message.includes('the day the figures are for')).map((problem) => problem.path)).toEqual([
      'P/Notes/2026-12-01 Plan.md',
    ]);
  });
});
