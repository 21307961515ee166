/**
 * What needs someone's attention: problems, copies, notes with no project, consent, feedback.
 * `coprod check` and the dashboard's "Needs attention" read the same lists, so they agree.
 */
import { compareText, plural } from '../domain';
import { compareProblems, type NoteRecord, type Problem } from '../model';
import { projectName, type ProjectIndex, type ProjectRecord } from '../index';
import type { CopyFinding } from './copies';
import { unfinishedRewardFindings, unknownParticipantRewardFindings } from './rewards';
import type { AttentionItem, VoicesSummary } from './dashboard-types';
import { datedAfter, noteDate, noteDateProperty, type ProjectNotes } from './project-notes';
import type { ScoringSettings } from './thresholds';

export function problemsAsAttention(records: Iterable<NoteRecord>): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const record of records) {
    for (const problem of [...record.problems].sort(compareProblems)) items.push(asAttention('problem', record.title, problem));
  }
  return items;
}

function asAttention(kind: AttentionItem['kind'], title: string, problem: Problem): AttentionItem {
  return {
    kind,
    path: problem.path,
    title,
    ...(problem.line !== undefined ? { line: problem.line } : {}),
    ...(problem.property ? { property: problem.property } : {}),
    message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
  };
}

/** Copies, consent and pseudonyms: what the project's notes say together that no one note shows. */
export function projectFindings(notes: ProjectNotes, asOf: string): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const copy of notes.copies) items.push(copyAttention(copy, true));
  for (const copy of notes.possibleCopies) items.push(copyAttention(copy, false));
  for (const item of unfinishedRewardFindings(notes)) items.push(item);
  for (const item of unknownParticipantRewardFindings(notes)) items.push(item);
  for (const item of laterNoteFindings(notes, asOf)) items.push(item);
  const byPseudonym = new Map<string, string>();
  for (const participant of notes.participants) {
    // Where a property is written is looked up only for a problem: it may mean reading the note again.
    const { props, path, title } = participant;
    const lineOf = (property: string) => participant.propertyLines.get(property);
    const name = props.pseudonym?.trim() || title;
    const first = byPseudonym.get(name.toLowerCase());
    if (first === undefined) byPseudonym.set(name.toLowerCase(), path);
    else {
      items.push({
        kind: 'consent',
        path,
        title,
        line: lineOf('pseudonym') ?? lineOf('coproduction') ?? 1,
        message: `Two participant notes use the pseudonym "${name}": this one and ${first}.`,
        hint: 'Give each person their own pseudonym, or merge the two notes if they are the same person.',
      });
    }
    if (props.status === 'withdrawn') continue;
    if (!props['consent-date']) {
      items.push({
        kind: 'consent',
        path,
        title,
        property: 'consent-date',
        line: lineOf('consent-date') ?? lineOf('coproduction') ?? 1,
        message: `No consent is recorded for ${name}.`,
        hint: 'Add "consent-date:" once they have agreed to take part. Until then, do not record their words.',
      });
    } else if (props['review-by'] && props['review-by'] < asOf) {
      items.push({
        kind: 'consent-review',
        path,
        title,
        property: 'review-by',
        ...(lineOf('review-by') !== undefined ? { line: lineOf('review-by') } : {}),
        message: `Consent for ${name} was due for review on ${props['review-by']}.`,
        hint: 'Check they are still happy to take part, then set a new review-by date.',
      });
    }
  }
  return items;
}

function copyAttention({ record, original, tool, linesDiffer }: CopyFinding, counted: boolean): AttentionItem {
  const difference = linesDiffer === 0 ? 'It is the same as' : `${plural(linesDiffer, 'line differs', 'lines differ')} from`;
  const maker = tool ? `a copy ${tool} made` : counted ? 'a likely copy' : 'perhaps a copy';
  return {
    kind: 'conflict',
    path: record.path,
    title: record.title,
    message: counted
      ? `This is ${maker} of ${original.path}. ${difference} the original. It is not counted.`
      : `This may be a copy of ${original.path}: ${difference.toLowerCase()} it, and the two share evidence. It is counted as a note of its own, so that evidence may count twice.`,
    hint: counted
      ? 'Compare it with the original, keep what you need there, then delete the copy.'
      : 'If it is a copy, move what you need into the original and delete this one.',
  };
}

/** What the project's own notes need: the figure the portfolio shows. */
export function ownAttention(notes: ProjectNotes, voices: VoicesSummary, asOf: string, settings: ScoringSettings): AttentionItem[] {
  const items = [...problemsAsAttention(notes.all), ...projectFindings(notes, asOf)];
  for (const wait of voices.awaitingFeedback) {
    if (wait.daysWaiting > settings.feedbackWarningDays) {
      items.push({
        kind: 'feedback',
        path: wait.path,
        title: wait.title,
        message: `People at this session have waited ${wait.daysWaiting} days to hear what came of their input.`,
        hint: 'Tell them what happened, then add the date as "fed-back".',
      });
    }
  }
  return items;
}

