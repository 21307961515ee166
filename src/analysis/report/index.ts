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
import { answersOnce, sectionAnswers } from './answers';
import { barriersOf } from './barriers';
import { gapsOf } from './gaps';
import { bestQuote, reportIngredient } from './ingredients';
import { journeyOf } from './journey';
import { assessmentOf, learningOf } from './learning';
import { peopleOf, projectOf } from './people';
import { outcomesOf } from './outcomes';
import { QuoteLedger } from './quotes';
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
  ReportOutcome,
  ReportQuestion,
  QuoteWaiting,
} from './types';
export { monthsLabel } from './ingredients';
export { displayTitle } from './text';
export { similarity, NEAR_DUPLICATE } from './quotes';
export { keyWordsOf } from './outcomes';

export function buildReport(index: ProjectIndex, project: ProjectRecord, options: ReportOptions): ReportModel {
  const { asOf } = options;
  const leavePersonalOut = options.leavePersonalOut ?? true;
  const dashboard = buildDashboard(index, project, { asOf, ...(options.settings ? { settings: options.settings } : {}) });
  const notes = collectProjectNotes(index, project);
  const ledger = new QuoteLedger(notes);
  // Words that record something falling short are quoted only under "What got in the way".
  ledger.reserveGaps(dashboard.ingredients.flatMap((score) => score.gapEvidence.filter((item) => item.quotable).map((item) => item.text)));
  const journey = journeyOf(notes, dashboard, ledger);
  const phaseNotes = [...notes.phases].sort((a, b) => PHASE_IDS.indexOf(a.props.phase) - PHASE_IDS.indexOf(b.props.phase) || compareText(a.path, b.path));
  // Quotes are taken in the order the report is read: the summary, then the full story.
  const best = dashboard.ingredients.map((score) => bestQuote(score, ledger, asOf));
  const ingredients = dashboard.ingredients.map((score, i) => reportIngredient(score, dashboard, asOf, ledger, best[i]));
  const barriers = barriersOf(dashboard, notes, index, ledger);
  const organisationBarriers = answersOnce(sectionAnswers(phaseNotes, /get in the way|organisation.*(stop|block)/i), ledger);
  const learning = learningOf(dashboard, notes, ledger);
  const lessons = answersOnce(sectionAnswers(phaseNotes, /learn|lesson|assumption|changed because|help(ed)? people before|differently/i), ledger);
  const questions = questionsOf(notes, phaseNotes, dashboard, journey, ledger);
  // The appendix lists every activity last: a decision or answer quoted above is not said again there.
  for (const activity of journey.flatMap((stage) => stage.activities)) {
    if (activity.decision && ledger.isRepeat(activity.decision, true)) delete activity.decision;
    if (activity.youSaid && ledger.isRepeat(activity.youSaid, true)) delete activity.youSaid;
  }
  const model: ReportModel = {
    asOf,
    recentDays: dashboard.settings.recentDays,
    leavePersonalOut,
    project: projectOf(project, dashboard),
    outcomes: outcomesOf(notes),
    people: peopleOf(notes, dashboard, leavePersonalOut),
    journey,
    ingredients,
    barriers,
    organisationBarriers,
    rewards: dashboard.rewards,
    learning,
    assessment: assessmentOf(dashboard),
    lessons,
    questions,
    gaps: [],
    quotesWaiting: ledger.waitingList(),
  };
  model.gaps = gapsOf(model, dashboard);
  return model;
}
