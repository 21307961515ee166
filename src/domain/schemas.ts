/**
 * The properties of each note kind, as zod schemas. Unknown properties pass through
 * untouched (notes are the user's, not ours). Every message is written for a person
 * who has never seen YAML: it says what was found and what was expected.
 */
import * as z from 'zod/mini';
import { isIsoDate, toIsoDay } from './dates';
import { INGREDIENT_IDS } from './ingredients';
import { nearestWord, normaliseWord } from './nearest';
import {
  quickAmount,
  quickDate,
  quickExact,
  quickOneOf,
  quickText,
  quickTextList,
  quickWhole,
  quickWordList,
  quickYesNo,
  withQuick,
} from './quick-props';
import {
  BARRIER_IDS,
  DECIDED_BY,
  FOLLOW_UP_STATES,
  NOTE_KINDS,
  PARTICIPANT_STATUSES,
  QUOTE_CHOICES,
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

const isoDate = withQuick(
  z.pipe(
    z.transform(toIsoDay),
    z.string({ error: (issue) => `should be a date like 2026-03-14, but it is ${describe(issue.input)}` }).check(
      z.superRefine((value, ctx) => {
        if (isIsoDate(value)) return;
        const looksRight = /^\d{4}-\d{2}-\d{2}$/.test(value);
        ctx.addIssue({
          code: 'custom',
          message: looksRight
            ? `is "${value}", which is not a real date`
            : `should be a date written as year-month-day, like 2026-03-14, but it is "${value}"`,
          params: { hint: looksRight ? 'Check the day and month.' : 'Write the date as YYYY-MM-DD.' } satisfies IssueHint,
        });
      }),
    ),
  ),
  quickDate,
);

/** Accepts one word, a list of words, or nothing; normalises spelling; checks against a list. */
function wordList(allowed: readonly string[], what: string) {
  return withQuick(z.pipe(
    z.transform((value: unknown) => {
      if (value === null || value === undefined || value === '') return [];
      return Array.isArray(value) ? (value as unknown[]) : [value];
    }),
    z
      .array(z.pipe(z.string({ error: `should be a list of ${what}` }), z.transform(normaliseWord)), {
        error: `should be a list of ${what}`,
      })
      .check(
        z.superRefine((values, ctx) => {
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
      ),
  ), quickWordList(allowed));
}

/** One word from a list, normalised; a misspelling gets the nearest real word as a hint. */
function oneOf<T extends readonly [string, ...string[]]>(allowed: T, what: string) {
  return withQuick(z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' ? normaliseWord(value) : value)),
    z.string({ error: (issue) => `should be one of the ${what}, but it is ${describe(issue.input)}` }).check(
      z.superRefine((value, ctx) => {
        if ((allowed as readonly string[]).includes(value)) return;
        const nearest = nearestWord(value, allowed);
        ctx.addIssue({
          code: 'custom',
          message: `is "${value}", which is not one of the ${what}`,
          params: {
            hint: nearest ? `Did you mean "${nearest}"?` : `Use one of: ${allowed.join(', ')}.`,
          } satisfies IssueHint,
        });
      }),
    ),
  ), quickOneOf(allowed)) as unknown as z.ZodMiniType<T[number]>;
}

const text = withQuick(
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'number' ? String(value) : value)),
    z.string({ error: (issue) => `should be text, but it is ${describe(issue.input)}` }),
  ),
  quickText,
);

const textList = withQuick(
  z.pipe(
    z.transform((value: unknown) =>
      value === null || value === undefined || value === '' ? [] : Array.isArray(value) ? (value as unknown[]) : [value],
    ),
    z.array(text, { error: 'should be a list of text' }),
  ),
  quickTextList,
);

const count = withQuick(
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value)),
    z
      .number({ error: (issue) => `should be a whole number, like 3, but it is ${describe(issue.input)}` })
      .check(z.int({ error: 'should be a whole number, like 3' }), z.gte(0, { error: 'cannot be below zero' })),
  ),
  quickWhole(0, Number.MAX_SAFE_INTEGER),
);

const amount = withQuick(
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value)),
    z
      .number({ error: (issue) => `should be a number, like 2.5, but it is ${describe(issue.input)}` })
      .check(
        z.gte(0, { error: 'cannot be below zero' }),
        // Far beyond any real reward: a typing slip, not a figure to add up.
        z.lte(1_000_000, { error: 'is more than a million, which looks like a typing slip; check the number' }),
      ),
  ),
  quickAmount,
);

const yesNo = withQuick(
  z.pipe(
    z.transform((value: unknown) => {
      if (typeof value !== 'string') return value;
      const word = value.trim().toLowerCase();
      if (['yes', 'true', 'y'].includes(word)) return true;
      if (['no', 'false', 'n'].includes(word)) return false;
      return value;
    }),
    z.boolean({ error: (issue) => `should be yes or no, but it is ${describe(issue.input)}` }),
  ),
  quickYesNo,
);

const rating = withQuick(
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value)),
    z
      .number({ error: (issue) => `should be a rating from 1 to 6, but it is ${describe(issue.input)}` })
      .check(
        z.int({ error: 'should be a whole number from 1 to 6' }),
        z.gte(1, { error: 'should be a rating from 1 to 6' }),
        z.lte(6, { error: 'should be a rating from 1 to 6' }),
      ),
  ),
  quickWhole(1, 6),
);

