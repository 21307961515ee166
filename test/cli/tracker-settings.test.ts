// The CLI shares the plugin's settings, read from its settings file (never written): the
// templates folder it skips, and the team's recent window and feedback delay. Before, it skipped
// only "Templates" (a vault whose templates lived elsewhere showed the project template as a
// project) and scored with the defaults whatever the team had set.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCORING } from '../../src/analysis/thresholds';
import { TRACKER_SETTINGS_FILE, readTrackerSettings, vaultFolder } from '../../src/cli/tracker-settings';
import { DEMO_VAULT, REPO, coprod } from '../support/cli';

let vault: string;

beforeEach(() => {
  vault = mkdtempSync(path.join(tmpdir(), 'coprod-settings-'));
});
afterEach(() => {
  rmSync(vault, { recursive: true, force: true });
});

/** Writes the plugin's settings file into the vault, as Obsidian would. */
function settingsFile(text: string): void {
  mkdirSync(path.join(vault, path.dirname(TRACKER_SETTINGS_FILE)), { recursive: true });
  writeFileSync(path.join(vault, TRACKER_SETTINGS_FILE), text);
}

/** The demo vault with its templates moved to `Admin/Templates`, and the plugin told so. */
function demoWithTemplatesIn(folder: string): void {
  cpSync(DEMO_VAULT, vault, { recursive: true });
  mkdirSync(path.join(vault, path.dirname(folder)), { recursive: true });
  renameSync(path.join(vault, 'Templates'), path.join(vault, folder));
  settingsFile(JSON.stringify({ templatesFolder: folder, recentDays: 90 }));
}

describe("the plugin's settings file", () => {
  it('sits where Obsidian keeps the settings of the plugin this repository builds', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'manifest.json'), 'utf8')) as { id: string };
    expect(TRACKER_SETTINGS_FILE).toBe(`.obsidian/plugins/${manifest.id}/data.json`);
  });

  it('gives the defaults when the vault has no settings, or they leave a setting out', async () => {
    expect(await readTrackerSettings(vault)).toEqual({ templatesFolder: 'Templates', scoring: DEFAULT_SCORING, problems: [] });
    settingsFile('{"recentDays": 30}');
    expect(await readTrackerSettings(vault)).toEqual({ templatesFolder: 'Templates', scoring: { ...DEFAULT_SCORING, recentDays: 30 }, problems: [] });
  });

  it("reads the team's recent window and feedback delay, and names a value it cannot use", async () => {
    settingsFile('{"recentDays": 30, "feedbackWarningDays": 14}');
    expect((await readTrackerSettings(vault)).scoring).toEqual({ recentDays: 30, feedbackWarningDays: 14 });
    const wholeDays = 'The setting "feedbackWarningDays" should be a whole number of days, from 1 to 3650, so 30 days are used';
    const aNumber = 'The setting "feedbackWarningDays" should be a number, so 30 is used';
    for (const [bad, message] of [['0', wholeDays], ['2.5', wholeDays], ['3651', wholeDays], ['"30"', aNumber], ['null', aNumber]] as const) {
      settingsFile(`{"recentDays": 45, "feedbackWarningDays": ${bad}}`);
      const { scoring, problems } = await readTrackerSettings(vault);
      expect(scoring).toEqual({ recentDays: 45, feedbackWarningDays: DEFAULT_SCORING.feedbackWarningDays });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ path: TRACKER_SETTINGS_FILE, property: 'feedbackWarningDays', message });
    }
  });

  it('reads a file that starts with a byte-order mark', async () => {
    settingsFile('\uFEFF{"templatesFolder": "Admin/Templates"}');
    expect((await readTrackerSettings(vault)).templatesFolder).toBe('Admin/Templates');
  });

  it('does not read a settings file far bigger than settings are, nor a folder in its place', async () => {
    settingsFile(`{"templatesFolder": "Admin", "padding": "${'x'.repeat(1024 * 1024)}"}`);
    const big = await readTrackerSettings(vault);
    expect(big.templatesFolder).toBe('Templates');
    expect(big.problems[0]!.message).toMatch(/the file is 1025 KB, far more than settings take/);
    rmSync(path.join(vault, TRACKER_SETTINGS_FILE));
    mkdirSync(path.join(vault, TRACKER_SETTINGS_FILE));
    const folder = await readTrackerSettings(vault);
    expect(folder.templatesFolder).toBe('Templates');
    expect(folder.problems[0]!.message).toMatch(/could not be read \(a folder stands where a file should be\)/);
  });

  it('never takes templates from outside the vault', async () => {
    for (const outside of ['../Templates', 'Admin/../../Templates', './Templates', '..']) {
      settingsFile(JSON.stringify({ templatesFolder: outside }));
      const { templatesFolder, problems } = await readTrackerSettings(vault);
      expect(templatesFolder).toBe('Templates');
      expect(problems[0]).toMatchObject({ property: 'templatesFolder' });
      expect(problems[0]!.message).toContain('should be a folder inside the vault');
    }
  });

  it('reads the folder as the plugin stores it, and an empty one as none', async () => {
    settingsFile('{"templatesFolder": " /Admin//Templates/ "}');
    expect(await readTrackerSettings(vault)).toEqual({ templatesFolder: 'Admin/Templates', scoring: DEFAULT_SCORING, problems: [] });
    settingsFile('{"templatesFolder": ""}');
    expect((await readTrackerSettings(vault)).templatesFolder).toBe('');
    expect(vaultFolder('Admin\\Templates')).toBe('Admin/Templates');
  });

  it('names the file, the property and what was expected when the settings cannot be used', async () => {
    for (const [text, why, property] of [
      ['{oops', /not valid JSON/, undefined],
      ['[1, 2]', /does not hold a list of settings/, undefined],
      ['{"templatesFolder": 5, "recentDays": 20}', /The setting "templatesFolder" should be text, so "Templates" is used/, 'templatesFolder'],
    ] as const) {
      settingsFile(text);
      const { templatesFolder, scoring, problems } = await readTrackerSettings(vault);
      expect(templatesFolder).toBe('Templates');
      expect(scoring.recentDays).toBe(property === undefined ? DEFAULT_SCORING.recentDays : 20);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.path).toBe(TRACKER_SETTINGS_FILE);
      expect(problems[0]!.property).toBe(property);
      expect(problems[0]!.message).toMatch(why);
      expect(problems[0]!.message).toMatch(/"Templates"/);
    }
  });
});

