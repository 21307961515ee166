/**
 * The properties of each note kind, as zod schemas. Unknown properties pass through
 * untouched (notes are the user's, not ours). Every message is written for a person
 * who has never seen YAML: it says what was found and what was expected.
 */
import { z } from 'zod';
import { isIsoDate, toIsoDay } from './dates';
import { INGREDIENT_IDS } from './ingredients';
import { nearestWord, normaliseWord } from './nearest';
import {
  BARRIER_IDS,
  DECIDED_BY,
  FOLLOW_UP_STATES,
  NOTE_KINDS,
  PERSPECTIVES,
  PHASE_IDS,
  REWARD_PREFERENCES,
  REWARD_TYPES,
  ROLE_IDS,
  RUNG_IDS,
  SESSION_TYPES,
  STAR_IDS,
  ACTIVITY_COUNT_PROPERTY,
} from './vocabulary';

/** Attached to an issue so the Problem can carry a separate hint line. */
export interface IssueHint {
  hint?: string;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a group of values';
}

const isoDate = z.preprocess(
  toIsoDay,
  z.string({ error: (issue) => `should be a date like 2026-03-14, but it is ${describe(issue.input)}` }).superRefine(
    (value, ctx) => {
      if (isIsoDate(value)) return;
      const looksRight = /^\d{4}-\d{2}-\d{2}$/.test(value);
      ctx.addIssue({
        code: 'custom',
        message: looksRight
          ? `is "${value}", which is not a real date`
          : `should be a date written as year-month-day, like 2026-03-14, but it is "${value}"`,
        params: { hint: looksRight ? 'Check the day and month.' : 'Write the date as YYYY-MM-DD.' } satisfies IssueHint,
      });
    },
  ),
);

/** Accepts one word, a list of words, or nothing; normalises spelling; checks against a list. */
function wordList(allowed: readonly string[], what: string) {
  return z.preprocess(
    (value) => {
      if (value === null || value === undefined || value === '') return [];
      return Array.isArray(value) ? (value as unknown[]) : [value];
    },
    z
      .array(z.string({ error: `should be a list of ${what}` }).transform(normaliseWord), {
        error: `should be a list of ${what}`,
      })
      .superRefine((values, ctx) => {
        values.forEach((value, index) => {
          if (allowed.includes(value)) return;
          const nearest = nearestWord(value, allowed);
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `includes "${value}", which is not one of the ${what}`,
            params: {
              hint: nearest ? `Did you mean "${nearest}"?` : `Use one of: ${allowed.join(', ')}.`,
            } satisfies IssueHint,
          });
        });
      }),
  );
}

/** One word from a list, normalised; a misspelling gets the nearest real word as a hint. */
function oneOf<T extends readonly [string, ...string[]]>(allowed: T, what: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? normaliseWord(value) : value),
    z.string({ error: (issue) => `should be one of the ${what}, but it is ${describe(issue.input)}` }).superRefine(
      (value, ctx) => {
        if ((allowed as readonly string[]).includes(value)) return;
        const nearest = nearestWord(value, allowed);
        ctx.addIssue({
          code: 'custom',
          message: `is "${value}", which is not one of the ${what}`,
          params: {
            hint: nearest ? `Did you mean "${nearest}"?` : `Use one of: ${allowed.join(', ')}.`,
          } satisfies IssueHint,
        });
      },
    ),
  ) as unknown as z.ZodType<T[number]>;
}

const text = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string({ error: (issue) => `should be text, but it is ${describe(issue.input)}` }),
);

const textList = z.preprocess(
  (value) => (value === null || value === undefined || value === '' ? [] : Array.isArray(value) ? (value as unknown[]) : [value]),
  z.array(text, { error: 'should be a list of text' }),
);

const count = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
  z
    .number({ error: (issue) => `should be a whole number, like 3, but it is ${describe(issue.input)}` })
    .int({ error: 'should be a whole number, like 3' })
    .min(0, { error: 'cannot be below zero' }),
);

const amount = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value),
  z
    .number({ error: (issue) => `should be a number, like 2.5, but it is ${describe(issue.input)}` })
    .min(0, { error: 'cannot be below zero' }),
);

const yesNo = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const word = value.trim().toLowerCase();
    if (['yes', 'true', 'y'].includes(word)) return true;
    if (['no', 'false', 'n'].includes(word)) return false;
    return value;
  },
  z.boolean({ error: (issue) => `should be yes or no, but it is ${describe(issue.input)}` }),
);

const rating = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
  z
    .number({ error: (issue) => `should be a rating from 1 to 6, but it is ${describe(issue.input)}` })
    .int({ error: 'should be a whole number from 1 to 6' })
    .min(1, { error: 'should be a rating from 1 to 6' })
    .max(6, { error: 'should be a rating from 1 to 6' }),
);

