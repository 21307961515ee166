/** Rewards for finance: rows, the CSV, unfinished template rewards, and totals that agree with the dashboard. */
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import { collectProjectNotes } from '../../src/analysis/project-notes';
import { rewardRows, unfinishedRewardFindings } from '../../src/analysis/rewards';
import { csvCell, rewardsCsv } from '../../src/analysis/rewards-csv';
import { DEMO_VAULT } from '../support/cli';
import { indexOf, note, readVaultFiles } from '../support/memory-vault';

const AS_OF = '2026-11-30';

/** A tiny CSV reader for the tests: RFC 4180 fields, quoted or not. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

const team = {
  'Tea/Tea.md': note({ coproduction: 'project', start: '2026-01-05' }),
  'Tea/Participants/Ana.md': note({ coproduction: 'participant', pseudonym: 'Ana', role: 'lived-experience' }),
  'Tea/Rewards/2026-02-01 Ana.md': note({ coproduction: 'reward', date: '2026-02-01', participant: '"[[Ana]]"', hours: 2, type: 'payment', amount: 20, 'benefits-advice': 'yes' }),
  'Tea/Rewards/2026-02-03 Ana.md': note({ coproduction: 'reward', date: '2026-02-03', participant: '"[[Ana]]"', hours: 1.5, type: 'voucher', amount: 12.5, currency: 'eur' }),
  'Tea/Rewards/2026-02-04 Bo.md': note({ coproduction: 'reward', date: '2026-02-04', participant: '"=HYPERLINK(1)"', role: 'community', hours: 1, type: 'recognition' }),
  // Made from the template and never filled in.
  'Tea/Rewards/2026-02-05 New reward.md': note({ coproduction: 'reward', date: '2026-02-05', participant: '""', hours: 0, type: 'voucher', amount: 0, currency: 'GBP' }),
};

describe('rewards for finance', () => {
  it('leaves a reward made from the template and never filled in out, and names it', async () => {
    const index = await indexOf(team);
    const project = index.projects()[0]!;
    const notes = collectProjectNotes(index, project);
    const rows = rewardRows(notes);
    expect(rows.map((row) => row.path)).toEqual([
      'Tea/Rewards/2026-02-01 Ana.md',
      'Tea/Rewards/2026-02-03 Ana.md',
      'Tea/Rewards/2026-02-04 Bo.md',
    ]);
    const findings = unfinishedRewardFindings(notes);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: 'Tea/Rewards/2026-02-05 New reward.md', property: 'participant', line: 4, kind: 'problem' });
    expect(findings[0]!.message).toContain('not counted');
    const dashboard = buildDashboard(index, project, { asOf: AS_OF });
    expect(dashboard.attention.filter((item) => item.path === 'Tea/Rewards/2026-02-05 New reward.md')).toHaveLength(1);
    const summary = dashboard.rewards;
    expect(summary.entries).toBe(3);
    expect(summary.hours).toBe(4.5);
  });

  it('gives per-person hours and amounts by currency in the dashboard model', async () => {
    const index = await indexOf(team);
    const summary = buildDashboard(index, index.projects()[0]!, { asOf: AS_OF }).rewards;
    expect(summary.byParticipant.find((person) => person.pseudonym === 'Ana')).toEqual({
      pseudonym: 'Ana',
      role: 'lived-experience',
      hours: 3.5,
      entries: 2,
      amounts: { GBP: 20, EUR: 12.5 },
    });
  });

  it('writes one RFC 4180 row per reward, with formulas made inert', async () => {
    const index = await indexOf(team);
    const text = rewardsCsv(rewardRows(collectProjectNotes(index, index.projects()[0]!)));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['date', 'pseudonym', 'role', 'hours', 'type', 'amount', 'currency', 'benefits advice offered'],
      ['2026-02-01', 'Ana', 'Lived experience', '2', 'payment', '20.00', 'GBP', 'yes'],
      ['2026-02-03', 'Ana', 'Lived experience', '1.5', 'voucher', '12.50', 'EUR', 'not recorded'],
      ['2026-02-04', "'=HYPERLINK(1)", 'Community', '1', 'recognition', '', '', 'not recorded'],
    ]);
  });

  it('quotes and guards every awkward cell', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 7700')).toBe("'+44 7700");
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('\tx')).toBe("'\tx");
  });

  it('adds up to the dashboard figures on the demo vault', async () => {
    const index = await indexOf(readVaultFiles(DEMO_VAULT));
    const project = index.findProject('Full Plates Together')!;
    const rows = parseCsv(rewardsCsv(rewardRows(collectProjectNotes(index, project)))).slice(1);
    const summary = buildDashboard(index, project, { asOf: AS_OF }).rewards;
    expect(rows).toHaveLength(summary.entries);
    expect(rows.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(summary.hours);
    const money = rows.filter((row) => row[5] !== '').reduce((sum, row) => sum + Number(row[5]), 0);
    const byRole = summary.byRole.reduce((sum, group) => sum + (group.amounts.GBP ?? 0), 0);
    const byPerson = summary.byParticipant.reduce((sum, person) => sum + (person.amounts.GBP ?? 0), 0);
    expect(Math.round(money * 100)).toBe(Math.round(byRole * 100));
    expect(Math.round(byPerson * 100)).toBe(Math.round(byRole * 100));
    for (const person of summary.byParticipant) {
      const mine = rows.filter((row) => row[1] === person.pseudonym);
      expect(mine).toHaveLength(person.entries);
      expect(mine.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(person.hours);
    }
  });
});
