/**
 * How well the ingredient suggestions match a hand-labelled set of short passages.
 *
 *   npx tsx scripts/suggest-accuracy.ts
 *
 * Prints figures for the dev set and the held-out set separately. Asserts nothing;
 * test/analysis/suggest.test.ts holds the floor. The lexicon was tuned on dev's misses, so
 * dev's figure says little; only held-out (written first, never tuned on) is an estimate,
 * and an optimistic one: both sets were written by the same hand as the lexicon.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { suggestIngredients } from '../src/analysis/suggest';
import { INGREDIENT_IDS, isIngredientId, type IngredientId } from '../src/domain/ingredients';

interface Labelled {
  text: string;
  ingredient: IngredientId;
}

function load(name: string): Labelled[] {
  const url = new URL(`../test/fixtures/suggest/${name}.json`, import.meta.url);
  const data = JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as { text: string; ingredient: string }[];
  return data.map(({ text, ingredient }) => {
    if (!isIngredientId(ingredient)) throw new Error(`${name}.json: unknown ingredient "${ingredient}"`);
    return { text, ingredient };
  });
}

function pct(n: number, total: number): string {
  return `${n}/${total} (${total === 0 ? 0 : Math.round((100 * n) / total)}%)`;
}

function report(name: string, set: Labelled[], verbose: boolean): void {
  let top1 = 0;
  let top2 = 0;
  let none = 0;
  // confusion[truth][top-1 guess or "none"]
  const confusion = new Map<IngredientId, Map<string, number>>(INGREDIENT_IDS.map((id) => [id, new Map()]));
  for (const { text, ingredient } of set) {
    const ranked = suggestIngredients(text);
    const first = ranked[0]?.ingredient;
    if (first === ingredient) top1++;
    if (ranked.slice(0, 2).some((s) => s.ingredient === ingredient)) top2++;
    if (ranked.length === 0) none++;
    const row = confusion.get(ingredient)!;
    const key = first ?? 'none';
    row.set(key, (row.get(key) ?? 0) + 1);
    if (verbose && first !== ingredient) {
      const got = ranked.map((s) => `${s.ingredient} ${s.score} [${s.reasons.map((r) => r.phrase).join(', ')}]`);
      console.log(`  miss (${ingredient}): ${text}\n    -> ${got.join(' | ') || 'none'}`);
    }
  }
  console.log(`${name}: top-1 ${pct(top1, set.length)}, top-2 ${pct(top2, set.length)}, no suggestion ${none}`);
  for (const id of INGREDIENT_IDS) {
    const row = confusion.get(id)!;
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    const cells = [...INGREDIENT_IDS, 'none']
      .filter((k) => row.has(k))
      .map((k) => `${k} ${row.get(k)}`)
      .join(', ');
    console.log(`  ${id.padEnd(12)} (${total}) -> ${cells}`);
  }
}

// `--misses dev` lists the dev passages whose top suggestion is wrong (for tuning; dev only).
const showMisses = process.argv.includes('--misses');
report('dev', load('dev'), showMisses);
report('held-out', load('held-out'), false);
