/**
 * What the plugin's commands need from the plugin: the app, the settings, the index, the
 * writer and the clock. The plugin class implements it; tests build a small one.
 */
import type { App, Plugin } from 'obsidian';
import type { CoproductionSettings } from '../analysis/settings';
import type { NoteWriter, ProjectIndex } from '../index';

// The settings are the core's (the CLI reads them too); the plugin's code finds them here.
export { DEFAULT_SETTINGS, type CoproductionSettings } from '../analysis/settings';

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