describe('a vault whose templates live in another folder', () => {
  it('counts none of the templates: no template project, no template problems', async () => {
    demoWithTemplatesIn('Admin/Templates');
    const plain = await coprod(['check', DEMO_VAULT]);
    const moved = await coprod(['check', vault]);
    expect(moved.stdout).not.toContain('Admin/Templates');
    // The same notes and problems as the demo itself, where the templates sit in Templates/.
    expect(moved.stdout).toBe(plain.stdout);
    const dashboard = await coprod(['dashboard', vault]);
    expect(dashboard.stderr).toBe('');
    expect(dashboard.stdout).toBe((await coprod(['dashboard', DEMO_VAULT])).stdout);
  });

  it('makes new notes from the templates in that folder', async () => {
    demoWithTemplatesIn('Admin/Templates');
    const activity = path.join(vault, 'Admin/Templates/Activity.md');
    writeFileSync(activity, readFileSync(activity, 'utf8').replace('# ', 'Our own line, from our own template.\n\n# '));
    const made = await coprod(['new', 'activity', '--project', 'Tea and Talk', '--vault', vault]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const created = path.join(vault, made.stdout.trim().split('\n')[0]!);
    expect(readFileSync(created, 'utf8')).toContain('Our own line, from our own template.');
  });

  it("scores with the team's recent window, as the dashboard in Obsidian does; --recent still overrides it", async () => {
    cpSync(DEMO_VAULT, vault, { recursive: true });
    const modelOf = async (args: string[]) => JSON.parse((await coprod(['dashboard', ...args, '--json', '-'])).stdout.replace(/^[\s\S]*?\n(?=\{)/, '')) as {
      settings: { recentDays: number; feedbackWarningDays: number };
      ingredients: { id: string; level: number; recent: number }[];
    };
    const asOf = ['--as-of', '2026-11-22', '--project', 'Full Plates Together'];
    const byDefault = await modelOf([vault, ...asOf]);
    const narrow = await modelOf([DEMO_VAULT, ...asOf, '--recent', '20']);
    expect(byDefault.ingredients.map((score) => score.recent)).not.toEqual(narrow.ingredients.map((score) => score.recent));
    settingsFile('{"recentDays": 20, "feedbackWarningDays": 7}');
    const team = await modelOf([vault, ...asOf]);
    expect(team.settings).toEqual({ recentDays: 20, feedbackWarningDays: 7 });
    expect(team.ingredients).toEqual(narrow.ingredients);
    expect((await modelOf([vault, ...asOf, '--recent', '90'])).ingredients).toEqual(byDefault.ingredients);
    const report = await coprod(['report', vault, '--project', 'Full Plates Together', '--as-of', '2026-11-22', '--out', path.join(vault, '..', `${path.basename(vault)}-report.md`)]);
    expect(report.code).toBe(0);
    const written = readFileSync(path.join(vault, '..', `${path.basename(vault)}-report.md`), 'utf8');
    rmSync(path.join(vault, '..', `${path.basename(vault)}-report.md`));
    expect(written).toContain('Recent means from the last 20 days.');
  });

  it('lists a settings file it cannot use, and still skips the default folder', async () => {
    cpSync(DEMO_VAULT, vault, { recursive: true });
    settingsFile('{"templatesFolder": ["Templates"]}');
    const result = await coprod(['check', vault]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${TRACKER_SETTINGS_FILE}  The setting "templatesFolder" should be text, so "Templates" is used`);
    expect(result.stdout).not.toContain('Templates/Activity.md');
    const other = await coprod(['dashboard', vault]);
    expect(other.stderr).toBe(`coprod: 1 file or folder in ${vault} could not be read or used, and is left out. Run "coprod check" to see which.\n`);
  });
});
