import type {
  ActivityProps,
  AssessmentProps,
  BarrierId,
  IngredientId,
  NoteKind,
  ParticipantProps,
  PhaseProps,
  ProjectProps,
  ReflectionProps,
  ReportProps,
  RewardProps,
} from '../domain';
import type { Problem } from './problem';

/** How a piece of evidence was written down. */
export type EvidenceSource = 'property' | 'tag' | 'checklist';

/**
 * One line of one note for one ingredient. A strength shows the ingredient at work; a gap
 * (`#gap/<id>`, `gaps:`) shows it falling short and never raises a level.
 */
export interface EvidenceMark {
  ingredient: IngredientId;
  /** 1-based line the evidence sits on. */
  line: number;
  source: EvidenceSource;
  /**
   * The line's words without tags and markdown, for quoting. Empty for property evidence
   * (the analysis picks the note's best sentence for it) and for a line that is only tags.
   */
  text: string;
}

export interface BarrierMark {
  barrier: BarrierId;
  line: number;
  source: EvidenceSource;
  text: string;
}

export interface ChecklistItem {
  line: number;
  /** Only `[x]` and `[X]`: Tasks-style states such as `[-]` (cancelled) or `[/]` (doing) are not done. */
  checked: boolean;
  text: string;
  ingredients: IngredientId[];
  barriers: BarrierId[];
}

export interface Section {
  heading: string;
  line: number;
  /** The section's text, trimmed; empty when only template hints are there. */
  text: string;
}

interface RecordBase {
  path: string;
  /** File name without `.md`. */
  title: string;
  /** The project this note names in `project:`, as a plain name. */
  projectLink?: string;
  readonly evidence: EvidenceMark[];
  /** Lines (or the `gaps:` property) that show an ingredient falling short. */
  readonly gaps: EvidenceMark[];
  readonly barrierMarks: BarrierMark[];
  readonly checklist: ChecklistItem[];
  /** Worked out from the note's words when first read (see `NoteWords`). */
  readonly sections: Section[];
  /** The text after the properties, for suggestions and quotes; read when first asked for. */
  readonly body: string;
  /** 1-based file line of the body's first line. */
  bodyStartLine: number;
  problems: Problem[];
  /**
   * Same for two files whose properties and text match once line endings, a BOM and trailing
   * spaces are set aside. Worked out when first read: compare `contentShape` first.
   */
  readonly contentKey: string;
  /** A cheap outline of the content key (see `contentShapeOfText`); '' for an empty or ordinary note, which is never a copy. */
  contentShape: string;
  /**
   * A plain note with tracker tags that sits outside every project and links to none: its tags
   * cannot count, so it is read in full only once a project folder holds it.
   */
  notReadYet?: true;
  /** Set when the file name proves it is a sync tool's conflict copy: the path of its original, and the tool. */
  conflictOf?: { original: string; tool: string };
}

/** A note with broken properties: listed, never written to, never counted. */
export interface UnreadableRecord extends RecordBase {
  kind: 'unreadable';
}

/** A note without `coproduction:`; its tags count when it sits in a project folder. */
export interface PlainRecord extends RecordBase {
  kind: 'note';
}

/** Where each property is written: the 1-based file line, by property name. Worked out when first read, to place a problem. */
interface PropertyPlaces {
  readonly propertyLines: ReadonlyMap<string, number>;
}

export type KindRecord = PropertyPlaces &
  (
  | (RecordBase & { kind: 'project'; props: ProjectProps })
  | (RecordBase & { kind: 'phase'; props: PhaseProps })
  | (RecordBase & { kind: 'activity'; props: ActivityProps })
  | (RecordBase & { kind: 'reflection'; props: ReflectionProps })
  | (RecordBase & { kind: 'participant'; props: ParticipantProps })
  | (RecordBase & { kind: 'reward'; props: RewardProps })
  | (RecordBase & { kind: 'assessment'; props: AssessmentProps })
  | (RecordBase & { kind: 'report'; props: ReportProps })
  );

export type NoteRecord = KindRecord | UnreadableRecord | PlainRecord;

export type RecordOfKind<K extends NoteKind> = Extract<KindRecord, { kind: K }>;

export function isKind<K extends NoteKind>(record: NoteRecord, kind: K): record is RecordOfKind<K> {
  return record.kind === kind;
}
