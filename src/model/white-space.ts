/**
 * White space as `String.prototype.trim` sees it, one character at a time, so a line can be
 * measured without copying it. Every line of every note passes through here.
 */

/** What `trim()` removes: tab, line ends, space, no-break spaces, the byte-order mark, Unicode spaces. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** True when the line holds more than white space (`line.trim() !== ''`). */
export function hasText(line: string): boolean {
  return hasTextIn(line, 0, line.length);
}

/** The same for the part [start, stop) of a text, without copying it out. */
export function hasTextIn(text: string, start: number, stop: number): boolean {
  for (let at = start; at < stop; at++) if (!isWhiteSpace(text.charCodeAt(at))) return true;
  return false;
}

/** Where the line ends once trailing white space is set aside (`line.trimEnd().length`). */
export function endWithoutSpace(line: string): number {
  let end = line.length;
  while (end > 0 && isWhiteSpace(line.charCodeAt(end - 1))) end--;
  return end;
}

/** How many lines there are once trailing blank lines are set aside. */
export function linesWithText(lines: readonly string[]): number {
  let last = lines.length;
  while (last > 0 && !hasText(lines[last - 1]!)) last--;
  return last;
}
