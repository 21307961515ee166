/** The shape of the end-of-project report model: plain data, one interface per section. */
import type { BarrierId, IngredientId, IsoDate, PhaseId, RoleId, RungId } from '../../domain';
import type { FollowUp, IngredientScore, NoteLink, RewardsSummary } from '../dashboard-types';
import type { ScoringSettings } from '../thresholds';

export interface ReportOptions {
  asOf: IsoDate;
  /** Leave personal properties (access needs, contact, format, what people were told) out. Default true. */
  leavePersonalOut?: boolean;
  settings?: Partial<ScoringSettings>;
}

/** Words from a note, with where they came from. */
export interface Quote extends NoteLink {
  text: string;
  date?: IsoDate;
  author?: string;
  role?: RoleId;
  /** The heading the words sit under, when they answer a question in a phase note. */
  heading?: string;
}

export interface ReportParticipant extends NoteLink {
  pseudonym: string;
  role: RoleId;
  consentDate?: IsoDate;
  /** Only when personal properties are asked for: property name -> value. */
  personal?: Record<string, string>;
}

export interface ReportActivity extends NoteLink {
  date: IsoDate;
  session?: string;
  tookPart: number;
  rung?: RungId;
  decidedBy?: string;
  decision?: string;
  youSaid?: string;
}

export interface JourneyStage {
  id: PhaseId | 'none';
  name: string;
  current: boolean;
  note?: NoteLink;
  started?: IsoDate;
  finished?: IsoDate;
  checklistDone: number;
  checklistTotal: number;
  activities: ReportActivity[];
  reflections: number;
}

export interface PeriodCount {
  /** Such as "Mar–Jul 2026". */
  label: string;
  count: number;
}

/** An ingredient's score from the dashboard, with its trend in periods and a few quotes. */
export interface ReportIngredient
  extends Pick<IngredientScore, 'id' | 'name' | 'haveItWhen' | 'level' | 'levelName' | 'total' | 'recent' | 'nextStep'> {
  firstHalf?: PeriodCount;
  secondHalf?: PeriodCount;
  quarters: PeriodCount[];
  quotes: Quote[];
  /** Pieces that show it falling short, and up to three of them in the notes' words. */
  gaps: number;
  shortfalls: Quote[];
  /** Pieces of evidence recorded by or with someone with lived experience. */
  livedExperience: number;
}

export interface ReportBarrier {
  id: BarrierId;
  name: string;
  addressed: boolean;
  /** Lines that say how the barrier was dealt with. */
  how: Quote[];
  /** Notes that list the barrier in their properties. */
  listedIn: NoteLink[];
  /** Unticked checklist lines: steps not taken yet. */
  stillToDo: Quote[];
}

export interface ReportFollowUp extends FollowUp {
  /** What the reflection says was learned. */
  learned?: string;
  /** What the reflection says will change (for a dropped follow-up, often why). */
  change?: string;
}

export interface ReportAssessmentRow {
  ingredient: IngredientId;
  name: string;
  practitioners?: number;
  participants?: number;
  evidencedLevelName: string;
  disagreements: string[];
}

export interface ReportQuestion {
  question: string;
  answers: Quote[];
  /** What the evidence itself shows, when the question can be read from it. */
  fromEvidence?: string;
}

export interface ReportModel {
  asOf: IsoDate;
  leavePersonalOut: boolean;
  project: {
    path: string;
    title: string;
    name: string;
    aim?: string;
    start?: IsoDate;
    end?: IsoDate;
    partners: string[];
    phaseName?: string;
  };
  people: {
    participants: ReportParticipant[];
    participantsByRole: Record<RoleId, number>;
    /** Places taken at activities, by role (one person can take many). */
    placesByRole: Record<RoleId, number>;
    activities: number;
    reflections: number;
    reflectionAuthors: number;
  };
  journey: JourneyStage[];
  ingredients: ReportIngredient[];
  barriers: ReportBarrier[];
  organisationBarriers: Quote[];
  rewards: RewardsSummary;
  learning: {
    applied: ReportFollowUp[];
    open: ReportFollowUp[];
    dropped: ReportFollowUp[];
    /** Reflections with no follow-up: what people learned. */
    learnedOnly: Quote[];
  };
  assessment: { assessments: number; rows: ReportAssessmentRow[] };
  lessons: Quote[];
  questions: ReportQuestion[];
  /** What the notes do not show yet, in plain sentences. */
  gaps: string[];
}
