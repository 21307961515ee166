/** The six levels as one chart: a row per ingredient, three boxes filled up to its level, and the level in words. */
import type { IngredientScore } from '../../analysis/dashboard-types';
import { LEVEL_NAMES } from '../../analysis/thresholds';
import { plural } from '../words';
import type { ElementNode } from '../tree';
import { chartFigure, label, numbers, numbersTable, rect, svg } from './svg';

const WIDTH = 352;
const ROW = 30;
const BOX = 40;
const BOX_GAP = 4;
const BOXES_X = 116;

export function levelsChart(id: string, scores: readonly IngredientScore[]): ElementNode {
  const name = `Levels of the six ingredients, 0 to 3: ${scores.map((score) => `${score.name} ${score.level}, ${score.levelName}`).join('; ')}.`;
  const rows = scores.map((score, row) => {
    const y = row * ROW + 4;
    return [
      label(0, y + 16, score.name, 'c-label'),
      [0, 1, 2].map((i) => rect(BOXES_X + i * (BOX + BOX_GAP), y + 3, BOX, 18, i < score.level ? 'c-box-filled' : 'c-box-empty')),
      label(BOXES_X + 3 * (BOX + BOX_GAP) + 4, y + 16, score.levelName, 'c-label-strong'),
    ];
  });
  const drawing = svg({ id, name, width: WIDTH, height: scores.length * ROW + 4, kind: 'levels' }, rows);
  const table = numbersTable(
    'Level of each ingredient, and the evidence behind it',
    ['Ingredient', 'Level (0 to 3)', 'Evidence', 'Falling short'],
    scores.map((score) => [
      score.name,
      `${score.level}, ${LEVEL_NAMES[score.level]}`,
      `${plural(score.total, 'piece')}, ${score.recent} recent`,
      plural(score.gaps, 'piece'),
    ]),
  );
  return chartFigure('levels', null, drawing, null, numbers('levels of the six ingredients', [table]));
}
