/**
 * A line of a note as a person would quote it: no tracker tags, no list or checkbox
 * markers, no link or emphasis syntax. Runs in time linear in the line: links are read by
 * a scanner that never looks at a character twice, not by a backtracking expression.
 */

/** Tracker tags in any case, as Obsidian matches tags: `#ingredient/…`, `#gap/…`, `#barrier/…`. */
export const TRACKER_TAG = /(^|[\s(,;])#(ingredient|barrier|gap)\/([\p{L}\p{N}_-]+)/giu;

const LEADING_MARKERS = /^\s*(?:>\s*)*(?:\[![^\]\s]*\][+-]?\s*)?(?:#{1,6}\s+)?(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\[.\]\s?)?/;

/**
 * Templates put a hint under each question as one whole line in italics. Such a line is the
 * template talking, not the team, so it is never quoted, followed up or read for suggestions.
 */
export function isTemplateHint(line: string): boolean {
  return /^\s*(?:\*[^*\s][^*]*\*|_[^_\s][^_]*_)\s*$/.test(line);
}

/**
 * At most this many characters of a quote, then "…": a line with no breaks (a pasted
 * transcript, a 3 MB export) would otherwise be quoted whole in the report and the HTML export.
 * Long enough for the longest sentence or two a note gives as evidence.
 */
export const QUOTE_LENGTH = 500;

export function quoteText(line: string): string {
  return shortened(plainWords(line), QUOTE_LENGTH);
}

/**
 * Every sentence of a line, in plain words, each shortened to a quote's length: a paragraph
 * written as one long line keeps all its sentences, where `quoteText` would stop at 500 characters.
 */
export function quoteSentences(line: string, split: (text: string) => string[]): string[] {
  return split(plainWords(line)).map((sentence) => shortened(sentence.trim(), QUOTE_LENGTH));
}

/**
 * `text` when it is at most `limit` characters; else cut at the last space in the second half
 * of what fits (between two characters when there is none, never inside a surrogate pair), with
 * "…" after, so a reader knows it is shortened.
 */
export function shortened(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit;
  // Never split a character written as two UTF-16 units (an emoji, a rare letter).
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  const space = text.lastIndexOf(' ', end);
  if (space >= limit / 2) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}

function plainWords(line: string): string {
  const words = stripLinks(line.replace(TRACKER_TAG, '$1'))
    .replace(LEADING_MARKERS, '')
    .replace(/\s\^[\w-]+\s*$/, '')
    .replace(/\[\^[^\]\s[]*\]/g, '')
    .replace(/\*\*|__|~~|==/g, '')
    .replace(/`/g, '')
    .replace(/(^|\s)[*_](?=\S)/g, '$1')
    .replace(/(\S)[*_](?=[\s.,;:!?)]|$)/g, '$1');
  return words.replace(/\s+/g, ' ').trim();
}

/** Finds the next occurrence of `needle` at or after `from`, remembering the last answer so repeated asks stay linear. */
function finder(text: string, needle: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || (found >= from && found !== -2)) return found;
    found = text.indexOf(needle, from);
    return found;
  };
}

/** `[[Note|alias]]` -> alias, `[[Folder/Note#Part]]` -> Note, `![[embed]]` -> nothing, `[text](url)` -> text. */
export function stripLinks(text: string): string {
  const wikiClose = finder(text, ']]');
  const bracketClose = finder(text, ']');
  const parenClose = finder(text, ')');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const embed = text.startsWith('![[', i);
    if (embed || text.startsWith('[[', i)) {
      const open = i + (embed ? 3 : 2);
      const close = wikiClose(open);
      if (close !== -1) {
        if (!embed) out += wikiLinkText(text.slice(open, close));
        i = close + 2;
        continue;
      }
    } else if (text[i] === '[' || (text[i] === '!' && text[i + 1] === '[')) {
      const open = i + (text[i] === '!' ? 2 : 1);
      const close = bracketClose(open);
      if (close !== -1 && text[close + 1] === '(') {
        const end = parenClose(close + 2);
        if (end !== -1) {
          out += text.slice(open, close);
          i = end + 1;
          continue;
        }
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

function wikiLinkText(inside: string): string {
  const bar = inside.indexOf('|');
  if (bar !== -1) return inside.slice(bar + 1);
  const target = inside.split('#')[0]!;
  return (target.split('/').pop() ?? target).replace(/\.md$/i, '');
}
