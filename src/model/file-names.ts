/**
 * File names that work on Windows, macOS, Linux, iOS and Android, never collide and
 * never overwrite.
 *
 * The naming rule for new notes:
 * - reflection: `YYYY-MM-DD HH-mm Author - First words.md` (see `reflectionFileName`), so two
 *   people on two devices never make the same name, even with the same first words;
 * - activity, reward, assessment: `YYYY-MM-DD Title.md`; without a title,
 *   `YYYY-MM-DD Kind - Author.md` (or `YYYY-MM-DD HH-mm Kind.md` when nobody is named),
 *   so two people writing on two devices the same day do not make the same file;
 * - participant: `Pseudonym.md` (`Participant.md` without one);
 * - project: `Name/Name.md`; phase: `Name/Phases/Starting out.md`;
 * - when a name is taken, " 2", " 3"… is added before `.md`.
 */
import type { NoteKind } from '../domain';
import { formatMomentStyle } from './template';

/**
 * Longest file name we make, in UTF-8 bytes, before " 2" and ".md". File systems allow 255
 * bytes per name (ext4, APFS, NTFS counts 255 UTF-16 units); this leaves room for the
 * number, the extension and a folder path under Windows' 260-character limit.
 */
export const MAX_NAME_BYTES = 100;

/** Characters that Windows, macOS or Android refuse, and those Obsidian links cannot hold. */
// eslint-disable-next-line no-control-regex -- control characters are refused by file systems
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Names Windows keeps for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?=\s*(?:\.|$))/i;

export const UNTITLED = 'Untitled';

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * The text without halves of surrogate pairs that lack their other half (not characters at
 * all). A plain loop: a look-behind regular expression would stop main.js loading on iOS
 * before 16.4.
 */
export function dropLoneSurrogates(text: string): string {
  let kept = '';
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code <= 0xdbff && at + 1 < text.length) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        at++;
        continue;
      }
    }
    kept += text.slice(from, at);
    from = at + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}

/**
 * Whole characters (grapheme clusters where the platform can tell them) at the start of a
 * text, enough to fill `limit` UTF-8 bytes. Only a bounded prefix is segmented: the
 * segmenter copies the whole input for every piece, which would cost memory quadratic in
 * the text's length.
 */
function leadingCharacters(text: string, limit: number): string[] {
  // A character takes at least one byte per UTF-16 unit; the margin lets the last whole
  // cluster that fits end inside the prefix.
  const margin = 64;
  const prefix = text.length > limit + margin ? text.slice(0, limit + margin) : text;
  const pieces =
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(prefix)].map((part) => part.segment)
      : [...prefix];
  // The prefix may end inside a cluster: its last piece is then not whole.
  if (prefix.length < text.length) pieces.pop();
  return pieces;
}

/** Cuts a text to at most `limit` UTF-8 bytes without splitting a character. Linear in the text. */
export function truncateBytes(text: string, limit: number): string {
  if (utf8Bytes(text) <= limit) return text;
  let kept = '';
  let bytes = 0;
  for (const char of leadingCharacters(text, limit)) {
    const size = utf8Bytes(char);
    if (bytes + size > limit) break;
    kept += char;
    bytes += size;
  }
  return kept;
}

/**
 * Cuts a text to at most `limit` UTF-8 bytes at the end of a word when one ends in the
 * second half of what fits, otherwise between two characters. Linear in the text.
 */
export function cutAtWord(text: string, limit: number): string {
  const cut = truncateBytes(text, limit);
  if (cut.length === text.length || /\s/.test(text.charAt(cut.length))) return cut;
  const space = cut.lastIndexOf(' ');
  return space > 0 && space >= cut.length / 2 ? cut.slice(0, space) : cut;
}

function isTrimmed(char: string): boolean {
  return char === '.' || /\s/.test(char);
}

