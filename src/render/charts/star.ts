/**
 * Two six-spoke stars side by side: the level the evidence shows (0 to 3), and the latest
 * self-assessment of each perspective (ratings 1 to 6). They have different scales, so they
 * are drawn apart rather than on top of each other.
 */
import { INGREDIENT_IDS, ingredientName, longDate, type IngredientId } from '../../domain';
import type { AssessmentRound, DashboardModel } from '../../analysis/dashboard-types';
import { h, type Child, type ElementNode } from '../tree';
import { chartFigure, figure, key, label, marker, numbers, numbersTable, points, svg, type Anchor, type KeyEntry } from './svg';

const WIDTH = 330;
const HEIGHT = 270;
const CX = WIDTH / 2;
const CY = 138;
const RADIUS = 84;

type Perspective = 'practitioners' | 'participants';

/** Where spoke `i` ends at a fraction `f` of the radius; spoke 0 points up. */
function spoke(i: number, f: number): [number, number] {
  const angle = ((-90 + 60 * i) * Math.PI) / 180;
  return [CX + Math.cos(angle) * RADIUS * f, CY + Math.sin(angle) * RADIUS * f];
}

function grid(rings: number): Child[] {
  const out: Child[] = [];
  for (let ring = 1; ring <= rings; ring++) {
    const corners = INGREDIENT_IDS.map((_, i) => spoke(i, ring / rings));
    out.push(h('polygon', { points: points(corners), class: ring === rings ? 'c-grid-outer' : 'c-grid' }));
  }
  for (let i = 0; i < INGREDIENT_IDS.length; i++) {
    const [x, y] = spoke(i, 1);
    out.push(h('line', { x1: CX, y1: CY, x2: x.toFixed(1), y2: y.toFixed(1), class: 'c-grid' }));
  }
  return out;
}

/** Ingredient names around the star, each with its figure(s) in words. */
function names(figures: (id: IngredientId) => string): Child[] {
  return INGREDIENT_IDS.map((id, i) => {
    const [x, y] = spoke(i, 1.12);
    const cos = Math.cos(((-90 + 60 * i) * Math.PI) / 180);
    const anchor: Anchor = Math.abs(cos) < 0.1 ? 'middle' : cos > 0 ? 'start' : 'end';
    const top = i === 0 ? -16 : i === 3 ? 8 : -4;
    return [label(x, y + top, ingredientName(id), 'c-label', anchor), label(x, y + top + 14, figures(id), 'c-figure', anchor)];
  });
}

/** The latest round that has ratings from a perspective. */
function latestRound(rounds: readonly AssessmentRound[], who: Perspective): AssessmentRound | undefined {
  for (let i = rounds.length - 1; i >= 0; i--) {
    const round = rounds[i]!;
    if (INGREDIENT_IDS.some((id) => round.ingredients[id][who].average !== undefined)) return round;
  }
  return undefined;
}

export function starCharts(idOf: (name: string) => string, model: DashboardModel): ElementNode {
  const levels = Object.fromEntries(model.ingredients.map((score) => [score.id, score.level])) as Record<IngredientId, number>;
  const evidenceName = `The level the evidence shows, 0 to 3: ${INGREDIENT_IDS.map((id) => `${ingredientName(id)} ${levels[id]}`).join(', ')}.`;
  const evidence = svg(
    { id: idOf('star-evidence'), name: evidenceName, width: WIDTH, height: HEIGHT, kind: 'star' },
    grid(3),
    h('polygon', { points: points(INGREDIENT_IDS.map((id, i) => spoke(i, levels[id] / 3))), class: 'c-area' }),
    INGREDIENT_IDS.map((id, i) => marker('circle', ...spoke(i, levels[id] / 3), 3.5, 'c-marker-a')),
    names((id) => `level ${levels[id]}`),
  );

  const { rounds } = model.assessment;
  const latest = { practitioners: latestRound(rounds, 'practitioners'), participants: latestRound(rounds, 'participants') };
  const rating = (who: Perspective, id: IngredientId): number | undefined => latest[who]?.ingredients[id][who].average;
  const said = (who: Perspective) =>
    INGREDIENT_IDS.map((id) => `${ingredientName(id)} ${rating(who, id) === undefined ? 'no rating' : figure(rating(who, id)!)}`).join(', ');
  const drawings: Child[] = [h('div', { class: 'coproduction-drawing' }, h('p', { class: 'coproduction-drawing-title' }, 'What the evidence shows'), evidence)];
  const keyEntries: KeyEntry[] = [];
  if (latest.practitioners || latest.participants) {
    const parts: string[] = [];
    const series: Child[] = [];
    const add = (who: Perspective, shape: 'circle' | 'square', cls: 'a' | 'b', word: string) => {
      const round = latest[who];
      if (!round) return;
      parts.push(`${word}, ${longDate(round.date)}: ${said(who)}`);
      const corners = INGREDIENT_IDS.map((id, i) => spoke(i, (rating(who, id) ?? 0) / 6));
      series.push(
        h('polygon', { points: points(corners), class: `c-series-${cls}` }),
        INGREDIENT_IDS.map((id, i) => (rating(who, id) === undefined ? null : marker(shape, ...corners[i]!, shape === 'circle' ? 3.5 : 3, `c-marker-${cls}`))),
      );
      keyEntries.push({ swatch: shape === 'circle' ? 'solid-circle' : 'dashed-square', text: `${word}, latest ratings (${longDate(round.date)})` });
    };
    add('practitioners', 'circle', 'a', 'Practitioners');
    add('participants', 'square', 'b', 'Participants');
    const both = (id: IngredientId) =>
      [rating('practitioners', id), rating('participants', id)].map((value) => (value === undefined ? '–' : figure(value))).join(' / ');
    const self = svg(
      { id: idOf('star-self'), name: `Latest self-assessment, ratings 1 to 6. ${parts.join('. ')}.`, width: WIDTH, height: HEIGHT, kind: 'star' },
      grid(6),
      series,
      names((id) => both(id)),
    );
    drawings.push(h('div', { class: 'coproduction-drawing' }, h('p', { class: 'coproduction-drawing-title' }, 'What people say (practitioners / participants)'), self));
  }
  const table = numbersTable(
    'Level the evidence shows, and the latest average rating of each group',
    ['Ingredient', 'Evidence level (0 to 3)', 'Practitioners (1 to 6)', 'Participants (1 to 6)'],
    INGREDIENT_IDS.map((id) => [
      ingredientName(id),
      String(levels[id]),
      rating('practitioners', id) === undefined ? 'No rating' : figure(rating('practitioners', id)!),
      rating('participants', id) === undefined ? 'No rating' : figure(rating('participants', id)!),
    ]),
  );
  return chartFigure(
    'star',
    'The further out, the stronger. Evidence runs from 0 to 3, ratings from 1 to 6.',
    drawings,
    keyEntries.length > 0 ? key(keyEntries) : null,
    numbers('the evidence beside the latest self-assessment', [table]),
  );
}
