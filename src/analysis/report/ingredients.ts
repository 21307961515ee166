/** The six ingredients: each score with its trend by half and quarter, and up to three quotes. */
import { compareText, LIVED_EXPERIENCE_ROLES, type IsoDate } from '../../domain';
import type { DashboardModel, EvidenceItem } from '../dashboard-types';
import { shortMonthName } from '../../domain';
import type { PeriodCount, Quote, ReportIngredient } from './types';

export function reportIngredient(score: DashboardModel['ingredients'][number], dashboard: DashboardModel, asOf: IsoDate): ReportIngredient {
  const { months, byIngredient } = dashboard.trend;
  const counts = byIngredient[score.id];
  const period = (from: number, to: number): PeriodCount | undefined =>
    from >= to ? undefined : { label: monthsLabel(months.slice(from, to)), count: counts.slice(from, to).reduce((sum, n) => sum + n, 0) };
  const half = Math.ceil(months.length / 2);
  const quarters: PeriodCount[] = [];
  for (let i = 0; i < months.length; ) {
    const quarter = quarterOf(months[i]!);
    let j = i;
    while (j < months.length && quarterOf(months[j]!) === quarter) j++;
    quarters.push(period(i, j)!);
    i = j;
  }
  const firstHalf = months.length >= 2 ? period(0, half) : undefined;
  const secondHalf = months.length >= 2 ? period(half, months.length) : undefined;
  return {
    id: score.id,
    name: score.name,
    haveItWhen: score.haveItWhen,
    level: score.level,
    levelName: score.levelName,
    total: score.total,
    recent: score.recent,
    ...(firstHalf ? { firstHalf } : {}),
    ...(secondHalf ? { secondHalf } : {}),
    quarters,
    quotes: pickQuotes(score.evidence.filter((item) => item.date === undefined || item.date <= asOf)),
    gaps: score.gaps,
    // What got in the way: the team's own record of this ingredient falling short, never proof of strength.
    shortfalls: pickQuotes(score.gapEvidence.filter((item) => item.date === undefined || item.date <= asOf)),
    livedExperience: score.evidence.filter((item) => item.livedExperience).length,
    nextStep: score.nextStep,
  };
}

function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-${Math.floor((Number(month.slice(5, 7)) - 1) / 3)}`;
}

/** ["2026-03", …, "2026-07"] -> "Mar–Jul 2026"; across years "Nov 2026–Feb 2027". */
export function monthsLabel(months: readonly string[]): string {
  const name = shortMonthName;
  const first = months[0]!;
  const last = months[months.length - 1]!;
  if (first === last) return `${name(first)} ${first.slice(0, 4)}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${name(first)}–${name(last)} ${last.slice(0, 4)}`;
  return `${name(first)} ${first.slice(0, 4)}–${name(last)} ${last.slice(0, 4)}`;
}

/**
 * Up to three quotes, each from a different note: voices of lived experience first, then
 * reflections and notes in people's own words; ticked checklist lines last.
 */
function pickQuotes(evidence: readonly EvidenceItem[]): Quote[] {
  const weight = (item: EvidenceItem) =>
    (item.role && LIVED_EXPERIENCE_ROLES.has(item.role) ? 4 : 0) +
    (item.livedExperience ? 2 : 0) +
    (item.kind === 'reflection' ? 1 : 0) -
    (item.source === 'checklist' ? 3 : 0) -
    (item.kind === 'phase' || item.kind === 'project' ? 1 : 0);
  const ranked = evidence
    .filter((item) => item.quotable && item.text.trim().length >= 12)
    .map((item) => ({ item, weight: weight(item) }))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        compareText(b.item.date ?? '', a.item.date ?? '') ||
        compareText(a.item.path, b.item.path) ||
        a.item.line - b.item.line,
    );
  const quotes: Quote[] = [];
  const paths = new Set<string>();
  const texts = new Set<string>();
  for (const { item } of ranked) {
    if (quotes.length === 3) break;
    const text = item.text.trim();
    if (paths.has(item.path) || texts.has(text.toLowerCase())) continue;
    paths.add(item.path);
    texts.add(text.toLowerCase());
    quotes.push({
      path: item.path,
      line: item.line,
      title: item.title,
      text,
      ...(item.date && item.kind !== 'phase' ? { date: item.date } : {}),
      ...(item.author ? { author: item.author } : {}),
      ...(item.role ? { role: item.role } : {}),
    });
  }
  return quotes;
}
