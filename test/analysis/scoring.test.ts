/** Scoring with expectations worked out by hand from the rules in src/analysis/thresholds.ts. */
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { IngredientScore } from '../../src/analysis/dashboard-types';
import { indexOf, note } from '../support/memory-vault';

const AS_OF = '2026-11-22';
const PROJECT = { 'P/P.md': note({ coproduction: 'project', start: '2026-01-01', phase: 'engagement' }) };
const PEOPLE = {
  'P/Participants/Rowan.md': note({ coproduction: 'participant', role: 'lived-experience' }),
  'P/Participants/Priya.md': note({ coproduction: 'participant', role: 'practitioner' }),
  'P/Participants/Tom.md': note({ coproduction: 'participant', role: 'practitioner' }),
  'P/Participants/Ash.md': note({ coproduction: 'participant', role: 'practitioner' }),
};

async function score(files: Record<string, string>, ingredient = 'assets'): Promise<IngredientScore> {
  const index = await indexOf({ ...PROJECT, ...PEOPLE, ...files });
  const model = buildDashboard(index, index.projects()[0]!, { asOf: AS_OF });
  return model.ingredients.find((entry) => entry.id === ingredient)!;
}

function reflection(date: string, author: string, ingredients: string[], body = ''): string {
  return note({ coproduction: 'reflection', date, author, ingredients }, body);
}

describe('ingredient scoring', () => {
  it('gives "Not yet seen" and says how to start when there is no evidence', async () => {
    const result = await score({});
    expect(result).toMatchObject({ level: 0, levelName: 'Not yet seen', total: 0, recent: 0, voices: 0 });
    expect(result.nextStep).toMatch(/^Record one piece of evidence/);
  });

  it('stays at "Starting out" when all evidence is older than the window', async () => {
    // 2026-08-23 is 91 days before 2026-11-22: just outside the 90-day window.
    const result = await score({
      'P/R/a.md': reflection('2026-03-01', 'Rowan', ['assets']),
      'P/R/b.md': reflection('2026-05-01', 'Priya', ['assets']),
      'P/R/c.md': reflection('2026-08-23', 'Tom', ['assets']),
    });
    expect(result).toMatchObject({ level: 1, total: 3, recent: 0, voices: 0, lastSeen: '2026-08-23' });
    expect(result.nextStep).toBe('To reach "On the way": 2 more pieces of evidence from the last 90 days, evidence from 2 more people.');
  });

  it('counts evidence on the last day of the window as recent', async () => {
    const result = await score({ 'P/R/a.md': reflection('2026-08-24', 'Rowan', ['assets']) });
    expect(result.recent).toBe(1);
  });

  it('caps evidence only from professionals at "On the way"', async () => {
    const result = await score({
      'P/R/a.md': reflection('2026-10-01', 'Priya', ['assets']),
      'P/R/b.md': reflection('2026-10-02', 'Tom', ['assets']),
      'P/R/c.md': reflection('2026-10-03', 'Ash', ['assets']),
      'P/R/d.md': reflection('2026-10-04', 'Priya', ['assets']),
    });
    expect(result).toMatchObject({ level: 2, levelName: 'On the way', recent: 4, voices: 3, livedExperience: 0 });
    expect(result.roles).toEqual(['practitioner']);
    expect(result.nextStep).toBe('To reach "Going strong": recent evidence from someone with lived experience.');
  });

  it('reaches "Going strong" with enough recent evidence from several people, one with lived experience', async () => {
    const result = await score({
      'P/R/a.md': reflection('2026-10-01', 'Priya', ['assets']),
      'P/R/b.md': reflection('2026-10-02', 'Tom', ['assets']),
      'P/R/c.md': reflection('2026-10-03', 'Rowan', ['assets']),
      'P/R/d.md': reflection('2026-10-04', 'Priya', ['assets']),
    });
    expect(result).toMatchObject({ level: 3, levelName: 'Going strong', livedExperience: 1, nextStep: '' });
  });

  it('counts one note once per ingredient: a tagged line wins over the same ingredient in its properties', async () => {
    const files = {
      'P/R/a.md': reflection('2026-10-01', 'Rowan', ['assets', 'networks'], 'We met at the café. #ingredient/capacity #ingredient/networks\n'),
    };
    const assets = await score(files, 'assets');
    const networks = await score(files, 'networks');
    const capacity = await score(files, 'capacity');
    // Networks is both listed and tagged: one piece, the tagged line 7 (the property sits on line 5).
    expect([assets.total, networks.total, capacity.total]).toEqual([1, 1, 1]);
    expect(networks.evidence.map((item) => [item.line, item.source])).toEqual([[7, 'tag']]);
    expect(capacity.evidence[0]).toMatchObject({ path: 'P/R/a.md', line: 7, text: 'We met at the café.', author: 'Rowan', quotable: true });
    // Assets is only listed, and no sentence of the note speaks of it: say where it was listed, never quote.
    expect(assets.evidence[0]).toMatchObject({ line: 5, source: 'property', text: 'Listed in the properties of "a".', quotable: false });
  });

  it('does not count a sync conflict copy a second time', async () => {
    const text = reflection('2026-10-01', 'Rowan', ['assets']);
    const without = await score({ 'P/R/a.md': text });
    const withCopy = await score({ 'P/R/a.md': text, 'P/R/a.sync-conflict-20261001-120000-ABCDEFG.md': text });
    expect(withCopy.total).toBe(without.total);
    expect(withCopy.total).toBe(1);
  });

  it('counts ticked checklist lines but not unticked ones', async () => {
    const phase = note(
      { coproduction: 'phase', phase: 'starting-out', started: '2026-10-01' },
      '- [x] Met people where they are. #ingredient/assets\n- [ ] Paid for travel. #ingredient/mutuality\n',
    );
    expect((await score({ 'P/Phases/Starting out.md': phase }, 'assets')).total).toBe(1);
    expect((await score({ 'P/Phases/Starting out.md': phase }, 'mutuality')).total).toBe(0);
  });

  it('never counts evidence quoted in a report note', async () => {
    const report = note({ coproduction: 'report', 'as-of': '2026-11-01' }, 'A quote. #ingredient/assets\n');
    expect((await score({ 'P/Reports/r.md': report })).total).toBe(0);
  });
});
