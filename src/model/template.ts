/**
 * Fills in a template with the core Templates plugin's variables. Nothing in a template
 * runs: `<% … %>`, `${x}` and unknown `{{x}}` are copied as they are.
 *
 * | variable            | becomes                                                      |
 * | ------------------- | ------------------------------------------------------------ |
 * | `{{title}}`         | the note's title                                             |
 * | `{{date}}`          | the day, as YYYY-MM-DD                                       |
 * | `{{time}}`          | the time, as HH:mm                                           |
 * | `{{date:FORMAT}}`   | the date and time in FORMAT (tokens below); `{{time:FORMAT}}` too |
 * | `{{project}}`       | the project's note name, as used in `[[links]]`              |
 * | `{{phase}}`         | the project's current phase, such as `engagement`            |
 * | `{{author}}`        | who is writing (set on each device)                          |
 *
 * The clock is never read here: the host passes `now`.
 */
import { format } from 'date-fns';

export interface TemplateVars {
  title: string;
  /** The moment the note is made, from the host's clock (local time). */
  now: Date;
  project?: string;
  phase?: string;
  author?: string;
}

/** Format tokens understood in `{{date:FORMAT}}`, written the way moment.js (and so Obsidian) writes them. */
export const DATE_TOKENS: readonly { token: string; meaning: string; example: string }[] = [
  { token: 'YYYY', meaning: 'year', example: '2026' },
  { token: 'YY', meaning: 'year, two digits', example: '26' },
  { token: 'Q', meaning: 'quarter', example: '2' },
  { token: 'MMMM', meaning: 'month name', example: 'April' },
  { token: 'MMM', meaning: 'short month name', example: 'Apr' },
  { token: 'MM', meaning: 'month, two digits', example: '04' },
  { token: 'M', meaning: 'month', example: '4' },
  { token: 'DD', meaning: 'day of the month, two digits', example: '09' },
  { token: 'D', meaning: 'day of the month', example: '9' },
  { token: 'Do', meaning: 'day of the month with ending', example: '9th' },
  { token: 'dddd', meaning: 'weekday name', example: 'Thursday' },
  { token: 'ddd', meaning: 'short weekday name', example: 'Thu' },
  { token: 'E', meaning: 'weekday number, Monday 1 to Sunday 7', example: '4' },
  { token: 'WW', meaning: 'ISO week, two digits', example: '15' },
  { token: 'W', meaning: 'ISO week', example: '15' },
  { token: 'GGGG', meaning: 'ISO week year', example: '2026' },
  { token: 'HH', meaning: 'hour, 00 to 23', example: '14' },
  { token: 'H', meaning: 'hour, 0 to 23', example: '14' },
  { token: 'hh', meaning: 'hour, 01 to 12', example: '02' },
  { token: 'h', meaning: 'hour, 1 to 12', example: '2' },
  { token: 'mm', meaning: 'minutes, two digits', example: '05' },
  { token: 'm', meaning: 'minutes', example: '5' },
  { token: 'ss', meaning: 'seconds, two digits', example: '07' },
  { token: 's', meaning: 'seconds', example: '7' },
  { token: 'A', meaning: 'AM or PM', example: 'PM' },
  { token: 'a', meaning: 'am or pm', example: 'pm' },
  { token: 'X', meaning: 'seconds since 1970', example: '1776175507' },
  { token: '[text]', meaning: 'text copied as it is', example: '[Week] W → Week 15' },
];

/** moment.js token -> date-fns token. Longest tokens first so `MMMM` wins over `MM`. */
const MOMENT_TO_DATE_FNS: readonly [string, string][] = [
  ['YYYY', 'yyyy'],
  ['GGGG', 'RRRR'],
  ['MMMM', 'MMMM'],
  ['dddd', 'EEEE'],
  ['MMM', 'MMM'],
  ['ddd', 'EEE'],
  ['YY', 'yy'],
  ['MM', 'MM'],
  ['DD', 'dd'],
  ['Do', 'do'],
  ['WW', 'II'],
  ['HH', 'HH'],
  ['hh', 'hh'],
  ['mm', 'mm'],
  ['ss', 'ss'],
  ['Q', 'Q'],
  ['M', 'M'],
  ['D', 'd'],
  ['E', 'i'],
  ['W', 'I'],
  ['H', 'H'],
  ['h', 'h'],
  ['m', 'm'],
  ['s', 's'],
  ['A', 'a'],
  ['a', 'aaa'],
  ['X', 't'],
];

