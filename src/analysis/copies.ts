/**
 * Copies of a note inside one project. A copy is never counted: two notes whose properties
 * and text match (once line endings, a byte-order mark and trailing spaces are set aside)
 * count once, whatever the copy is called; a sync tool's named conflict copy counts once
 * too, even when its words differ, and says how many lines differ.
 */
import { copyName, type NoteRecord } from '../model';
import type { ProjectIndex } from '../index';

export interface CopyFinding {
  record: NoteRecord;
  original: NoteRecord;
  /** The tool that made the copy, only when its name proves it. */
  tool?: string;
  /** Lines (and properties) found in one of the two notes but not the other; 0 for an exact copy. */
  linesDiffer: number;
}

export function findCopies(index: ProjectIndex, notes: readonly NoteRecord[]): { copies: CopyFinding[]; possibleCopies: CopyFinding[] } {
  const copies: CopyFinding[] = [];
  const possibleCopies: CopyFinding[] = [];
  const firstWithContent = new Map<string, NoteRecord>();
  // Notes whose names look like copies go last, so the original keeps its place whatever the path order.
  const names = new Map(notes.map((record) => [record, copyNameOf(record)]));
  const ordered = [...notes.filter((record) => !names.get(record)), ...notes.filter((record) => names.get(record))];
  // Two notes with one content key always share a shape: only notes that do need their key,
  // which reads every character (and, in the CLI, the file again).
  const sameShape = new Map<string, number>();
  for (const record of notes) if (record.contentShape !== '') sameShape.set(record.contentShape, (sameShape.get(record.contentShape) ?? 0) + 1);
  for (const record of ordered) {
    if (record.kind === 'unreadable' || record.kind === 'report') continue;
    if (record.conflictOf) {
      const original = index.get(record.conflictOf.original);
      if (original && original.kind !== 'unreadable') {
        copies.push({ record, original, tool: record.conflictOf.tool, linesDiffer: linesThatDiffer(record, original) });
        continue;
      }
    }
    if ((sameShape.get(record.contentShape) ?? 0) > 1 && record.contentKey !== '') {
      const first = firstWithContent.get(record.contentKey);
      if (first) {
        copies.push({ record, original: first, ...(record.conflictOf ? { tool: record.conflictOf.tool } : {}), linesDiffer: 0 });
        continue;
      }
      firstWithContent.set(record.contentKey, record);
    }
    // A name like "Note 2" or "Note (1)" is also how Obsidian numbers new notes, so it is
    // only worth a word when the two notes share evidence that would then count twice.
    const named = names.get(record);
    const original = named && !named.tool ? index.get(named.original) : undefined;
    if (original && original.kind !== 'unreadable' && original.kind !== 'report' && sharesEvidence(record, original)) {
      possibleCopies.push({ record, original, linesDiffer: linesThatDiffer(record, original) });
    }
  }
  return { copies, possibleCopies };
}

/** What a note's name says about being a copy: worked out once per (never changed) record. */
const copyNames = new WeakMap<NoteRecord, ReturnType<typeof copyName>>();

function copyNameOf(record: NoteRecord): ReturnType<typeof copyName> {
  if (copyNames.has(record)) return copyNames.get(record);
  const name = copyName(record.path);
  copyNames.set(record, name);
  return name;
}

/** True when both notes hold the same piece of evidence (or gap) in the same words. */
function sharesEvidence(a: NoteRecord, b: NoteRecord): boolean {
  const marks = (record: NoteRecord) => [...record.evidence, ...record.gaps].filter((mark) => mark.source !== 'property');
  const inB = new Set(marks(b).map((mark) => `${mark.ingredient}|${mark.text}`));
  return marks(a).some((mark) => inB.has(`${mark.ingredient}|${mark.text}`));
}

/** How many lines one note has that the other lacks, each property counted as one line. */
export function linesThatDiffer(a: NoteRecord, b: NoteRecord): number {
  const counts = new Map<string, number>();
  for (const line of linesOf(a)) counts.set(line, (counts.get(line) ?? 0) + 1);
  for (const line of linesOf(b)) counts.set(line, (counts.get(line) ?? 0) - 1);
  let differ = 0;
  for (const count of counts.values()) differ += Math.abs(count);
  return differ;
}

function linesOf(record: NoteRecord): string[] {
  const lines = record.body.split('\n').map((line) => line.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if ('props' in record) {
    for (const [key, value] of Object.entries(record.props as Record<string, unknown>)) lines.push(`${key}: ${JSON.stringify(value)}`);
  }
  return lines;
}
