/** Learning: follow-ups from reflections by state, what was learned, and self-assessments beside the evidence. */
import { compareText, INGREDIENT_BY_ID } from '../../domain';
import type { DashboardModel } from '../dashboard-types';
import { linkTo, noteAuthor, type ProjectNotes } from '../project-notes';
import { firstLine } from '../reflections';
import type { QuoteLedger } from './quotes';
import type { Quote, ReportFollowUp, ReportModel } from './types';

export function learningOf(dashboard: DashboardModel, notes: ProjectNotes, ledger: QuoteLedger): ReportModel['learning'] {
  const byPath = new Map(notes.reflections.map((record) => [record.path, record]));
  const items: ReportFollowUp[] = [...dashboard.learning.items]
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.path, b.path))
    .map((item) => {
      const record = byPath.get(item.path);
      const author = record ? noteAuthor(record) : undefined;
      const said = (heading: RegExp) => {
        const text = record ? firstLine(record.sections, heading) : undefined;
        if (!record || !text) return undefined;
        // The words sit under the section's heading; its line is where to find them.
        const line = record.sections.find((section) => heading.test(section.heading))?.line;
        return ledger.take({ ...linkTo(record, line), text, ...(author ? { author } : {}) });
      };
      const learned = said(/learn/i);
      const change = item.state === 'dropped' ? said(/will change/i) : undefined;
      // The follow-up and what was done are written in the reflection too: its author's words.
      const line = record?.propertyLines.get('follow-up');
      const withheld = ledger.hold({ path: item.path, title: item.title, text: item.text, ...(line ? { line } : {}), ...(author ? { author } : {}) });
      if (withheld) {
        const hidden: ReportFollowUp = { ...item, text: '', withheld };
        delete hidden.appliedHow;
        return hidden;
      }
      return {
        ...item,
        ...(learned?.withheld ? { learnedWithheld: learned.withheld } : learned ? { learned: learned.text } : {}),
        ...(change && !change.withheld ? { change: change.text } : {}),
      };
    });
  const withFollowUp = new Set(items.map((item) => item.path));
  const learnedOnly: Quote[] = [];
  for (const record of notes.reflections) {
    if (withFollowUp.has(record.path)) continue;
    const learned = firstLine(record.sections, /learn/i);
    const author = noteAuthor(record);
    const line = record.sections.find((section) => /learn/i.test(section.heading))?.line;
    const quote = learned ? ledger.take({ ...linkTo(record, line), text: learned, ...(author ? { author } : {}) }) : undefined;
    if (quote) learnedOnly.push({ ...quote, date: record.props.date });
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
