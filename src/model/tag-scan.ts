/**
 * Finds tracker tags in a line by hand: the same answers as `TRACKER_TAG` (quote.ts), without
 * a match object per tag. Reading every tagged line of a big vault was a tenth of `check`'s
 * time in the expression. One pass; linear in the line's length.
 */
export type TagFamily = 'ingredient' | 'barrier' | 'gap';

export interface FoundTag {
  family: TagFamily;
  /** As written, case kept. */
  value: string;
}

const FAMILIES: readonly TagFamily[] = ['ingredient', 'barrier', 'gap'];
const UNICODE_SPACE = /^\s$/u;
const UNICODE_WORD = /^[\p{L}\p{N}]$/u;

/** Every `#ingredient/…`, `#barrier/…` and `#gap/…` tag, family in any case, in order. */
export function trackerTagsIn(line: string): FoundTag[] {
  const found: FoundTag[] = [];
  let at = line.indexOf('#');
  while (at !== -1) {
    if (at === 0 || isTagStart(line.charCodeAt(at - 1))) {
      const family = familyAt(line, at + 1);
      if (family !== undefined) {
        const start = at + family.length + 2;
        const end = valueEnd(line, start);
        if (end > start) {
          found.push({ family, value: line.slice(start, end) });
          at = line.indexOf('#', end);
          continue;
        }
      }
    }
    at = line.indexOf('#', at + 1);
  }
  return found;
}

/** What may stand before a tag's `#`: a space of any kind, `(`, `,` or `;`. */
function isTagStart(code: number): boolean {
  if (code === 40 || code === 44 || code === 59 || code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && UNICODE_SPACE.test(String.fromCharCode(code));
}

/** The family written at `from`, in any case, followed by `/`. */
function familyAt(line: string, from: number): TagFamily | undefined {
  for (const family of FAMILIES) {
    if (line.charCodeAt(from + family.length) !== 47) continue;
    let same = true;
    for (let i = 0; i < family.length && same; i++) same = (line.charCodeAt(from + i) | 0x20) === family.charCodeAt(i);
    if (same) return family;
  }
  return undefined;
}

/** Where a tag's value (letters and digits of any script, `_`, `-`) ends. */
function valueEnd(line: string, from: number): number {
  let at = from;
  while (at < line.length) {
    const code = line.charCodeAt(at);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45) {
      at++;
      continue;
    }
    if (code < 128) break;
    const character = String.fromCodePoint(line.codePointAt(at)!);
    if (!UNICODE_WORD.test(character)) break;
    at += character.length;
  }
  return at;
}

/** True when `#ingredient/`, `#barrier/` or `#gap/` (any case) appears anywhere in the text: a first look, no more. */
export function mentionsTrackerTag(text: string): boolean {
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
    if (familyAt(text, at + 1) !== undefined) return true;
  }
  return false;
}
