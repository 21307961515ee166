/** One project's notes, sorted by kind, with the facts every panel needs about each note. */
import { compareText, LIVED_EXPERIENCE_ROLES, isIsoDate, type IsoDate, type RoleId } from '../domain';
import { personName, type NoteRecord, type RecordOfKind } from '../model';
import type { ProjectIndex, ProjectRecord } from '../index';
import type { NoteLink } from './dashboard-types';
import { findCopies, type CopyFinding } from './copies';

export interface ProjectNotes {
  project: ProjectRecord;
  /** Every counted note of the project, the project note included, reports and broken notes left out. */
  counted: NoteRecord[];
  /** Every note of the project, including broken notes and reports. */
  all: NoteRecord[];
  activities: RecordOfKind<'activity'>[];
  reflections: RecordOfKind<'reflection'>[];
  participants: RecordOfKind<'participant'>[];
  rewards: RecordOfKind<'reward'>[];
  assessments: RecordOfKind<'assessment'>[];
  phases: RecordOfKind<'phase'>[];
  /** Lower-cased pseudonym or file name -> role, to learn an author's role. */
  roleOfPerson: Map<string, RoleId>;
  /** Lower-cased pseudonyms and file names of participants who withdrew: never quoted, not a current voice. */
  withdrawn: Set<string>;
  /** Copies of another note (same content, or named so by a sync tool): shown, never counted. */
  copies: CopyFinding[];
  /** Notes named like a copy of another whose words differ: counted, and shown in case they are copies. */
  possibleCopies: CopyFinding[];
}

export function collectProjectNotes(index: ProjectIndex, project: ProjectRecord): ProjectNotes {
  const all = index.notesOf(project.path);
  const { copies, possibleCopies } = findCopies(index, all);
  const copied = new Set(copies.map((copy) => copy.record));
  const counted = all.filter((record) => record.kind !== 'unreadable' && record.kind !== 'report' && !copied.has(record));
  const ofKind = <K extends RecordOfKind<'activity'>['kind'] | NoteRecord['kind']>(kind: K) =>
    counted.filter((record) => record.kind === kind);
  const participants = ofKind('participant') as RecordOfKind<'participant'>[];
  const roleOfPerson = new Map<string, RoleId>();
  const withdrawn = new Set<string>();
  for (const participant of participants) {
    const names = [participant.title, participant.props.pseudonym].filter((name): name is string => Boolean(name));
    for (const name of names) {
      roleOfPerson.set(name.toLowerCase(), participant.props.role);
      if (participant.props.status === 'withdrawn') withdrawn.add(name.toLowerCase());
    }
  }
  return {
    project,
    counted,
    all,
    activities: byDate(ofKind('activity') as RecordOfKind<'activity'>[]),
    reflections: byDate(ofKind('reflection') as RecordOfKind<'reflection'>[]),
    participants,
    rewards: byDate(ofKind('reward') as RecordOfKind<'reward'>[]),
    assessments: byDate(ofKind('assessment') as RecordOfKind<'assessment'>[]),
    phases: ofKind('phase') as RecordOfKind<'phase'>[],
    roleOfPerson,
    withdrawn,
    copies,
    possibleCopies,
  };
}

/** Whose words a note holds: its author, or for a participant note, that participant. */
export function isWithdrawnVoice(notes: ProjectNotes, record: NoteRecord): boolean {
  if (notes.withdrawn.size === 0) return false;
  if (record.kind === 'participant') return record.props.status === 'withdrawn';
  const author = noteAuthor(record);
  return author !== undefined && notes.withdrawn.has(author.toLowerCase());
}

function byDate<T extends NoteRecord>(records: T[]): T[] {
  return [...records].sort((a, b) => compareText(noteDate(a) ?? '', noteDate(b) ?? '') || compareText(a.path, b.path));
}

/** The day a note speaks of: its `date`, else the kind's own date, else a date at the start of its file name. */
export function noteDate(record: NoteRecord): IsoDate | undefined {
  if (record.kind !== 'unreadable' && record.kind !== 'note') {
    const props = record.props as Record<string, unknown>;
    const candidates = [props.date, props.finished, props.started, props.start, props['consent-date'], props['as-of']];
    for (const value of candidates) if (typeof value === 'string' && isIsoDate(value)) return value;
  }
  const fromName = /^(\d{4}-\d{2}-\d{2})/.exec(record.title)?.[1];
  return fromName && isIsoDate(fromName) ? fromName : undefined;
}

export function noteAuthor(record: NoteRecord): string | undefined {
  if (record.kind === 'unreadable' || record.kind === 'note') return undefined;
  const author = (record.props as { author?: string }).author?.trim();
  return author ? personName(author) : undefined;
}

export function authorRole(notes: ProjectNotes, author: string | undefined): RoleId | undefined {
  return author ? notes.roleOfPerson.get(author.toLowerCase()) : undefined;
}

/** True when the note records the voice of someone with lived experience. */
export function hasLivedExperience(notes: ProjectNotes, record: NoteRecord): boolean {
  const role = authorRole(notes, noteAuthor(record));
  if (role && LIVED_EXPERIENCE_ROLES.has(role)) return true;
  if (record.kind === 'reflection') return (record.props.involved ?? []).some((r) => LIVED_EXPERIENCE_ROLES.has(r as RoleId));
  if (record.kind === 'activity') {
    const props = record.props as Record<string, unknown>;
    return Number(props['lived-experience'] ?? 0) > 0 || Number(props['family-carers'] ?? 0) > 0;
  }
  if (record.kind === 'participant') return LIVED_EXPERIENCE_ROLES.has(record.props.role);
  return false;
}

export function linkTo(record: NoteRecord, line?: number): NoteLink {
  return line === undefined ? { path: record.path, title: record.title } : { path: record.path, line, title: record.title };
}
