/** Learning: follow-ups from reflections by state, what was learned, and self-assessments beside the evidence. */
import { compareText, INGREDIENT_BY_ID } from '../../domain';
import type { DashboardModel } from '../dashboard-types';
import { linkTo, noteAuthor, type ProjectNotes } from '../project-notes';
import { firstLine } from '../reflections';
import type { Quote, ReportFollowUp, ReportModel } from './types';

export function learningOf(dashboard: DashboardModel, notes: ProjectNotes): ReportModel['learning'] {
  const byPath = new Map(notes.reflections.map((record) => [record.path, record]));
  const items: ReportFollowUp[] = [...dashboard.learning.items]
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.path, b.path))
    .map((item) => {
      const record = byPath.get(item.path);
      const learned = record ? firstLine(record.sections, /learn/i) : undefined;
      const change = record ? firstLine(record.sections, /will change/i) : undefined;
      return { ...item, ...(learned ? { learned } : {}), ...(change ? { change } : {}) };
    });
  const withFollowUp = new Set(items.map((item) => item.path));
  const learnedOnly: Quote[] = [];
  for (const record of notes.reflections) {
    if (withFollowUp.has(record.path)) continue;
    const learned = firstLine(record.sections, /learn/i);
    const author = noteAuthor(record);
    if (learned) learnedOnly.push({ ...linkTo(record), text: learned, date: record.props.date, ...(author ? { author } : {}) });
  }
  return {
    applied: items.filter((item) => item.state === 'applied'),
    open: items.filter((item) => item.state === 'open'),
    dropped: items.filter((item) => item.state === 'dropped'),
    learnedOnly,
  };
}

export function assessmentOf(dashboard: DashboardModel): ReportModel['assessment'] {
  return {
    assessments: dashboard.assessment.assessments,
    rows: dashboard.assessment.comparisons.map((comparison) => ({
      ingredient: comparison.ingredient,
      name: INGREDIENT_BY_ID.get(comparison.ingredient)?.name ?? comparison.ingredient,
      ...(comparison.practitioners.average !== undefined ? { practitioners: comparison.practitioners.average } : {}),
      ...(comparison.participants.average !== undefined ? { participants: comparison.participants.average } : {}),
      evidencedLevelName: dashboard.ingredients.find((score) => score.id === comparison.ingredient)?.levelName ?? '',
      disagreements: comparison.disagreements,
    })),
  };
}
