import { describe, expect, it } from 'vitest';
import { buildDashboard, buildPortfolio } from '../../src/analysis/dashboard';
import { DEMO_VAULT } from '../support/cli';
import { indexOf, readVaultFiles } from '../support/memory-vault';

describe('portfolio rows', () => {
  it('follow the settings, not a row worked out under other settings', async () => {
    const index = await indexOf(readVaultFiles(DEMO_VAULT));
    const attention = (feedbackWarningDays: number) =>
      buildPortfolio(index, { asOf: '2026-11-22', settings: { feedbackWarningDays } }).find((row) => row.name === 'Full Plates Together')!
        .attention;
    // Morgan's overdue consent review; with a 5-day limit, the handover meeting's 10-day wait too.
    expect(attention(30)).toBe(1);
    expect(attention(5)).toBe(2);
    expect(attention(30)).toBe(1);
  });

  it('match the project dashboard after one of its notes changed', async () => {
    const files = readVaultFiles(DEMO_VAULT);
    const index = await indexOf(files);
    const project = index.findProject('Full Plates Together')!;
    buildDashboard(index, project, { asOf: '2026-11-22' });
    const path = 'Full Plates Together/Reflections/2026-03-12 The kick-off ran over.md';
    index.update(path, `${files[path]!}\nWe asked the council's food lead to champion this. #ingredient/catalysts\n`);
    const model = buildDashboard(index, project, { asOf: '2026-11-22' });
    const row = model.portfolio.find((entry) => entry.path === project.path)!;
    expect(row.levels).toEqual(Object.fromEntries(model.ingredients.map((score) => [score.id, score.level])));
    expect(model.ingredients.find((score) => score.id === 'catalysts')!.total).toBe(3);
  });
});