/** yes, no or ask; a ticked checkbox reads as yes and an unticked one as no. */
const quoteChoice = withQuick(
  z.pipe(
    z.transform((value: unknown) => (value === true ? 'yes' : value === false ? 'no' : value)),
    oneOf(QUOTE_CHOICES, 'answers about quoting (yes, no, ask)'),
  ),
  (value) => quickOneOf(QUOTE_CHOICES)(value === true ? 'yes' : value === false ? 'no' : value),
);

/** zod/mini has no built-in messages, so the whole group of properties gets its own too. */
const propertiesError = { error: 'should hold properties written as "name: value", one per line' };

/** Properties any tracker note may carry. */
const common = {
  coproduction: withQuick(
    z.enum(NOTE_KINDS, {
      error: (issue) => `should be one of the kinds of note (${NOTE_KINDS.join(', ')}), but it is ${describe(issue.input)}`,
    }),
    quickExact(NOTE_KINDS),
  ),
  project: z.optional(text),
  date: z.optional(isoDate),
  author: z.optional(text),
  phase: z.optional(oneOf(PHASE_IDS, 'four phases (starting-out, engagement, rewards, learning)')),
  ingredients: z.optional(wordList(INGREDIENT_IDS, 'six ingredients')),
  /** Ingredients this note shows falling short. */
  gaps: z.optional(wordList(INGREDIENT_IDS, 'six ingredients')),
  barriers: z.optional(wordList(BARRIER_IDS, 'four barriers (accessibility, financial, availability, language)')),
};

export const projectSchema = z.looseObject({
  ...common,
  name: z.optional(text),
  start: z.optional(isoDate),
  end: z.optional(isoDate),
  partners: z.optional(textList),
  aim: z.optional(text),
  /** What the project means to change, one plain sentence each; the report says what the notes show for each. */
  outcomes: z.optional(textList),
}, propertiesError);

export const phaseSchema = z.looseObject({
  ...common,
  phase: oneOf(PHASE_IDS, 'four phases (starting-out, engagement, rewards, learning)'),
  started: z.optional(isoDate),
  finished: z.optional(isoDate),
}, propertiesError);

const roleCounts = Object.fromEntries(
  Object.values(ACTIVITY_COUNT_PROPERTY).map((property) => [property, z.optional(count)]),
) as Record<string, z.ZodMiniOptional<typeof count>>;

export const activitySchema = z.looseObject({
  ...common,
  date: isoDate,
  session: z.optional(oneOf(SESSION_TYPES, 'kinds of session')),
  ...roleCounts,
  rung: z.optional(oneOf(RUNG_IDS, 'rungs of the ladder of participation')),
  star: z.optional(wordList(STAR_IDS, "four Co's (co-commissioning, co-design, co-delivery, co-assessment)")),
  'decided-by': z.optional(oneOf(DECIDED_BY, 'ways a decision was made')),
  'fed-back': z.optional(isoDate),
}, propertiesError);

export const reflectionSchema = z.looseObject({
  ...common,
  date: isoDate,
  involved: z.optional(wordList(ROLE_IDS, 'roles')),
  'follow-up': z.optional(text),
  'follow-up-state': z.optional(oneOf(FOLLOW_UP_STATES, 'follow-up states (open, applied, dropped)')),
  'applied-how': z.optional(text),
  'applied-on': z.optional(isoDate),
}, propertiesError);

export const participantSchema = z.looseObject({
  ...common,
  pseudonym: z.optional(text),
  role: oneOf(ROLE_IDS, 'roles'),
  'consent-date': z.optional(isoDate),
  'consent-how': z.optional(text),
  'consent-told': z.optional(text),
  'access-needs': z.optional(text),
  contact: z.optional(text),
  format: z.optional(text),
  'reward-preference': z.optional(oneOf(REWARD_PREFERENCES, 'reward choices (payment, voucher, none)')),
  'review-by': z.optional(isoDate),
  /** `withdrawn` when the person has left and their words must no longer be used. */
  status: z.optional(oneOf(PARTICIPANT_STATUSES, 'participant states (active, withdrawn)')),
  'withdrawn-date': z.optional(isoDate),
  /** May a report quote their words? yes, no, or ask (the default): ask them first. */
  quotes: z.optional(quoteChoice),
}, propertiesError);

/** Participant properties that are personal data and stay out of exports by default. */
export const PERSONAL_PROPERTIES: readonly string[] = ['access-needs', 'contact', 'format', 'consent-told'];

export const rewardSchema = z.looseObject({
  ...common,
  date: isoDate,
  participant: z.optional(text),
  role: z.optional(oneOf(ROLE_IDS, 'roles')),
  hours: z.optional(amount),
  type: oneOf(REWARD_TYPES, 'kinds of reward (payment, voucher, expenses, recognition)'),
  amount: z.optional(amount),
  currency: z.optional(text),
  'benefits-advice': z.optional(yesNo),
}, propertiesError);

const ratings = Object.fromEntries(INGREDIENT_IDS.map((id) => [id, z.optional(rating)])) as Record<
  string,
  z.ZodMiniOptional<typeof rating>
>;

export const assessmentSchema = z.looseObject({
  ...common,
  date: isoDate,
  perspective: oneOf(PERSPECTIVES, 'perspectives (participant or practitioner)'),
  ...ratings,
}, propertiesError);

export const reportSchema = z.looseObject({
  ...common,
  'as-of': z.optional(isoDate),
}, propertiesError);

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
