/** `coprod rewards --csv` and `coprod report --easy-read` on a copy of the demo vault. */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { coprod, DEMO_VAULT } from '../support/cli';

const PROJECT = 'Full Plates Together';
let vault: string;

beforeEach(() => {
  vault = path.join(mkdtempSync(path.join(tmpdir(), 'coprod-rewards-')), 'vault');
  cpSync(DEMO_VAULT, vault, { recursive: true });
});

/** The CSV's rows, for files this tracker writes (no line breaks inside cells). */
function rows(csv: string): string[][] {
  return csv
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

describe('coprod rewards', () => {
  it('writes one row per reward, and its totals match the dashboard', async () => {
    const out = path.join(path.dirname(vault), 'rewards.csv');
    const written = await coprod(['rewards', vault, '--project', PROJECT, '--csv', out], { cwd: vault });
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(written.stdout.trim()).toBe(out);
    const [header, ...body] = rows(readFileSync(out, 'utf8'));
    expect(header).toEqual(['date', 'pseudonym', 'role', 'hours', 'type', 'amount', 'currency', 'benefits advice offered']);
    expect(body[0]).toEqual(['2026-03-10', 'Robin', 'Family or carer', '3', 'expenses', '42.40', 'GBP', 'no']);

    const jsonFile = path.join(path.dirname(vault), 'dashboard.json');
    expect((await coprod(['dashboard', vault, '--project', PROJECT, '--json', jsonFile, '--as-of', '2026-11-30'], { cwd: vault })).code).toBe(0);
    const model = JSON.parse(readFileSync(jsonFile, 'utf8')) as DashboardModel;
    expect(body).toHaveLength(model.rewards.entries);
    expect(body.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(model.rewards.hours);
    const pence = body.reduce((sum, row) => sum + Math.round(Number(row[5] || '0') * 100), 0);
    const dashboardPence = model.rewards.byRole.reduce((sum, group) => sum + Math.round((group.amounts.GBP ?? 0) * 100), 0);
    expect(pence).toBe(dashboardPence);
    expect(pence).toBe(39640);
    for (const person of model.rewards.byParticipant) {
      const theirs = body.filter((row) => row[1] === person.pseudonym);
      expect(theirs.reduce((sum, row) => sum + Math.round(Number(row[5] || '0') * 100), 0)).toBe(Math.round((person.amounts.GBP ?? 0) * 100));
    }
  });

  it('refuses a file that exists with exit 2 and leaves it as it was', async () => {
    const out = path.join(path.dirname(vault), 'taken.csv');
    writeFileSync(out, 'mine');
    const refused = await coprod(['rewards', vault, '--project', PROJECT, '--csv', out], { cwd: vault });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('mine');
  });

  it('prints the CSV with --csv -, and names an unfinished template reward without counting it', async () => {
    const before = await coprod(['rewards', vault, '--project', PROJECT, '--csv', '-'], { cwd: vault });
    writeFileSync(
      path.join(vault, PROJECT, 'Rewards', '2026-11-20 New reward.md'),
      '---\ncoproduction: reward\nproject: "[[Full Plates Together]]"\nparticipant: ""\ndate: 2026-11-20\nhours: 0\ntype: voucher\namount: 0\ncurrency: GBP\nbenefits-advice:\n---\n# New reward\n',
    );
    const after = await coprod(['rewards', vault, '--project', PROJECT, '--csv', '-'], { cwd: vault });
    expect(after.code).toBe(0);
    expect(after.stdout).toBe(before.stdout);
    expect(after.stdout.split('\r\n')).toHaveLength(15);
    expect(after.stderr).toContain('2026-11-20 New reward.md: This reward names no participant and has no hours or amount, so it is not counted.');
  });

  it('needs --csv, and a project that exists', async () => {
    const missing = await coprod(['rewards', vault, '--project', PROJECT], { cwd: vault });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--csv FILE');
    const unknown = await coprod(['rewards', vault, '--project', 'Nope', '--csv', '-'], { cwd: vault });
    expect(unknown.code).toBe(2);
  });
});

describe('coprod report --easy-read', () => {
  it('writes the easy-read version as its own new note, and --out refuses a file that exists', async () => {
    const first = await coprod(['report', vault, '--project', PROJECT, '--as-of', '2026-11-30', '--easy-read'], { cwd: vault });
    expect(first.code).toBe(0);
    expect(first.stdout.trim()).toBe(`${PROJECT}/Reports/End-of-project reflection, easy read 2026-11-30.md`);
    const text = readFileSync(path.join(vault, first.stdout.trim()), 'utf8');
    expect(text).toContain('# Full Plates Together: the easy read');
    expect(text.split('\n').some((line) => line.startsWith('|'))).toBe(false);
    const full = await coprod(['report', vault, '--project', PROJECT, '--as-of', '2026-11-30'], { cwd: vault });
    expect(full.stdout.trim()).toBe(`${PROJECT}/Reports/End-of-project reflection 2026-11-30.md`);
    expect(readdirSync(path.join(vault, PROJECT, 'Reports'))).toHaveLength(2);

    const out = path.join(path.dirname(vault), 'easy.md');
    expect((await coprod(['report', vault, '--project', PROJECT, '--as-of', '2026-11-30', '--easy-read', '--out', out], { cwd: vault })).code).toBe(0);
    const again = await coprod(['report', vault, '--project', PROJECT, '--as-of', '2026-11-30', '--easy-read', '--out', out], { cwd: vault });
    expect(again.code).toBe(2);
    expect(existsSync(out)).toBe(true);
  });
});
