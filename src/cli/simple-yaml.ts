/**
 * A fast reader for the plain properties nearly every note has: `name: value`, quoted
 * values, `[a, b]` lists and `- item` lists below a name. It gives exactly what the `yaml`
 * package gives for such text (YAML 1.2 core schema; a property test holds it to that) and
 * answers `undefined` for anything else, which the full parser then reads, with its exact
 * error messages. The `yaml` package was a third of the CLI's time on a 10,000-note vault.
 */
import { lineStop } from '../model/frontmatter';

/** Names YAML reads as something other than text. */
const NOT_TEXT_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** First letters of those names: other names skip the expression. */
const MAY_NOT_BE_TEXT = 'nNtTfF';
/** Hex, octal, infinity and not-a-number: rare, and left to the full parser. */
const OTHER_NUMBER = /^(?:0[ox]|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$)/;
const LIST_ITEM = /^( *)-(?: (.*))?$/;
const INT = /^[-+]?\d+$/;
const FLOAT = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:e[-+]?\d+)?$/i;
/** A plain value may not start with these (YAML gives them meaning). */
const SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** The properties as data, `null` for an empty block, or `undefined` when the text needs the full parser. */
export function readSimpleYaml(text: string): Record<string, unknown> | null | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined;
  const data: Record<string, unknown> = {};
  let empty = true;
  // The name whose value is still empty: `- item` lines below it make its list.
  let listOf: string | undefined;
  let listIndent: number | undefined;
  for (let start = 0; start <= text.length; ) {
    const stop = lineStop(text, start);
    const lineStart = start;
    start = stop + 1;
    // Blank lines and comments; one look at the first character that is not a space. Other
    // white space (a no-break space) is text to YAML, so such a line goes to the full parser.
    let first = lineStart;
    while (first < stop && text.charCodeAt(first) === 32) first++;
    if (first === stop || text.charCodeAt(first) === 35) continue;
    const lead = text.charCodeAt(lineStart);
    if (lead === 32 || lead === 45) {
      const item = LIST_ITEM.exec(text.slice(lineStart, stop));
      if (item) {
        if (listOf === undefined) return undefined;
        const indent = item[1]!.length;
        if (listIndent !== undefined && indent !== listIndent) return undefined;
        listIndent = indent;
        const bare = item[2] === undefined ? '' : withoutSpaces(item[2]);
        const value = bare === '' ? null : scalar(bare);
        if (value === undefined) return undefined;
        const list = data[listOf];
        if (Array.isArray(list)) list.push(value);
        else data[listOf] = [value];
        continue;
      }
    }
    // `name:` or `name: value`, the name an ASCII letter or `_`, then letters, digits, `_` and `-`.
    const colon = nameEnd(text, lineStart, stop);
    if (colon === -1) return undefined;
    const key = nameOf(text.slice(lineStart, colon));
    // YAML refuses a plain name over 1,024 characters; so does the full parser, with its message.
    if (key.length > 1024 || Object.prototype.hasOwnProperty.call(data, key) || key === '__proto__' || (MAY_NOT_BE_TEXT.includes(key[0]!) && NOT_TEXT_KEY.test(key))) return undefined;
    empty = false;
    const raw = colon + 1 === stop ? '' : withoutSpaces(text.slice(colon + 2, stop));
    if (raw === '') {
      data[key] = null;
      listOf = key;
      listIndent = undefined;
      continue;
    }
    listOf = undefined;
    const value = raw.startsWith('[') ? flowList(raw) : scalar(raw);
    if (value === undefined) return undefined;
    data[key] = value;
  }
  return empty ? null : data;
}

/**
 * Where the name of a `name:` or `name: value` line ends (its colon), or -1 when the line is not
 * one: what /^([a-z_][\w-]*):(?: (.*))?$/i matched, `.` stopping at any line break.
 */
function nameEnd(text: string, start: number, stop: number): number {
  let at = start;
  const first = text.charCodeAt(at) | 0x20;
  if (!((first >= 97 && first <= 122) || text.charCodeAt(at) === 95)) return -1;
  for (at++; at < stop; at++) {
    const code = text.charCodeAt(at);
    const lower = code | 0x20;
    if (!((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 45)) break;
  }
  if (text.charCodeAt(at) !== 58) return -1;
  if (at + 1 === stop) return at;
  if (text.charCodeAt(at + 1) !== 32) return -1;
  for (let rest = at + 2; rest < stop; rest++) {
    const code = text.charCodeAt(rest);
    if (code === 0x2028 || code === 0x2029) return -1;
  }
  return at;
}

/** Property names met so far, each kept once. A vault uses few; past this many, none are added. */
const NAMES = new Map<string, string>();
const MAX_NAMES = 1000;

/**
 * The name as first met. Looking a cut-out name up in an object means V8 first finds it in its
 * own table of names; one map lookup per line is cheaper, and the kept copy is the one V8 has.
 */
function nameOf(cut: string): string {
  const known = NAMES.get(cut);
  if (known !== undefined) return known;
  // Its own copy: a long cut would keep the first note's properties text alive for the whole run.
  const name = ownCopy(cut);
  if (NAMES.size < MAX_NAMES) NAMES.set(name, name);
  return name;
}

/**
 * Spaces cut from both ends. Only spaces: tabs never reach here, and YAML reads other white
 * space (a no-break space) as part of the value, where `trim()` would drop it.
 */
function withoutSpaces(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) === 32) start++;
  while (end > start && value.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/**
 * A value cut from the properties' text, as its own string: a cut V8 makes (13 characters or
 * more) keeps the whole text alive, and the index keeps every note's values.
 */
function ownCopy(value: string): string {
  return value.length < 13 ? value : (` ${value}`).slice(1);
}

/** `[a, b, "c"]` with simple items, or undefined. */
function flowList(raw: string): unknown[] | undefined {
  if (!raw.endsWith(']')) return undefined;
  const inside = withoutSpaces(raw.slice(1, -1));
  if (inside === '') return [];
  const items: unknown[] = [];
  for (const part of inside.split(',')) {
    const text = withoutSpaces(part);
    if (text === '' || /[[\]{}]/.test(text)) return undefined;
    const value = scalar(text);
    if (value === undefined) return undefined;
    items.push(value);
  }
  return items;
}

/** One value: quoted text, or a plain word resolved as YAML 1.2's core schema does. */
function scalar(text: string): unknown {
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    if (text.length < 2 || !text.endsWith(quote)) return undefined;
    const inside = text.slice(1, -1);
    // Escapes (`\n`, `''`) and anything after the closing quote are left to the full parser.
    if (inside.includes(quote) || (quote === '"' && inside.includes('\\'))) return undefined;
    return ownCopy(inside);
  }
  const start = text.charCodeAt(0);
  // Digits, signs and dots may start a number; other plain words skip the number expressions.
  const numberLike = (start >= 48 && start <= 57) || start === 43 || start === 45 || start === 46;
  if (SPECIAL_START.test(text) || (numberLike && OTHER_NUMBER.test(text)) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return undefined;
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (numberLike && (INT.test(text) || FLOAT.test(text))) {
    const number = Number(text);
    // Beyond what a number holds exactly, let the full parser decide.
    return Number.isFinite(number) && (!INT.test(text) || Number.isSafeInteger(number)) ? number : undefined;
  }
  return ownCopy(text);
}
