/**
 * The one plugin setting the CLI must share: which folder holds the templates. The plugin never
 * counts the notes in it, so the CLI reads the plugin's settings file (never writes it) and skips
 * the same folder. Otherwise a vault whose templates live in "Admin/Templates" would show its
 * project template as a project of its own, and every `{{date}}` in it as a problem.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../model';
import { fileErrorReason, hasCode } from './file-errors';

/** Where Obsidian keeps the plugin's settings, relative to the vault (the plugin's id is in manifest.json). */
export const TRACKER_SETTINGS_FILE = '.obsidian/plugins/coproduction-tracker/data.json';

/** The plugin's default, and the CLI's when the vault has no settings for it. */
export const DEFAULT_TEMPLATES_FOLDER = 'Templates';

export interface TrackerSettings {
  /** '' when the settings name no templates folder: then no folder is skipped. */
  templatesFolder: string;
  /** What was wrong with the settings file, if anything; the default was used instead. */
  problems: Problem[];
}

/** Far more than the plugin's settings ever take (a few hundred bytes): a bigger file is not read. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export async function readTrackerSettings(root: string): Promise<TrackerSettings> {
  let text: string;
  try {
    const file = await fs.open(path.join(root, ...TRACKER_SETTINGS_FILE.split('/')), 'r');
    try {
      const { size } = await file.stat();
      if (size > MAX_SETTINGS_BYTES) return fallback(`the file is ${Math.ceil(size / 1024)} KB, far more than settings take`);
      text = await file.readFile('utf8');
    } finally {
      await file.close();
    }
  } catch (error) {
    // No settings: the plugin was never set up on this vault, or it keeps the defaults.
    if (hasCode(error, 'ENOENT') || hasCode(error, 'ENOTDIR')) return { templatesFolder: DEFAULT_TEMPLATES_FOLDER, problems: [] };
    return fallback(`they could not be read (${fileErrorReason(error) ?? 'the system refused'})`);
  }
  let settings: unknown;
  try {
    // A byte-order mark, as some editors add, is not part of the JSON.
    settings = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return fallback('the file is not valid JSON');
  }
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) return fallback('the file does not hold a list of settings');
  const folder = (settings as Record<string, unknown>).templatesFolder;
  if (folder === undefined) return { templatesFolder: DEFAULT_TEMPLATES_FOLDER, problems: [] };
  if (typeof folder !== 'string') return fallback('"templatesFolder" should be the name of a folder, written as text', 'templatesFolder');
  return { templatesFolder: vaultFolder(folder), problems: [] };
}

/** As the plugin stores it (Obsidian's normalizePath): one `/` between parts, none at either end. */
export function vaultFolder(folder: string): string {
  return folder
    .trim()
    .split(/[\\/]+/)
    .filter((part) => part !== '')
    .join('/')
    .replace(/[\u00A0\u202F]/g, ' ')
    .normalize('NFC');
}

function fallback(why: string, property?: string): TrackerSettings {
  return {
    templatesFolder: DEFAULT_TEMPLATES_FOLDER,
    problems: [
      {
        path: TRACKER_SETTINGS_FILE,
        ...(property !== undefined ? { property } : {}),
        message: `The tracker's settings could not be used: ${why}. The templates folder is taken to be "${DEFAULT_TEMPLATES_FOLDER}"`,
        hint: 'Set the templates folder again in Obsidian (Settings, then Co-production tracker), which writes this file afresh',
      },
    ],
  };
}
