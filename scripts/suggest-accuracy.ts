/**
 * How well the ingredient suggestions match hand-labelled passages.
 *
 *   npm run suggest-accuracy              figures for every set
 *   npm run suggest-accuracy -- --misses  also lists dev's misses (for tuning; dev only)
 *
 * Sets (test/fixtures/suggest/README.md):
 *   dev                  tuning set; its figure says little
 *   held-out             the first held-out set, same hand and register as the word list
 *   held-out-report      issue 12's set in another register (report paragraphs and short
 *                        notes, 13 gaps), frozen before the scorer changed; never tuned on
 *
 * A passage counts as right at top-1 when the first entry of the full ranking (evidence or
 * gap, no threshold) names its ingredient; top-2 when either of the first two does. "Sign"
 * says how often that first entry also has the right sign (gap or evidence). "Words read"
 * is how many of every 100 words matched the word list. Asserts nothing; the floors live in
 * test/analysis/suggest-accuracy.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { rankIngredients } from '../src/analysis/suggest';
import { INGREDIENT_IDS, isIngredientId, type IngredientId } from '../src/domain/ingredients';

interface Labelled {
  text: string;
  ingredient: IngredientId;
  register?: string;
  gap?: boolean;
}

function load(name: string): Labelled[] {
  const url = new URL(`../test/fixtures/suggest/${name}.json`, import.meta.url);
  const data = JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as (Omit<Labelled, 'ingredient'> & { ingredient: string })[];
  return data.map((item) => {
    if (!isIngredientId(item.ingredient)) throw new Error(`${name}.json: unknown ingredient "${item.ingredient}"`);
    return { ...item, ingredient: item.ingredient };
  });
}

function pct(n: number, total: number): string {
  return `${total === 0 ? 0 : Math.round((100 * n) / total)}%`.padStart(4);
}

interface Figures {
  n: number;
  top1: number;
  top2: number;
  sign: number;
  none: number;
  matched: number;
  words: number;
  confusion: Map<IngredientId, Map<string, number>>;
}

function measure(set: readonly Labelled[], misses: boolean): Figures {
  const f: Figures = { n: set.length, top1: 0, top2: 0, sign: 0, none: 0, matched: 0, words: 0, confusion: new Map(INGREDIENT_IDS.map((id) => [id, new Map()])) };
  for (const { text, ingredient, gap } of set) {
    const ranking = rankIngredients(text);
    const first = ranking[0];
    if (first?.ingredient === ingredient) {
      f.top1++;
      if ((first.gap === true) === (gap === true)) f.sign++;
    }
    if (ranking.slice(0, 2).some((s) => s.ingredient === ingredient)) f.top2++;
    if (!first) f.none++;
    f.words += (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    f.matched += ranking.reduce((sum, s) => sum + s.reasons.reduce((n, r) => n + r.phrase.split(/\s+/).length, 0), 0);
    const row = f.confusion.get(ingredient)!;
    const key = first ? first.ingredient : 'none';
    row.set(key, (row.get(key) ?? 0) + 1);
    if (misses && first?.ingredient !== ingredient) {
      const got = ranking.slice(0, 3).map((s) => `${s.ingredient}${s.gap ? ' gap' : ''} ${s.score} [${s.reasons.map((r) => r.phrase).join(', ')}]`);
      console.log(`  miss (${ingredient}): ${text}\n    -> ${got.join(' | ') || 'none'}`);
    }
  }
  return f;
}

const SHORT: Record<IngredientId | 'none', string> = {
  assets: 'assets',
  'shared-roles': 'roles',
  capacity: 'capac',
  mutuality: 'mutual',
  networks: 'netw',
  catalysts: 'catal',
  none: 'none',
};

function row(name: string, f: Figures): string {
  const words = f.words === 0 ? 0 : Math.round((100 * f.matched) / f.words);
  return `${name.padEnd(26)} ${String(f.n).padStart(4)}  ${pct(f.top1, f.n)}  ${pct(f.top2, f.n)}  ${pct(f.sign, f.top1)}  ${String(f.none).padStart(4)}  ${String(words).padStart(5)}`;
}

function confusion(name: string, f: Figures): void {
  const cols = [...INGREDIENT_IDS, 'none'] as const;
  console.log(`\nConfusion, ${name} (rows: label; columns: first suggestion)`);
  console.log(`${''.padEnd(8)}${cols.map((c) => SHORT[c].padStart(7)).join('')}`);
  for (const id of INGREDIENT_IDS) {
    const cells = f.confusion.get(id)!;
    console.log(`${SHORT[id].padEnd(8)}${cols.map((c) => String(cells.get(c) ?? 0).padStart(7)).join('')}`);
  }
}

const showMisses = process.argv.includes('--misses');
const dev = load('dev');
const heldOut = load('held-out');
const report = load('held-out-report');
const sets: [string, Labelled[], boolean][] = [
  ['dev (tuned on)', dev, showMisses],
  ['held-out (same register)', heldOut, false],
  ['held-out-report: all', report, false],
  ['  report paragraphs', report.filter((p) => p.register === 'report'), false],
  ['  short notes', report.filter((p) => p.register === 'note'), false],
  ['  gap passages', report.filter((p) => p.gap === true), false],
];
const figures = sets.map(([name, set, misses]) => [name, measure(set, misses)] as const);
console.log(`${'set'.padEnd(26)} ${'n'.padStart(4)}  top1  top2  sign  none  words`);
for (const [name, f] of figures) console.log(row(name, f));
console.log('(sign: of the top-1 hits, how many also say gap or evidence rightly; words: words read per 100)');
confusion('dev', figures[0]![1]);
confusion('held-out-report', figures[2]![1]);
