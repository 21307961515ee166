/**
 * The type of each tracker property in Obsidian's Properties view (`.obsidian/types.json`):
 * dates as dates, counts and ratings as numbers, lists as lists and benefits advice as a
 * checkbox. A few words are named as text too (`quotes` is yes, no or ask; `status` is
 * active or withdrawn), so Obsidian never guesses another type from the first value it
 * sees. Everything else is text, which is Obsidian's own default.
 */
import { INGREDIENT_IDS } from '../domain';

export type PropertyType = 'text' | 'multitext' | 'number' | 'checkbox' | 'date' | 'datetime';

const DATES = ['date', 'start', 'end', 'started', 'finished', 'fed-back', 'applied-on', 'consent-date', 'review-by', 'withdrawn-date', 'as-of'];
const NUMBERS = ['lived-experience', 'practitioners', 'family-carers', 'community-members', 'others', 'hours', 'amount', ...INGREDIENT_IDS];
const LISTS = ['partners', 'ingredients', 'gaps', 'barriers', 'star', 'involved', 'outcomes'];
const TEXTS = ['quotes', 'status'];

export const PROPERTY_TYPES: Readonly<Record<string, PropertyType>> = Object.fromEntries([
  ...DATES.map((name) => [name, 'date'] as const),
  ...NUMBERS.map((name) => [name, 'number'] as const),
  ...LISTS.map((name) => [name, 'multitext'] as const),
  ...TEXTS.map((name) => [name, 'text'] as const),
  ['benefits-advice', 'checkbox'] as const,
]);

/** The tracker's types for the names a vault has no type for yet; a type the person set is never changed. */
export function missingPropertyTypes(assigned: (name: string) => string | null | undefined): Record<string, PropertyType> {
  return Object.fromEntries(Object.entries(PROPERTY_TYPES).filter(([name]) => !assigned(name)));
}
