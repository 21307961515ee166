/**
 * Outcomes: what the project note says the project means to change (`outcomes:`), and what
 * the notes show of each.
 *
 * The rule, in plain words: a line of a note shows an outcome when it holds every key word of
 * the outcome. Key words are the outcome's words of four letters or more, less a few common
 * ones ("with", "that", "after" …). Words match on their first five letters, once a plural "s"
 * is taken off, so "trained" matches "training" and "menus" matches "menu". Lines of the
 * project note itself, headings, template hints and unticked checklist lines do not count:
 * they say what is planned, not what happened. Reports are never read.
 */
import { compareText } from '../../domain';
import type { NoteRecord } from '../../model';
import { linkTo, noteDate, type ProjectNotes } from '../project-notes';
import { wordsOf } from './quotes';
import type { ReportOutcome } from './types';

const COMMON = new Set([
  'about', 'after', 'also', 'been', 'before', 'being', 'could', 'each', 'every', 'from', 'have', 'into',
  'just', 'more', 'most', 'only', 'other', 'over', 'should', 'some', 'such', 'than', 'that', 'their',
  'them', 'then', 'there', 'these', 'they', 'this', 'those', 'very', 'were', 'what', 'when', 'which',
  'will', 'with', 'would', 'your', 'ours',
]);

/** "Training" -> "train", "menus" -> "menu", "mentors" -> "mento". */
export function stemOf(word: string): string {
  const single = word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return single.slice(0, 5);
}

/** The outcome's key words, in the order written, each once (two words with one stem count once). */
export function keyWordsOf(outcome: string): string[] {
  const words: string[] = [];
  const stems = new Set<string>();
  for (const word of wordsOf(outcome)) {
    if (word.length < 4 || COMMON.has(word)) continue;
    const stem = stemOf(word);
    if (stems.has(stem)) continue;
    stems.add(stem);
    words.push(word);
  }
  return words;
}

/** A line that says what is planned rather than what happened: a heading, a hint, an unticked box. */
function isPlanLine(line: string): boolean {
  const trimmed = line.trim();
  return /^#{1,6}\s/.test(trimmed) || /^(?:\*[^*].*\*|_[^_].*_)$/.test(trimmed) || /^(?:[-*+]|\d+[.)])\s+\[ \]/.test(trimmed);
}

export function outcomesOf(notes: ProjectNotes): ReportOutcome[] {
  const stated = (notes.project.props.outcomes ?? []).map((text) => text.trim()).filter((text) => text !== '');
  if (stated.length === 0) return [];
  const records = notes.counted.filter((record) => record !== notes.project && record.kind !== 'unreadable');
  // Each note's lines as sets of stems, worked out once for every outcome.
  const lineStems = records.map((record) => ({ record, lines: stemLines(record) }));
  return stated.map((text) => {
    const keyWords = keyWordsOf(text);
    const keys = keyWords.map(stemOf);
    const shown: (ReturnType<typeof linkTo> & { date?: string })[] = [];
    let lines = 0;
    if (keyWords.length > 0) {
      for (const { record, lines: stems } of lineStems) {
        const hits = stems.filter((set) => keys.every((key) => set.has(key))).length;
        if (hits === 0) continue;
        lines += hits;
        // Only notes of something that happened on a day have a date here (not a phase or a person).
        const date = EVENT_KINDS.has(record.kind) ? noteDate(record) : undefined;
        shown.push({ ...linkTo(record), ...(date ? { date } : {}) });
      }
    }
    // Dated notes oldest first, then the undated ones.
    shown.sort((a, b) => compareText(a.date ?? '~', b.date ?? '~') || compareText(a.path, b.path));
    return { text, keyWords, notes: shown, lines };
  });
}

const EVENT_KINDS: ReadonlySet<string> = new Set(['activity', 'reflection', 'reward', 'assessment']);

function stemLines(record: NoteRecord): Set<string>[] {
  return record.body
    .split('\n')
    .filter((line) => line.trim() !== '' && !isPlanLine(line))
    .map((line) => new Set(wordsOf(line).map(stemOf)));
}
