/**
 * Every rule that turns evidence into a level lives here, so it can be read, explained
 * in the README, and changed in one place.
 */
export const LEVEL_NAMES = ['Not yet seen', 'Starting out', 'On the way', 'Going strong'] as const;
export type Level = 0 | 1 | 2 | 3;

export interface ScoringSettings {
  /** Evidence newer than this many days counts as recent. */
  recentDays: number;
  /** Warn when participants have not been told what came of their input for this long. */
  feedbackWarningDays: number;
}

export const DEFAULT_SCORING: ScoringSettings = { recentDays: 90, feedbackWarningDays: 30 };

/** The longest recent window or feedback delay a team can set: ten years. */
export const MAX_DAYS = 3650;

/**
 * Why a value cannot be a number of days for the settings above, in plain words; undefined when
 * it can. One rule for the settings tab, the plugin's stored settings and the CLI.
 */
export function daysProblem(value: unknown): string | undefined {
  // Digits only: Number() would read "0x10" as 16 and "1e2" as 100.
  const days = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof days === 'number' && Number.isInteger(days) && days > 0 && days <= MAX_DAYS) return undefined;
  return `Enter a whole number of days, from 1 to ${MAX_DAYS}.`;
}

/** What a level needs. Counts are pieces of evidence dated inside the recent window. */
export const LEVEL_RULES = {
  /** One piece of evidence of any age. */
  startingOut: { total: 1 },
  /** Recent evidence, from more than one person. */
  onTheWay: { recent: 2, voices: 2 },
  /** Plenty of recent evidence, from several people, including someone with lived experience. */
  goingStrong: { recent: 4, voices: 3, livedExperience: 1 },
} as const;

/** Ratings are 1 to 6; this maps an average rating onto the four levels for comparison. */
export function levelOfRating(average: number): Level {
  if (average < 2.5) return 0;
  if (average < 3.75) return 1;
  if (average < 5) return 2;
  return 3;
}

/** Averages this far apart (on the 1–6 scale) count as people seeing it differently. */
export const RATING_GAP = 1.5;
