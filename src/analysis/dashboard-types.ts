/**
 * The dashboard model: everything the dashboard shows, as plain data. `coprod dashboard
 * --json` prints it, so its shape is documented in docs/dashboard-json.md and changes
 * only with a new `schemaVersion`.
 */
import type { BarrierId, IngredientId, IsoDate, NoteKind, PhaseId, RoleId, RungId, StarId } from '../domain';
import type { EvidenceSource } from '../model';
import type { Level, ScoringSettings } from './thresholds';

export interface NoteLink {
  path: string;
  /** 1-based line, when the point sits on one line. */
  line?: number;
  title: string;
}

export interface EvidenceItem extends NoteLink {
  line: number;
  ingredient: IngredientId;
  date?: IsoDate;
  author?: string;
  /** The author's role, from their participant note, when known. */
  role?: RoleId;
  kind: NoteKind | 'note';
  source: EvidenceSource;
  /** The words that explain this piece: the tagged line, or for property evidence the note's best sentence. */
  text: string;
  /** False when `text` says where the evidence was listed, or that the words are withheld: never quote it. */
  quotable: boolean;
  recent: boolean;
  /** The note records the voice of someone with lived experience (as author or taking part). */
  livedExperience: boolean;
  /** Set when the note's author has withdrawn: their words are not shown and they are not a current voice. */
  withdrawn?: true;
}

export interface IngredientScore {
  id: IngredientId;
  name: string;
  haveItWhen: string;
  level: Level;
  levelName: string;
  total: number;
  recent: number;
  /** Different people (note authors) behind the recent evidence. */
  voices: number;
  roles: RoleId[];
  livedExperience: number;
  lastSeen?: IsoDate;
  /** What would move the level up, in plain words; empty at the top level. */
  nextStep: string;
  evidence: EvidenceItem[];
  /** Pieces that show the ingredient falling short (`#gap/…`, `gaps:`). They never raise the level. */
  gaps: number;
  gapEvidence: EvidenceItem[];
}

export interface TrendSeries {
  /** Months as YYYY-MM, oldest first. */
  months: string[];
  /** Evidence per month, one number per month, for each ingredient. */
  byIngredient: Record<IngredientId, number[]>;
}

export interface RatingGroup {
  count: number;
  average?: number;
}

export interface AssessmentComparison {
  ingredient: IngredientId;
  practitioners: RatingGroup;
  participants: RatingGroup;
  evidencedLevel: Level;
  /** Plain sentences pointing out where views or evidence disagree. */
  disagreements: string[];
}

/** One round of self-assessment: the sheets filled in within a fortnight of each other. */
export interface AssessmentRound {
  /** The day of the round's first sheet. */
  date: IsoDate;
  /** The day of its last sheet (the same as `date` when all were filled in on one day). */
  lastDate: IsoDate;
  /** Sheets counted in the round (one per person and perspective: a later sheet replaces an earlier one). */
  sheets: number;
  /** Average ratings (1 to 6) of each perspective in this round. */
  ingredients: Record<IngredientId, { practitioners: RatingGroup; participants: RatingGroup }>;
}

/** One person's ratings over time, for people who rated in more than one round. */
export interface PersonRatings {
  /** The sheet's author, as written (a pseudonym for participants). */
  person: string;
  perspective: 'practitioner' | 'participant';
  /** Oldest first: one sheet per round. */
  ratings: { date: IsoDate; path: string; ratings: Partial<Record<IngredientId, number>> }[];
}

export interface PhaseProgress {
  id: PhaseId;
  name: string;
  current: boolean;
  note?: NoteLink;
  notes: number;
  checklistDone: number;
  checklistTotal: number;
}

export interface BarrierStatus {
  id: BarrierId;
  name: string;
  addressed: boolean;
  /** How many different notes address it (a note with two such lines counts once). */
  notes: number;
  /** Every line (or property) that addresses it. */
  by: (NoteLink & { date?: IsoDate; text: string })[];
}

