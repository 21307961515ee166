/** The project's `.base` file and the property types: folder-relative, the views people need, the demo vault's copies. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INGREDIENT_IDS } from '../../src/domain';
import { BASES_MIN_APP_VERSION, projectBase } from '../../src/model/project-base';
import { PROPERTY_TYPES, missingPropertyTypes } from '../../src/model/property-types';

const REPO = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');

interface View {
  type: string;
  name: string;
  filters: Record<string, string[]>;
  groupBy?: { property: string; direction: string };
  summaries?: Record<string, string>;
  order: string[];
}

const base = parse(projectBase()) as { filters: { and: string[] }; formulas: Record<string, string>; views: View[] };

/** Compares dotted versions such as 1.10.0 and 1.9.12 by number. */
function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((x![i] ?? 0) !== (y![i] ?? 0)) return (x![i] ?? 0) - (y![i] ?? 0);
  return 0;
}

describe('the project base', () => {
  it('reads the folder it sits in, so renaming the project keeps every table full', () => {
    expect(base.filters.and).toContain('file.inFolder(this.file.folder)');
    expect(projectBase()).not.toMatch(/inFolder\("/);
  });

  it('offers the five views, with grouping and sums where they help', () => {
    const views = Object.fromEntries(base.views.map((view) => [view.name, view]));
    expect(Object.keys(views)).toEqual(['Activities by month', 'Open follow-ups', 'Rewards by role', 'Assessments', 'Evidence by ingredient']);
    expect(views['Activities by month']!.groupBy).toEqual({ property: 'formula.month', direction: 'DESC' });
    expect(base.formulas.month).toContain('date.format("YYYY-MM")');
    expect(views['Open follow-ups']!.filters.and).toContain('note["follow-up-state"] != "applied"');
    expect(views['Rewards by role']!.groupBy?.property).toBe('note.role');
    expect(views['Rewards by role']!.summaries).toEqual({ 'note.hours': 'Sum', 'note.amount': 'Sum' });
    expect(Object.values(views.Assessments!.summaries ?? {})).toEqual(INGREDIENT_IDS.map(() => 'Average'));
    expect(Object.keys(views['Evidence by ingredient']!.summaries ?? {})).toHaveLength(INGREDIENT_IDS.length);
    for (const view of base.views) expect(view.type).toBe('table');
  });

  it('is the one the demo vault ships', () => {
    expect(read('vault-template/Full Plates Together/Full Plates Together.base')).toBe(projectBase());
  });

  it('needs an Obsidian the manifest and versions.json ask for', () => {
    const manifest = JSON.parse(read('manifest.json')) as { version: string; minAppVersion: string };
    const versions = JSON.parse(read('versions.json')) as Record<string, string>;
    expect(compareVersions(manifest.minAppVersion, BASES_MIN_APP_VERSION)).toBeGreaterThanOrEqual(0);
    // loadLocalStorage, the newest API the plugin calls (npm run lint checks each call against minAppVersion).
    expect(compareVersions(manifest.minAppVersion, '1.8.7')).toBeGreaterThanOrEqual(0);
    expect(versions[manifest.version]).toBe(manifest.minAppVersion);
  });
});

describe('property types', () => {
  it('are the ones the demo vault ships in .obsidian/types.json', () => {
    expect(JSON.parse(read('vault-template/.obsidian/types.json'))).toEqual({ types: PROPERTY_TYPES });
  });

  it('give dates, numbers, lists and benefits advice their kind', () => {
    expect(PROPERTY_TYPES).toMatchObject({ date: 'date', 'review-by': 'date', hours: 'number', assets: 'number', ingredients: 'multitext', 'benefits-advice': 'checkbox' });
  });

  it('name quotes and status as text, outcomes and gaps as lists, withdrawn-date as a date', () => {
    expect(PROPERTY_TYPES).toMatchObject({ quotes: 'text', status: 'text', outcomes: 'multitext', gaps: 'multitext', 'withdrawn-date': 'date' });
    const shipped = (JSON.parse(read('vault-template/.obsidian/types.json')) as { types: Record<string, string> }).types;
    for (const name of ['quotes', 'status', 'outcomes', 'gaps', 'withdrawn-date']) expect(shipped[name], name).toBe(PROPERTY_TYPES[name]);
  });

  it('are only added where the vault has none', () => {
    const missing = missingPropertyTypes((name) => (name === 'date' ? 'text' : name === 'hours' ? 'text' : null));
    expect(missing.date).toBeUndefined();
    expect(missing.hours).toBeUndefined();
    expect(missing['benefits-advice']).toBe('checkbox');
    expect(Object.keys(missing)).toHaveLength(Object.keys(PROPERTY_TYPES).length - 2);
  });
});
