/** What needs someone's attention: problems, notes with no project, conflict copies, overdue reviews. */
import { compareProblems, type NoteRecord } from '../model';
import type { ProjectIndex } from '../index';
import type { AttentionItem, VoicesSummary } from './dashboard-types';
import type { ProjectNotes } from './project-notes';
import type { ScoringSettings } from './thresholds';

export function problemsAsAttention(records: Iterable<NoteRecord>): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const record of records) {
    for (const problem of [...record.problems].sort(compareProblems)) {
      items.push({
        kind: record.conflictOf !== undefined ? 'conflict' : 'problem',
        path: problem.path,
        title: record.title,
        ...(problem.line !== undefined ? { line: problem.line } : {}),
        ...(problem.property ? { property: problem.property } : {}),
        message: problem.message,
        ...(problem.hint ? { hint: problem.hint } : {}),
      });
    }
  }
  return items;
}

/** What needs attention in the project's own notes: the figure the portfolio shows. */
export function ownAttention(notes: ProjectNotes, voices: VoicesSummary, asOf: string, settings: ScoringSettings): AttentionItem[] {
  const items = problemsAsAttention(notes.all);
  for (const participant of notes.participants) {
    const reviewBy = participant.props['review-by'];
    if (reviewBy && reviewBy < asOf) {
      items.push({
        kind: 'consent-review',
        path: participant.path,
        title: participant.title,
        message: `Consent for ${participant.title} was due for review on ${reviewBy}.`,
        hint: 'Check they are still happy to take part, then set a new review-by date.',
      });
    }
  }
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

/** Tracker notes that belong to no project: shown on every project's dashboard. */
export function orphanAttention(index: ProjectIndex): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const orphan of index.orphans()) {
    items.push({
      kind: 'no-project',
      path: orphan.path,
      title: orphan.title,
      message: 'This note does not belong to any project, so it is not counted.',
      hint: 'Add a "project" property that links to the project note, or move it into the project folder.',
    });
  }
  return items;
}
