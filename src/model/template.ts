/**
 * Fills in a template. The shipped templates use only the core Templates plugin's variables,
 * so a note made with core "Insert template" is already a valid note; the tracker's hosts
 * fill in the same variables and then the empty `project`, `phase` and `author`.
 *
 * | variable            | becomes                                                            |
 * | ------------------- | ------------------------------------------------------------------ |
 * | `{{title}}`         | the note's title                                                   |
 * | `{{date}}`          | the day, as YYYY-MM-DD                                             |
 * | `{{time}}`          | the time, as HH:mm                                                 |
 * | `{{date:FORMAT}}`   | the date and time in a moment.js FORMAT; `{{time:FORMAT}}` too     |
 * | `{{project}}`, `{{phase}}`, `{{author}}` | still filled in, for templates written before |
 *
 * Nothing in a template runs: `<% … %>` and `${x}` are copied as they are. Properties are
 * never written here as text: the template's properties are read with the host's YAML
 * reader, filled in as values, and the host writes them with its own YAML library. No
 * `{{…}}` ever reaches a property: one the tracker cannot fill in is left out.
 *
 * The clock and the date formatting come from the host: `moment` (Obsidian's own in the
 * plugin), so every format gives exactly what core Templates gives.
 */
import { findFrontmatter, splitLines, type YamlReader } from './frontmatter';

/** Formats a date with a moment.js format, as `moment(date).format(pattern)` does. */
export type FormatDate = (date: Date, pattern: string) => string;

export interface TemplateVars {
  title: string;
  /** The moment the note is made, from the host's clock (local time). */
  now: Date;
  formatDate: FormatDate;
  /** The project's note name, as used in `[[links]]`. */
  project?: string;
  /** The project's current phase, such as `engagement`. */
  phase?: string;
  /** Who is writing (set on each device). */
  author?: string;
}

/** A filled-in template: its properties as values (none when it has no properties block) and the text after them. */
export interface FilledTemplate {
  properties?: Record<string, unknown>;
  body: string;
}

/** The template's properties could not be read; the message says so in plain words. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Core Templates' default formats (Settings → Templates); the tracker uses the same. */
export const DEFAULT_DATE_FORMAT = 'YYYY-MM-DD';
export const DEFAULT_TIME_FORMAT = 'HH:mm';

/** Any `{{…}}` on one line. Linear: no nested quantifiers. */
const VARIABLE = /\{\{([^{}\n]*)\}\}/g;
const NAME_AND_FORMAT = /^\s*([a-z]+)\s*(?::([\s\S]*))?$/i;

/** Control characters and line breaks would end a heading or a value early. */
function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/** The value of one variable, or undefined when it is not one the tracker fills in. */
function valueOf(inside: string, vars: TemplateVars): string | undefined {
  const match = NAME_AND_FORMAT.exec(inside);
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  const format = match[2]?.trim();
  if (name === 'date') return vars.formatDate(vars.now, format || DEFAULT_DATE_FORMAT);
  if (name === 'time') return vars.formatDate(vars.now, format || DEFAULT_TIME_FORMAT);
  if (format !== undefined) return undefined;
  if (name === 'title') return oneLine(vars.title);
  if (name === 'project' || name === 'phase' || name === 'author') return oneLine(vars[name] ?? '');
  return undefined;
}

/**
 * Fills in the variables of a piece of text in one pass (a value holding `{{…}}` is not
 * filled in again). Unknown variables stay, for other plugins.
 */
export function fillText(text: string, vars: TemplateVars): string {
  return text.replace(VARIABLE, (whole: string, inside: string) => valueOf(inside, vars) ?? whole);
}

/** A property value filled in; `{{…}}` left over is dropped, and a value left empty becomes null. */
function fillValue(value: unknown, vars: TemplateVars): unknown {
  if (typeof value === 'string') {
    const filled = fillText(value, vars).replace(VARIABLE, '');
    if (filled === value) return value;
    const trimmed = filled.trim();
    return trimmed === '' || /^\[\[\s*\]\]$/.test(trimmed) ? null : filled;
  }
  if (Array.isArray(value)) {
    return value.map((item) => fillValue(item, vars)).filter((item) => item !== null);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, fillValue(item, vars)]));
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * Fills in a template for a new note. The template's own properties keep their order; an
 * empty `project`, `phase` or `author` gets the project's link, its current phase and the
 * writer's name when they are known. Throws a TemplateError when the template's properties
 * cannot be read.
 */
export function fillTemplate(template: string, vars: TemplateVars, readYaml: YamlReader, templateName = 'The template'): FilledTemplate {
  const lines = splitLines(template);
  const block = findFrontmatter(lines);
  if (!block) return { body: fillText(template, vars) };
  const body = fillText(lines.slice(block.closingLine).join('\n'), vars);
  const result = readYaml(block.yaml);
  if (!result.ok) {
    throw new TemplateError(`${templateName} has properties that could not be read: ${result.message} Fix it, or delete it to use the built-in one.`);
  }
  const data = result.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new TemplateError(`${templateName} should start with properties written as "name: value". Fix it, or delete it to use the built-in one.`);
  }
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) properties[key] = fillValue(value, vars);
  const known: Record<string, string | undefined> = {
    project: vars.project && oneLine(vars.project) !== '' ? `[[${oneLine(vars.project)}]]` : undefined,
    phase: vars.phase ? oneLine(vars.phase) : undefined,
    author: vars.author ? oneLine(vars.author) : undefined,
  };
  for (const [key, value] of Object.entries(known)) {
    if (value !== undefined && value !== '' && key in properties && isEmpty(properties[key])) properties[key] = value;
  }
  return { properties, body };
}

/** The text of a note: its properties, written by the host's YAML library, then the body. */
export function noteText(filled: FilledTemplate, writeYaml: (properties: Record<string, unknown>) => string): string {
  if (filled.properties === undefined) return filled.body;
  const yaml = writeYaml(filled.properties);
  return `---\n${yaml}${yaml.endsWith('\n') || yaml === '' ? '' : '\n'}---\n${filled.body}`;
}

/** Two-digit padding for the fixed formats below. */
function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * The tracker's own fixed formats, used in file names and dates it writes: only `YYYY`,
 * `MM`, `DD`, `HH`, `mm` and `ss` (they give what moment gives). Formats a person writes in
 * a template go through the host's `formatDate` instead.
 */
export function formatMomentStyle(date: Date, pattern: string): string {
  const parts: Record<string, string> = {
    YYYY: pad(date.getFullYear(), 4),
    MM: pad(date.getMonth() + 1),
    DD: pad(date.getDate()),
    HH: pad(date.getHours()),
    mm: pad(date.getMinutes()),
    ss: pad(date.getSeconds()),
  };
  return pattern.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => parts[token] ?? token);
}
