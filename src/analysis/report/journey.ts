/** The journey: each phase with its dates, checklist, activities and reflections. */
import type { RecordOfKind } from '../../model';
import type { DashboardModel } from '../dashboard-types';
import { linkTo, noteAuthor, type ProjectNotes } from '../project-notes';
import type { QuoteLedger } from './quotes';
import { firstLine } from '../reflections';
import type { JourneyStage, ReportActivity } from './types';

export function journeyOf(notes: ProjectNotes, dashboard: DashboardModel, ledger: QuoteLedger): JourneyStage[] {
  const activityOf = (record: RecordOfKind<'activity'>) => activityFrom(record, ledger);
  const stages: JourneyStage[] = dashboard.phases.map((progress) => {
    const phaseNote = notes.phases.find((record) => record.props.phase === progress.id);
    return {
      id: progress.id,
      name: progress.name,
      current: progress.current,
      ...(progress.note ? { note: progress.note } : {}),
      ...(phaseNote?.props.started ? { started: phaseNote.props.started } : {}),
      ...(phaseNote?.props.finished ? { finished: phaseNote.props.finished } : {}),
      checklistDone: progress.checklistDone,
      checklistTotal: progress.checklistTotal,
      activities: notes.activities.filter((record) => record.props.phase === progress.id).map(activityOf),
      reflections: notes.reflections.filter((record) => record.props.phase === progress.id).length,
    };
  });
  const unphased = notes.activities.filter((record) => record.props.phase === undefined);
  const unphasedReflections = notes.reflections.filter((record) => record.props.phase === undefined).length;
  if (unphased.length > 0 || unphasedReflections > 0) {
    stages.push({
      id: 'none',
      name: 'Not tied to a phase',
      current: false,
      checklistDone: 0,
      checklistTotal: 0,
      activities: unphased.map(activityOf),
      reflections: unphasedReflections,
    });
  }
  return stages;
}

function activityFrom(record: RecordOfKind<'activity'>, ledger: QuoteLedger): ReportActivity {
  const props = record.props as Record<string, unknown> & typeof record.props;
  const tookPart = ['lived-experience', 'practitioners', 'family-carers', 'community-members', 'others']
    .map((property) => Number(props[property] ?? 0))
    .reduce((sum, count) => sum + (Number.isFinite(count) ? count : 0), 0);
  // A participant's own note: its words are shown only with their yes.
  const author = noteAuthor(record);
  const mayQuote = ledger.withheld({ ...linkTo(record), text: '', ...(author ? { author } : {}) }) === undefined;
  const decision = mayQuote ? firstLine(record.sections, /^decision/i) : undefined;
  const youSaid = mayQuote ? firstLine(record.sections, /you said/i) : undefined;
  return {
    ...linkTo(record),
    date: props.date,
    ...(props.session ? { session: props.session } : {}),
    tookPart,
    ...(props.rung ? { rung: props.rung } : {}),
    ...(props['decided-by'] ? { decidedBy: props['decided-by'] } : {}),
    ...(decision ? { decision } : {}),
    ...(youSaid ? { youSaid } : {}),
  };
}
