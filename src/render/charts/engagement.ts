/**
 * Taking part over time: the ladder of participation (each month's activities placed on the
 * rung they recorded) and the four Co's (how many activities each month named each Co).
 * Figures are written in the cells, so nothing depends on colour or size alone.
 */
import { monthName, RUNG_GROUP, RUNG_IDS, shortMonthName, STAR_IDS } from '../../domain';
import type { VoicesMonth } from '../../analysis/dashboard-types';
import { h, type Child, type ElementNode } from '../tree';
import { rungName, starName } from '../words';
import { chartFigure, label, line, numbers, numbersTable, rect, svg } from './svg';

const WIDTH = 340;
const LEFT = 126;
const RIGHT = 6;
const ROW = 22;
const TOP = 8;

function monthTicks(months: readonly VoicesMonth[], y: number): Child[] {
  const step = (WIDTH - LEFT - RIGHT) / months.length;
  const every = Math.ceil(months.length / 8);
  return months.map((row, i) =>
    i % every === 0 || i === months.length - 1 ? label(LEFT + step * (i + 0.5), y, shortMonthName(row.month), 'c-tick', 'middle') : null,
  );
}

/** A cell holding a count: a filled circle with the figure in it, or a small dot for none. */
function countCell(x: number, y: number, count: number): Child {
  if (count === 0) return h('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 1.5, class: 'c-dot-none' });
  return [h('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 8, class: 'c-count' }), label(x, y + 4, String(count), 'c-count-text', 'middle')];
}

export function ladderChart(idOf: (name: string) => string, allMonths: readonly VoicesMonth[], monthsShown: number): ElementNode | null {
  const months = allMonths.slice(Math.max(0, allMonths.length - monthsShown));
  if (months.every((row) => RUNG_IDS.every((rung) => row.rungs[rung] === 0))) return null;
  const step = (WIDTH - LEFT - RIGHT) / months.length;
  const rungs = [...RUNG_IDS].reverse();
  const body: Child[] = [];
  rungs.forEach((rung, r) => {
    const y = TOP + r * ROW + ROW / 2;
    body.push(label(LEFT - 6, y + 4, rungName(rung), 'c-label', 'end'));
    // A dashed line where "doing with" meets "doing for", and "doing for" meets "doing to".
    const next = rungs[r + 1];
    if (next && RUNG_GROUP[next] !== RUNG_GROUP[rung]) body.push(line(0, TOP + (r + 1) * ROW, WIDTH - RIGHT, TOP + (r + 1) * ROW, 'c-divider'));
    months.forEach((row, i) => body.push(countCell(LEFT + step * (i + 0.5), y, row.rungs[rung])));
  });
  const height = TOP + rungs.length * ROW + 20;
  body.push(monthTicks(months, height - 4));
  const highest = months.map((row) => rungs.find((rung) => row.rungs[rung] > 0));
  const name = `Ladder of participation, activities per month on each rung: ${months
    .map((row, i) => `${monthName(row.month)} ${highest[i] ? `highest ${rungName(highest[i])}` : 'none'}`)
    .join(', ')}.`;
  const table = numbersTable(
    'Activities per month on each rung of the ladder',
    ['Month', ...rungs.map((rung) => `${rungName(rung)} (${RUNG_GROUP[rung]})`)],
    months.map((row) => [monthName(row.month), ...rungs.map((rung) => String(row.rungs[rung]))]),
  );
  return chartFigure(
    'ladder',
    'Activities each month on each rung. Dashed lines split the rungs into doing to, doing for and doing with.',
    svg({ id: idOf('ladder'), name, width: WIDTH, height, kind: 'ladder' }, body),
    null,
    numbers('ladder of participation per month', [table]),
  );
}

export function starOverTime(idOf: (name: string) => string, allMonths: readonly VoicesMonth[], monthsShown: number): ElementNode | null {
  const months = allMonths.slice(Math.max(0, allMonths.length - monthsShown));
  if (months.every((row) => STAR_IDS.every((co) => row.star[co] === 0))) return null;
  const step = (WIDTH - LEFT - RIGHT) / months.length;
  const body: Child[] = [];
  STAR_IDS.forEach((co, r) => {
    const y = TOP + r * ROW + ROW / 2;
    body.push(label(LEFT - 6, y + 4, starName(co), 'c-label', 'end'));
    months.forEach((row, i) => body.push(countCell(LEFT + step * (i + 0.5), y, row.star[co])));
  });
  const height = TOP + STAR_IDS.length * ROW + 20;
  body.push(monthTicks(months, height - 4));
  const totals = STAR_IDS.map((co) => `${starName(co)} ${months.reduce((sum, row) => sum + row.star[co], 0)}`);
  const name = `The four Co's per month, from ${monthName(months[0]!.month)} to ${monthName(months[months.length - 1]!.month)}: ${totals.join(', ')} activities in all.`;
  const table = numbersTable(
    "Activities per month naming each of the four Co's",
    ['Month', ...STAR_IDS.map(starName)],
    months.map((row) => [monthName(row.month), ...STAR_IDS.map((co) => String(row.star[co]))]),
  );
  return chartFigure(
    'star-over-time',
    'Activities each month that named each Co.',
    svg({ id: idOf('four-cos'), name, width: WIDTH, height, kind: 'four-cos' }, body),
    null,
    numbers("the four Co's per month", [table]),
  );
}

/** Horizontal bars of hours per role, with the hours and money written beside each bar. */
export function rewardsChart(
  id: string,
  rows: readonly { role: string; hours: number; entries: number; amount: string }[],
): ElementNode {
  const barLeft = 126;
  const barRight = 232;
  const most = Math.max(1, ...rows.map((row) => (Number.isFinite(row.hours) ? row.hours : 0)));
  const body: Child[] = rows.map((row, r) => {
    const y = 4 + r * 36;
    const hours = Number.isFinite(row.hours) ? row.hours : 0;
    const width = (hours / most) * (barRight - barLeft);
    return [
      label(barLeft - 6, y + 13, row.role, 'c-label', 'end'),
      hours > 0 ? rect(barLeft, y + 2, width, 14, 'c-bar') : line(barLeft, y + 2, barLeft, y + 16, 'c-axis'),
      label(barLeft + width + 5, y + 13, `${Number.isFinite(row.hours) ? row.hours : '?'} h`, 'c-figure'),
      label(barLeft, y + 30, `${row.entries} ${row.entries === 1 ? 'entry' : 'entries'}, ${row.amount}`, 'c-tick'),
    ];
  });
  const name = `Rewards by role: ${rows.map((row) => `${row.role} ${Number.isFinite(row.hours) ? row.hours : 'an impossible number of'} hours, ${row.amount}`).join('; ')}.`;
  return chartFigure(
    'rewards',
    'Hours by role, with the money under each bar. The table below has every figure.',
    svg({ id, name, width: 340, height: rows.length * 36 + 4, kind: 'rewards' }, body),
    null,
    null,
  );
}
