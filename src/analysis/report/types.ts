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
  /**
   * Set when the words may not be shown (the person has not said yes, said no, or withdrew):
   * `text` is then empty, and the report says "a participant" instead.
   */
  withheld?: 'ask' | 'no' | 'withdrawn';
}

/** Someone whose words the report would quote once they say yes, and where those words are. */
export interface QuoteWaiting {
  person: string;
  places: NoteLink[];
}

/** An outcome the project note states, and what the notes show of it. */
export interface ReportOutcome {
  text: string;
  /** The key words a line must hold to show this outcome, as matched. */
  keyWords: string[];
  /** Notes with at least one line that shows it, oldest first. */
  notes: (NoteLink & { date?: IsoDate })[];
  /** Lines that show it, across those notes. */
  lines: number;
}

export interface ReportParticipant extends NoteLink {
  pseudonym: string;
  role: RoleId;
  consentDate?: IsoDate;
  /** May the report quote them: yes, no or ask (the default); withdrawn when they left. */
  quotes: 'yes' | 'no' | 'ask' | 'withdrawn';
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
  extends Pick<IngredientScore, 'id' | 'name' | 'haveItWhen' | 'level' | 'levelName' | 'total' | 'recent' | 'voices' | 'nextStep'> {
  /** Recent pieces from notes that record someone with lived experience: what the level counts. */
  recentLivedExperience: number;
  firstHalf?: PeriodCount;
  secondHalf?: PeriodCount;
  quarters: PeriodCount[];
  /** The one quote the summary gives for this ingredient (not repeated under the ingredient). */
  bestQuote?: Quote;
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
  /**
   * Set when the follow-up is the words of a participant that may not be shown (they have not
   * said yes, said no, or withdrew): `text` is then empty, and what the note says was done or
   * learned is left out too.
   */
  withheld?: 'ask' | 'no' | 'withdrawn';
  /** What the reflection says was learned (left out when quoted elsewhere in the report). */
  learned?: string;
  /** Set when what was learned is a participant's words that may not be shown. */
  learnedWithheld?: 'ask' | 'no' | 'withdrawn';
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
  /** Evidence this many days old or newer is recent. */
  recentDays: number;
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
  /** What the project set out to change, and what the notes show of each. */
  outcomes: ReportOutcome[];
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
  /** Quotes the report leaves out until the person says yes, by person. */
  quotesWaiting: QuoteWaiting[];
}