export interface FeedbackWait extends NoteLink {
  date: IsoDate;
  daysWaiting: number;
}

export interface VoicesSummary {
  activities: number;
  activitiesByMonth: { month: string; count: number }[];
  peopleByRole: Record<RoleId, number>;
  rungs: Record<RungId, number>;
  star: Record<StarId, number>;
  decidedBy: Record<string, number>;
  participantsByRole: Record<RoleId, number>;
  lastFeedback?: IsoDate;
  daysSinceFeedback?: number;
  feedbackWarning: boolean;
  awaitingFeedback: FeedbackWait[];
}

/** One month of activities: how many, and the rungs and Co's they recorded. */
export interface VoicesMonth {
  /** YYYY-MM */
  month: string;
  activities: number;
  rungs: Record<RungId, number>;
  star: Record<StarId, number>;
}

export interface RewardsByRole {
  role: RoleId;
  hours: number;
  entries: number;
  /** Money paid or given, per currency, e.g. { GBP: 120 }. */
  amounts: Record<string, number>;
  types: Record<string, number>;
}

export interface RewardsSummary {
  entries: number;
  hours: number;
  byRole: RewardsByRole[];
  /** Pseudonyms only. */
  byParticipant: {
    pseudonym: string;
    role?: RoleId;
    hours: number;
    entries: number;
    /** Money paid or given to this person, per currency, e.g. { GBP: 120 }. */
    amounts: Record<string, number>;
  }[];
  benefitsAdviceOffered: number;
  /** Payments and vouchers where benefits advice was not recorded as offered. */
  withoutBenefitsAdvice: number;
}

export interface FollowUp extends NoteLink {
  date: IsoDate;
  author?: string;
  text: string;
  state: 'open' | 'applied' | 'dropped';
  appliedHow?: string;
  appliedOn?: IsoDate;
}

export interface LearningSummary {
  reflections: number;
  authors: number;
  reflectionsByMonth: { month: string; count: number }[];
  followUps: { open: number; applied: number; dropped: number };
  items: FollowUp[];
}

export interface Suggestion extends NoteLink {
  ingredient: IngredientId;
  /** The words in the note that suggested it. */
  because: string[];
}

export type AttentionKind = 'problem' | 'no-project' | 'conflict' | 'consent' | 'consent-review' | 'feedback';

export interface AttentionItem extends NoteLink {
  kind: AttentionKind;
  message: string;
  hint?: string;
  property?: string;
}

export interface ProjectSummary {
  path: string;
  name: string;
  start?: IsoDate;
  end?: IsoDate;
  partners: string[];
  aim?: string;
  phase?: PhaseId;
  phaseName?: string;
  notesByKind: Record<string, number>;
  notesByPhase: Record<string, number>;
}

export interface PortfolioRow {
  path: string;
  name: string;
  phaseName?: string;
  notes: number;
  levels: Record<IngredientId, Level>;
  attention: number;
}

export interface DashboardModel {
  schemaVersion: 1;
  asOf: IsoDate;
  settings: ScoringSettings;
  project: ProjectSummary;
  ingredients: IngredientScore[];
  trend: TrendSeries;
  assessment: {
    assessments: number;
    comparisons: AssessmentComparison[];
    /** Rounds of self-assessment, oldest first. */
    rounds: AssessmentRound[];
    /** Each person's ratings over time, where they rated in more than one round. */
    people: PersonRatings[];
  };
  phases: PhaseProgress[];
  barriers: BarrierStatus[];
  /** `byMonth`: every month from the first activity to the last, quiet months included. */
  voices: VoicesSummary & { byMonth: VoicesMonth[] };
  rewards: RewardsSummary;
  learning: LearningSummary;
  suggestions: Suggestion[];
  attention: AttentionItem[];
  portfolio: PortfolioRow[];
}
