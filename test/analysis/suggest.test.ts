import { describe, it, expect } from 'vitest';

import { inflections, rankIngredients, rankLine, stemOf, suggestIngredients } from '../../src/analysis/suggest';
import { INGREDIENT_IDS, isIngredientId, type IngredientId } from '../../src/domain/ingredients';
import heldOutRaw from '../fixtures/suggest/held-out.json';
import devRaw from '../fixtures/suggest/dev.json';

interface Labelled {
  text: string;
  ingredient: IngredientId;
}

function labelled(raw: { text: string; ingredient: string }[]): Labelled[] {
  return raw.map(({ text, ingredient }) => {
    if (!isIngredientId(ingredient)) throw new Error(`unknown ingredient ${ingredient}`);
    return { text, ingredient };
  });
}

const heldOut = labelled(heldOutRaw);
const dev = labelled(devRaw);

describe('suggestIngredients', () => {
  it('ranks mutuality first for a note about vouchers and travel costs, with the line of each reason', () => {
    const text = [
      '# Focus group, 3 March',
      '',
      'Everyone who came got a £20 voucher at the end.',
      'We also paid back travel costs on the day for anyone who came by bus.',
    ].join('\n');
    const result = suggestIngredients(text);
    expect(result[0]?.ingredient).toBe('mutuality');
    const reasons = result[0]!.reasons;
    expect(reasons).toContainEqual(expect.objectContaining({ phrase: 'voucher', line: 3 }));
    expect(reasons).toContainEqual(expect.objectContaining({ phrase: 'travel', line: 4 }));
    // Strongest first.
    const weights = reasons.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(result[0]!.score).toBeCloseTo(weights.reduce((a, b) => a + b, 0));
  });

  it('ignores YAML frontmatter but still counts its lines', () => {
    const frontmatter = ['---', 'title: vouchers, childcare and travel expenses', 'tags: [reward]', '---'];
    expect(suggestIngredients(frontmatter.join('\n'))).toEqual([]);
    const result = suggestIngredients([...frontmatter, 'Childcare was covered.'].join('\n'));
    expect(result[0]?.ingredient).toBe('mutuality');
    expect(result[0]!.reasons.every((r) => r.line === 5)).toBe(true);
  });

  it('ignores lines that already carry an ingredient tag', () => {
    expect(suggestIngredients('Vouchers and travel expenses for everyone #ingredient/mutuality')).toEqual([]);
    const result = suggestIngredients('Paid childcare. #ingredient/mutuality\nThe ward managers now champion it.');
    expect(result.map((s) => s.ingredient)).toEqual(['catalysts']);
  });

  it('ignores markdown syntax: link targets, URLs, tags, code blocks and comments', () => {
    const text = [
      'See [the notes](https://example.org/voucher-scheme) and #reward/voucher',
      '```',
      'childcare travel expenses',
      '```',
      '%% vouchers for everyone %%',
      '> [!note] Minutes',
    ].join('\n');
    expect(suggestIngredients(text)).toEqual([]);
    // Emphasis and link text are still read.
    const kept = suggestIngredients('We handed out **vouchers** and [[Expenses claim|expenses]].');
    expect(kept[0]?.reasons.map((r) => r.phrase)).toEqual(['vouchers', 'expenses']);
  });

  it('gives [] for empty or blank text', () => {
    expect(suggestIngredients('')).toEqual([]);
    expect(suggestIngredients('  \n\n\t\n')).toEqual([]);
    expect(suggestIngredients('Room booked for Tuesday.')).toEqual([]);
  });

  it('is deterministic, and breaks ties by ingredient order', () => {
    const a = suggestIngredients('They each got a voucher.\nTwo managers will champion it.');
    const b = suggestIngredients('Two managers will champion it.\nThey each got a voucher.');
    expect(a.map((s) => s.score)).toEqual([4, 4]);
    expect(a.map((s) => s.ingredient)).toEqual(['mutuality', 'catalysts']);
    expect(b.map((s) => s.ingredient)).toEqual(['mutuality', 'catalysts']);
    expect(suggestIngredients(heldOut[0]!.text)).toEqual(suggestIngredients(heldOut[0]!.text));
  });

  it('matches plurals, -ed and -ing forms, on whole words only', () => {
    expect(inflections('travel')).toContain('travelling');
    expect(inflections('policy')).toContain('policies');
    const result = suggestIngredients('Championing the approach, she travelled widely.');
    expect(result.map((s) => s.ingredient)).toEqual(['catalysts', 'mutuality']);
    // "paid" inside "unpaid" and "spread" inside "spreadsheet" are not words of the lexicon.
    expect(suggestIngredients('An unpaid spreadsheet.')).toEqual([]);
  });

  it('lets the longest phrase win where phrases overlap', () => {
    const result = suggestIngredients('Two peer trainers ran it.');
    expect(result.map((s) => s.ingredient)).toEqual(['capacity']);
    expect(result[0]!.reasons[0]).toEqual({ phrase: 'peer trainers', line: 1, weight: 4 });
  });

  it('lists each phrase once, at its first line, and respects limit and minScore', () => {
    const result = suggestIngredients('A voucher.\nAnother voucher.\nVouchers again.');
    // "vouchers" is the same lexicon word as "voucher", so it neither repeats nor adds to the score.
    expect(result[0]!.reasons).toEqual([{ phrase: 'voucher', line: 1, weight: 4 }]);
    expect(result[0]!.score).toBe(4);
    const text = 'Vouchers, training and a buddy scheme, and the managers champion it.';
    expect(suggestIngredients(text)).toHaveLength(3);
    expect(suggestIngredients(text, { limit: 1 })).toHaveLength(1);
    expect(suggestIngredients(text, { limit: 10 })).toHaveLength(4);
    expect(suggestIngredients(text, { minScore: 100 })).toEqual([]);
  });

  it('only ever names known ingredients', () => {
    for (const { text } of [...dev, ...heldOut]) {
      for (const s of suggestIngredients(text, { limit: 6 })) expect(INGREDIENT_IDS).toContain(s.ingredient);
    }
  });

  // Quality regression guard, not a claim of accuracy. The held-out set was written before the
  // lexicon and the lexicon was tuned on dev.json only; scripts/suggest-accuracy.ts measured
  // held-out top-2 at 50/60 (83%). The floor sits 13 points below that, so small lexicon edits
  // pass but a change that breaks matching fails.
  it('keeps held-out top-2 accuracy at or above 70%', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(48);
    const hits = heldOut.filter(({ text, ingredient }) =>
      suggestIngredients(text)
        .slice(0, 2)
        .some((s) => s.ingredient === ingredient),
    ).length;
    expect(hits / heldOut.length).toBeGreaterThanOrEqual(0.7);
  });

  it('matches word families through their stems, not only regular inflections', () => {
    expect(stemOf('expectations')).toBe(stemOf('expected'));
    // "expectation" is in the word list; "expected" is not one of its inflections, only of its stem.
    expect(inflections('expectation')).not.toContain('expected');
    const result = rankIngredients('Everyone knew what was expected.');
    expect(result[0]?.reasons.map((r) => r.phrase)).toContain('expected');
    // Short words keep their own spelling, so "used" never meets "us".
    expect(stemOf('used')).toBe('used');
  });

  it('reads words that name co-production itself as pointing nowhere', () => {
    expect(rankIngredients('Co-production, coproduction and co-produced work, co-created with everyone.')).toEqual([]);
  });

  it('offers a negated sentence as a gap, never as evidence', () => {
    const text = 'Nobody was paid for their time.';
    expect(suggestIngredients(text)).toEqual([]);
    const gaps = suggestIngredients(text, { gaps: true });
    expect(gaps[0]).toMatchObject({ ingredient: 'mutuality', gap: true });
    expect(gaps[0]!.reasons[0]!.phrase).toBe('nobody was paid for their time');
    expect(rankIngredients('No voucher was offered.')[0]).toMatchObject({ ingredient: 'mutuality', gap: true });
    expect(rankIngredients('There was a lack of training for staff.')[0]).toMatchObject({ ingredient: 'capacity', gap: true });
    // "not just", "not only" and "rather than" contrast; they do not negate.
    expect(rankIngredients('They helped design it, not just comment on it.')[0]?.gap).toBeUndefined();
  });

  it('reads words naming an absence as a gap, and their negation as evidence', () => {
    expect(rankIngredients('Two members said they felt used.')[0]).toMatchObject({ ingredient: 'mutuality', gap: true });
    expect(rankIngredients('We checked that nobody felt used.')[0]).toMatchObject({ ingredient: 'mutuality' });
    expect(rankIngredients('We checked that nobody felt used.')[0]?.gap).toBeUndefined();
  });

  it('returns the full ranking with scores, evidence and gaps, best first', () => {
    const ranking = rankIngredients('We paid everyone a voucher.\nNo training was offered.\nPeer support met weekly.');
    expect(ranking.map((s) => `${s.ingredient}${s.gap ? ' gap' : ''}`)).toEqual(['mutuality', 'networks', 'capacity gap']);
    const scores = ranking.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of ranking) expect(s.reasons.length).toBeGreaterThan(0);
  });

  it('ranks one line for the editor, skipping tagged lines, headings and unticked checklist lines', () => {
    expect(rankLine('Everyone got a voucher and their bus fare back.')[0]?.ingredient).toBe('mutuality');
    expect(rankLine('Everyone got a voucher. #ingredient/mutuality')).toEqual([]);
    expect(rankLine('Nobody was paid. #gap/mutuality')).toEqual([]);
    expect(rankLine('## Vouchers and travel')).toEqual([]);
    expect(rankLine('- [ ] Costs such as travel were covered.')).toEqual([]);
    expect(rankLine('- [x] Costs such as travel were covered.')[0]?.ingredient).toBe('mutuality');
  });
});
