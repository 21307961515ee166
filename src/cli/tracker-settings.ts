/**
 * The plugin settings the CLI must share, read from the plugin's settings file (never written):
 * - which folder holds the templates. The plugin never counts the notes in it; otherwise a vault
 *   whose templates live in "Admin/Templates" would show its project template as a project of
 *   its own, and every `{{date}}` in it as a problem;
 * - the team's recent window and feedback delay, so the CLI's levels and warnings are the ones
 *   the dashboard in Obsidian shows.
 * Whether to leave personal details out of a report stays the CLI's own choice (`--include-personal`):
 * a shared setting never widens what an export shows.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, readStoredSettings } from '../analysis/settings';
import { DEFAULT_SCORING, type ScoringSettings } from '../analysis/thresholds';
import type { Problem } from '../model';
import { fileErrorReason, hasCode } from './file-errors';

/** Where Obsidian keeps the plugin's settings, relative to the vault (the plugin's id is in manifest.json). */
export const TRACKER_SETTINGS_FILE = '.obsidian/plugins/coproduction-tracker/data.json';

const DEFAULT_TEMPLATES_FOLDER = DEFAULT_SETTINGS.templatesFolder;

export interface TrackerSettings {
  /** '' when the settings name no templates folder: then no folder is skipped. */
  templatesFolder: string;
  /** The team's scoring settings, the defaults where the file gives none it can use. */
  scoring: ScoringSettings;
  /** What was wrong with the settings file, if anything; the default was used instead. */
  problems: Problem[];
}

/** Every setting at its default, with nothing wrong: a vault the plugin was never set up on. */
function defaults(): TrackerSettings {
  return { templatesFolder: DEFAULT_TEMPLATES_FOLDER, scoring: { ...DEFAULT_SCORING }, problems: [] };
}

/** Far more than the plugin's settings ever take (a few hundred bytes): a bigger file is not read. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export async function readTrackerSettings(root: string): Promise<TrackerSettings> {
  let text: string;
  try {
    const file = await fs.open(path.join(root, ...TRACKER_SETTINGS_FILE.split('/')), 'r');
    try {
      const { size } = await file.stat();
      if (size > MAX_SETTINGS_BYTES) return unusable(`the file is ${Math.ceil(size / 1024)} KB, far more than settings take`);
      text = await file.readFile('utf8');
    } finally {
      await file.close();
    }
  } catch (error) {
    // No settings: the plugin was never set up on this vault, or it keeps the defaults.
    if (hasCode(error, 'ENOENT') || hasCode(error, 'ENOTDIR')) return defaults();
    return unusable(`they could not be read (${fileErrorReason(error) ?? 'the system refused'})`);
  }
  let settings: unknown;
  try {
    // A byte-order mark, as some editors add, is not part of the JSON.
    settings = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return unusable('the file is not valid JSON');
  }
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) return unusable('the file does not hold a list of settings');
  // The plugin's own rules for each value (analysis/settings.ts), so both use the same ones.
  const { settings: stored, unused } = readStoredSettings(settings);
  const problems = unused.map((one) => settingsProblem(one.message.replace(/\.$/, ''), one.property));
  let templatesFolder = vaultFolder(stored.templatesFolder);
  if (leavesTheVault(templatesFolder)) {
    // The plugin finds no templates there (Obsidian has no such path), so neither does the CLI.
    problems.push(settingsProblem(`The setting "templatesFolder" should be a folder inside the vault, with no ".." in it, so "${DEFAULT_TEMPLATES_FOLDER}" is used`, 'templatesFolder'));
    templatesFolder = DEFAULT_TEMPLATES_FOLDER;
  }
  return { templatesFolder, scoring: { recentDays: stored.recentDays, feedbackWarningDays: stored.feedbackWarningDays }, problems };
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

/** True when a part of the (normalised) path is `..` or `.`: a way out of the vault, or a way to name it twice. */
function leavesTheVault(folder: string): boolean {
  return folder.split('/').some((part) => part === '..' || part === '.');
}

/** The whole file could not be used: every setting takes its default. */
function unusable(why: string): TrackerSettings {
  return {
    ...defaults(),
    problems: [settingsProblem(`The tracker's settings could not be used: ${why}. Every setting is the default, so the templates folder is "${DEFAULT_TEMPLATES_FOLDER}"`)],
  };
}

function settingsProblem(message: string, property?: string): Problem {
  return {
    path: TRACKER_SETTINGS_FILE,
    ...(property !== undefined ? { property } : {}),
    message,
    hint: 'Set it again in Obsidian (Settings, then Co-production tracker), which writes this file afresh',
  };
}
