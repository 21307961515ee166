/** The journey: each phase with its dates, checklist, activities and reflections. */
import type { RecordOfKind } from '../../model';
import type { DashboardModel } from '../dashboard-types';
import { linkTo, type ProjectNotes } from '../project-notes';
import { firstLine } from '../reflections';
import type { JourneyStage, ReportActivity } from './types';

export function journeyOf(notes: ProjectNotes, dashboard: DashboardModel): JourneyStage[] {
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

function activityOf(record: RecordOfKind<'activity'>): ReportActivity {
  const props = record.props as Record<string, unknown> & typeof record.props;
  const tookPart = ['lived-experience', 'practitioners', 'family-carers', 'community-members', 'others']
    .map((property) => Number(props[property] ?? 0))
    .reduce((sum, count) => sum + (Number.isFinite(count) ? count : 0), 0);
  const decision = firstLine(record.sections, /^decision/i);
  const youSaid = firstLine(record.sections, /you said/i);
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