/** Properties any tracker note may carry. */
const common = {
  coproduction: z.enum(NOTE_KINDS),
  project: text.optional(),
  date: isoDate.optional(),
  author: text.optional(),
  phase: oneOf(PHASE_IDS, 'four phases (starting-out, engagement, rewards, learning)').optional(),
  ingredients: wordList(INGREDIENT_IDS, 'six ingredients').optional(),
  barriers: wordList(BARRIER_IDS, 'four barriers (accessibility, financial, availability, language)').optional(),
};

export const projectSchema = z.looseObject({
  ...common,
  name: text.optional(),
  start: isoDate.optional(),
  end: isoDate.optional(),
  partners: textList.optional(),
  aim: text.optional(),
});

export const phaseSchema = z.looseObject({
  ...common,
  phase: oneOf(PHASE_IDS, 'four phases (starting-out, engagement, rewards, learning)'),
  started: isoDate.optional(),
  finished: isoDate.optional(),
});

const roleCounts = Object.fromEntries(
  Object.values(ACTIVITY_COUNT_PROPERTY).map((property) => [property, count.optional()]),
) as Record<string, z.ZodOptional<typeof count>>;

export const activitySchema = z.looseObject({
  ...common,
  date: isoDate,
  session: oneOf(SESSION_TYPES, 'kinds of session').optional(),
  ...roleCounts,
  rung: oneOf(RUNG_IDS, 'rungs of the ladder of participation').optional(),
  star: wordList(STAR_IDS, "four Co's (co-commissioning, co-design, co-delivery, co-assessment)").optional(),
  'decided-by': oneOf(DECIDED_BY, 'ways a decision was made').optional(),
  'fed-back': isoDate.optional(),
});

export const reflectionSchema = z.looseObject({
  ...common,
  date: isoDate,
  involved: wordList(ROLE_IDS, 'roles').optional(),
  'follow-up': text.optional(),
  'follow-up-state': oneOf(FOLLOW_UP_STATES, 'follow-up states (open, applied, dropped)').optional(),
  'applied-how': text.optional(),
  'applied-on': isoDate.optional(),
});

export const participantSchema = z.looseObject({
  ...common,
  pseudonym: text.optional(),
  role: oneOf(ROLE_IDS, 'roles'),
  'consent-date': isoDate.optional(),
  'consent-how': text.optional(),
  'consent-told': text.optional(),
  'access-needs': text.optional(),
  contact: text.optional(),
  format: text.optional(),
  'reward-preference': oneOf(REWARD_PREFERENCES, 'reward choices (payment, voucher, none)').optional(),
  'review-by': isoDate.optional(),
});

/** Participant properties that are personal data and stay out of exports by default. */
export const PERSONAL_PROPERTIES: readonly string[] = ['access-needs', 'contact', 'format', 'consent-told'];

export const rewardSchema = z.looseObject({
  ...common,
  date: isoDate,
  participant: text.optional(),
  role: oneOf(ROLE_IDS, 'roles').optional(),
  hours: amount.optional(),
  type: oneOf(REWARD_TYPES, 'kinds of reward (payment, voucher, expenses, recognition)'),
  amount: amount.optional(),
  currency: text.optional(),
  'benefits-advice': yesNo.optional(),
});

const ratings = Object.fromEntries(INGREDIENT_IDS.map((id) => [id, rating.optional()])) as Record<
  string,
  z.ZodOptional<typeof rating>
>;

export const assessmentSchema = z.looseObject({
  ...common,
  date: isoDate,
  perspective: oneOf(PERSPECTIVES, 'perspectives (participant or practitioner)'),
  ...ratings,
});

export const reportSchema = z.looseObject({
  ...common,
  'as-of': isoDate.optional(),
});

export const SCHEMA_BY_KIND = {
  project: projectSchema,
  phase: phaseSchema,
  activity: activitySchema,
  reflection: reflectionSchema,
  participant: participantSchema,
  reward: rewardSchema,
  assessment: assessmentSchema,
  report: reportSchema,
} as const;

export type ProjectProps = z.infer<typeof projectSchema>;
export type PhaseProps = z.infer<typeof phaseSchema>;
export type ActivityProps = z.infer<typeof activitySchema>;
export type ReflectionProps = z.infer<typeof reflectionSchema>;
export type ParticipantProps = z.infer<typeof participantSchema>;
export type RewardProps = z.infer<typeof rewardSchema>;
export type AssessmentProps = z.infer<typeof assessmentSchema>;
export type ReportProps = z.infer<typeof reportSchema>;
