/** The title and file name of a new reflection, from hostile first words (issue 9). */
import { describe, expect, it } from 'vitest';
import { planReflection, titleFrom } from '../../src/analysis/reflections';
import { displayTitle } from '../../src/analysis/report/text';
import type { ProjectRecord } from '../../src/index';

const project = { path: 'P/P.md', title: 'P' } as ProjectRecord;

describe('titleFrom', () => {
  it('takes the first sentence, or the words that fit in 60 characters', () => {
    expect(titleFrom('Small tables work. Everyone gets a turn.')).toBe('Small tables work');
    expect(titleFrom('Is it 3.5 hours?! Yes.')).toBe('Is it 3.5 hours');
    expect(titleFrom('One two three four five six seven eight nine ten eleven twelve thirteen')).toBe(
      'One two three four five six seven eight nine ten eleven',
    );
    expect(titleFrom('First line\nsecond line')).toBe('First line');
  });

  it('reads long runs of dots, commas and spaces in one pass, giving a short title', () => {
    for (const length of [10_000, 200_000]) {
      expect(titleFrom('.'.repeat(length))).toBe('');
      expect(titleFrom(`${'.'.repeat(length)}x`)).toBe('.'.repeat(60));
      expect(titleFrom(`a${'.'.repeat(length)}x and more.`).length).toBeLessThanOrEqual(60);
      expect(titleFrom(`Word${','.repeat(length)}x`).length).toBeLessThanOrEqual(60);
      expect(titleFrom(`We ${' '.repeat(length)} met`)).toBe('We met');
    }
  });
});

describe('planReflection with hostile words', () => {
  it('makes a short, safe name and one-line properties from 40k characters', () => {
    const plan = planReflection({
      project,
      now: '2026-11-22T09:05',
      author: 'Amara',
      learned: `${'.'.repeat(40_000)} done`,
      change: `Call ${' '.repeat(40_000)} Kit\nand more`,
    });
    expect(plan.baseName.startsWith('2026-11-22 09-05 Amara - ')).toBe(true);
    expect(new TextEncoder().encode(plan.baseName).length).toBeLessThanOrEqual(100);
    expect(plan.text).toContain(`follow-up: "Call ${' '.repeat(40_000)} Kit"\n`);
  });

  it('shows the title without date, time and author', () => {
    expect(displayTitle('2026-11-22 09-05 Amara - Small tables', 'Amara')).toBe('Small tables');
    expect(displayTitle('2026-11-22 09-05 Amara - Small tables')).toBe('Amara - Small tables');
    expect(displayTitle('2026-03-10 Kick-off workshop')).toBe('Kick-off workshop');
    expect(displayTitle('2026-03-10 10-12')).toBe('10-12');
  });
});
