/** Self-assessment rounds: distance travelled is kept, not averaged away. */
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { indexOf, note } from '../support/memory-vault';

const PROJECT = 'P/P.md';

function sheet(date: string, author: string | undefined, perspective: string, ratings: Record<string, number>): string {
  return note({ coproduction: 'assessment', project: '[[P]]', date, perspective, ...(author ? { author } : {}), ...ratings });
}

async function model(files: Record<string, string>): Promise<DashboardModel> {
  const index = await indexOf({ [PROJECT]: note({ coproduction: 'project', name: 'P', start: '2026-01-01' }), ...files });
  return buildDashboard(index, index.findProject(PROJECT)!, { asOf: '2026-12-01' });
}

describe('assessment rounds', () => {
  it("keep Rowan's 2 then 3 as two rounds, not 2.5", async () => {
    const m = await model({
      'P/a1.md': sheet('2026-06-30', 'Rowan', 'participant', { 'shared-roles': 2 }),
      'P/a2.md': sheet('2026-11-18', 'Rowan', 'participant', { 'shared-roles': 3 }),
    });
    expect(m.assessment.rounds.map((round) => [round.date, round.ingredients['shared-roles'].participants])).toEqual([
      ['2026-06-30', { count: 1, average: 2 }],
      ['2026-11-18', { count: 1, average: 3 }],
    ]);
    expect(m.assessment.people).toEqual([
      {
        person: 'Rowan',
        perspective: 'participant',
        ratings: [
          { date: '2026-06-30', path: 'P/a1.md', ratings: { 'shared-roles': 2 } },
          { date: '2026-11-18', path: 'P/a2.md', ratings: { 'shared-roles': 3 } },
        ],
      },
    ]);
    // The all-time comparison is unchanged (fields are only added).
    expect(m.assessment.comparisons.find((c) => c.ingredient === 'shared-roles')!.participants).toEqual({ count: 2, average: 2.5 });
  });

  it('put sheets within a fortnight in one round, where a later sheet of the same person replaces the earlier', async () => {
    const m = await model({
      'P/a.md': sheet('2026-03-01', 'Ash', 'participant', { assets: 2 }),
      'P/b.md': sheet('2026-03-10', 'Kim', 'practitioner', { assets: 5 }),
      'P/c.md': sheet('2026-03-15', 'ash', 'participant', { assets: 4 }),
      'P/d.md': sheet('2026-03-15', undefined, 'participant', { assets: 6 }),
      'P/e.md': sheet('2026-03-16', 'Jo', 'participant', { assets: 1 }),
    });
    expect(m.assessment.rounds).toHaveLength(2);
    const [first, second] = m.assessment.rounds;
    expect([first!.date, first!.lastDate, first!.sheets]).toEqual(['2026-03-01', '2026-03-15', 3]);
    expect(first!.ingredients.assets).toEqual({ practitioners: { count: 1, average: 5 }, participants: { count: 2, average: 5 } });
    expect([second!.date, second!.sheets, second!.ingredients.assets.participants]).toEqual(['2026-03-16', 1, { count: 1, average: 1 }]);
    // Ash rated once per round (one round), Jo once: nobody rated in two rounds.
    expect(m.assessment.people).toEqual([]);
  });

  it('leave out of the per-person series someone who withdrew, but keep their ratings in the averages', async () => {
    const m = await model({
      'P/Sky.md': note({ coproduction: 'participant', project: '[[P]]', role: 'lived-experience', status: 'withdrawn' }),
      'P/a1.md': sheet('2026-02-01', 'Sky', 'participant', { capacity: 2 }),
      'P/a2.md': sheet('2026-09-01', 'Sky', 'participant', { capacity: 4 }),
    });
    expect(m.assessment.people).toEqual([]);
    expect(m.assessment.rounds.map((round) => round.ingredients.capacity.participants.average)).toEqual([2, 4]);
  });

  it('are empty with no sheets', async () => {
    const m = await model({});
    expect(m.assessment.rounds).toEqual([]);
    expect(m.assessment.people).toEqual([]);
  });
});
