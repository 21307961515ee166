/** The project in brief: its facts and the people who took part, by pseudonym. */
import { compareText, PERSONAL_PROPERTIES } from '../../domain';
import { projectName, type ProjectRecord } from '../../index';
import type { DashboardModel } from '../dashboard-types';
import { linkTo, type ProjectNotes } from '../project-notes';
import type { ReportModel, ReportParticipant } from './types';

export function projectOf(project: ProjectRecord, dashboard: DashboardModel): ReportModel['project'] {
  return {
    path: project.path,
    title: project.title,
    name: projectName(project),
    ...(dashboard.project.aim ? { aim: dashboard.project.aim } : {}),
    ...(dashboard.project.start ? { start: dashboard.project.start } : {}),
    ...(dashboard.project.end ? { end: dashboard.project.end } : {}),
    partners: dashboard.project.partners,
    ...(dashboard.project.phaseName ? { phaseName: dashboard.project.phaseName } : {}),
  };
}

export function peopleOf(notes: ProjectNotes, dashboard: DashboardModel, leavePersonalOut: boolean): ReportModel['people'] {
  return {
    participants: participantsOf(notes, leavePersonalOut),
    participantsByRole: dashboard.voices.participantsByRole,
    placesByRole: dashboard.voices.peopleByRole,
    activities: dashboard.voices.activities,
    reflections: dashboard.learning.reflections,
    reflectionAuthors: dashboard.learning.authors,
  };
}

function participantsOf(notes: ProjectNotes, leavePersonalOut: boolean): ReportParticipant[] {
  return notes.participants
    .map((record) => {
      const props = record.props as Record<string, unknown> & typeof record.props;
      const personal: Record<string, string> = {};
      // Someone who withdrew has taken back their details with their words: never listed, even when asked for.
      if (!leavePersonalOut && props.status !== 'withdrawn') {
        for (const property of PERSONAL_PROPERTIES) {
          const value = props[property];
          if (typeof value === 'string' && value.trim() !== '') personal[property] = value.trim();
        }
      }
      return {
        ...linkTo(record),
        pseudonym: props.pseudonym?.trim() || record.title,
        role: props.role,
        ...(props['consent-date'] ? { consentDate: props['consent-date'] } : {}),
        quotes: props.status === 'withdrawn' ? ('withdrawn' as const) : (props.quotes ?? 'ask'),
        ...(Object.keys(personal).length > 0 ? { personal } : {}),
      };
    })
    .sort((a, b) => compareText(a.pseudonym, b.pseudonym) || compareText(a.path, b.path));
}
