/** What the notes do not show yet: the gaps in the report, in plain sentences. */
import type { DashboardModel } from '../dashboard-types';
import { compareText, joinWords, longDate, plural } from '../../domain';
import { displayTitle } from './text';
import type { ReportModel } from './types';

/**
 * Gaps that no other part of the report states: each fact is said once, so what a section
 * already says (no evidence for an ingredient, open follow-ups, a missing phase note, an
 * unanswered question, rewards without benefits advice) is not said again here.
 */
export function gapsOf(model: ReportModel, dashboard: DashboardModel): string[] {
  const gaps: string[] = [];
  const noLived = model.ingredients.filter((ingredient) => ingredient.total > 0 && ingredient.livedExperience === 0);
  if (noLived.length > 0) {
    gaps.push(`None of the evidence for ${joinWords(noLived.map((ingredient) => ingredient.name))} comes from someone with lived experience.`);
  }
  const waiting = dashboard.voices.awaitingFeedback;
  if (waiting.length > 0) {
    const which = [...waiting]
      .sort((x, y) => compareText(x.date, y.date) || compareText(x.path, y.path))
      .map((wait) => `${displayTitle(wait.title)} (${longDate(wait.date)})`);
    gaps.push(`People have not yet been told what came of ${plural(waiting.length, 'activity', 'activities')}: ${joinWords(which)}.`);
  }
  const problems = dashboard.attention.filter((item) => item.kind === 'problem' || item.kind === 'conflict').length;
  if (problems > 0) gaps.push(`${plural(problems, 'note needs', 'notes need')} attention and may be missing from this report.`);
  return gaps;
}