/** Notes that belong to no project, and projects that share a name: shown on every project's dashboard. */
export function vaultAttention(index: ProjectIndex, shown?: ProjectRecord): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const problem of index.unreadablePaths()) items.push(asAttention('problem', problem.path.split('/').pop() ?? problem.path, problem));
  for (const group of index.sameNameProjects()) {
    for (const project of group) {
      if (shown && !group.includes(shown)) continue;
      const others = group.filter((other) => other !== project).map((other) => other.path);
      items.push({
        kind: 'problem',
        path: project.path,
        title: project.title,
        message: `Another project is also called "${projectName(project)}": ${others.join(', ')}. Their notes are kept apart by folder.`,
        hint: 'Give each project its own name, so links and --project always mean one of them.',
      });
    }
  }
  for (const orphan of orphansOf(index)) {
    if (orphan.kind === 'unreadable') continue;
    items.push({ kind: 'no-project', path: orphan.path, title: orphan.title, ...orphanMessage(index, orphan) });
  }
  return items;
}

/** Orphans as last worked out, per index, and the index version they stand for. */
interface OrphanCache {
  version: number;
  projects: Set<string>;
  byPath: Map<string, NoteRecord>;
  sorted: NoteRecord[];
}

const orphanCaches = new WeakMap<ProjectIndex, OrphanCache>();

/**
 * The index's orphans, kept up to date from its changes: a change to a note that is not a
 * project note can only change whether that note is an orphan. Anything else (a project note
 * changed, a change this cache missed) means working them out again from the whole index.
 */
function orphansOf(index: ProjectIndex): readonly NoteRecord[] {
  let cache = orphanCaches.get(index);
  if (cache === undefined) {
    const fresh: OrphanCache = { version: -1, projects: new Set(), byPath: new Map(), sorted: [] };
    cache = fresh;
    orphanCaches.set(index, fresh);
    index.onChange((change) => followChange(index, fresh, change.paths));
  }
  if (cache.version !== index.version) {
    cache.sorted = index.orphans();
    cache.byPath = new Map(cache.sorted.map((record) => [record.path, record]));
    cache.projects = new Set(index.projects().map((project) => project.path));
    cache.version = index.version;
  }
  return cache.sorted;
}

function followChange(index: ProjectIndex, cache: OrphanCache, paths: readonly string[]): void {
  // Listeners hear a change after the version grew by one: any other step means the cache is behind.
  if (cache.version !== index.version - 1) return;
  for (const path of paths) if (cache.projects.has(path) || index.get(path)?.kind === 'project') return;
  let changed = false;
  for (const path of paths) {
    const record = index.get(path);
    const orphan = record !== undefined && record.kind !== 'note' && index.projectOf(path) === undefined;
    if (orphan) {
      changed = true;
      cache.byPath.set(path, record);
    } else if (cache.byPath.delete(path)) changed = true;
  }
  if (changed) cache.sorted = [...cache.byPath.values()].sort((a, b) => compareText(a.path, b.path));
  cache.version = index.version;
}

function orphanMessage(index: ProjectIndex, orphan: NoteRecord): { message: string; hint: string } {
  const candidates = index.linkedProjects(orphan);
  if (candidates.length > 1) {
    return {
      message: `This note links to "${orphan.projectLink ?? ''}", but more than one project has that name (${candidates.join(', ')}), so it is not counted.`,
      hint: 'Link to the project note by its path, like [[Folder/Project]], or move the note into the project folder.',
    };
  }
  if (orphan.projectLink !== undefined) {
    return {
      message: `This note links to the project "${orphan.projectLink}", but no project note has that name, so it is not counted.`,
      hint: 'Check the spelling of the "project" property, or move the note into the project folder.',
    };
  }
  return {
    message: 'This note does not belong to any project, so it is not counted.',
    hint: 'Add a "project" property that links to the project note, or move it into the project folder.',
  };
}

/** Every problem in a vault, in path order: what `coprod check` prints. */
export function vaultProblems(index: ProjectIndex, asOf: string, projectNotes: (project: ProjectRecord) => ProjectNotes): Problem[] {
  const problems: Problem[] = [];
  for (const record of index.all()) for (const problem of record.problems) problems.push(problem);
  const items = vaultAttention(index);
  for (const project of index.projects()) for (const item of projectFindings(projectNotes(project), asOf)) items.push(item);
  for (const item of items) {
    problems.push({
      path: item.path,
      ...(item.line !== undefined ? { line: item.line } : {}),
      ...(item.property ? { property: item.property } : {}),
      message: item.message.replace(/\.$/, ''),
      ...(item.hint ? { hint: item.hint.replace(/\.$/, '') } : {}),
    });
  }
  return problems.sort((a, b) => compareProblems(a, b) || compareText(a.message, b.message));
}

/**
 * Notes dated after `asOf` whose evidence, gaps or barriers are therefore not counted: named, so
 * a mistyped year (2062 for 2026) or a session written up ahead of time is never left out unseen.
 */
function laterNoteFindings(notes: ProjectNotes, asOf: string): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const record of notes.counted) {
    if (!datedAfter(record, asOf)) continue;
    if (record.evidence.length + record.gaps.length + record.barrierMarks.length === 0) continue;
    const property = noteDateProperty(record);
    const line = property === undefined ? undefined : 'propertyLines' in record ? record.propertyLines.get(property) : undefined;
    items.push({
      kind: 'problem',
      path: record.path,
      title: record.title,
      ...(line !== undefined ? { line } : {}),
      ...(property !== undefined ? { property } : {}),
      message: `This note is dated ${noteDate(record)!}, after ${asOf}, the day the figures are for, so its evidence, gaps and barriers are not counted yet.`,
      hint:
        property === undefined
          ? 'If the date at the start of the file name is a typing slip, rename the note.'
          : `If the date is a typing slip, correct "${property}". A session written up ahead of time counts from its day.`,
    });
  }
  return items;
}
