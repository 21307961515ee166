/** A counted reward for someone with no participant note is named: no consent or role stands behind it. */
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import { indexOf, note } from '../support/memory-vault';

const FILES = {
  'P/P.md': note({ coproduction: 'project', start: '2026-01-01' }),
  'P/Participants/Rowan.md': note({ coproduction: 'participant', role: 'lived-experience', 'consent-date': '2026-01-05' }),
  'P/Rewards/Known.md': note({ coproduction: 'reward', date: '2026-02-01', participant: '"[[Rowan]]"', hours: 2, type: 'voucher', amount: 20 }),
  'P/Rewards/Unknown.md': note({ coproduction: 'reward', date: '2026-02-02', participant: '"[[Rowna]]"', hours: 3, type: 'voucher', amount: 30 }),
};

describe('a reward for someone with no participant note', () => {
  it('is counted and named, with the property and its line', async () => {
    const index = await indexOf(FILES);
    const model = buildDashboard(index, index.projects()[0]!, { asOf: '2026-03-01' });
    expect(model.rewards).toMatchObject({ entries: 2, hours: 5 });
    const named = model.attention.filter((item) => item.property === 'participant');
    expect(named).toEqual([
      {
        kind: 'problem',
        path: 'P/Rewards/Unknown.md',
        title: 'Unknown',
        property: 'participant',
        line: 4,
        message: 'This reward is for "Rowna", but the project has no participant note of that name. It is counted under the role "other".',
        hint: 'Check the spelling against the participant notes, or make a participant note for them, with their consent.',
      },
    ]);
  });
});
