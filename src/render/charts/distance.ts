/**
 * Distance travelled: self-assessment round by round. One small chart per ingredient with a
 * line for each perspective, and for each person who rated more than once, where they
 * started and where they are now on every ingredient.
 */
import { INGREDIENT_IDS, ingredientName, longDate, shortMonthName, monthOf, type IngredientId } from '../../domain';
import type { AssessmentRound, PersonRatings } from '../../analysis/dashboard-types';
import { h, type Child, type ElementNode } from '../tree';
import { chartFigure, figure, key, label, line, marker, numbers, numbersTable, points, svg } from './svg';

type Perspective = 'practitioners' | 'participants';
const PERSPECTIVES: readonly { who: Perspective; word: string; shape: 'circle' | 'square'; cls: 'a' | 'b' }[] = [
  { who: 'practitioners', word: 'Practitioners', shape: 'circle', cls: 'a' },
  { who: 'participants', word: 'Participants', shape: 'square', cls: 'b' },
];

const SMALL = { width: 168, height: 118, left: 22, right: 14, top: 14, bottom: 100 };

function yOf(rating: number): number {
  return SMALL.bottom - ((rating - 1) / 5) * (SMALL.bottom - SMALL.top);
}

function xOf(i: number, n: number): number {
  const span = SMALL.width - SMALL.left - SMALL.right;
  return n <= 1 ? SMALL.left + span / 2 : SMALL.left + (span * i) / (n - 1);
}

function series(rounds: readonly AssessmentRound[], id: IngredientId, who: Perspective): (number | undefined)[] {
  return rounds.map((round) => round.ingredients[id][who].average);
}

function trail(values: readonly (number | undefined)[]): string {
  if (values.every((value) => value === undefined)) return 'no ratings';
  return values.map((value) => (value === undefined ? '–' : figure(value))).join(' then ');
}

function smallChart(idOf: (name: string) => string, rounds: readonly AssessmentRound[], id: IngredientId): ElementNode {
  const n = rounds.length;
  const name = `${ingredientName(id)}: ${PERSPECTIVES.map(({ who, word }) => `${word.toLowerCase()} ${trail(series(rounds, id, who))}`).join('; ')}.`;
  const body: Child[] = [];
  for (const rating of [1, 3.5, 6]) {
    body.push(line(SMALL.left, yOf(rating), SMALL.width - SMALL.right + 4, yOf(rating), 'c-grid'));
  }
  body.push(label(SMALL.left - 5, yOf(6) + 4, '6', 'c-tick', 'end'), label(SMALL.left - 5, yOf(1) + 4, '1', 'c-tick', 'end'));
  rounds.forEach((round, i) => {
    const x = xOf(i, n);
    // With many rounds only the first and last are named below the chart.
    if (n <= 4 || i === 0 || i === n - 1) body.push(label(x, SMALL.height - 3, shortMonthName(monthOf(round.date)), 'c-tick', 'middle'));
  });
  for (const { who, shape, cls } of PERSPECTIVES) {
    const values = series(rounds, id, who);
    // Side by side by a few units, so two equal ratings still show both markers.
    const shift = cls === 'a' ? -3 : 3;
    const drawn = values.flatMap((value, i) => (value === undefined ? [] : [[xOf(i, n) + shift, yOf(value), value] as const]));
    if (drawn.length > 1) body.push(h('polyline', { points: points(drawn.map(([x, y]) => [x, y])), class: `c-series-${cls}` }));
    for (const [x, y, value] of drawn) {
      body.push(marker(shape, x, y, shape === 'circle' ? 3.5 : 3, `c-marker-${cls}`));
      // Practitioners' figure above the point, participants' below, unless that would leave the chart.
      const above = cls === 'a' ? value < 5.6 : value <= 1.5;
      body.push(label(x + (cls === 'a' ? -5 : 5), y + (above ? -6 : 13), figure(value), 'c-figure', cls === 'a' ? 'end' : 'start'));
    }
  }
  return h(
    'div',
    { class: 'coproduction-small' },
    h('p', { class: 'coproduction-drawing-title', 'aria-hidden': 'true' }, ingredientName(id)),
    svg({ id: idOf(`distance-${id}`), name, width: SMALL.width, height: SMALL.height, kind: 'distance' }, body),
  );
}

const PERSON = { width: 340, row: 24, left: 112, right: 282, top: 22 };

function personX(rating: number): number {
  return PERSON.left + ((rating - 1) / 5) * (PERSON.right - PERSON.left);
}

