/** How every output says counts, lists and dates, so the dashboard, the report and the CLI agree. */
import { format, parseISO } from 'date-fns';
import type { IsoDate } from './dates';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "Reading notes: 4,200 of 10,000", with the digits grouped the same on every device: the
 * plugin's status bar and dashboard, and the CLI on a terminal, say it alike.
 */
export function readingText(done: number, total: number): string {
  const group = (n: number) => {
    const digits = String(n);
    let out = '';
    for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i]!;
    return out;
  };
  return `Reading notes: ${group(done)} of ${group(total)}`;
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
