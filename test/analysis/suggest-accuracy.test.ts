import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { rankIngredients } from '../../src/analysis/suggest';
import { isIngredientId } from '../../src/domain/ingredients';

const FILE = fileURLToPath(new URL('../fixtures/suggest/held-out-report.json', import.meta.url));
/** Written down when the set was committed, before the scorer changed (README.md beside it). */
const FROZEN_SHA256 = '6daa7fbebe893683eed2c41752cb84c17b63071f954c9ba130ec7550e0bda56e';

interface Passage {
  text: string;
  ingredient: string;
  register: 'report' | 'note';
  gap?: boolean;
}

const raw = readFileSync(FILE);
const passages = JSON.parse(raw.toString('utf8')) as Passage[];

function topK(set: readonly Passage[], k: number): number {
  return set.filter((p) => rankIngredients(p.text).slice(0, k).some((s) => s.ingredient === p.ingredient)).length / set.length;
}

describe('the report-style held-out set (issue 12)', () => {
  it('is the frozen file, unchanged since it was committed', () => {
    expect(createHash('sha256').update(raw).digest('hex')).toBe(FROZEN_SHA256);
    expect(passages.length).toBeGreaterThanOrEqual(60);
    expect(passages.filter((p) => p.register === 'report').length).toBeGreaterThanOrEqual(30);
    for (const p of passages) expect(isIngredientId(p.ingredient)).toBe(true);
  });

  // Regression floors, not claims: the goal on unseen report-style text is top-1 45%,
  // top-2 65%. npm run suggest-accuracy measured 78% / 89% on the report paragraphs here (a set
  // easier than the paper's: 15 words in 100 matched, against 6 there), so these floors sit
  // at the goal, well below the figure, and only a change that breaks matching fails them.
  it('keeps the report paragraphs at or above the goal: top-1 45%, top-2 65%', () => {
    const report = passages.filter((p) => p.register === 'report');
    expect(topK(report, 1)).toBeGreaterThanOrEqual(0.45);
    expect(topK(report, 2)).toBeGreaterThanOrEqual(0.65);
  });

  it('says gap for most passages that say an ingredient is missing', () => {
    const gaps = passages.filter((p) => p.gap === true);
    const right = gaps.filter((p) => {
      const first = rankIngredients(p.text).find((s) => s.ingredient === p.ingredient);
      return first?.gap === true;
    }).length;
    expect(right / gaps.length).toBeGreaterThanOrEqual(0.5);
  });
});
