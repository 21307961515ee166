/**
 * Reads the body of a note: evidence and gap tags, checklists and sections, each with its
 * line. One pass over the lines; every expression here is linear in the line's length.
 */
import { BARRIER_IDS, INGREDIENT_IDS, isIngredientId, nearestWord, type BarrierId, type IngredientId } from '../domain';
import type { Problem } from './problem';
import { TRACKER_TAG, quoteText } from './quote';
import type { BarrierMark, ChecklistItem, EvidenceMark, Section } from './record';

const CHECKLIST = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\]/;
const FENCE = /^\s*(`{3,}|~{3,})/;
const INLINE_CODE = /`[^`]*`/g;
/** Past this many unknown tags in one note, the rest are summed up in one problem. */
const MAX_TAG_PROBLEMS = 20;

export interface BodyReading {
  evidence: EvidenceMark[];
  gaps: EvidenceMark[];
  barrierMarks: BarrierMark[];
  checklist: ChecklistItem[];
  sections: Section[];
  problems: Problem[];
}

/**
 * Templates put a hint under each question as one whole line in italics. Such a line is the
 * template talking, not the team, so it is never quoted, followed up or read for suggestions.
 */
export function isTemplateHint(line: string): boolean {
  return /^\s*(\*[^*\s][^*]*\*|_[^_\s][^_]*_)\s*$/.test(line);
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

function isBarrierId(value: string): value is BarrierId {
  return (BARRIER_IDS as readonly string[]).includes(value);
}

interface LineTags {
  ingredients: Set<IngredientId>;
  gaps: Set<IngredientId>;
  barriers: Set<BarrierId>;
}

/**
 * `lines` is the whole file; `startLine` (1-based) is the first body line.
 * Plain tagged lines and `[x]` checklist lines count; other checklist states do not.
 */
export function readBody(path: string, lines: readonly string[], startLine: number): BodyReading {
  const reading: BodyReading = { evidence: [], gaps: [], barrierMarks: [], checklist: [], sections: [], problems: [] };
  let unknownTags = 0;
  let fence: string | undefined;
  let inComment = false;
  let openSection: { heading: string; line: number; body: string[] } | undefined;
  // The last line of prose in this section: the quote for a line that holds only tags.
  let lastProse = '';
  const closeSection = () => {
    if (openSection) {
      const text = openSection.body.filter((line) => !isTemplateHint(line)).join('\n').trim();
      reading.sections.push({ heading: openSection.heading, line: openSection.line, text });
    }
  };

  for (let lineNumber = startLine; lineNumber <= lines.length; lineNumber++) {
    const line = lines[lineNumber - 1]!;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      continue;
    }
    // Obsidian hides %% comments %% and reads no tags inside them.
    const commentMarks = countOf(line, '%%');
    if (inComment || commentMarks % 2 === 1) {
      if (commentMarks % 2 === 1) inComment = !inComment;
      continue;
    }

    const heading = headingText(line);
    if (heading !== undefined) {
      closeSection();
      openSection = { heading, line: lineNumber, body: [] };
      lastProse = '';
      continue;
    }
    openSection?.body.push(line);

    const tags = readTags(line);
    for (const problem of tags.problems) {
      unknownTags++;
      if (unknownTags <= MAX_TAG_PROBLEMS) reading.problems.push({ path, line: lineNumber, ...problem });
    }

    const checklist = CHECKLIST.exec(line);
    const checked = checklist ? checklist[1] === 'x' || checklist[1] === 'X' : true;
    const tagged = tags.ingredients.size + tags.gaps.size + tags.barriers.size > 0;
    const own = tagged || checklist ? quoteText(line) : '';
    const text = own !== '' ? own : tagged ? lastProse : '';
    if (!tagged && !isTemplateHint(line) && line.trim() !== '') lastProse = quoteText(line);
    if (checklist) {
      reading.checklist.push({
        line: lineNumber,
        checked,
        text: own,
        ingredients: [...tags.ingredients],
        barriers: [...tags.barriers],
      });
    }
    if (!checked || !tagged) continue;
    const source = checklist ? 'checklist' : 'tag';
    for (const ingredient of tags.ingredients) reading.evidence.push({ ingredient, line: lineNumber, source, text });
    for (const ingredient of tags.gaps) reading.gaps.push({ ingredient, line: lineNumber, source, text });
    for (const barrier of tags.barriers) reading.barrierMarks.push({ barrier, line: lineNumber, source, text });
  }
  closeSection();
  if (unknownTags > MAX_TAG_PROBLEMS) {
    reading.problems.push({
      path,
      message: `${unknownTags - MAX_TAG_PROBLEMS} more tags in this note are not ingredients or barriers the tracker knows`,
      hint: 'Fix the tags listed above first; the same fix is likely needed for the rest.',
    });
  }
  return reading;
}

function countOf(line: string, needle: string): number {
  let count = 0;
  for (let at = line.indexOf(needle); at !== -1; at = line.indexOf(needle, at + needle.length)) count++;
  return count;
}

function readTags(line: string): LineTags & { problems: Omit<Problem, 'path' | 'line'>[] } {
  const found: LineTags & { problems: Omit<Problem, 'path' | 'line'>[] } = {
    ingredients: new Set(),
    gaps: new Set(),
    barriers: new Set(),
    problems: [],
  };
  if (!line.includes('#')) return found;
  // Obsidian reads no tags inside `inline code`.
  const outsideCode = line.includes('`') ? line.replace(INLINE_CODE, ' ') : line;
  for (const match of outsideCode.matchAll(TRACKER_TAG)) {
    const family = match[2]!.toLowerCase() as 'ingredient' | 'barrier' | 'gap';
    const value = match[3]!.toLowerCase();
    if (family === 'barrier') {
      if (isBarrierId(value)) found.barriers.add(value);
      else found.problems.push(unknownTagProblem('barrier', value, BARRIER_IDS));
    } else if (isIngredientId(value)) {
      (family === 'gap' ? found.gaps : found.ingredients).add(value);
    } else {
      found.problems.push(unknownTagProblem(family, value, INGREDIENT_IDS));
    }
  }
  return found;
}

function unknownTagProblem(
  family: 'ingredient' | 'barrier' | 'gap',
  value: string,
  known: readonly string[],
): Omit<Problem, 'path' | 'line'> {
  const nearest = nearestWord(value, known);
  return {
    message: `#${family}/${value} is not one of the ${family === 'barrier' ? 'four barriers' : 'six ingredients'}`,
    hint: nearest ? `Did you mean #${family}/${nearest}?` : `Use one of: ${known.join(', ')}.`,
  };
}
