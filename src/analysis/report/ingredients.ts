/** The six ingredients: each score with its trend by half and quarter, and up to three quotes. */
import { compareText, LIVED_EXPERIENCE_ROLES, type IsoDate } from '../../domain';
import type { DashboardModel, EvidenceItem } from '../dashboard-types';
import { shortMonthName } from '../../domain';
import type { Candidate, QuoteLedger } from './quotes';
import type { PeriodCount, Quote, ReportIngredient } from './types';

/**
 * The ingredient's best quote, for the summary: the first that may be shown and is not a gap;
 * and the first participant's words passed over on the way, which the ingredient's own section
 * mentions in their place.
 */
export function bestQuote(score: DashboardModel['ingredients'][number], ledger: QuoteLedger, asOf: IsoDate): { shown?: Quote; withheld?: Quote } {
  const quotes = pickQuotes(score.evidence.filter((item) => item.date === undefined || item.date <= asOf), ledger, 1);
  const shown = quotes.find((quote) => !quote.withheld);
  const withheld = quotes.find((quote) => quote.withheld);
  return { ...(shown ? { shown } : {}), ...(withheld ? { withheld } : {}) };
}

/** At most one "a participant spoke to this" line an ingredient, after the quotes shown. */
function withheldOnce(quotes: Quote[], fromSummary: Quote | undefined): Quote[] {
  const shown = quotes.filter((quote) => !quote.withheld);
  const withheld = quotes.find((quote) => quote.withheld) ?? fromSummary;
  return withheld ? [...shown, withheld] : shown;
}

export function reportIngredient(
  score: DashboardModel['ingredients'][number],
  dashboard: DashboardModel,
  asOf: IsoDate,
  ledger: QuoteLedger,
  best?: { shown?: Quote; withheld?: Quote },
): ReportIngredient {
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
    voices: score.voices,
    recentLivedExperience: score.livedExperience,
    ...(firstHalf ? { firstHalf } : {}),
    ...(secondHalf ? { secondHalf } : {}),
    quarters,
    ...(best?.shown ? { bestQuote: best.shown } : {}),
    quotes: withheldOnce(pickQuotes(score.evidence.filter((item) => item.date === undefined || item.date <= asOf), ledger, best?.shown ? 1 : 2), best?.withheld),
    gaps: score.gaps,
    // What got in the way: the team's own record of this ingredient falling short, never proof of strength.
    shortfalls: pickQuotes(score.gapEvidence.filter((item) => item.date === undefined || item.date <= asOf), ledger, 3, true),
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

/** Voices of lived experience first, then reflections and notes in people's own words; ticked checklist lines last. */
function ranked(evidence: readonly EvidenceItem[]): EvidenceItem[] {
  const weight = (item: EvidenceItem) =>
    (item.role && LIVED_EXPERIENCE_ROLES.has(item.role) ? 4 : 0) +
    (item.livedExperience ? 2 : 0) +
    (item.kind === 'reflection' ? 1 : 0) -
    (item.source === 'checklist' ? 3 : 0) -
    (item.kind === 'phase' || item.kind === 'project' ? 1 : 0);
  return evidence
    .filter((item) => item.quotable && item.text.trim().length >= 12)
    .map((item) => ({ item, weight: weight(item) }))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        compareText(b.item.date ?? '', a.item.date ?? '') ||
        compareText(a.item.path, b.item.path) ||
        a.item.line - b.item.line,
    )
    .map(({ item }) => item);
}

function candidateOf(item: EvidenceItem): Candidate {
  return {
    path: item.path,
    line: item.line,
    title: item.title,
    text: item.text,
    quotable: item.quotable,
    ...(item.author ? { author: item.author } : {}),
    ...(item.withdrawn ? { withdrawn: true } : {}),
  };
}

function withSource(quote: Quote, item: EvidenceItem): Quote {
  return {
    ...quote,
    ...(item.date && item.kind !== 'phase' ? { date: item.date } : {}),
    ...(item.role ? { role: item.role } : {}),
  };
}

/**
 * Up to `limit` quotes, each from a different note, through the ledger: words quoted before
 * are skipped, and a participant's words that may not be shown come back marked withheld.
 * Withheld quotes do not count towards the limit but are kept, so the report can say "a
 * participant" in their place; at most one withheld quote is kept per ingredient.
 */
export function pickQuotes(evidence: readonly EvidenceItem[], ledger: QuoteLedger, limit: number, asGap = false): Quote[] {
  const quotes: Quote[] = [];
  const paths = new Set<string>();
  let shown = 0;
  let withheld = 0;
  for (const item of ranked(evidence)) {
    if (shown === limit) break;
    if (paths.has(item.path)) continue;
    const quote = ledger.take(candidateOf(item), { asGap });
    if (!quote) continue;
    paths.add(item.path);
    if (quote.withheld) {
      if (withheld++ === 0) quotes.push(withSource(quote, item));
      continue;
    }
    shown++;
    quotes.push(withSource(quote, item));
  }
  return quotes;
}
