/** Answers found in the notes: the prose under matching headings, as quotes or sentences. */
import { quoteSentences, quoteText, type NoteRecord, type Section } from '../../model';
import { linkTo, noteAuthor, noteDate } from '../project-notes';
import type { QuoteLedger } from './quotes';
import type { Quote } from './types';

/** The answer under each heading that matches, from notes in the order given. */
export function sectionAnswers(records: readonly NoteRecord[], heading: RegExp): Quote[] {
  const answers: Quote[] = [];
  for (const record of records) {
    for (const section of record.sections) {
      if (!heading.test(section.heading)) continue;
      const text = paragraph(section);
      if (text) answers.push({ ...quoteBase(record, section), text, heading: section.heading });
    }
  }
  return answers;
}

/** Answers through the ledger: each quoted once, a participant's words only with their yes. */
export function answersOnce(answers: readonly Quote[], ledger: QuoteLedger, limit = Infinity): Quote[] {
  const kept: Quote[] = [];
  for (const answer of answers) {
    if (kept.length >= limit) break;
    const quote = ledger.take({ ...answer });
    if (quote) kept.push({ ...answer, ...quote });
  }
  return kept;
}

export function quoteBase(record: NoteRecord, section: Section): Quote {
  // A phase note is written over weeks, so no single date belongs to its answers.
  const date = record.kind === 'phase' ? undefined : noteDate(record);
  const author = noteAuthor(record);
  return { ...linkTo(record, section.line), text: '', ...(date ? { date } : {}), ...(author ? { author } : {}) };
}

/** A template hint (a line in italics) or a checklist line: not an answer in someone's words. */
function isHintOrChecklist(line: string): boolean {
  return /^(?:\*[^*].*\*|_[^_].*_)$/.test(line) || /^\s*(?:[-*+]|\d+[.)])\s+\[.\]/.test(line);
}

/** The section's first paragraph of prose, on one line; checklists and template hints left out. */
function paragraph(section: Section): string {
  const lines: string[] = [];
  for (const raw of section.text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (lines.length > 0) break;
      continue;
    }
    if (isHintOrChecklist(line)) continue;
    lines.push(quoteText(line));
  }
  return lines.join(' ');
}

const isSentenceEnd = (char: string) => char === '.' || char === '!' || char === '?';
const isSpace = (char: string) => /\s/.test(char);

/**
 * A line cut after each run of . ! ? that a space or the end of the line follows. One pass:
 * the regular expression this replaces (/\S.*?(?:[.!?]+(?=\s|$)|$)/g) was quadratic on a
 * long run of dots.
 */
export function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  let at = 0;
  while (at < line.length) {
    while (at < line.length && isSpace(line.charAt(at))) at++;
    if (at >= line.length) break;
    const start = at;
    let end = line.length;
    for (let scan = start + 1; scan < line.length; ) {
      if (!isSentenceEnd(line.charAt(scan))) {
        scan++;
        continue;
      }
      let after = scan;
      while (after < line.length && isSentenceEnd(line.charAt(after))) after++;
      if (after === line.length || isSpace(line.charAt(after))) {
        end = after;
        break;
      }
      scan = after;
    }
    sentences.push(line.slice(start, end));
    at = end;
  }
  return sentences;
}

/** Every sentence of the section's prose, checklists and template hints left out. */
export function sentencesOf(section: Section): string[] {
  return section.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !isHintOrChecklist(line))
    .flatMap((line) => quoteSentences(line, splitSentences))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
