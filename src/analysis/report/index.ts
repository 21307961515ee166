/**
 * The end-of-project reflection as plain data: the story a project tells from its own
 * notes, for funders, partners and the people who took part. Levels, trends, barriers,
 * rewards and follow-ups come from the dashboard model, so the report and the dashboard
 * never disagree. Pure: the same index and `asOf` always give the same report.
 * One module a section; this one puts them together.
 */
import { compareText, PHASE_IDS } from '../../domain';
import type { ProjectIndex, ProjectRecord } from '../../index';
import { buildDashboard } from '../dashboard';
import { collectProjectNotes } from '../project-notes';
import { sectionAnswers } from './answers';
import { barriersOf } from './barriers';
import { gapsOf } from './gaps';
import { reportIngredient } from './ingredients';
import { journeyOf } from './journey';
import { assessmentOf, learningOf } from './learning';
import { peopleOf, projectOf } from './people';
import { questionsOf } from './questions';
import type { ReportModel, ReportOptions } from './types';

export type {
  JourneyStage,
  PeriodCount,
  Quote,
  ReportActivity,
  ReportAssessmentRow,
  ReportBarrier,
  ReportFollowUp,
  ReportIngredient,
  ReportModel,
  ReportOptions,
  ReportParticipant,
  ReportQuestion,
} from './types';
export { monthsLabel } from './ingredients';
export { displayTitle } from './text';

export function buildReport(index: ProjectIndex, project: ProjectRecord, options: ReportOptions): ReportModel {
  const { asOf } = options;
  const leavePersonalOut = options.leavePersonalOut ?? true;
  const dashboard = buildDashboard(index, project, { asOf, ...(options.settings ? { settings: options.settings } : {}) });
  const notes = collectProjectNotes(index, project);
  const journey = journeyOf(notes, dashboard);
  const phaseNotes = [...notes.phases].sort((a, b) => PHASE_IDS.indexOf(a.props.phase) - PHASE_IDS.indexOf(b.props.phase) || compareText(a.path, b.path));
  const model: ReportModel = {
    asOf,
    leavePersonalOut,
    project: projectOf(project, dashboard),
    people: peopleOf(notes, dashboard, leavePersonalOut),
    journey,
    ingredients: dashboard.ingredients.map((score) => reportIngredient(score, dashboard, asOf)),
    barriers: barriersOf(dashboard, notes, index),
    organisationBarriers: sectionAnswers(phaseNotes, /get in the way|organisation.*(stop|block)/i),
    rewards: dashboard.rewards,
    learning: learningOf(dashboard, notes),
    assessment: assessmentOf(dashboard),
    lessons: sectionAnswers(phaseNotes, /learn|lesson|assumption|changed because|help(ed)? people before|differently/i),
    questions: questionsOf(notes, phaseNotes, dashboard, journey),
    gaps: [],
  };
  model.gaps = gapsOf(model, dashboard);
  return model;
}
