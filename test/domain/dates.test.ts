/** isIsoDate, worked out by hand, agrees with date-fns on every day from 1899 to 2101 and on odd input. */
import { addDays, format, isValid, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/domain';

describe('isIsoDate', () => {
  it('accepts every real day and rejects the day after each month ends', () => {
    let day = new Date(1899, 0, 1);
    for (let i = 0; i < 74_000; i++, day = addDays(day, 1)) expect(isIsoDate(format(day, 'yyyy-MM-dd'))).toBe(true);
    for (const wrong of ['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', ' 2026-01-01']) {
      expect(isIsoDate(wrong)).toBe(false);
    }
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('agrees with date-fns on any ten characters shaped like a date (property test)', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        const value = `${y}-${m}-${d}`;
        expect(isIsoDate(value)).toBe(isValid(parseISO(value)));
      }),
      { numRuns: 2000 },
    );
  });
});
