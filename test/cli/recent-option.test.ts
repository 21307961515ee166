/** `--recent` takes a whole number of days written as digits; "0x10" or "1e2" is refused, never read as 16 or 100. */
import { describe, expect, it } from 'vitest';
import { daysProblem } from '../../src/analysis/thresholds';
import { coprod, DEMO_VAULT } from '../support/cli';

describe('a number of days', () => {
  it('is refused when not written as plain digits', async () => {
    for (const given of ['0x10', '1e2', '0b11', '+5', '１０']) {
      expect(daysProblem(given), given).toBeDefined();
      const run = await coprod(['dashboard', DEMO_VAULT, '--recent', given]);
      expect(run.code, given).toBe(2);
      expect(run.stderr).toBe(`coprod dashboard: --recent should be a whole number of days from 1 to 3650, not "${given}".\n`);
    }
  });

  it('is read when it is, spaces around it allowed', () => {
    for (const given of ['5', ' 20 ', '3650', 90]) expect(daysProblem(given), String(given)).toBeUndefined();
  });
});
