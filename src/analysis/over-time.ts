/**
 * How taking part changed month by month: the rung of the ladder of participation and the
 * four Co's each activity recorded, counted by the month it happened. Every month from the
 * first activity to the last is listed, quiet months too, so the months read as a time line.
 */
import { compareText, monthOf, RUNG_IDS, STAR_IDS, type RungId, type StarId } from '../domain';
import type { VoicesMonth } from './dashboard-types';
import type { ProjectNotes } from './project-notes';

/** Every month from `first` to `last` (YYYY-MM), both included. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  // A guard against a typing slip such as the year 20026: at most a hundred years of months.
  for (let i = 0; i < 1200; i++) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (compareText(key, last) > 0) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

export function voicesByMonth(notes: ProjectNotes): VoicesMonth[] {
  const dated = notes.activities.filter((activity) => typeof activity.props.date === 'string');
  if (dated.length === 0) return [];
  const months = dated.map((activity) => monthOf(activity.props.date)).sort(compareText);
  const rows = new Map<string, VoicesMonth>(
    monthRange(months[0]!, months[months.length - 1]!).map((month) => [
      month,
      { month, activities: 0, rungs: zeroes<RungId>(RUNG_IDS), star: zeroes<StarId>(STAR_IDS) },
    ]),
  );
  for (const activity of dated) {
    const row = rows.get(monthOf(activity.props.date));
    if (!row) continue;
    row.activities++;
    if (activity.props.rung) row.rungs[activity.props.rung]++;
    for (const co of activity.props.star ?? []) if (co in row.star) row.star[co as StarId]++;
  }
  return [...rows.values()];
}
