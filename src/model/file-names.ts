/**
 * File names that work on Windows, macOS, Linux, iOS and Android, never collide and
 * never overwrite.
 *
 * The naming rule for new notes:
 * - activity, reflection, reward, assessment: `YYYY-MM-DD Title.md`; without a title,
 *   `YYYY-MM-DD Kind - Author.md` (or `YYYY-MM-DD HH-mm Kind.md` when nobody is named),
 *   so two people writing on two devices the same day do not make the same file;
 * - participant: `Pseudonym.md` (`Participant.md` without one);
 * - project: `Name/Name.md`; phase: `Name/Phases/Starting out.md`;
 * - when a name is taken, " 2", " 3"… is added before `.md`.
 */
import type { NoteKind } from '../domain';
import { formatMomentStyle } from './template';

/** Longest file name we make, in UTF-8 bytes, before " 2" and ".md" (file systems allow 255). */
export const MAX_NAME_BYTES = 100;

/** Characters that Windows, macOS or Android refuse, and those Obsidian links cannot hold. */
// eslint-disable-next-line no-control-regex -- control characters are refused by file systems
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Half of a surrogate pair without its other half is not a character at all. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
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

/** Whole characters (grapheme clusters where the platform can tell them) of a text. */
function characters(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);
  }
  return [...text];
}

/** Cuts a text to at most `limit` UTF-8 bytes without splitting a character. */
export function truncateBytes(text: string, limit: number): string {
  if (utf8Bytes(text) <= limit) return text;
  let kept = '';
  let bytes = 0;
  for (const char of characters(text)) {
    const size = utf8Bytes(char);
    if (bytes + size > limit) break;
    kept += char;
    bytes += size;
  }
  return kept;
}

/** No dots or spaces at either end: Windows drops trailing ones, and a leading dot hides a file. */
function trimEnds(text: string): string {
  return text.replace(/^[\s.]+|[\s.]+$/g, '');
}

/**
 * A title made safe as a file name (without `.md`): forbidden characters become spaces,
 * runs of spaces shrink to one, ends are trimmed, Windows device names get a `_`,
 * and the name is cut to about 100 bytes. An empty result is "Untitled".
 */
export function safeFileName(title: string): string {
  let name = title.normalize('NFC').replace(LONE_SURROGATE, '').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ');
  name = trimEnds(name);
  name = trimEnds(truncateBytes(name, MAX_NAME_BYTES));
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

/**
 * The file name (without `.md`, before any " 2") for a new note of `kind` made at `now`.
 * See the naming rule at the top of this file.
 */
export function noteFileName(kind: NoteKind, now: Date, title = '', author = ''): string {
  const day = formatMomentStyle(now, 'YYYY-MM-DD');
  const cleanTitle = safeFileName(title);
  const hasTitle = title.trim() !== '' && cleanTitle !== UNTITLED;
  if (!DATED_KINDS.has(kind)) return hasTitle ? cleanTitle : KIND_LABELS[kind];
  if (hasTitle) return safeFileName(`${day} ${cleanTitle}`);
  const cleanAuthor = author.trim() === '' ? '' : safeFileName(author);
  return cleanAuthor === '' || cleanAuthor === UNTITLED
    ? safeFileName(`${day} ${formatMomentStyle(now, 'HH-mm')} ${KIND_LABELS[kind]}`)
    : safeFileName(`${day} ${KIND_LABELS[kind]} - ${cleanAuthor}`);
}