function personChart(idOf: (name: string) => string, person: PersonRatings, index: number): ElementNode {
  const first = person.ratings[0]!;
  const last = person.ratings[person.ratings.length - 1]!;
  const role = person.perspective === 'participant' ? 'participant' : 'practitioner';
  const moves = INGREDIENT_IDS.filter((id) => first.ratings[id] !== undefined || last.ratings[id] !== undefined).map((id) => {
    const values = person.ratings.map((sheet) => sheet.ratings[id]);
    return { id, values, trail: trail(values) };
  });
  const name = `${person.person} (${role}), from ${longDate(first.date)} to ${longDate(last.date)}: ${moves.map((move) => `${ingredientName(move.id)} ${move.trail}`).join('; ')}.`;
  const body: Child[] = [];
  for (let rating = 1; rating <= 6; rating++) {
    body.push(line(personX(rating), PERSON.top - 4, personX(rating), PERSON.top + moves.length * PERSON.row - 8, 'c-grid'));
    body.push(label(personX(rating), PERSON.top - 8, String(rating), 'c-tick', 'middle'));
  }
  moves.forEach((move, row) => {
    const y = PERSON.top + row * PERSON.row + 6;
    body.push(label(0, y + 4, ingredientName(move.id), 'c-label'));
    const known = move.values.filter((value): value is number => value !== undefined);
    if (known.length === 0) return;
    const start = known[0]!;
    const end = known[known.length - 1]!;
    if (start !== end) body.push(line(personX(start), y, personX(end), y, 'c-move'));
    for (const value of known.slice(1, -1)) body.push(marker('circle', personX(value), y, 2, 'c-dot-between'));
    body.push(marker('circle', personX(start), y, 5.5, 'c-dot-first'));
    body.push(marker('circle', personX(end), y, 4, 'c-dot-last'));
    body.push(label(PERSON.right + 14, y + 4, start === end ? `${figure(end)}, same` : `${figure(start)} → ${figure(end)}`, 'c-figure'));
  });
  return h(
    'div',
    { class: 'coproduction-drawing' },
    h('p', { class: 'coproduction-drawing-title', 'aria-hidden': 'true' }, `${person.person} (${role}), ${longDate(first.date)} to ${longDate(last.date)}`),
    svg(
      { id: idOf(`distance-person-${index + 1}`), name, width: PERSON.width, height: PERSON.top + moves.length * PERSON.row, kind: 'person' },
      body,
    ),
  );
}

export function distanceCharts(idOf: (name: string) => string, rounds: readonly AssessmentRound[], people: readonly PersonRatings[]): ElementNode[] {
  if (rounds.length === 0) return [];
  const roundNames = rounds.map((round) => (round.date === round.lastDate ? longDate(round.date) : `${longDate(round.date)} to ${longDate(round.lastDate)}`));
  const table = numbersTable(
    'Average rating in each round, practitioners / participants',
    ['Ingredient', ...roundNames],
    INGREDIENT_IDS.map((id) => [
      ingredientName(id),
      ...rounds.map((round) =>
        PERSPECTIVES.map(({ who }) => (round.ingredients[id][who].average === undefined ? '–' : figure(round.ingredients[id][who].average))).join(' / '),
      ),
    ]),
  );
  const out: ElementNode[] = [
    chartFigure(
      'distance',
      `Average ratings (1 to 6) in each round of self-assessment: ${rounds.length === 1 ? 'one round so far' : `${rounds.length} rounds, ${roundNames[0]} to ${roundNames[roundNames.length - 1]}`}.`,
      h('div', { class: 'coproduction-smalls' }, INGREDIENT_IDS.map((id) => smallChart(idOf, rounds, id))),
      key([
        { swatch: 'solid-circle', text: 'Practitioners: solid line, circles' },
        { swatch: 'dashed-square', text: 'Participants: dashed line, squares' },
      ]),
      numbers('average rating in each round', [table]),
    ),
  ];
  if (people.length > 0) {
    const tables = people.map((person) =>
      numbersTable(
        `${person.person} (${person.perspective}): ratings on each date`,
        ['Ingredient', ...person.ratings.map((sheet) => longDate(sheet.date))],
        INGREDIENT_IDS.map((id) => [ingredientName(id), ...person.ratings.map((sheet) => (sheet.ratings[id] === undefined ? '–' : String(sheet.ratings[id])))]),
      ),
    );
    out.push(
      chartFigure(
        'people',
        'Each person who rated more than once: where they started and where they are now.',
        people.map((person, i) => personChart(idOf, person, i)),
        key([
          { swatch: 'hollow-circle', text: 'First rating' },
          { swatch: 'filled-circle', text: 'Latest rating' },
        ]),
        numbers("each person's ratings", tables),
      ),
    );
  }
  return out;
}
