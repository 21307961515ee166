/** Reads the body of a note: evidence tags, checklists and sections, each with its line. */
import { BARRIER_IDS, INGREDIENT_IDS, isIngredientId, nearestWord, type BarrierId, type IngredientId } from '../domain';
import type { Problem } from './problem';
import type { BarrierMark, ChecklistItem, EvidenceMark, Section } from './record';

const TAG = /(^|[\s(,;])#(ingredient|barrier)\/([\p{L}\p{N}_-]+)/gu;
const CHECKLIST = /^\s*(?:[-*+]|\d+[.)])\s+\[(.)\]\s?(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

export interface BodyReading {
  evidence: EvidenceMark[];
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

/** Strips tags, checkbox and list markers so a line reads as a quote. */
export function quoteText(line: string): string {
  return line
    .replace(TAG, '$1')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+(\[.\]\s?)?/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isBarrierId(value: string): value is BarrierId {
  return (BARRIER_IDS as readonly string[]).includes(value);
}

/**
 * `lines` is the whole file; `startLine` (1-based) is the first body line.
 * Ticked checklist lines and plain lines count as evidence; unticked ones are indicators not yet met.
 */
export function readBody(path: string, lines: readonly string[], startLine: number): BodyReading {
  const reading: BodyReading = { evidence: [], barrierMarks: [], checklist: [], sections: [], problems: [] };
  let inFence = false;
  let openSection: { heading: string; line: number; body: string[] } | undefined;
  const closeSection = () => {
    if (openSection) {
      const text = openSection.body.filter((line) => !isTemplateHint(line)).join('\n').trim();
      reading.sections.push({ heading: openSection.heading, line: openSection.line, text });
    }
  };

  for (let lineNumber = startLine; lineNumber <= lines.length; lineNumber++) {
    const line = lines[lineNumber - 1]!;
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;

    const heading = HEADING.exec(line);
    if (heading && !line.startsWith('#ingredient') && !line.startsWith('#barrier')) {
      closeSection();
      openSection = { heading: heading[2]!, line: lineNumber, body: [] };
      continue;
    }
    openSection?.body.push(line);

    const ingredients: IngredientId[] = [];
    const barriers: BarrierId[] = [];
    for (const match of line.matchAll(TAG)) {
      const family = match[2]!;
      const value = match[3]!.toLowerCase();
      if (family === 'ingredient') {
        if (isIngredientId(value)) ingredients.push(value);
        else reading.problems.push(unknownTagProblem(path, lineNumber, 'ingredient', value, INGREDIENT_IDS));
      } else if (isBarrierId(value)) {
        barriers.push(value);
      } else {
        reading.problems.push(unknownTagProblem(path, lineNumber, 'barrier', value, BARRIER_IDS));
      }
    }

    const checklist = CHECKLIST.exec(line);
    const checked = checklist ? checklist[1] !== ' ' : true;
    if (checklist) {
      reading.checklist.push({ line: lineNumber, checked, text: quoteText(line), ingredients, barriers });
    }
    if (!checked) continue;
    const source = checklist ? 'checklist' : 'tag';
    const text = quoteText(line);
    for (const ingredient of new Set(ingredients)) reading.evidence.push({ ingredient, line: lineNumber, source, text });
    for (const barrier of new Set(barriers)) reading.barrierMarks.push({ barrier, line: lineNumber, source, text });
  }
  closeSection();
  return reading;
}

function unknownTagProblem(
  path: string,
  line: number,
  family: 'ingredient' | 'barrier',
  value: string,
  known: readonly string[],
): Problem {
  const nearest = nearestWord(value, known);
  return {
    path,
    line,
    message: `#${family}/${value} is not one of the ${family === 'ingredient' ? 'six ingredients' : 'four barriers'}`,
    hint: nearest ? `Did you mean #${family}/${nearest}?` : `Use one of: ${known.join(', ')}.`,
  };
}