/** No dots or spaces at either end: Windows drops trailing ones, and a leading dot hides a file. Linear. */
function trimEnds(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmed(text.charAt(start))) start++;
  while (end > start && isTrimmed(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * A title made safe as a file name (without `.md`): forbidden characters become spaces,
 * runs of spaces shrink to one, ends are trimmed, Windows device names get a `_`,
 * and the name is cut at a word to at most MAX_NAME_BYTES bytes. An empty result is
 * "Untitled". Linear in the title's length, however long.
 */
export function safeFileName(title: string): string {
  let name = dropLoneSurrogates(title.normalize('NFC')).replace(FORBIDDEN, ' ').replace(/\s+/g, ' ');
  name = trimEnds(name);
  name = trimEnds(cutAtWord(name, MAX_NAME_BYTES));
  if (name === '') return UNTITLED;
  return name.replace(RESERVED, '$1_');
}

export function joinPath(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

/** The path tried on attempt `number`: `Folder/Name.md`, then `Folder/Name 2.md`… */
function candidate(folder: string, baseName: string, extension: string, number: number): string {
  return joinPath(folder, `${baseName}${number === 1 ? '' : ` ${number}`}${extension}`);
}

const MAX_ATTEMPTS = 100_000;

/**
 * The first free path among `folder/baseName.md`, `folder/baseName 2.md`, `… 3.md`.
 * `baseName` should already be safe (see `safeFileName`).
 *
 * Also callable as `uniquePath('Folder/Name.md', taken)` with a synchronous check: it then
 * returns the free path itself, trying `Folder/Name 2.md` and so on.
 */
export function uniquePath(path: string, exists: (path: string) => boolean): string;
export function uniquePath(
  folder: string,
  baseName: string,
  exists: (path: string) => boolean | Promise<boolean>,
  extension?: string,
): Promise<string>;
export function uniquePath(
  first: string,
  second: string | ((path: string) => boolean),
  exists?: (path: string) => boolean | Promise<boolean>,
  extension = '.md',
): string | Promise<string> {
  if (typeof second === 'function') {
    const dot = first.lastIndexOf('.');
    const slash = first.lastIndexOf('/');
    const hasExtension = dot > slash + 1;
    const folder = slash === -1 ? '' : first.slice(0, slash);
    const baseName = first.slice(slash + 1, hasExtension ? dot : undefined);
    const ext = hasExtension ? first.slice(dot) : '';
    for (let number = 1; number < MAX_ATTEMPTS; number++) {
      const path = candidate(folder, baseName, ext, number);
      if (!second(path)) return path;
    }
    throw new Error(`Could not find a free name for ${first}.`);
  }
  return firstFree(first, second, exists ?? (() => false), extension);
}

async function firstFree(
  folder: string,
  baseName: string,
  exists: (path: string) => boolean | Promise<boolean>,
  extension: string,
): Promise<string> {
  for (let number = 1; number < MAX_ATTEMPTS; number++) {
    const path = candidate(folder, baseName, extension, number);
    if (!(await exists(path))) return path;
  }
  throw new Error(`Could not find a free name for ${baseName} in ${folder || 'the vault'}.`);
}

/** Kinds whose notes are dated, one file per event. */
const DATED_KINDS: ReadonlySet<NoteKind> = new Set(['activity', 'reflection', 'reward', 'assessment', 'report']);

export const KIND_LABELS: Record<NoteKind, string> = {
  project: 'Project',
  phase: 'Phase',
  activity: 'Activity',
  reflection: 'Reflection',
  participant: 'Participant',
  reward: 'Reward',
  assessment: 'Self-assessment',
  report: 'Report',
};

/** Longest author name kept in a file name, in UTF-8 bytes, so the first words keep room too. */
export const MAX_AUTHOR_BYTES = 40;

export interface ReflectionNameParts {
  /** YYYY-MM-DD. */
  day: string;
  /** HH-mm, the time on the writer's clock; leave it out only when no clock is at hand. */
  time?: string;
  /** Who wrote it; cut to MAX_AUTHOR_BYTES. */
  author?: string;
  /** The reflection's first words; "Reflection" without them. */
  words?: string;
}

/** An author's name as a reflection's file name holds it; empty when nothing of it is left. */
export function authorInFileName(author: string): string {
  if (author.trim() === '') return '';
  const who = trimEnds(cutAtWord(safeFileName(author), MAX_AUTHOR_BYTES));
  return who === UNTITLED ? '' : who;
}

/**
 * The file name (without `.md`, before any " 2") of a new reflection:
 * `YYYY-MM-DD HH-mm Author - First words`, or `YYYY-MM-DD HH-mm First words` when nobody is
 * named. Date, time and author together mean two people on two devices never make the same
 * name, so a sync tool never has to choose between their files. The CLI's `coprod reflect`,
 * the plugin's capture form and new reflection notes from the template all use this rule.
 */
export function reflectionFileName({ day, time, author = '', words = '' }: ReflectionNameParts): string {
  const who = authorInFileName(author);
  const what = words.trim() === '' || safeFileName(words) === UNTITLED ? KIND_LABELS.reflection : safeFileName(words);
  const when = time ? `${day} ${time}` : day;
  return safeFileName(who === '' ? `${when} ${what}` : `${when} ${who} - ${what}`);
}

/**
 * The file name (without `.md`, before any " 2") for a new note of `kind` made at `now`.
 * See the naming rule at the top of this file.
 */
export function noteFileName(kind: NoteKind, now: Date, title = '', author = ''): string {
  const day = formatMomentStyle(now, 'YYYY-MM-DD');
  if (kind === 'reflection') return reflectionFileName({ day, time: formatMomentStyle(now, 'HH-mm'), author, words: title });
  const cleanTitle = safeFileName(title);
  const hasTitle = title.trim() !== '' && cleanTitle !== UNTITLED;
  if (!DATED_KINDS.has(kind)) return hasTitle ? cleanTitle : KIND_LABELS[kind];
  if (hasTitle) return safeFileName(`${day} ${cleanTitle}`);
  const cleanAuthor = author.trim() === '' ? '' : safeFileName(author);
  return cleanAuthor === '' || cleanAuthor === UNTITLED
    ? safeFileName(`${day} ${formatMomentStyle(now, 'HH-mm')} ${KIND_LABELS[kind]}`)
    : safeFileName(`${day} ${KIND_LABELS[kind]} - ${cleanAuthor}`);
}
