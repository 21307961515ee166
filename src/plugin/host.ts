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
}

export const DEFAULT_SETTINGS: CoproductionSettings = {
  templatesFolder: 'Templates',
  recentDays: 90,
  feedbackWarningDays: 30,
  leavePersonalOut: true,
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

/** `App.loadLocalStorage` and `saveLocalStorage` (Obsidian 1.8.7 and later): per vault, per device. */
interface VaultLocalStorage {
  loadLocalStorage(key: string): unknown;
  saveLocalStorage(key: string, data: unknown): void;
}

function vaultStorage(app: App): VaultLocalStorage {
  const own = app as Partial<VaultLocalStorage>;
  if (typeof own.loadLocalStorage === 'function' && typeof own.saveLocalStorage === 'function') {
    return own as VaultLocalStorage;
  }
  // Older Obsidian: the browser's local storage, with the vault's name in the key.
  const scoped = (key: string) => `${key}:${app.vault.getName()}`;
  return {
    loadLocalStorage: (key) => {
      const stored = window.localStorage.getItem(scoped(key));
      try {
        return stored === null ? null : (JSON.parse(stored) as unknown);
      } catch {
        return null;
      }
    },
    saveLocalStorage: (key, data) => {
      if (data === null || data === undefined) window.localStorage.removeItem(scoped(key));
      else window.localStorage.setItem(scoped(key), JSON.stringify(data));
    },
  };
}

export function getAuthor(app: App): string {
  const stored = vaultStorage(app).loadLocalStorage(AUTHOR_STORAGE_KEY);
  return typeof stored === 'string' ? stored.trim() : '';
}

export function setAuthor(app: App, name: string): void {
  const trimmed = name.trim();
  vaultStorage(app).saveLocalStorage(AUTHOR_STORAGE_KEY, trimmed === '' ? null : trimmed);
}
