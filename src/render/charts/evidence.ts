/**
 * Evidence and gaps per ingredient per month, as small multiples: one small chart per
 * ingredient on one shared scale. Evidence rises above the line as filled bars; gaps
 * (pieces showing it falling short) hang below it as dashed outlines.
 */
import { monthName, monthOf, plural, shortMonthName } from '../../domain';
import type { DashboardModel } from '../../analysis/dashboard-types';
import { h, type Child, type ElementNode } from '../tree';
import { chartFigure, key, label, line, numbers, numbersTable, rect, svg } from './svg';

const W = 168;
const H = 104;
const LEFT = 4;
const RIGHT = 4;
const BASE = 62;
const UP = 46;
const DOWN = 22;

export function evidenceCharts(idOf: (name: string) => string, model: DashboardModel, monthsShown: number): ElementNode | null {
  const { months, byIngredient } = model.trend;
  if (months.length === 0) return null;
  // Months with nothing in any of them draw six empty charts: the caller says there is nothing yet.
  const anything = model.ingredients.some(
    (score) => (byIngredient[score.id] ?? []).some((count) => count > 0) || score.gapEvidence.some((item) => item.date !== undefined),
  );
  if (!anything) return null;
  const start = Math.max(0, months.length - monthsShown);
  const shown = months.slice(start);
  const series = model.ingredients.map((score) => {
    const evidence = (byIngredient[score.id] ?? []).slice(start);
    const gaps = shown.map((month) => score.gapEvidence.filter((item) => item.date !== undefined && monthOf(item.date) === month).length);
    return { score, evidence, gaps };
  });
  const most = Math.max(1, ...series.flatMap((s) => s.evidence));
  const mostGaps = Math.max(1, ...series.flatMap((s) => s.gaps));
  const step = (W - LEFT - RIGHT) / shown.length;
  const bar = Math.max(2, Math.min(14, step - 3));

  const smalls = series.map(({ score, evidence, gaps }) => {
    const total = evidence.reduce((sum, n) => sum + n, 0);
    const gapTotal = gaps.reduce((sum, n) => sum + n, 0);
    const peak = evidence.indexOf(Math.max(...evidence));
    const name =
      `${score.name}: ${plural(total, 'piece')} of evidence and ${plural(gapTotal, 'gap')} from ${monthName(shown[0]!)} to ${monthName(shown[shown.length - 1]!)}` +
      (total > 0 ? `, most in ${monthName(shown[peak]!)} (${evidence[peak]}).` : '.');
    const body: Child[] = [line(LEFT, BASE, W - RIGHT, BASE, 'c-axis')];
    shown.forEach((month, i) => {
      const x = LEFT + i * step + (step - bar) / 2;
      const up = (evidence[i]! / most) * UP;
      const down = (gaps[i]! / mostGaps) * DOWN;
      if (evidence[i]! > 0) body.push(rect(x, BASE - up, bar, up, 'c-bar'));
      if (gaps[i]! > 0) body.push(rect(x + 0.75, BASE + 1.5, bar - 1.5, down, 'c-bar-gap'));
      if (i === 0 || i === shown.length - 1) {
        body.push(label(x + bar / 2, H - 2, shortMonthName(month), 'c-tick', i === 0 ? 'start' : 'end'));
      }
    });
    body.push(label(LEFT, 10, `${total} pieces`, 'c-figure'));
    if (gapTotal > 0) body.push(label(W - RIGHT, 10, `${gapTotal} ${gapTotal === 1 ? 'gap' : 'gaps'}`, 'c-figure', 'end'));
    return h(
      'div',
      { class: 'coproduction-small' },
      h('p', { class: 'coproduction-drawing-title', 'aria-hidden': 'true' }, score.name),
      svg({ id: idOf(`evidence-${score.id}`), name, width: W, height: H, kind: 'evidence' }, body),
    );
  });

  const tables = series.map(({ score, evidence, gaps }) =>
    numbersTable(`${score.name}: evidence and gaps per month`, ['Month', 'Evidence', 'Gaps'], shown.map((month, i) => [monthName(month), String(evidence[i]), String(gaps[i])])),
  );
  return chartFigure(
    'evidence',
    h('span', null, `Pieces of evidence each month, on one scale for all six (the tallest bar is ${most}).`, start > 0 ? ` The last ${monthsShown} months.` : null),
    h('div', { class: 'coproduction-smalls' }, smalls),
    key([
      { swatch: 'filled-bar', text: 'Evidence (above the line)' },
      { swatch: 'dashed-bar', text: 'Gaps: falling short (below the line)' },
    ]),
    numbers('evidence and gaps per month', tables),
  );
}

/** Bars of one count per month, with each figure written above its bar. */
export function monthlyBars(id: string, name: string, label1: string, rows: readonly { month: string; count: number }[]): ElementNode {
  const width = 340;
  const height = 92;
  const base = 70;
  const step = (width - 8) / Math.max(1, rows.length);
  const bar = Math.max(3, Math.min(24, step - 4));
  const most = Math.max(1, ...rows.map((row) => row.count));
  const every = Math.ceil(rows.length / 8);
  const body: Child[] = [line(4, base, width - 4, base, 'c-axis')];
  rows.forEach((row, i) => {
    const x = 4 + i * step + (step - bar) / 2;
    const up = (row.count / most) * 52;
    if (row.count > 0) body.push(rect(x, base - up, bar, up, 'c-bar'));
    if (rows.length <= 16 || row.count > 0) body.push(label(x + bar / 2, base - up - 4, String(row.count), 'c-figure', 'middle'));
    if (i % every === 0 || i === rows.length - 1) body.push(label(x + bar / 2, height - 4, shortMonthName(row.month), 'c-tick', 'middle'));
  });
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const fullName = `${name}: ${total} in all, ${rows.map((row) => `${monthName(row.month)} ${row.count}`).join(', ')}.`;
  return chartFigure(
    'monthly',
    null,
    svg({ id, name: fullName, width, height, kind: 'monthly' }, body),
    null,
    numbers(name.toLowerCase(), [numbersTable(name, ['Month', label1], rows.map((row) => [monthName(row.month), String(row.count)]))]),
  );
}

