/** Small text helpers the report model's sentences share (the renderer reuses them too). */
import type { IsoDate } from '../../domain';

export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ["a", "b", "c"] -> "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

/** "2026-03-02" -> "2 Mar 2026", without a date library (the analysis layer stays plain). */
export function shortDate(day: IsoDate): string {
  return `${Number(day.slice(8, 10))} ${MONTH_NAMES[Number(day.slice(5, 7)) - 1]!} ${day.slice(0, 4)}`;
}

/** "2026-03-10 Kick-off workshop" -> "Kick-off workshop": the date is given beside it anyway. */
export function displayTitle(title: string): string {
  return title.replace(/^\d{4}-\d{2}-\d{2}\s+(?=\S)/, '');
}

export function countWords(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
