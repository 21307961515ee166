/**
 * Self-assessment over time: rounds of rating sheets, and each person's ratings where they
 * rated more than once. Averaging every sheet into one number hides the distance travelled
 * (a 2 in June and a 3 in November is not "2.5"); rounds keep it.
 *
 * A round is the sheets filled in close together: it starts with the earliest sheet not yet
 * in a round and takes every sheet dated within ROUND_DAYS of that day. When one person
 * filled in two sheets from one perspective in a round, the later one counts (a correction).
 */
import { compareText, daysBetween, INGREDIENT_IDS, type IngredientId, type IsoDate, type Perspective } from '../domain';
import type { AssessmentRound, PersonRatings, RatingGroup } from './dashboard-types';
import { isWithdrawnVoice, noteAuthor, type ProjectNotes } from './project-notes';

/** Sheets dated this many days or fewer after a round's first sheet belong to that round. */
export const ROUND_DAYS = 14;

interface Sheet {
  path: string;
  date: IsoDate;
  perspective: Perspective;
  /** Lower-cased author, when the sheet names one. */
  who?: string;
  author?: string;
  withdrawn: boolean;
  ratings: Partial<Record<IngredientId, number>>;
}

function sheetsOf(notes: ProjectNotes): Sheet[] {
  const sheets = notes.assessments.map((record): Sheet => {
    const props = record.props as Record<string, unknown> & typeof record.props;
    const ratings: Partial<Record<IngredientId, number>> = {};
    for (const id of INGREDIENT_IDS) if (typeof props[id] === 'number') ratings[id] = props[id];
    const author = noteAuthor(record);
    return {
      path: record.path,
      date: props.date,
      perspective: props.perspective,
      ...(author ? { author, who: author.toLowerCase() } : {}),
      withdrawn: isWithdrawnVoice(notes, record),
      ratings,
    };
  });
  return sheets.sort((a, b) => compareText(a.date, b.date) || compareText(a.path, b.path));
}

/** Sheets grouped into rounds, oldest first; within a round, one sheet per person and perspective. */
function groupRounds(sheets: readonly Sheet[]): { first: IsoDate; last: IsoDate; sheets: Sheet[] }[] {
  const rounds: Sheet[][] = [];
  let current: Sheet[] = [];
  for (const sheet of sheets) {
    if (current.length > 0 && daysBetween(current[0]!.date, sheet.date) > ROUND_DAYS) {
      rounds.push(current);
      current = [];
    }
    current.push(sheet);
  }
  if (current.length > 0) rounds.push(current);
  return rounds.map((round) => {
    const latest = new Map<string, Sheet>();
    const anonymous: Sheet[] = [];
    // Sheets are in date order, so a later sheet of the same person replaces the earlier one.
    for (const sheet of round) {
      if (sheet.who === undefined) anonymous.push(sheet);
      else latest.set(`${sheet.perspective}\u0000${sheet.who}`, sheet);
    }
    const kept = [...latest.values(), ...anonymous].sort((a, b) => compareText(a.date, b.date) || compareText(a.path, b.path));
    // The round's days come from every sheet in it, a replaced one too.
    return { first: round[0]!.date, last: round[round.length - 1]!.date, sheets: kept };
  });
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function group(sheets: readonly Sheet[], perspective: Perspective, ingredient: IngredientId): RatingGroup {
  const ratings = sheets
    .filter((sheet) => sheet.perspective === perspective)
    .map((sheet) => sheet.ratings[ingredient])
    .filter((rating): rating is number => rating !== undefined);
  if (ratings.length === 0) return { count: 0 };
  return { count: ratings.length, average: round2(ratings.reduce((sum, r) => sum + r, 0) / ratings.length) };
}

export function assessmentRounds(notes: ProjectNotes): { rounds: AssessmentRound[]; people: PersonRatings[] } {
  const rounds = groupRounds(sheetsOf(notes));
  const roundList = rounds.map(({ first, last, sheets }): AssessmentRound => {
    return {
      date: first,
      lastDate: last,
      sheets: sheets.length,
      ingredients: Object.fromEntries(
        INGREDIENT_IDS.map((id) => [id, { practitioners: group(sheets, 'practitioner', id), participants: group(sheets, 'participant', id) }]),
      ) as AssessmentRound['ingredients'],
    };
  });
  // Each person's sheet in each round, for people who rated in more than one round.
  // People who withdrew are not named here; their ratings still count in the round averages.
  const byPerson = new Map<string, PersonRatings>();
  for (const { sheets } of rounds) {
    for (const sheet of sheets) {
      if (sheet.who === undefined || sheet.withdrawn) continue;
      const key = `${sheet.perspective}\u0000${sheet.who}`;
      const person = byPerson.get(key) ?? { person: sheet.author!, perspective: sheet.perspective, ratings: [] };
      person.ratings.push({ date: sheet.date, path: sheet.path, ratings: sheet.ratings });
      byPerson.set(key, person);
    }
  }
  const people = [...byPerson.values()]
    .filter((person) => person.ratings.length > 1)
    .sort((a, b) => compareText(a.person, b.person) || compareText(a.perspective, b.perspective));
  return { rounds: roundList, people };
}
