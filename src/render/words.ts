/** Small text helpers shared by every renderer, so all outputs say things the same way. */
import { compareText, ROLE_NAMES, RUNG_NAMES, STAR_NAMES, plural, type RoleId } from '../domain';
import type { IngredientScore } from '../analysis/dashboard-types';

export { joinWords, longDate, monthName, plural } from '../domain';

export function roleName(role: RoleId): string {
  return ROLE_NAMES[role];
}

export function rungName(rung: string): string {
  return (RUNG_NAMES as Record<string, string>)[rung] ?? rung;
}

export function starName(co: string): string {
  return (STAR_NAMES as Record<string, string>)[co] ?? co;
}

/**
 * A figure no real project reaches (a typing slip such as "hours: 1e308" adds up to
 * Infinity) is named as a mistake instead of printed as "Infinity" or "1e+21".
 */
function isSaneFigure(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) < 1e15;
}

/** "3 hours", or a plain word that the figure cannot be right. */
export function hoursText(hours: number): string {
  return isSaneFigure(hours) ? plural(hours, 'hour') : 'an impossible number of hours (check the reward notes)';
}

/** An hours figure for a table cell. */
export function hoursFigure(hours: number): string {
  return isSaneFigure(hours) ? String(hours) : 'impossible (check the reward notes)';
}

export function money(amounts: Record<string, number>): string {
  const parts = Object.entries(amounts)
    .sort(([a], [b]) => compareText(a, b))
    .map(([currency, amount]) =>
      isSaneFigure(amount) ? `${currency === 'GBP' ? '£' : `${currency} `}${amount.toFixed(2)}` : `${currency}: an impossible amount (check the reward notes)`,
    );
  return parts.length > 0 ? parts.join(' + ') : 'nothing';
}

/** A level drawn with filled and empty boxes, so it reads without colour. */
export function levelBar(level: number): string {
  return '■'.repeat(level) + '□'.repeat(3 - level);
}

export const NOTE_KIND_WORDS: Record<string, [string, string]> = {
  activity: ['activity', 'activities'],
  reflection: ['reflection', 'reflections'],
  participant: ['participant', 'participants'],
  reward: ['reward', 'rewards'],
  assessment: ['self-assessment', 'self-assessments'],
  phase: ['phase note', 'phase notes'],
  note: ['other note', 'other notes'],
};

export function kindCount(kind: string, count: number): string {
  const [one, many] = NOTE_KIND_WORDS[kind] ?? [kind, `${kind}s`];
  return plural(count, one, many);
}

/**
 * An ingredient's evidence in a few words. People and lived experience are counted among the
 * recent pieces only (as the level is), so they are said after "recent", never beside the total.
 */
export function evidenceFigures(score: IngredientScore): string {
  if (score.total === 0) return 'No pieces yet';
  if (score.recent === 0) return `${plural(score.total, 'piece')}, none recent`;
  return `${plural(score.total, 'piece')}; ${score.recent} recent, by ${plural(score.voices, 'person', 'people')}, ${score.livedExperience} from lived experience`;
}

/** The same, and the pieces that show the ingredient falling short. */
export function figuresText(score: IngredientScore): string {
  const evidence = evidenceFigures(score);
  return score.gaps > 0 ? `${evidence}; ${plural(score.gaps, 'piece')} ${score.gaps === 1 ? 'shows' : 'show'} it falling short` : evidence;
}
