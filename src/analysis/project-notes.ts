/** One project's notes, sorted by kind, with the facts every panel needs about each note. */
import { LIVED_EXPERIENCE_ROLES, isIsoDate, type IsoDate, type RoleId } from '../domain';
import { personName, type NoteRecord, type RecordOfKind } from '../model';
import type { ProjectIndex, ProjectRecord } from '../index';
import type { NoteLink } from './dashboard-types';
import { findCopies, type CopyFinding } from './copies';

export interface ProjectNotes {
  project: ProjectRecord;
  /** Every counted note of the project, the project note included, reports and broken notes left out. */
  counted: NoteRecord[];
  /** `counted`, oldest first (undated first), then by path. */
  countedByDate: NoteRecord[];
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

/** The last collection of each project, per index: kept while the project's notes stay the same. */
const collected = new WeakMap<ProjectIndex, Map<string, { project: ProjectRecord; version: number; notes: ProjectNotes }>>();

/**
 * A project's notes, collected again only when one of them changed. Callers read it, never change it:
 * the same object is handed to every caller until then.
 */
export function collectProjectNotes(index: ProjectIndex, project: ProjectRecord): ProjectNotes {
  let cache = collected.get(index);
  if (cache === undefined) {
    cache = new Map();
    collected.set(index, cache);
  }
  const version = index.projectVersion(project.path);
  const hit = cache.get(project.path);
  if (hit !== undefined && hit.project === project && hit.version === version) return hit.notes;
  const notes = collectAfresh(index, project, hit?.notes);
  cache.set(project.path, { project, version, notes });
  return notes;
}

function collectAfresh(index: ProjectIndex, project: ProjectRecord, previous: ProjectNotes | undefined): ProjectNotes {
  const all = index.notesOf(project.path);
  const { copies, possibleCopies } = findCopies(index, all);
  const copied = new Set(copies.map((copy) => copy.record));
  const counted: NoteRecord[] = [];
  const participants: RecordOfKind<'participant'>[] = [];
  const phases: RecordOfKind<'phase'>[] = [];
  for (const record of all) {
    if (record.kind === 'unreadable' || record.kind === 'report' || copied.has(record)) continue;
    counted.push(record);
    if (record.kind === 'participant') participants.push(record);
    else if (record.kind === 'phase') phases.push(record);
  }
  const roleOfPerson = new Map<string, RoleId>();
  const withdrawn = new Set<string>();
  for (const participant of participants) {
    const names = [participant.title, participant.props.pseudonym].filter((name): name is string => Boolean(name));
    for (const name of names) {
      roleOfPerson.set(name.toLowerCase(), participant.props.role);
      if (participant.props.status === 'withdrawn') withdrawn.add(name.toLowerCase());
    }
  }
  // The date order is worked out when first read: `coprod check` never needs it.
  return new CollectedNotes(
    { project, counted, all, participants, phases, roleOfPerson, withdrawn, copies, possibleCopies },
    previous instanceof CollectedNotes ? previous.knownDateOrder() : undefined,
  );
}

type KindLists = Pick<ProjectNotes, 'activities' | 'reflections' | 'rewards' | 'assessments'>;

/** A collection whose date-ordered lists are sorted once, when first read. */
class CollectedNotes implements ProjectNotes {
  readonly project: ProjectRecord;
  readonly counted: NoteRecord[];
  readonly all: NoteRecord[];
  readonly participants: RecordOfKind<'participant'>[];
  readonly phases: RecordOfKind<'phase'>[];
  readonly roleOfPerson: Map<string, RoleId>;
  readonly withdrawn: Set<string>;
  readonly copies: CopyFinding[];
  readonly possibleCopies: CopyFinding[];
  #byDate: NoteRecord[] | undefined;
  #kinds: KindLists | undefined;
  /** The last collection's order, to reuse when no date changed; dropped once used, so collections never chain. */
  #previous: DateOrder | undefined;

  constructor(fields: Omit<ProjectNotes, 'countedByDate' | keyof KindLists>, previous: DateOrder | undefined) {
    this.project = fields.project;
    this.counted = fields.counted;
    this.all = fields.all;
    this.participants = fields.participants;
    this.phases = fields.phases;
    this.roleOfPerson = fields.roleOfPerson;
    this.withdrawn = fields.withdrawn;
    this.copies = fields.copies;
    this.possibleCopies = fields.possibleCopies;
    this.#previous = previous;
  }

