/**
 * The team's settings as the plugin stores them (its data.json, synced with the vault), and the
 * one way a stored file is read: by the plugin at start-up and by the CLI, so both leave out the
 * same templates and score with the same days.
 */
import { DEFAULT_SCORING, MAX_DAYS, daysProblem } from './thresholds';

export interface CoproductionSettings {
  /** The folder holding the templates; the built-in templates are used for any it lacks. */
  templatesFolder: string;
  /** How many days count as recent on the dashboard. */
  recentDays: number;
  /** Days after an activity before "not fed back yet" becomes a warning. */
  feedbackWarningDays: number;
  /** Leave personal details (access needs, contact…) out of exports. */
  leavePersonalOut: boolean;
  /** Editor lens: show ingredient, gap and barrier tags as chips. */
  lensTags: boolean;
  /** Editor lens: mark lines whose words point to an ingredient. */
  lensSuggestions: boolean;
  /** Editor lens: complete #ingredient/ and #gap/ as they are typed. */
  lensCompletion: boolean;
  /** Editor lens: this note at a glance (status bar on desktop, a line at the top on phones). */
  lensGlance: boolean;
}

export const DEFAULT_SETTINGS: CoproductionSettings = {
  templatesFolder: 'Templates',
  ...DEFAULT_SCORING,
  leavePersonalOut: true,
  lensTags: true,
  lensSuggestions: true,
  lensCompletion: true,
  lensGlance: true,
};

/** A stored value that was not used, in a plain sentence that says what is used instead. */
export interface UnusedSetting {
  property?: string;
  message: string;
}

const DAYS_SETTINGS = ['recentDays', 'feedbackWarningDays'] as const;

/**
 * Stored settings over the defaults, and a sentence for each stored value that could not be used
 * (a hand edit, or another version's file). A setting this version does not know is left be.
 */
export function readStoredSettings(stored: unknown): { settings: CoproductionSettings; unused: UnusedSetting[] } {
  const settings: CoproductionSettings = { ...DEFAULT_SETTINGS };
  if (stored === null || stored === undefined) return { settings, unused: [] };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings, unused: [{ message: 'The settings file does not hold a list of settings, so every setting is the default.' }] };
  }
  const record = stored as Record<string, unknown>;
  const target = settings as unknown as Record<string, unknown>;
  const unused: UnusedSetting[] = [];
  for (const [property, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const value = record[property];
    if (value === undefined) continue;
    if (typeof value === typeof fallback) target[property] = value;
    else {
      const kind = typeof fallback === 'boolean' ? 'on or off' : typeof fallback === 'number' ? 'a number' : 'text';
      unused.push({ property, message: `The setting "${property}" should be ${kind}, so ${JSON.stringify(fallback)} is used.` });
    }
  }
  // A number of days edited by hand to 0 or 2.5 is not used either.
  for (const property of DAYS_SETTINGS) {
    if (typeof record[property] !== 'number' || daysProblem(settings[property]) === undefined) continue;
    settings[property] = DEFAULT_SETTINGS[property];
    unused.push({ property, message: `The setting "${property}" should be a whole number of days, from 1 to ${MAX_DAYS}, so ${DEFAULT_SETTINGS[property]} days are used.` });
  }
  return { settings, unused };
}
