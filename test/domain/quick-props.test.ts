// The quick path through the property schemas (issue 11) must give exactly what zod gives, and
// must never accept what zod refuses: zod still finds and words every problem.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BARRIER_IDS,
  DECIDED_BY,
  FOLLOW_UP_STATES,
  INGREDIENT_IDS,
  NOTE_KINDS,
  PARTICIPANT_STATUSES,
  PERSPECTIVES,
  PHASE_IDS,
  QUOTE_CHOICES,
  REWARD_PREFERENCES,
  REWARD_TYPES,
  ROLE_IDS,
  RUNG_IDS,
  SESSION_TYPES,
  STAR_IDS,
  SCHEMA_BY_KIND,
  quickParse,
  type NoteKind,
} from '../../src/domain';

/** Values of every shape a property can hold, valid and not: words in any case, dates real and not, numbers in and out of range. */
const value = fc.oneof(
  fc.constantFrom(...INGREDIENT_IDS, ...BARRIER_IDS, ...PHASE_IDS, ...ROLE_IDS, ...QUOTE_CHOICES, 'Shared Roles', ' Assets ', 'assets_x', 'payment', 'workshop', 'co-design'),
  fc.constantFrom('2026-03-02', '2026-02-30', '2026-3-2', ' 2026-03-02 ', '2026-03-02T10:30', '2026-03-02 10:30', 'soon', ''),
  fc.constantFrom('3', ' 4 ', '2.5', '-1', '1e3', 'yes', 'No', 'y', 'TRUE', 'maybe', '{{date}}', '[[Soup Club]]'),
  fc.constantFrom(0, 1, 3, 6, 7, -1, 2.5, 1_000_001, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, true, false, null),
  fc.constant(new Date('2026-03-02T00:00:00Z')),
  fc.array(fc.constantFrom(...INGREDIENT_IDS, 'Assets', 'nope', 3, 'co-design', 'lived experience'), { maxLength: 3 }),
  fc.string({ maxLength: 6 }),
  fc.dictionary(fc.constantFrom('a', 'b'), fc.constantFrom(1, 'x')),
);

/** What each kind cannot go without, filled in so that generated notes are mostly complete. */
const REQUIRED: Record<NoteKind, Record<string, unknown>> = {
  project: {},
  phase: { phase: 'engagement' },
  activity: { date: '2026-03-02' },
  reflection: { date: '2026-03-02' },
  participant: { role: 'practitioner' },
  reward: { date: '2026-03-02', type: 'voucher' },
  assessment: { date: '2026-03-02', perspective: 'participant' },
  report: {},
};

function keysOf(kind: NoteKind): string[] {
  return Object.keys((SCHEMA_BY_KIND[kind] as unknown as { def: { shape: Record<string, unknown> } }).def.shape);
}

/** Every way of writing a value this test knows; each key gets those zod accepts for it. */
const WORDS = [...INGREDIENT_IDS, ...BARRIER_IDS, ...PHASE_IDS, ...ROLE_IDS, ...QUOTE_CHOICES, ...RUNG_IDS, ...STAR_IDS, ...SESSION_TYPES, ...DECIDED_BY, ...FOLLOW_UP_STATES, ...REWARD_TYPES, ...REWARD_PREFERENCES, ...PERSPECTIVES, ...PARTICIPANT_STATUSES];
const POOL: unknown[] = [
  ...WORDS,
  ...WORDS.map((word) => ` ${word.replace('-', ' ').toUpperCase()}`),
  ...WORDS.map((word) => [word]),
  [INGREDIENT_IDS[0], INGREDIENT_IDS[3]],
  ['Shared roles', 'networks'],
  ['lived experience', 'practitioner'],
  ['co-design', 'Co Delivery'],
  '2026-03-02', ' 2024-02-29 ', '2026-03-02T10:30', new Date('2026-03-02T00:00:00Z'),
  0, 1, 4, 6, 7, 2.5, 1_000_000, '3', ' 4 ', '2.5', 'yes', 'no', 'y', 'n', ' Y ', 'True', 'FALSE', true, false,
  'Some text', 'Sam', '[[Soup Club]]', ['Riverside Housing', 'Food bank'],
];

/** The pool's values zod accepts for one key of one kind, tried one at a time. */
function acceptedFor(kind: NoteKind, key: string): unknown[] {
  const schema = SCHEMA_BY_KIND[kind];
  return POOL.filter((candidate) => schema.safeParse({ coproduction: kind, ...REQUIRED[kind], [key]: candidate }).success);
}

/** For each kind, its properties: mostly values zod accepts, sometimes anything. Worked out once. */
const knownProperties = Object.fromEntries(
  NOTE_KINDS.map((kind) => {
    const fields = keysOf(kind)
      .filter((key) => key !== 'coproduction')
      .map((key) => {
        const accepted = acceptedFor(kind, key);
        return [key, accepted.length === 0 ? value : fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...accepted) }, { weight: 1, arbitrary: value })] as const;
      });
    return [kind, fc.record(Object.fromEntries(fields), { requiredKeys: [] })];
  }),
) as Record<NoteKind, fc.Arbitrary<Record<string, unknown>>>;

const notes = fc.constantFrom(...NOTE_KINDS).chain((kind) =>
  fc
    .record({
      known: knownProperties[kind],
      other: fc.dictionary(fc.constantFrom('tags', 'aliases', 'zeta', 'cssclasses'), value, { maxKeys: 2 }),
    })
    .map(({ known, other }) => ({ kind, props: { ...other, coproduction: kind, ...REQUIRED[kind], ...known } as Record<string, unknown> })),
);

describe('quickParse', () => {
  it('gives what zod gives, key order included, and leaves to zod whatever zod refuses', () => {
    let quick = 0;
    fc.assert(
      fc.property(notes, ({ kind, props }) => {
        const schema = SCHEMA_BY_KIND[kind];
        const fast = quickParse(schema, props);
        const slow = schema.safeParse(props);
        if (fast === undefined) return;
        quick++;
        expect(slow.success).toBe(true);
        expect(fast).toEqual(slow.data);
        expect(Object.keys(fast)).toEqual(Object.keys(slow.data as object));
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the quick path often enough for the comparison to mean something.
    expect(quick).toBeGreaterThan(300);
  });

  it("takes the quick path for the demo vault's plain notes", () => {
    const props = { coproduction: 'reflection', project: '[[Full Plates Together]]', date: '2026-05-12', author: 'Sam', ingredients: ['assets', 'Shared roles'], involved: 'lived-experience', 'follow-up': 'Book the hall', 'follow-up-state': 'open', tags: ['x'] };
    expect(quickParse(SCHEMA_BY_KIND.reflection, props)).toEqual({
      coproduction: 'reflection',
      project: '[[Full Plates Together]]',
      date: '2026-05-12',
      author: 'Sam',
      ingredients: ['assets', 'shared-roles'],
      involved: ['lived-experience'],
      'follow-up': 'Book the hall',
      'follow-up-state': 'open',
      tags: ['x'],
    });
    expect(quickParse(SCHEMA_BY_KIND.reflection, { ...props, date: '2026-02-30' })).toBeUndefined();
  });
});
