/**
 * A note made with core "Templates: Insert template" inside a project folder is a valid
 * note and is counted: it belongs to the project by its folder, and core Templates leaves no
 * `{{…}}` behind because the templates use only `{{title}}`, `{{date}}` and `{{time}}`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_TEMPLATES } from '../../src/model/bundled-templates';
import { KIND_FOLDERS, NEW_NOTE_KINDS } from '../../src/model/new-project';
import { openVault } from '../../src/cli/vault';
import { coprod } from '../support/cli';
import { asCoreTemplates } from '../support/core-templates';

let vault: string;
const now = new Date(2026, 3, 14, 9, 5, 7);
const TITLES = { activity: 'Tasting day', reflection: 'What we heard', participant: 'Robin', reward: 'Robin voucher', assessment: 'Sam in April' };

interface Model {
  voices: { activities: number; participantsByRole: Record<string, number> };
  learning: { reflections: number };
  assessment: { assessments: number };
  attention: { kind: string; path?: string; message?: string }[];
}

async function dashboard(): Promise<Model> {
  const result = await coprod(['dashboard', vault, '--project', 'Soup club', '--as-of', '2026-04-20', '--json', '-']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as Model;
}

beforeAll(async () => {
  vault = mkdtempSync(path.join(tmpdir(), 'coprod-core-templates-'));
  const created = await coprod(['new', 'project', 'Soup club', '--vault', vault, '--start', '2026-04-01']);
  expect(created.code).toBe(0);
});
afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe('notes made with core Templates in a project folder', () => {
  it('pass coprod check and are counted by the dashboard', async () => {
    const before = await dashboard();
    for (const kind of NEW_NOTE_KINDS) {
      const folder = path.join(vault, 'Soup club', KIND_FOLDERS[kind]);
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, `${TITLES[kind]}.md`), asCoreTemplates(BUNDLED_TEMPLATES[kind], TITLES[kind], now));
    }
    const check = await coprod(['check', vault]);
    // A new participant has no consent date yet, and a new reward names nobody yet: reminders
    // every such note gets, from the plugin too. Nothing else may be said about these notes.
    const said = check.stdout.split('\n').filter((line) => line.startsWith('Soup club/'));
    expect(said).toEqual([
      expect.stringMatching(/^Soup club\/Participants\/Robin\.md(?::\d+)? {2}No consent is recorded for Robin/),
      expect.stringMatching(/^Soup club\/Rewards\/Robin voucher\.md(?::\d+)? {2}This reward names no participant/),
    ]);
    expect(check.stdout + check.stderr).not.toContain('{{');

    const after = await dashboard();
    expect(after.voices.activities).toBe(before.voices.activities + 1);
    expect(after.voices.participantsByRole['lived-experience']).toBe((before.voices.participantsByRole['lived-experience'] ?? 0) + 1);
    // A reward left exactly as the template made it (no participant, hours or amount) is not
    // counted until someone fills it in: the dashboard's rule, the same for the plugin's notes.
    expect(after.learning.reflections).toBe(before.learning.reflections + 1);
    expect(after.assessment.assessments).toBe(before.assessment.assessments + 1);
    const { index } = await openVault(vault);
    for (const kind of NEW_NOTE_KINDS) {
      const notePath = `Soup club/${KIND_FOLDERS[kind]}/${TITLES[kind]}.md`;
      expect(index.get(notePath)?.kind, notePath).toBe(kind);
      expect(index.projectOf(notePath), notePath).toBe('Soup club/Soup club.md');
    }
    // Nothing here is a note without a project, or a problem with its properties.
    const named = after.attention.filter((item) => JSON.stringify(item).includes('Soup club/') && !/Participants\/Robin|Rewards\/Robin voucher/.test(JSON.stringify(item)));
    expect(named).toEqual([]);
    expect(after.attention.map((item) => item.kind)).not.toContain('no-project');
  });
});
