/**
 * Reads the body of a note: evidence and gap tags, checklists and sections, each with its
 * line. One pass over the lines; every expression here is linear in the line's length.
 */
import { BARRIER_IDS, INGREDIENT_IDS, nearestWord, type BarrierId, type IngredientId } from '../domain';
import type { Problem } from './problem';
import { PackedMarks } from './line-mark';
import { hasText, hasTextIn, isWhiteSpace } from './white-space';
import { lineStop } from './frontmatter';
import { isTemplateHint } from './quote';
import { trackerTagsIn } from './tag-scan';

export { isTemplateHint } from './quote';
import type { Section } from './record';

const FENCE = /^\s*(`{3,}|~{3,})/;
const INLINE_CODE = /`[^`]*`/g;
/** Past this many unknown tags in one note, the rest are summed up in one problem. */
const MAX_TAG_PROBLEMS = 20;

export interface BodyReading {
  /** Evidence, gaps, barriers and checklist lines, packed until read (see `PackedMarks`). */
  marks: PackedMarks;
  problems: Problem[];
}

/** A markdown heading: one to six `#`, then a space; the closing `#`s are not part of the text. */
export function headingText(line: string): string | undefined {
  let hashes = 0;
  while (hashes < line.length && line[hashes] === '#') hashes++;
  if (hashes === 0 || hashes > 6) return undefined;
  if (hashes < line.length && line[hashes] !== ' ' && line[hashes] !== '\t') return undefined;
  let text = line.slice(hashes).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') text = text.slice(0, end).trim();
  return text;
}

/**
 * The id as the tracker spells it, or undefined. The list's own string is kept, never the
 * one cut from the line: a kept slice would keep the whole note in memory.
 */
function knownId<T extends string>(value: string, known: readonly T[]): T | undefined {
  const at = (known as readonly string[]).indexOf(value);
  return at === -1 ? undefined : known[at];
}

/** Each id once, in the order written (short lists: a line holds a tag or two). */
interface LineTags {
  ingredients: IngredientId[];
  gaps: IngredientId[];
  barriers: BarrierId[];
}

/**
 * `text` is the whole file with `\n` line endings (see `withNewlines`); the body starts at
 * `bodyOffset`, on file line `startLine` (1-based). Plain tagged lines and `[x]` checklist lines
 * count; other checklist states do not.
 *
 * Walked by offsets: a line holding none of the characters that can matter, outside code and
 * comments, is never copied out (most lines of most notes).
 */
export function readBody(path: string, text: string, bodyOffset: number, startLine: number): BodyReading {
  const reader = new BodyReader(path);
  const marks = new MarkCharacters(text);
  let lineNumber = startLine;
  for (let start = bodyOffset; start <= text.length; lineNumber++) {
    const stop = lineStop(text, start);
    if (reader.plain && !marks.within(start, stop)) reader.plainLine(hasTextIn(text, start, stop), lineNumber);
    else reader.readLine(text.slice(start, stop), lineNumber);
    start = stop + 1;
  }
  return reader.done();
}

/**
 * Every line read in full: what `readBody` gives, more slowly. Kept as the reference its
 * shortcut for plain lines is tested against.
 */
export function readBodyLineByLine(path: string, lines: readonly string[], startLine: number): BodyReading {
  const reader = new BodyReader(path);
  for (let lineNumber = startLine; lineNumber <= lines.length; lineNumber++) reader.readLine(lines[lineNumber - 1]!, lineNumber);
  return reader.done();
}

/** The characters a heading, fence, comment, checklist or tag needs. Global, so a search starts at `lastIndex`. */
const MARK_CHARACTER = /[#[`~%]/g;

/**
 * Where the next of those characters is, looked for again only once passed: linear in the
 * text for any number of lines, however far apart the marks are.
 */
class MarkCharacters {
  private next = -1;

  constructor(private readonly text: string) {}

  /** True when one of the characters occurs in [start, stop). */
  within(start: number, stop: number): boolean {
    if (this.next < start) {
      MARK_CHARACTER.lastIndex = start;
      this.next = MARK_CHARACTER.test(this.text) ? MARK_CHARACTER.lastIndex - 1 : Infinity;
    }
    return this.next < stop;
  }
}

/** The state of one body's reading, line after line. */
class BodyReader {
  private readonly reading: BodyReading = { marks: new PackedMarks(), problems: [] };
  private unknownTags = 0;
  private readonly visible = new VisibleLines();
  // The last line of prose in this section (0 for none): the quote for a line that holds only
  // tags. Quoted only when such a line is shown, so plain lines cost one test.
  private lastProse = 0;

  constructor(private readonly path: string) {}

  /** True while no fence or comment is open, so a line without marks needs no other look. */
  get plain(): boolean {
    return this.visible.plain;
  }

  /** A line holding none of the mark characters, read while `plain`. */
  plainLine(withText: boolean, lineNumber: number): void {
    if (withText) this.lastProse = lineNumber;
  }

  readLine(line: string, lineNumber: number): void {
    if (!this.visible.reads(line)) return;
    if (line.startsWith('#') && headingText(line) !== undefined) {
      this.lastProse = 0;
      return;
    }

    const tags = readTags(line);
    // Indexed: most lines share one frozen empty list, and an iterator for it cost more than the rest.
    for (let i = 0; i < tags.problems.length; i++) {
      const problem = tags.problems[i]!;
      this.unknownTags++;
      if (this.unknownTags <= MAX_TAG_PROBLEMS) this.reading.problems.push({ path: this.path, line: lineNumber, ...problem });
    }

    // A checklist line holds `[`: most lines that reach here (headings aside) hold only a tag.
    const box = line.includes('[') ? checkboxOf(line) : undefined;
    const checklist = box !== undefined;
    const checked = checklist ? box === 'x' || box === 'X' : true;
    const tagged = tags.ingredients.length + tags.gaps.length + tags.barriers.length > 0;
    const marks = this.reading.marks;
    if (checklist) marks.addChecklist(lineNumber, checked, tags.ingredients, tags.barriers);
    if (!tagged) {
      if (hasText(line)) this.lastProse = lineNumber;
      return;
    }
    if (!checked) return;
    // A line that is only tags is quoted by the prose above it (worked out when first shown).
    for (const ingredient of tags.ingredients) marks.addEvidence(false, ingredient, lineNumber, checklist, this.lastProse);
    for (const ingredient of tags.gaps) marks.addEvidence(true, ingredient, lineNumber, checklist, this.lastProse);
    for (const barrier of tags.barriers) marks.addBarrier(barrier, lineNumber, checklist, this.lastProse);
  }

  done(): BodyReading {
    this.reading.marks.seal();
    if (this.unknownTags > MAX_TAG_PROBLEMS) {
      this.reading.problems.push({
        path: this.path,
        message: `${this.unknownTags - MAX_TAG_PROBLEMS} more tags in this note are not ingredients or barriers the tracker knows`,
        hint: 'Fix the tags listed above first; the same fix is likely needed for the rest.',
      });
    }
    return this.reading;
  }
}

/**
 * What a checklist line holds in its box (`x`, ` `, `/`…), or undefined for any other line:
 * optional indent, then `-`, `*`, `+` or one to nine digits and `.` or `)`, then spaces or tabs,
 * then `[`, one character, `]`. The expression this replaces, /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\]/,
 * is the reference it is tested against.
 */
export function checkboxOf(line: string): string | undefined {
  let at = 0;
  while (at < line.length && isWhiteSpace(line.charCodeAt(at))) at++;
  const bullet = line.charCodeAt(at);
  if (bullet === 45 || bullet === 42 || bullet === 43) at++;
  else {
    const digits = at;
    while (at - digits < 10 && isDigit(line.charCodeAt(at))) at++;
    const close = line.charCodeAt(at);
    if (at === digits || at - digits > 9 || (close !== 46 && close !== 41)) return undefined;
    at++;
  }
  const spaces = at;
  while (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9) at++;
  if (at === spaces || line.charCodeAt(at) !== 91 || line.charCodeAt(at + 2) !== 93) return undefined;
  const box = line.charCodeAt(at + 1);
  // `.` in the expression: any character but a line break.
  if (box === 10 || box === 13 || box === 0x2028 || box === 0x2029) return undefined;
  return line.charAt(at + 1);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The note's sections, heading by heading, template hints left out. Worked out only when a
 * reader asks (the reflection log, the report), so the index does not hold the text twice.
 */
export function readSections(lines: readonly string[], startLine: number): Section[] {
  const sections: Section[] = [];
  const visible = new VisibleLines();
  let open: { heading: string; line: number; body: string[] } | undefined;
  const close = () => {
    if (open) sections.push({ heading: open.heading, line: open.line, text: open.body.filter((line) => !isTemplateHint(line)).join('\n').trim() });
  };
  // The same lines readBody reads: no fenced code, no %% comments %%.
  for (let lineNumber = startLine; lineNumber <= lines.length; lineNumber++) {
    const line = lines[lineNumber - 1]!;
    if (!visible.reads(line)) continue;
    const heading = headingText(line);
    if (heading !== undefined) {
      close();
      open = { heading, line: lineNumber, body: [] };
      continue;
    }
    open?.body.push(line);
  }
  close();
  return sections;
}

/**
 * Follows fenced code and %% comments %% line by line, as Obsidian does: it reads no headings,
 * tags or checklists inside them, and none on a fence line or a comment's own line.
 */
class VisibleLines {
  private fence: string | undefined;
  private inComment = false;

  /** True while no fence or comment is open, so a plain line needs no other check. */
  get plain(): boolean {
    return this.fence === undefined && !this.inComment;
  }

  /** Whether Obsidian reads this line as text; keeps track of fences and comments it opens or closes. */
  reads(line: string): boolean {
    const fenceMark = line.includes('`') || line.includes('~') ? FENCE.exec(line)?.[1] : undefined;
    if (this.fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === this.fence[0] && fenceMark.length >= this.fence.length) this.fence = undefined;
      return false;
    }
    if (fenceMark !== undefined) {
      this.fence = fenceMark;
      return false;
    }
    const commentMarks = this.inComment || line.includes('%') ? countOf(line, '%%') : 0;
    if (this.inComment || commentMarks % 2 === 1) {
      if (commentMarks % 2 === 1) this.inComment = !this.inComment;
      return false;
    }
    return true;
  }
}

function countOf(line: string, needle: string): number {
  let count = 0;
  for (let at = line.indexOf(needle); at !== -1; at = line.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** What most lines hold: no tag. Shared and frozen, so reading a line without tags allocates nothing. */
const NO_TAGS: LineTags & { problems: Omit<Problem, 'path' | 'line'>[] } = Object.freeze({
  ingredients: Object.freeze([]) as unknown as IngredientId[],
  gaps: Object.freeze([]) as unknown as IngredientId[],
  barriers: Object.freeze([]) as unknown as BarrierId[],
  problems: Object.freeze([]) as unknown as Omit<Problem, 'path' | 'line'>[],
});

function addOnce<T>(list: T[], id: T): void {
  if (!list.includes(id)) list.push(id);
}

function readTags(line: string): LineTags & { problems: Omit<Problem, 'path' | 'line'>[] } {
  if (!line.includes('#')) return NO_TAGS;
  // Obsidian reads no tags inside `inline code`.
  const outsideCode = line.includes('`') ? line.replace(INLINE_CODE, ' ') : line;
  const tags = trackerTagsIn(outsideCode);
  if (tags.length === 0) return NO_TAGS;
  const found: LineTags & { problems: Omit<Problem, 'path' | 'line'>[] } = { ingredients: [], gaps: [], barriers: [], problems: [] };
  for (const tag of tags) {
    const family = tag.family;
    const value = tag.value.toLowerCase();
    if (family === 'barrier') {
      const barrier = knownId(value, BARRIER_IDS);
      if (barrier) addOnce(found.barriers, barrier);
      else found.problems.push(unknownTagProblem('barrier', value, BARRIER_IDS));
      continue;
    }
    const ingredient = knownId(value, INGREDIENT_IDS);
    if (ingredient) addOnce(family === 'gap' ? found.gaps : found.ingredients, ingredient);
    else found.problems.push(unknownTagProblem(family, value, INGREDIENT_IDS));
  }
  return found;
}

function unknownTagProblem(
  family: 'ingredient' | 'barrier' | 'gap',
  value: string,
  known: readonly string[],
): Omit<Problem, 'path' | 'line'> {
  const nearest = nearestWord(value, known);
  // A copy of the misspelt word, so the message does not keep the note's text in memory.
  value = [...value].join('');
  return {
    message: `#${family}/${value} is not one of the ${family === 'barrier' ? 'four barriers' : 'six ingredients'}`,
    hint: nearest ? `Did you mean #${family}/${nearest}?` : `Use one of: ${known.join(', ')}.`,
  };
}