const TOKEN_PATTERN = new RegExp(`\\[[^\\]]*\\]|${MOMENT_TO_DATE_FNS.map(([token]) => token).join('|')}`, 'g');

/** Formats a date with a moment.js-style pattern, in English. Letters that are not tokens are kept. */
export function formatMomentStyle(date: Date, pattern: string): string {
  const tokens = new Map(MOMENT_TO_DATE_FNS);
  let fnsPattern = '';
  let literal = '';
  const flushLiteral = () => {
    if (literal !== '') fnsPattern += `'${literal.replace(/'/g, "''")}'`;
    literal = '';
  };
  let last = 0;
  for (const match of pattern.matchAll(TOKEN_PATTERN)) {
    literal += pattern.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0].startsWith('[')) {
      literal += match[0].slice(1, -1);
      continue;
    }
    flushLiteral();
    fnsPattern += tokens.get(match[0]) ?? '';
  }
  literal += pattern.slice(last);
  flushLiteral();
  return fnsPattern === '' ? '' : format(date, fnsPattern);
}

const VARIABLE = /\{\{\s*([A-Za-z]+)\s*(?::([^}]*))?\}\}/g;

/** Control characters and line breaks would end a property or a heading early. */
function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

type QuoteState = 'plain' | 'double' | 'single';

/** How the text just before `column` on a YAML line is quoted: inside "…", inside '…', or not. */
function quoteStateAt(line: string, column: number): QuoteState {
  let state: QuoteState = 'plain';
  for (let i = 0; i < column; i++) {
    const char = line[i];
    if (state === 'double') {
      if (char === '\\') i++;
      else if (char === '"') state = 'plain';
    } else if (state === 'single') {
      if (char === "'") {
        if (line[i + 1] === "'") i++;
        else state = 'plain';
      }
    } else if (char === '"') {
      state = 'double';
    } else if (char === "'") {
      state = 'single';
    } else if (char === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      return 'plain';
    }
  }
  return state;
}

/** A value placed in the properties block, made safe for where it lands. */
function yamlSafe(value: string, line: string, start: number, end: number): string {
  const state = quoteStateAt(line, start);
  if (state === 'double') return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  if (state === 'single') return value.replace(/'/g, "''");
  // Unquoted. When the variable is the whole value (`name: {{title}}`), quote it.
  const before = line.slice(0, start);
  const after = line.slice(end);
  if (/^\s*(?:-\s+|[^\s:#][^:#]*:\s+)$/.test(before) && after.trim() === '') {
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  }
  // Inside a longer plain value: drop what YAML could read as syntax.
  return value
    .replace(/:(?=\s|$)/g, '')
    .replace(/["'[\]{},#&*!|>%@`]/g, '')
    .trim();
}

/**
 * Fills in `{{title}}`, `{{date}}`, `{{time}}`, `{{date:FORMAT}}`, `{{time:FORMAT}}`,
 * `{{project}}`, `{{phase}}` and `{{author}}`, in one pass (a value that itself holds
 * `{{…}}` is not filled in again). Values placed in the properties block are escaped so
 * a title with a colon or a quote cannot break them.
 */
export function renderTemplate(text: string, vars: TemplateVars): string {
  const values: Record<string, string | undefined> = {
    title: oneLine(vars.title),
    project: vars.project === undefined ? undefined : oneLine(vars.project),
    phase: vars.phase === undefined ? undefined : oneLine(vars.phase),
    author: vars.author === undefined ? undefined : oneLine(vars.author),
  };
  const valueOf = (name: string, pattern: string | undefined): string | undefined => {
    const key = name.toLowerCase();
    if (key === 'date') return formatMomentStyle(vars.now, pattern?.trim() || 'YYYY-MM-DD');
    if (key === 'time') return formatMomentStyle(vars.now, pattern?.trim() || 'HH:mm');
    if (pattern !== undefined) return undefined;
    return values[key] ?? (key in values ? '' : undefined);
  };

  const lines = text.split('\n');
  const frontmatterEnd = findFrontmatterEnd(lines);
  return lines
    .map((line, index) => {
      const inProperties = index > 0 && index < frontmatterEnd;
      return line.replace(VARIABLE, (whole: string, name: string, pattern: string | undefined, offset: number) => {
        const value = valueOf(name, pattern);
        if (value === undefined) return whole;
        return inProperties ? yamlSafe(value, line, offset, offset + whole.length) : value;
      });
    })
    .join('\n');
}

/** Index of the closing `---` line, or 0 when the text has no properties block. */
function findFrontmatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') return i;
  }
  return 0;
}
