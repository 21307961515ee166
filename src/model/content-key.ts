import { endWithoutSpace, isWhiteSpace, linesWithText } from './white-space';
import { lineStop } from './frontmatter';

/**
 * A short key that is the same for two notes whose properties and text match once line
 * endings, a byte-order mark and trailing spaces are set aside: how copies are found
 * whatever a sync tool named them. Two 32-bit FNV-1a hashes over the cleaned lines; linear.
 */
export function contentKeyOf(lines: readonly string[]): string {
  const last = linesWithText(lines);
  if (last === 0) return '';
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < last; i++) {
    const line = lines[i]!;
    // Trailing spaces are set aside without copying the line.
    const end = endWithoutSpace(line);
    for (let j = 0; j < end; j++) {
      const code = line.charCodeAt(j);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 10, 0x01000193);
    b = Math.imul(b ^ 10, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${last}`;
}

/**
 * A cheap outline of what the content key covers: its length, its number of lines and a hash
 * of the start of its last line ('' for an empty note). Two notes with one content key always have one
 * shape, so only notes that share a shape need their key, which reads every character.
 * For text with `\n` line endings (see `withNewlines`); it looks only at each line's end and
 * at the last line, and copies no line out.
 */
export function contentShapeOfText(text: string): string {
  let length = 0;
  let count = 0;
  // Blank lines since the last line with text: they count only if text follows them.
  let blankLength = 0;
  let blankCount = 0;
  let lastStart = 0;
  let lastEnd = 0;
  for (let start = 0; start <= text.length; ) {
    const stop = lineStop(text, start);
    let end = stop;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    blankCount++;
    blankLength += end - start + 1;
    if (end > start) {
      count += blankCount;
      length += blankLength;
      blankCount = 0;
      blankLength = 0;
      lastStart = start;
      lastEnd = end - start;
    }
    start = stop + 1;
  }
  if (count === 0) return '';
  let hash = 0x811c9dc5;
  for (let j = 0; j < lastEnd && j < 64; j++) hash = Math.imul(hash ^ text.charCodeAt(lastStart + j), 0x01000193);
  return `${length}.${count}.${(hash >>> 0).toString(36)}`;
}
