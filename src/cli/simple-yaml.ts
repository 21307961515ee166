/**
 * A fast reader for the plain properties nearly every note has: `name: value`, quoted
 * values, `[a, b]` lists and `- item` lists below a name. It gives exactly what the `yaml`
 * package gives for such text (YAML 1.2 core schema; a property test holds it to that) and
 * answers `undefined` for anything else, which the full parser then reads, with its exact
 * error messages. The `yaml` package was a third of the CLI's time on a 10,000-note vault.
 */

const KEY_LINE = /^([a-z_][\w-]*):(?: (.*))?$/i;
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
  for (const line of text.split('\n')) {
    // Blank lines and comments; one look at the first character that is not a space.
    let first = 0;
    while (first < line.length && line.charCodeAt(first) === 32) first++;
    if (first === line.length || line.charCodeAt(first) === 35 || line.trim() === '') continue;
    const item = line.startsWith(' ') || line.startsWith('-') ? LIST_ITEM.exec(line) : null;
    if (item) {
      if (listOf === undefined) return undefined;
      const indent = item[1]!.length;
      if (listIndent !== undefined && indent !== listIndent) return undefined;
      listIndent = indent;
      const value = item[2] === undefined || item[2].trim() === '' ? null : scalar(item[2].trim());
      if (value === undefined) return undefined;
      const list = data[listOf];
      if (Array.isArray(list)) list.push(value);
      else data[listOf] = [value];
      continue;
    }
    const entry = KEY_LINE.exec(line);
    if (!entry) return undefined;
    const key = entry[1]!;
    // YAML refuses a plain name over 1,024 characters; so does the full parser, with its message.
    if (key.length > 1024 || Object.prototype.hasOwnProperty.call(data, key) || key === '__proto__' || (MAY_NOT_BE_TEXT.includes(key[0]!) && NOT_TEXT_KEY.test(key))) return undefined;
    empty = false;
    const raw = (entry[2] ?? '').trim();
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

/** `[a, b, "c"]` with simple items, or undefined. */
function flowList(raw: string): unknown[] | undefined {
  if (!raw.endsWith(']')) return undefined;
  const inside = raw.slice(1, -1).trim();
  if (inside === '') return [];
  const items: unknown[] = [];
  for (const part of inside.split(',')) {
    const text = part.trim();
    if (text === '' || /[[\]{}]/.test(text)) return undefined;
    const value = scalar(text);
    if (value === undefined) return undefined;
    items.push(value);
  }
  return items;
}

/** One value: quoted text, or a plain word resolved as YAML 1.2's core schema does. */
function scalar(raw: string): unknown {
  const text = raw.trimEnd();
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    if (text.length < 2 || !text.endsWith(quote)) return undefined;
    const inside = text.slice(1, -1);
    // Escapes (`\n`, `''`) and anything after the closing quote are left to the full parser.
    if (inside.includes(quote) || (quote === '"' && inside.includes('\\'))) return undefined;
    return inside;
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
  return text;
}