  /** This collection's date order, if it was worked out: never sorts. */
  knownDateOrder(): DateOrder | undefined {
    return this.#byDate === undefined ? undefined : { counted: this.counted, countedByDate: this.#byDate };
  }

  get countedByDate(): NoteRecord[] {
    if (this.#byDate === undefined) {
      this.#byDate = sameOrder(this.#previous, this.counted) ?? byDate(this.counted);
      this.#previous = undefined;
    }
    return this.#byDate;
  }

  get activities(): RecordOfKind<'activity'>[] {
    return this.kinds().activities;
  }

  get reflections(): RecordOfKind<'reflection'>[] {
    return this.kinds().reflections;
  }

  get rewards(): RecordOfKind<'reward'>[] {
    return this.kinds().rewards;
  }

  get assessments(): RecordOfKind<'assessment'>[] {
    return this.kinds().assessments;
  }

  /** Each kind's list keeps the date order: a filter of a sorted list is sorted. */
  private kinds(): KindLists {
    if (this.#kinds === undefined) {
      const kinds: KindLists = { activities: [], reflections: [], rewards: [], assessments: [] };
      for (const record of this.countedByDate) {
        if (record.kind === 'activity') kinds.activities.push(record);
        else if (record.kind === 'reflection') kinds.reflections.push(record);
        else if (record.kind === 'reward') kinds.rewards.push(record);
        else if (record.kind === 'assessment') kinds.assessments.push(record);
      }
      this.#kinds = kinds;
    }
    return this.#kinds;
  }
}

/** A collection's notes in path order and in date order. */
interface DateOrder {
  counted: readonly NoteRecord[];
  countedByDate: NoteRecord[];
}

/**
 * The date order of the last collection, with each note's new record, when the same notes are
 * counted and none changed its date (the usual edit); otherwise undefined, and the notes are sorted.
 */
function sameOrder(previous: DateOrder | undefined, counted: readonly NoteRecord[]): NoteRecord[] | undefined {
  if (previous === undefined || previous.counted.length !== counted.length) return undefined;
  // Both lists are in path order, so the same notes stand at the same places.
  const replaced = new Map<NoteRecord, NoteRecord>();
  for (let i = 0; i < counted.length; i++) {
    const record = counted[i]!;
    const before = previous.counted[i]!;
    if (record === before) continue;
    if (record.path !== before.path || factsOf(record).dateKey !== factsOf(before).dateKey) return undefined;
    replaced.set(before, record);
  }
  if (replaced.size === 0) return previous.countedByDate;
  return previous.countedByDate.map((record) => replaced.get(record) ?? record);
}

/** Whose words a note holds: its author, or for a participant note, that participant. */
export function isWithdrawnVoice(notes: ProjectNotes, record: NoteRecord): boolean {
  if (notes.withdrawn.size === 0) return false;
  if (record.kind === 'participant') return record.props.status === 'withdrawn';
  const voice = factsOf(record).voice;
  return voice !== undefined && notes.withdrawn.has(voice);
}

function byDate<T extends NoteRecord>(records: T[]): T[] {
  // Each note's sort keys are looked up once, not at every comparison.
  const keyed = records.map((record) => ({ record, facts: factsOf(record) }));
  keyed.sort((a, b) => compareFacts(a.record, a.facts, b.record, b.facts));
  return keyed.map((entry) => entry.record);
}

/** Oldest first (undated first), then by path: the order of every list of notes and evidence. */
export function compareByDate(a: NoteRecord, b: NoteRecord): number {
  return compareFacts(a, factsOf(a), b, factsOf(b));
}

function compareFacts(a: NoteRecord, x: NoteFacts, b: NoteRecord, y: NoteFacts): number {
  if (x.dateKey !== y.dateKey) return x.dateKey < y.dateKey ? -1 : 1;
  // compareText on the paths, with their lower-case forms worked out once per note.
  if (a.path === b.path) return 0;
  if (x.lowerPath !== y.lowerPath) return x.lowerPath < y.lowerPath ? -1 : 1;
  return a.path < b.path ? 1 : -1;
}

/** What every panel asks of a note, worked out once per record (the index replaces a record on every change). */
interface NoteFacts {
  date: IsoDate | undefined;
  /** The date, or '' when there is none, so undated notes sort first. */
  dateKey: string;
  author: string | undefined;
  /** The author in lower case, to look up their role and standing. */
  voice: string | undefined;
  lowerPath: string;
}

const noteFacts = new WeakMap<NoteRecord, NoteFacts>();

function factsOf(record: NoteRecord): NoteFacts {
  let facts = noteFacts.get(record);
  if (facts === undefined) {
    const date = dateOfNote(record);
    const author = authorOfNote(record);
    facts = { date, dateKey: date ?? '', author, voice: author?.toLowerCase(), lowerPath: record.path.toLowerCase() };
    noteFacts.set(record, facts);
  }
  return facts;
}

/** The day a note speaks of: its `date`, else the kind's own date, else a date at the start of its file name. */
export function noteDate(record: NoteRecord): IsoDate | undefined {
  return factsOf(record).date;
}

/**
 * True when the note is dated after `asOf`: as of that day it has not happened, so its evidence,
 * gaps and barriers are not counted (and "Needs attention" says so, see `laterNoteFindings`).
 */
export function datedAfter(record: NoteRecord, asOf: IsoDate): boolean {
  // Worked out directly when not known yet: `check` asks of every note and needs no other fact.
  const date = noteFacts.has(record) ? factsOf(record).date : dateOfNote(record);
  return date !== undefined && date > asOf;
}

/** The properties a note's day is taken from, in the order they are looked at. */
const DATE_PROPERTIES = ['date', 'finished', 'started', 'start', 'consent-date', 'as-of'] as const;

/** Where the note's day comes from: the property, or undefined when it is the file name. */
export function noteDateProperty(record: NoteRecord): string | undefined {
  if (record.kind === 'unreadable' || record.kind === 'note') return undefined;
  const props = record.props as Record<string, unknown>;
  return DATE_PROPERTIES.find((name) => {
    const value = props[name];
    return typeof value === 'string' && isIsoDate(value);
  });
}

function dateOfNote(record: NoteRecord): IsoDate | undefined {
  const property = noteDateProperty(record);
  if (property !== undefined) return (record as { props: Record<string, string> }).props[property];
  const fromName = /^(\d{4}-\d{2}-\d{2})/.exec(record.title)?.[1];
  return fromName && isIsoDate(fromName) ? fromName : undefined;
}

export function noteAuthor(record: NoteRecord): string | undefined {
  return factsOf(record).author;
}

function authorOfNote(record: NoteRecord): string | undefined {
  if (record.kind === 'unreadable' || record.kind === 'note') return undefined;
  const author = (record.props as { author?: string }).author?.trim();
  return author ? personName(author) : undefined;
}

export function authorRole(notes: ProjectNotes, author: string | undefined): RoleId | undefined {
  return author ? notes.roleOfPerson.get(author.toLowerCase()) : undefined;
}

/** The role of a note's author, from their participant note, when known. */
export function noteRole(notes: ProjectNotes, record: NoteRecord): RoleId | undefined {
  const voice = factsOf(record).voice;
  return voice === undefined ? undefined : notes.roleOfPerson.get(voice);
}

/** True when the note records the voice of someone with lived experience. */
export function hasLivedExperience(notes: ProjectNotes, record: NoteRecord): boolean {
  const role = noteRole(notes, record);
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

/**
 * Why a new participant note may not be called `name` in this project, or undefined when it may:
 * a second "Ash" would be a second person under one pseudonym (quotes, rewards and consent mixed
 * up). Both hosts refuse with these words before anything is written.
 */
export function takenPseudonym(index: ProjectIndex, project: ProjectRecord, name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  if (wanted === '') return undefined;
  const participant = collectProjectNotes(index, project).participants.find(
    (record) => record.title.toLowerCase() === wanted || record.props.pseudonym?.trim().toLowerCase() === wanted,
  );
  if (participant === undefined) return undefined;
  return `there is already a participant called "${name.trim()}" in this project (${participant.path}). Give the new person a pseudonym of their own; nothing was created.`;
}
