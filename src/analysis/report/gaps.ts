/** What the notes do not show yet: the gaps in the report, in plain sentences. */
import type { DashboardModel } from '../dashboard-types';
import { compareText, joinWords, longDate, plural } from '../../domain';
import { displayTitle } from './text';
import type { ReportModel } from './types';

export function gapsOf(model: ReportModel, dashboard: DashboardModel): string[] {
  const gaps: string[] = [];
  const unseen = model.ingredients.filter((ingredient) => ingredient.total === 0);
  if (unseen.length > 0) gaps.push(`No evidence yet for ${joinWords(unseen.map((ingredient) => ingredient.name))}.`);
  const noLived = model.ingredients.filter((ingredient) => ingredient.total > 0 && ingredient.livedExperience === 0);
  if (noLived.length > 0) {
    gaps.push(`None of the evidence for ${joinWords(noLived.map((ingredient) => ingredient.name))} comes from someone with lived experience.`);
  }
  const missingPhases = model.journey.filter((stage) => stage.id !== 'none' && stage.note === undefined);
  if (missingPhases.length > 0) gaps.push(`No phase note for ${joinWords(missingPhases.map((stage) => stage.name))}.`);
  const barriers = model.barriers.filter((barrier) => !barrier.addressed);
  if (barriers.length > 0) gaps.push(`Nothing records how these barriers were dealt with: ${joinWords(barriers.map((barrier) => barrier.name.toLowerCase()))}.`);
  if (model.people.reflections === 0) {
    gaps.push('No reflections yet, so the report cannot say what the team learned or changed. Write one with "Capture a reflection".');
  } else if (model.learning.applied.length === 0) {
    gaps.push('No follow-up from a reflection is marked as applied yet.');
  }
  if (model.learning.open.length > 0) {
    gaps.push(`${plural(model.learning.open.length, 'follow-up is', 'follow-ups are')} still open.`);
  }
  if (model.assessment.assessments === 0) gaps.push('No self-assessments yet, so there is nothing to set beside the evidence.');
  if (model.rewards.entries === 0) gaps.push('No rewards recorded, so the report cannot show how people were thanked for their time.');
  if (model.rewards.withoutBenefitsAdvice > 0) {
    gaps.push(`${plural(model.rewards.withoutBenefitsAdvice, 'payment or voucher has', 'payments or vouchers have')} no record that benefits advice was offered first.`);
  }
  const waiting = dashboard.voices.awaitingFeedback;
  if (waiting.length > 0) {
    const which = [...waiting]
      .sort((x, y) => compareText(x.date, y.date) || compareText(x.path, y.path))
      .map((wait) => `${displayTitle(wait.title)} (${longDate(wait.date)})`);
    gaps.push(`People have not yet been told what came of ${plural(waiting.length, 'activity', 'activities')}: ${joinWords(which)}.`);
  }
  if (model.people.participants.length === 0) gaps.push('No participant notes, so the report cannot say who took part by pseudonym.');
  const unanswered = model.questions.filter((question) => question.answers.length === 0);
  if (unanswered.length === 1) gaps.push(`The notes do not yet answer "${unanswered[0]!.question}"`);
  else if (unanswered.length > 1) {
    const how = unanswered.length === model.questions.length ? 'any' : String(unanswered.length);
    gaps.push(`The notes do not yet answer ${how} of the questions every project should answer.`);
  }
  const problems = dashboard.attention.filter((item) => item.kind === 'problem' || item.kind === 'conflict').length;
  if (problems > 0) gaps.push(`${plural(problems, 'note needs', 'notes need')} attention and may be missing from this report.`);
  return gaps;
}
