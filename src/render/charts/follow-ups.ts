/**
 * Follow-ups over time: for each month, the follow-ups raised in reflections that month,
 * stacked by where they stand now: applied (filled), open (outlined) and dropped (dashed).
 */
import { monthName, monthOf, shortMonthName } from '../../domain';
import type { FollowUp } from '../../analysis/dashboard-types';
import { monthRange } from '../../analysis/over-time';
import type { Child, ElementNode } from '../tree';
import { chartFigure, key, label, line, numbers, numbersTable, rect, svg } from './svg';

const STATES = [
  { state: 'applied', word: 'Applied', cls: 'c-bar' },
  { state: 'open', word: 'Open', cls: 'c-bar-open' },
  { state: 'dropped', word: 'Dropped', cls: 'c-bar-gap' },
] as const;

export function followUpsChart(id: string, items: readonly FollowUp[], monthsShown: number): ElementNode | null {
  if (items.length === 0) return null;
  const raised = items.map((item) => monthOf(item.date)).sort();
  const all = monthRange(raised[0]!, raised[raised.length - 1]!);
  const months = all.slice(Math.max(0, all.length - monthsShown));
  const counts = months.map((month) => {
    const of = items.filter((item) => monthOf(item.date) === month);
    return { month, applied: of.filter((i) => i.state === 'applied').length, open: of.filter((i) => i.state === 'open').length, dropped: of.filter((i) => i.state === 'dropped').length };
  });
  const width = 340;
  const height = 124;
  const base = 100;
  const step = (width - 8) / months.length;
  const bar = Math.max(4, Math.min(26, step - 6));
  const most = Math.max(1, ...counts.map((c) => c.applied + c.open + c.dropped));
  const unit = 76 / most;
  const every = Math.ceil(months.length / 8);
  const body: Child[] = [line(4, base, width - 4, base, 'c-axis')];
  counts.forEach((c, i) => {
    const x = 4 + i * step + (step - bar) / 2;
    let top = base;
    for (const { state, cls } of STATES) {
      const n = c[state];
      if (n === 0) continue;
      top -= n * unit;
      body.push(rect(x + 1, top + 1, bar - 2, n * unit - 2, cls));
      if (n * unit >= 13) body.push(label(x + bar / 2, top + (n * unit) / 2 + 4, String(n), state === 'applied' ? 'c-count-text' : 'c-figure', 'middle'));
    }
    const total = c.applied + c.open + c.dropped;
    if (total > 0) body.push(label(x + bar / 2, top - 4, String(total), 'c-figure', 'middle'));
    if (i % every === 0 || i === months.length - 1) body.push(label(x + bar / 2, height - 6, shortMonthName(c.month), 'c-tick', 'middle'));
  });
  const sum = (state: 'applied' | 'open' | 'dropped') => counts.reduce((total, c) => total + c[state], 0);
  const name = `Follow-ups by the month they were raised, from ${monthName(months[0]!)} to ${monthName(months[months.length - 1]!)}: ${sum('applied')} applied, ${sum('open')} open, ${sum('dropped')} dropped.`;
  const table = numbersTable(
    'Follow-ups raised each month, by where they stand now',
    ['Month', 'Applied', 'Open', 'Dropped'],
    counts.map((c) => [monthName(c.month), String(c.applied), String(c.open), String(c.dropped)]),
  );
  return chartFigure(
    'follow-ups',
    'By the month each was raised, and where it stands now.',
    svg({ id, name, width, height, kind: 'follow-ups' }, body),
    key([
      { swatch: 'filled-bar', text: 'Applied' },
      { swatch: 'outlined-bar', text: 'Open' },
      { swatch: 'dashed-bar', text: 'Dropped' },
    ]),
    numbers('follow-ups per month', [table]),
  );
}
