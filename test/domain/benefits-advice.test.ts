/**
 * benefits-advice is a checkbox in Obsidian's Properties (types.json), so the demo reward
 * notes hold true or false; notes written by hand with yes or no still read the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDashboard } from '../../src/analysis/dashboard';
import { rewardSchema } from '../../src/domain';
import { DEMO_VAULT } from '../support/cli';
import { indexOf, readVaultFiles } from '../support/memory-vault';

const REWARDS = 'Full Plates Together/Rewards';

function frontmatterOf(text: string): Record<string, unknown> {
  const end = text.indexOf('\n---', 4);
  return parse(text.slice(4, end)) as Record<string, unknown>;
}

describe('benefits-advice', () => {
  it('is a true or false checkbox value in every demo reward note', () => {
    const names = readdirSync(path.join(DEMO_VAULT, REWARDS)).filter((name) => name.endsWith('.md'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const props = frontmatterOf(readFileSync(path.join(DEMO_VAULT, REWARDS, name), 'utf8'));
      expect(typeof props['benefits-advice'], name).toBe('boolean');
    }
  });

  it('still reads yes and no as true and false, and names anything else', () => {
    const reward = { coproduction: 'reward', date: '2026-03-10', type: 'voucher' };
    for (const [written, read] of [['yes', true], ['no', false], ['Yes', true], ['NO', false], [true, true], [false, false]] as const) {
      const result = rewardSchema.safeParse({ ...reward, 'benefits-advice': written });
      expect(result.success, String(written)).toBe(true);
      expect(result.data?.['benefits-advice'], String(written)).toBe(read);
    }
    const wrong = rewardSchema.safeParse({ ...reward, 'benefits-advice': 'maybe' });
    expect(wrong.success).toBe(false);
    expect(JSON.stringify(wrong.error?.issues)).toContain('should be yes or no');
  });

  it('gives the demo dashboard the same rewards whether the notes say true/false or yes/no', async () => {
    const files = readVaultFiles(DEMO_VAULT);
    const asYesNo = Object.fromEntries(
      Object.entries(files).map(([file, text]) => [
        file,
        file.startsWith(`${REWARDS}/`) ? text.replace(/^benefits-advice: true$/m, 'benefits-advice: yes').replace(/^benefits-advice: false$/m, 'benefits-advice: no') : text,
      ]),
    );
    expect(asYesNo).not.toEqual(files);
    const rewardsOf = async (notes: Record<string, string>) => {
      const index = await indexOf(notes);
      return buildDashboard(index, index.findProject('Full Plates Together')!, { asOf: '2026-11-22' }).rewards;
    };
    const booleans = await rewardsOf(files);
    expect(booleans.benefitsAdviceOffered).toBe(5);
    expect(await rewardsOf(asYesNo)).toEqual(booleans);
  });
});
