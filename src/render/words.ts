/** Small text helpers shared by every renderer, so all outputs say things the same way. */
import { compareText, ROLE_NAMES, RUNG_NAMES, STAR_NAMES, plural, type RoleId } from '../domain';

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

export function money(amounts: Record<string, number>): string {
  const parts = Object.entries(amounts)
    .sort(([a], [b]) => compareText(a, b))
    .map(([currency, amount]) => `${currency === 'GBP' ? '£' : `${currency} `}${amount.toFixed(2)}`);
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
