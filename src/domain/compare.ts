/**
 * One fixed order for every sort, so output is the same bytes under any `LANG`.
 * `localeCompare` follows the process's language (Swedish puts "ä" after "z", Turkish
 * sorts "ı" apart), so it is never used: texts compare by their UTF-16 code units after
 * `toLowerCase()` (which ignores the locale), and texts that differ only in case put the
 * lower-case one first.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a < b ? 1 : -1;
}
