/**
 * What the plugin's commands need from the plugin: the app, the settings, the index, the
 * writer and the clock. The plugin class implements it; tests build a small one.
 */
import type { App, Plugin } from 'obsidian';
import type { NoteWriter, ProjectIndex } from '../index';

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
  recentDays: 90,
  feedbackWarningDays: 30,
  leavePersonalOut: true,
  lensTags: true,
  lensSuggestions: true,
  lensCompletion: true,
  lensGlance: true,
};

export interface CoproductionHost {
  app: App;
  settings: CoproductionSettings;
  index: ProjectIndex;
  writer: NoteWriter;
  /** Today as YYYY-MM-DD, from the host's clock. */
  today(): string;
  now(): Date;
  addCommand: Plugin['addCommand'];
  /** Opens a note, at a line when given. */
  openNote(path: string, line?: number): Promise<void>;
}

/** Who is writing is kept on each device, never in the synced settings. */
export const AUTHOR_STORAGE_KEY = 'coproduction-tracker-author';

export function getAuthor(app: App): string {
  // Local storage is per vault and per device (Obsidian 1.8.7+), so it is never synced.
  const stored: unknown = app.loadLocalStorage(AUTHOR_STORAGE_KEY);
  return typeof stored === 'string' ? stored.trim() : '';
}

export function setAuthor(app: App, name: string): void {
  const trimmed = name.trim();
  app.saveLocalStorage(AUTHOR_STORAGE_KEY, trimmed === '' ? null : trimmed);
}
