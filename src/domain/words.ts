/** How every output says counts, lists and dates, so the dashboard, the report and the CLI agree. */
import { format, parseISO } from 'date-fns';
import type { IsoDate } from './dates';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** ["a", "b", "c"] -> "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

/** "2026-03-02" -> "2 Mar 2026". */
export function longDate(day: IsoDate): string {
  return format(parseISO(day), 'd MMM yyyy');
}

/** "2026-03" -> "Mar 2026". */
export function monthName(month: string): string {
  return format(parseISO(`${month}-01`), 'MMM yyyy');
}

/** "2026-03" -> "Mar". */
export function shortMonthName(month: string): string {
  return format(parseISO(`${month}-01`), 'MMM');
}
