/**
 * A quick path through the property schemas for the properties nearly every note has, all
 * valid: the same output zod gives, at a tenth of the cost (zod was a tenth of reading a big
 * vault). Each field of a schema carries a quick converter beside it (see `schemas.ts`); a
 * converter answers only for plain valid input and otherwise says "let zod decide", so every
 * problem is still found and worded by zod. A property test holds the two to the same output.
 */
import { isIsoDate, toIsoDay } from './dates';
import { normaliseWord } from './nearest';

/** Returned by a converter that leaves the value to zod. */
export const LET_ZOD_DECIDE: unique symbol = Symbol('let zod decide');

export type QuickField = (value: unknown) => unknown;

const quickFields = new WeakMap<object, QuickField>();

/** Registers the quick converter for a zod field schema; returns the schema. */
export function withQuick<T extends object>(schema: T, quick: QuickField): T {
  quickFields.set(schema, quick);
  return schema;
}

export const quickText: QuickField = (value) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : LET_ZOD_DECIDE);

export const quickDate: QuickField = (value) => {
  const day = toIsoDay(value);
  return day !== undefined && isIsoDate(day) ? day : LET_ZOD_DECIDE;
};

export function quickOneOf(allowed: readonly string[]): QuickField {
  return (value) => {
    if (typeof value !== 'string') return LET_ZOD_DECIDE;
    // The list's own string: thousands of notes then share one copy of each word.
    const at = allowed.indexOf(normaliseWord(value));
    return at === -1 ? LET_ZOD_DECIDE : allowed[at];
  };
}

/** One value or a list, nothing read as an empty list. */
function asList(value: unknown): unknown[] {
  if (value === null || value === undefined || value === '') return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

export function quickWordList(allowed: readonly string[]): QuickField {
  return (value) => {
    const words: string[] = [];
    for (const item of asList(value)) {
      if (typeof item !== 'string') return LET_ZOD_DECIDE;
      const at = allowed.indexOf(normaliseWord(item));
      if (at === -1) return LET_ZOD_DECIDE;
      words.push(allowed[at]!);
    }
    return words;
  };
}

export const quickTextList: QuickField = (value) => {
  const texts: string[] = [];
  for (const item of asList(value)) {
    const text = quickText(item);
    if (text === LET_ZOD_DECIDE) return LET_ZOD_DECIDE;
    texts.push(text as string);
  }
  return texts;
};

const WHOLE = /^\s*\d+\s*$/;
const DECIMAL = /^\s*\d+(?:\.\d+)?\s*$/;

/** A whole number from `low` to `high`, written as a number or as digits. */
export function quickWhole(low: number, high: number): QuickField {
  return (value) => {
    const number = typeof value === 'string' && WHOLE.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isSafeInteger(number) && number >= low && number <= high ? number : LET_ZOD_DECIDE;
  };
}

export const quickAmount: QuickField = (value) => {
  const number = typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= 1_000_000 ? number : LET_ZOD_DECIDE;
};

export const quickYesNo: QuickField = (value) => {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return LET_ZOD_DECIDE;
  const word = value.trim().toLowerCase();
  if (word === 'yes' || word === 'true' || word === 'y') return true;
  if (word === 'no' || word === 'false' || word === 'n') return false;
  return LET_ZOD_DECIDE;
};

export function quickExact(allowed: readonly string[]): QuickField {
  return (value) => (typeof value === 'string' && allowed.includes(value) ? value : LET_ZOD_DECIDE);
}

interface FieldPlan {
  key: string;
  quick: QuickField;
  optional: boolean;
}

/** What the quick path needs of a zod object schema: its fields in order (`def` is zod mini's public definition). */
interface ObjectSchemaDefinition {
  def: { shape: Record<string, { def: { type: string; innerType?: object } }> };
}

const plans = new WeakMap<object, { fields: FieldPlan[]; known: Set<string> } | null>();

/** The schema's fields with their converters, or null when one field has none (then zod reads every note). */
function planOf(schema: ObjectSchemaDefinition): { fields: FieldPlan[]; known: Set<string> } | null {
  let plan = plans.get(schema);
  if (plan !== undefined) return plan;
  const fields: FieldPlan[] = [];
  plan = { fields, known: new Set(Object.keys(schema.def.shape)) };
  for (const [key, field] of Object.entries(schema.def.shape)) {
    const optional = field.def.type === 'optional';
    const inner = optional ? field.def.innerType : field;
    const quick = inner === undefined ? undefined : quickFields.get(inner);
    if (quick === undefined) {
      plan = null;
      break;
    }
    fields.push({ key, quick, optional });
  }
  plans.set(schema, plan);
  return plan;
}

/**
 * The checked properties as zod would give them, or undefined when any of them needs zod:
 * a value that is missing, unusual or wrong. Unknown properties pass through, after the known ones.
 */
export function quickParse(schema: object, props: Record<string, unknown>): Record<string, unknown> | undefined {
  const plan = planOf(schema as ObjectSchemaDefinition);
  if (plan === null) return undefined;
  const out: Record<string, unknown> = {};
  for (const { key, quick, optional } of plan.fields) {
    if (!Object.hasOwn(props, key)) {
      if (optional) continue;
      return undefined;
    }
    const value = props[key];
    if (value === undefined) return undefined;
    const checked = quick(value);
    if (checked === LET_ZOD_DECIDE) return undefined;
    out[key] = checked;
  }
  for (const key of Object.keys(props)) {
    if (plan.known.has(key)) continue;
    if (key === '__proto__') return undefined;
    out[key] = props[key];
  }
  return out;
}
