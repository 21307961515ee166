/** Taking part month by month: quiet months are listed, and every activity lands in its month. */
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import { monthRange } from '../../src/analysis/over-time';
import { indexOf, note } from '../support/memory-vault';

describe('monthRange', () => {
  it('lists every month, across a new year', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(monthRange('2026-04', '2026-03')).toEqual([]);
  });
});

describe('voices.byMonth', () => {
  it('counts rungs and Co’s by the month of each activity, quiet months as zero', async () => {
    const activity = (date: string, rung: string, star: string[]) =>
      note({ coproduction: 'activity', project: '[[P]]', date, rung, star });
    const index = await indexOf({
      'P/P.md': note({ coproduction: 'project', name: 'P', start: '2026-01-01' }),
      'P/a.md': activity('2026-01-10', 'consulting', ['co-design']),
      'P/b.md': activity('2026-01-20', 'co-producing', ['co-design', 'co-delivery']),
      'P/c.md': activity('2026-03-05', 'engaging', []),
    });
    const months = buildDashboard(index, index.findProject('P/P.md')!, { asOf: '2026-04-01' }).voices.byMonth;
    expect(months.map((m) => [m.month, m.activities])).toEqual([['2026-01', 2], ['2026-02', 0], ['2026-03', 1]]);
    expect(months[0]!.rungs).toMatchObject({ consulting: 1, 'co-producing': 1, engaging: 0 });
    expect(months[0]!.star).toEqual({ 'co-commissioning': 0, 'co-design': 2, 'co-delivery': 1, 'co-assessment': 0 });
    expect(months[2]!.rungs.engaging).toBe(1);
  });
});
