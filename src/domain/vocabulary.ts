/** The lists every note is checked against: phases, barriers, roles, the ladder, the star. */

export const PHASE_IDS = ['starting-out', 'engagement', 'rewards', 'learning'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];
export const PHASE_NAMES: Record<PhaseId, string> = {
  'starting-out': 'Starting out',
  engagement: 'Engagement',
  rewards: 'Rewards',
  learning: 'Learning',
};

export const BARRIER_IDS = ['accessibility', 'financial', 'availability', 'language'] as const;
export type BarrierId = (typeof BARRIER_IDS)[number];
export const BARRIER_NAMES: Record<BarrierId, string> = {
  accessibility: 'Accessibility',
  financial: 'Money',
  availability: 'Times that suit people',
  language: 'Plain language',
};

/** Who someone is in the project. Used for participants, activities and reflections. */
export const ROLE_IDS = ['lived-experience', 'practitioner', 'family-carer', 'community', 'other'] as const;
export type RoleId = (typeof ROLE_IDS)[number];
export const ROLE_NAMES: Record<RoleId, string> = {
  'lived-experience': 'Lived experience',
  practitioner: 'Practitioner',
  'family-carer': 'Family or carer',
  community: 'Community',
  other: 'Other',
};
/** Roles whose voice counts as lived experience when scoring. */
export const LIVED_EXPERIENCE_ROLES: ReadonlySet<RoleId> = new Set(['lived-experience', 'family-carer']);

/** Activity notes count who took part with one plain number property per role. */
export const ACTIVITY_COUNT_PROPERTY: Record<RoleId, string> = {
  'lived-experience': 'lived-experience',
  practitioner: 'practitioners',
  'family-carer': 'family-carers',
  community: 'community-members',
  other: 'others',
};

/** The ladder of participation, lowest rung first. */
export const RUNG_IDS = [
  'coercing',
  'educating',
  'informing',
  'consulting',
  'engaging',
  'co-designing',
  'co-producing',
] as const;
export type RungId = (typeof RUNG_IDS)[number];
export const RUNG_NAMES: Record<RungId, string> = {
  coercing: 'Coercing',
  educating: 'Educating',
  informing: 'Informing',
  consulting: 'Consulting',
  engaging: 'Engaging',
  'co-designing': 'Co-designing',
  'co-producing': 'Co-producing',
};
/** Where each rung sits: doing to, doing for, or doing with. */
export const RUNG_GROUP: Record<RungId, 'doing to' | 'doing for' | 'doing with'> = {
  coercing: 'doing to',
  educating: 'doing to',
  informing: 'doing for',
  consulting: 'doing for',
  engaging: 'doing for',
  'co-designing': 'doing with',
  'co-producing': 'doing with',
};

/** The four Co's of the Co-production Star. */
export const STAR_IDS = ['co-commissioning', 'co-design', 'co-delivery', 'co-assessment'] as const;
export type StarId = (typeof STAR_IDS)[number];
export const STAR_NAMES: Record<StarId, string> = {
  'co-commissioning': 'Co-commissioning',
  'co-design': 'Co-design',
  'co-delivery': 'Co-delivery',
  'co-assessment': 'Co-assessment',
};

export const SESSION_TYPES = ['meeting', 'workshop', 'training', 'event', 'one-to-one', 'online', 'visit', 'other'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

export const DECIDED_BY = ['together', 'participants', 'practitioners', 'organisation', 'no-decision'] as const;
export type DecidedBy = (typeof DECIDED_BY)[number];

export const FOLLOW_UP_STATES = ['open', 'applied', 'dropped'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export const REWARD_TYPES = ['payment', 'voucher', 'expenses', 'recognition'] as const;
export type RewardType = (typeof REWARD_TYPES)[number];

export const REWARD_PREFERENCES = ['payment', 'voucher', 'none'] as const;
export type RewardPreference = (typeof REWARD_PREFERENCES)[number];

export const PERSPECTIVES = ['participant', 'practitioner'] as const;
/** A participant who withdrew is never quoted again and no longer counts as a current voice. */
export const PARTICIPANT_STATUSES = ['active', 'withdrawn'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** Whether a participant's words may be quoted in a report: yes, no, or ask them first (the default). */
export const QUOTE_CHOICES = ['yes', 'no', 'ask'] as const;
export type QuoteChoice = (typeof QUOTE_CHOICES)[number];

export const NOTE_KINDS = [
  'project',
  'phase',
  'activity',
  'reflection',
  'participant',
  'reward',
  'assessment',
  'report',
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The property that marks a note as the tracker's, and names its kind. */
export const KIND_PROPERTY = 'coproduction';
