/**
 * The end-of-project reflection as plain data: the story a project tells from its own
 * notes, for funders, partners and the people who took part. Levels, trends, barriers,
 * rewards and follow-ups come from the dashboard model, so the report and the dashboard
 * never disagree. Pure: the same index and `asOf` always give the same report.
 */
import {
  INGREDIENT_BY_ID,
  LIVED_EXPERIENCE_ROLES,
  PERSONAL_PROPERTIES,
  PHASE_IDS,
  RUNG_IDS,
  RUNG_NAMES,
  type BarrierId,
  type IngredientId,
  type IsoDate,
  type PhaseId,
  type RoleId,
  type RungId,
} from '../domain';
import { quoteText, type NoteRecord, type RecordOfKind, type Section } from '../model';
import { projectName, type ProjectIndex, type ProjectRecord } from '../index';
import { buildDashboard } from './dashboard';
import type { DashboardModel, EvidenceItem, FollowUp, NoteLink, RewardsSummary } from './dashboard-types';
import { firstLine } from './reflections';
import { collectProjectNotes, linkTo, noteAuthor, noteDate, type ProjectNotes } from './project-notes';
import type { Level, ScoringSettings } from './thresholds';

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

export interface ReportIngredient {
  id: IngredientId;
  name: string;
  haveItWhen: string;
  level: Level;
  levelName: string;
  total: number;
  recent: number;
  firstHalf?: PeriodCount;
  secondHalf?: PeriodCount;
  quarters: PeriodCount[];
  quotes: Quote[];
  /** Pieces of evidence recorded by or with someone with lived experience. */
  livedExperience: number;
  nextStep: string;
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

export function buildReport(index: ProjectIndex, project: ProjectRecord, options: ReportOptions): ReportModel {
  const { asOf } = options;
  const leavePersonalOut = options.leavePersonalOut ?? true;
  const dashboard = buildDashboard(index, project, { asOf, ...(options.settings ? { settings: options.settings } : {}) });
  const notes = collectProjectNotes(index, project);
  const ingredients = dashboard.ingredients.map((score) => reportIngredient(score, dashboard, asOf));
  const journey = journeyOf(notes, dashboard);
  const phaseNotes = [...notes.phases].sort((a, b) => PHASE_IDS.indexOf(a.props.phase) - PHASE_IDS.indexOf(b.props.phase) || a.path.localeCompare(b.path));
  const model: ReportModel = {
    asOf,
    leavePersonalOut,
    project: {
      path: project.path,
      title: project.title,
      name: projectName(project),
      ...(dashboard.project.aim ? { aim: dashboard.project.aim } : {}),
      ...(dashboard.project.start ? { start: dashboard.project.start } : {}),
      ...(dashboard.project.end ? { end: dashboard.project.end } : {}),
      partners: dashboard.project.partners,
      ...(dashboard.project.phaseName ? { phaseName: dashboard.project.phaseName } : {}),
    },
    people: {
      participants: participantsOf(notes, leavePersonalOut),
      participantsByRole: dashboard.voices.participantsByRole,
      placesByRole: dashboard.voices.peopleByRole,
      activities: dashboard.voices.activities,
      reflections: dashboard.learning.reflections,
      reflectionAuthors: dashboard.learning.authors,
    },
    journey,
    ingredients,
    barriers: barriersOf(dashboard, notes, index),
    organisationBarriers: sectionAnswers(phaseNotes, /get in the way|organisation.*(stop|block)/i),
    rewards: dashboard.rewards,
    learning: learningOf(dashboard, notes),
    assessment: {
      assessments: dashboard.assessment.assessments,
      rows: dashboard.assessment.comparisons.map((comparison) => ({
        ingredient: comparison.ingredient,
        name: INGREDIENT_BY_ID.get(comparison.ingredient)?.name ?? comparison.ingredient,
        ...(comparison.practitioners.average !== undefined ? { practitioners: comparison.practitioners.average } : {}),
        ...(comparison.participants.average !== undefined ? { participants: comparison.participants.average } : {}),
        evidencedLevelName: dashboard.ingredients.find((score) => score.id === comparison.ingredient)?.levelName ?? '',
        disagreements: comparison.disagreements,
      })),
    },
    lessons: sectionAnswers(phaseNotes, /learn|lesson|assumption|changed because|help(ed)? people before|differently/i),
    questions: questionsOf(notes, phaseNotes, dashboard, journey),
    gaps: [],
  };
  model.gaps = gapsOf(model, dashboard);
  return model;
}

// ---------------------------------------------------------------------------------------
// The people

function participantsOf(notes: ProjectNotes, leavePersonalOut: boolean): ReportParticipant[] {
  return notes.participants
    .map((record) => {
      const props = record.props as Record<string, unknown> & typeof record.props;
      const personal: Record<string, string> = {};
      if (!leavePersonalOut) {
        for (const property of PERSONAL_PROPERTIES) {
          const value = props[property];
          if (typeof value === 'string' && value.trim() !== '') personal[property] = value.trim();
        }
      }
      return {
        ...linkTo(record),
        pseudonym: props.pseudonym?.trim() || record.title,
        role: props.role,
        ...(props['consent-date'] ? { consentDate: props['consent-date'] } : {}),
        ...(Object.keys(personal).length > 0 ? { personal } : {}),
      };
    })
    .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym) || a.path.localeCompare(b.path));
}

// ---------------------------------------------------------------------------------------
// The journey

function journeyOf(notes: ProjectNotes, dashboard: DashboardModel): JourneyStage[] {
  const stages: JourneyStage[] = dashboard.phases.map((progress) => {
    const phaseNote = notes.phases.find((record) => record.props.phase === progress.id);
    return {
      id: progress.id,
      name: progress.name,
      current: progress.current,
      ...(progress.note ? { note: progress.note } : {}),
      ...(phaseNote?.props.started ? { started: phaseNote.props.started } : {}),
      ...(phaseNote?.props.finished ? { finished: phaseNote.props.finished } : {}),
      checklistDone: progress.checklistDone,
      checklistTotal: progress.checklistTotal,
      activities: notes.activities.filter((record) => record.props.phase === progress.id).map(activityOf),
      reflections: notes.reflections.filter((record) => record.props.phase === progress.id).length,
    };
  });
  const unphased = notes.activities.filter((record) => record.props.phase === undefined);
  const unphasedReflections = notes.reflections.filter((record) => record.props.phase === undefined).length;
  if (unphased.length > 0 || unphasedReflections > 0) {
    stages.push({
      id: 'none',
      name: 'Not tied to a phase',
      current: false,
      checklistDone: 0,
      checklistTotal: 0,
      activities: unphased.map(activityOf),
      reflections: unphasedReflections,
    });
  }
  return stages;
}

function activityOf(record: RecordOfKind<'activity'>): ReportActivity {
  const props = record.props as Record<string, unknown> & typeof record.props;
  const tookPart = ['lived-experience', 'practitioners', 'family-carers', 'community-members', 'others']
    .map((property) => Number(props[property] ?? 0))
    .reduce((sum, count) => sum + (Number.isFinite(count) ? count : 0), 0);
  const decision = firstLine(record.sections, /^decision/i);
  const youSaid = firstLine(record.sections, /you said/i);
  return {
    ...linkTo(record),
    date: props.date,
    ...(props.session ? { session: props.session } : {}),
    tookPart,
    ...(props.rung ? { rung: props.rung } : {}),
    ...(props['decided-by'] ? { decidedBy: props['decided-by'] } : {}),
    ...(decision ? { decision } : {}),
    ...(youSaid ? { youSaid } : {}),
  };
}

// ---------------------------------------------------------------------------------------
// The six ingredients

function reportIngredient(score: DashboardModel['ingredients'][number], dashboard: DashboardModel, asOf: IsoDate): ReportIngredient {
  const { months, byIngredient } = dashboard.trend;
  const counts = byIngredient[score.id];
  const period = (from: number, to: number): PeriodCount | undefined =>
    from >= to ? undefined : { label: monthsLabel(months.slice(from, to)), count: counts.slice(from, to).reduce((sum, n) => sum + n, 0) };
  const half = Math.ceil(months.length / 2);
  const quarters: PeriodCount[] = [];
  for (let i = 0; i < months.length; ) {
    const quarter = quarterOf(months[i]!);
    let j = i;
    while (j < months.length && quarterOf(months[j]!) === quarter) j++;
    quarters.push(period(i, j)!);
    i = j;
  }
  const firstHalf = months.length >= 2 ? period(0, half) : undefined;
  const secondHalf = months.length >= 2 ? period(half, months.length) : undefined;
  return {
    id: score.id,
    name: score.name,
    haveItWhen: score.haveItWhen,
    level: score.level,
    levelName: score.levelName,
    total: score.total,
    recent: score.recent,
    ...(firstHalf ? { firstHalf } : {}),
    ...(secondHalf ? { secondHalf } : {}),
    quarters,
    quotes: pickQuotes(score.evidence.filter((item) => item.date === undefined || item.date <= asOf)),
    livedExperience: score.evidence.filter((item) => item.livedExperience).length,
    nextStep: score.nextStep,
  };
}

function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-${Math.floor((Number(month.slice(5, 7)) - 1) / 3)}`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ["2026-03", …, "2026-07"] -> "Mar–Jul 2026"; across years "Nov 2026–Feb 2027". */
export function monthsLabel(months: readonly string[]): string {
  const name = (month: string) => MONTH_NAMES[Number(month.slice(5, 7)) - 1]!;
  const first = months[0]!;
  const last = months[months.length - 1]!;
  if (first === last) return `${name(first)} ${first.slice(0, 4)}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${name(first)}–${name(last)} ${last.slice(0, 4)}`;
  return `${name(first)} ${first.slice(0, 4)}–${name(last)} ${last.slice(0, 4)}`;
}

/**
 * Up to three quotes, each from a different note: voices of lived experience first, then
 * reflections and notes in people's own words; ticked checklist lines last.
 */
function pickQuotes(evidence: readonly EvidenceItem[]): Quote[] {
  const weight = (item: EvidenceItem) =>
    (item.role && LIVED_EXPERIENCE_ROLES.has(item.role) ? 4 : 0) +
    (item.livedExperience ? 2 : 0) +
    (item.kind === 'reflection' ? 1 : 0) -
    (item.source === 'checklist' ? 3 : 0) -
    (item.kind === 'phase' || item.kind === 'project' ? 1 : 0);
  const ranked = evidence
    .filter((item) => item.text.trim().length >= 12)
    .map((item) => ({ item, weight: weight(item) }))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        (b.item.date ?? '').localeCompare(a.item.date ?? '') ||
        a.item.path.localeCompare(b.item.path) ||
        a.item.line - b.item.line,
    );
  const quotes: Quote[] = [];
  const paths = new Set<string>();
  const texts = new Set<string>();
  for (const { item } of ranked) {
    if (quotes.length === 3) break;
    const text = item.text.trim();
    if (paths.has(item.path) || texts.has(text.toLowerCase())) continue;
    paths.add(item.path);
    texts.add(text.toLowerCase());
    quotes.push({
      path: item.path,
      line: item.line,
      title: item.title,
      text,
      ...(item.date && item.kind !== 'phase' ? { date: item.date } : {}),
      ...(item.author ? { author: item.author } : {}),
      ...(item.role ? { role: item.role } : {}),
    });
  }
  return quotes;
}

// ---------------------------------------------------------------------------------------
// Barriers

function barriersOf(dashboard: DashboardModel, notes: ProjectNotes, index: ProjectIndex): ReportBarrier[] {
  return dashboard.barriers.map((status) => {
    const how: Quote[] = [];
    const listedIn: NoteLink[] = [];
    const seen = new Set<string>();
    for (const entry of status.by) {
      const record = index.get(entry.path);
      const mark = record?.barrierMarks.find((candidate) => candidate.barrier === status.id && candidate.line === entry.line);
      if (mark?.source === 'property') {
        listedIn.push({ path: entry.path, title: entry.title });
        continue;
      }
      const key = entry.text.trim().toLowerCase();
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      // A phase note is written over weeks, so its dates do not say when a barrier went.
      const date = record?.kind === 'phase' ? undefined : entry.date;
      how.push({ path: entry.path, title: entry.title, text: entry.text.trim(), ...(entry.line ? { line: entry.line } : {}), ...(date ? { date } : {}) });
    }
    const stillToDo: Quote[] = [];
    for (const record of notes.counted) {
      for (const item of record.checklist) {
        if (item.checked || !item.barriers.includes(status.id)) continue;
        stillToDo.push({ ...linkTo(record, item.line), text: item.text });
      }
    }
    stillToDo.sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0));
    return { id: status.id, name: status.name, addressed: status.addressed, how, listedIn, stillToDo };
  });
}

// ---------------------------------------------------------------------------------------
// Learning

function learningOf(dashboard: DashboardModel, notes: ProjectNotes): ReportModel['learning'] {
  const byPath = new Map(notes.reflections.map((record) => [record.path, record]));
  const items: ReportFollowUp[] = [...dashboard.learning.items]
    .sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path))
    .map((item) => {
      const record = byPath.get(item.path);
      const learned = record ? firstLine(record.sections, /learn/i) : undefined;
      const change = record ? firstLine(record.sections, /will change/i) : undefined;
      return { ...item, ...(learned ? { learned } : {}), ...(change ? { change } : {}) };
    });
  const withFollowUp = new Set(items.map((item) => item.path));
  const learnedOnly: Quote[] = [];
  for (const record of notes.reflections) {
    if (withFollowUp.has(record.path)) continue;
    const learned = firstLine(record.sections, /learn/i);
    const author = noteAuthor(record);
    if (learned) learnedOnly.push({ ...linkTo(record), text: learned, date: record.props.date, ...(author ? { author } : {}) });
  }
  return {
    applied: items.filter((item) => item.state === 'applied'),
    open: items.filter((item) => item.state === 'open'),
    dropped: items.filter((item) => item.state === 'dropped'),
    learnedOnly,
  };
}

// ---------------------------------------------------------------------------------------
// Answers found in the notes

/** The answer under each heading that matches, from notes in the order given. */
function sectionAnswers(records: readonly NoteRecord[], heading: RegExp): Quote[] {
  const answers: Quote[] = [];
  for (const record of records) {
    for (const section of record.sections) {
      if (!heading.test(section.heading)) continue;
      const text = paragraph(section);
      if (text) answers.push({ ...quoteBase(record, section), text, heading: section.heading });
    }
  }
  return answers;
}

function quoteBase(record: NoteRecord, section: Section): Quote {
  // A phase note is written over weeks, so no single date belongs to its answers.
  const date = record.kind === 'phase' ? undefined : noteDate(record);
  const author = noteAuthor(record);
  return { ...linkTo(record, section.line), text: '', ...(date ? { date } : {}), ...(author ? { author } : {}) };
}

/** The section's first paragraph of prose, on one line; checklists and template hints left out. */
function paragraph(section: Section): string {
  const lines: string[] = [];
  for (const raw of section.text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (lines.length > 0) break;
      continue;
    }
    if (/^(\*[^*].*\*|_[^_].*_)$/.test(line) || /^\s*(?:[-*+]|\d+[.)])\s+\[.\]/.test(line)) continue;
    lines.push(quoteText(line));
  }
  return lines.join(' ');
}

interface QuestionRule {
  question: string;
  heading: RegExp;
  words: RegExp;
}

/** DOMAIN.md's questions every project should be able to answer, in our words. */
const QUESTIONS: readonly QuestionRule[] = [
  {
    question: 'Which of the six ingredients were essential here?',
    heading: /essential|matter(s|ed)? most|which ingredients/i,
    words: /\bessential\b|matters? most/i,
  },
  {
    question: 'When was the organisation ready?',
    heading: /\bready\b|readiness|time, money and skills/i,
    words: /\bready\b|\breadiness\b/i,
  },
  {
    question: 'What were the key steps of the journey?',
    heading: /ladder|climb|key steps|achieve together/i,
    words: /key steps?|\bladder\b|next rung/i,
  },
  {
    question: 'Who started it, and were champions needed?',
    heading: /who started|instigat|champion/i,
    words: /\bchampions?\b|instigat/i,
  },
  {
    question: 'Was co-production the right approach this time?',
    heading: /co-production right|right (approach|thing|way)|did not fit/i,
    words: /right approach|did not fit|not co-production/i,
  },
  {
    question: 'What happens if it is done badly?',
    heading: /go wrong|badly/i,
    words: /\bbadly\b|went wrong|goes wrong/i,
  },
];

function questionsOf(
  notes: ProjectNotes,
  phaseNotes: readonly RecordOfKind<'phase'>[],
  dashboard: DashboardModel,
  journey: readonly JourneyStage[],
): ReportQuestion[] {
  const sources: NoteRecord[] = [...phaseNotes, ...notes.reflections];
  return QUESTIONS.map((rule, position) => {
    const answers = sectionAnswers(sources, rule.heading);
    const texts = new Set(answers.map((answer) => answer.text.toLowerCase()));
    for (const record of sources) {
      for (const section of record.sections) {
        if (rule.heading.test(section.heading)) continue;
        for (const sentence of sentencesOf(section)) {
          if (!rule.words.test(sentence) || texts.has(sentence.toLowerCase())) continue;
          texts.add(sentence.toLowerCase());
          answers.push({ ...quoteBase(record, section), text: sentence, heading: section.heading });
        }
      }
    }
    const fromEvidence = position === 0 ? strongestIngredients(dashboard) : position === 2 ? journeySteps(journey) : undefined;
    return { question: rule.question, answers: answers.slice(0, 4), ...(fromEvidence ? { fromEvidence } : {}) };
  });
}

function sentencesOf(section: Section): string[] {
  return section.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\s*(?:[-*+]|\d+[.)])\s+\[.\]/.test(line) && !/^(\*[^*].*\*|_[^_].*_)$/.test(line))
    .flatMap((line) => quoteText(line).match(/\S.*?(?:[.!?]+(?=\s|$)|$)/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

function strongestIngredients(dashboard: DashboardModel): string | undefined {
  const seen = dashboard.ingredients.filter((score) => score.total > 0);
  if (seen.length === 0) return undefined;
  const top = Math.max(...seen.map((score) => score.level));
  const bottom = Math.min(...dashboard.ingredients.map((score) => score.level));
  const strongest = dashboard.ingredients.filter((score) => score.level === top);
  const weakest = dashboard.ingredients.filter((score) => score.level === bottom);
  const names = (list: typeof strongest) => joinWords(list.map((score) => score.name));
  const verb = (list: typeof strongest, one: string, many: string) => (list.length === 1 ? one : many);
  const strong = `${names(strongest)} ${verb(strongest, 'has', 'have')} the most evidence ("${strongest[0]!.levelName}")`;
  if (top === bottom) return `${strong}.`;
  if (bottom === 0) return `${strong}; ${names(weakest)} ${verb(weakest, 'has', 'have')} none yet.`;
  return `${strong}; ${names(weakest)} the least ("${weakest[0]!.levelName}").`;
}

function journeySteps(journey: readonly JourneyStage[]): string | undefined {
  const started = journey.filter((stage) => stage.started !== undefined);
  const activities = journey.flatMap((stage) => stage.activities).sort((a, b) => a.date.localeCompare(b.date));
  const parts: string[] = [];
  if (started.length > 0) {
    parts.push(`${joinWords(started.map((stage, i) => `${stage.name}${i === 0 ? ' began' : ''} on ${shortDate(stage.started!)}`))}.`);
  }
  const rungs = activities.map((activity) => activity.rung).filter((rung): rung is RungId => rung !== undefined);
  if (rungs.length > 0) {
    const highest = rungs.reduce((best, rung) => (RUNG_IDS.indexOf(rung) > RUNG_IDS.indexOf(best) ? rung : best));
    const reached = activities.find((activity) => activity.rung === highest)!;
    parts.push(
      rungs[0] === highest
        ? `Sessions sat at the "${rungName(highest)}" rung of the ladder from the first one.`
        : `The first session sat at the "${rungName(rungs[0]!)}" rung of the ladder; "${rungName(highest)}" was first reached on ${shortDate(reached.date)}.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function rungName(rung: RungId): string {
  return RUNG_NAMES[rung];
}

function shortDate(day: IsoDate): string {
  return `${Number(day.slice(8, 10))} ${MONTH_NAMES[Number(day.slice(5, 7)) - 1]!} ${day.slice(0, 4)}`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

// ---------------------------------------------------------------------------------------
// Gaps

function gapsOf(model: ReportModel, dashboard: DashboardModel): string[] {
  const gaps: string[] = [];
  const unseen = model.ingredients.filter((ingredient) => ingredient.total === 0);
  if (unseen.length > 0) gaps.push(`No evidence yet for ${joinWords(unseen.map((ingredient) => ingredient.name))}.`);
  const noLived = model.ingredients.filter((ingredient) => ingredient.total > 0 && ingredient.livedExperience === 0);
  if (noLived.length > 0) {
    gaps.push(`None of the evidence for ${joinWords(noLived.map((ingredient) => ingredient.name))} comes from someone with lived experience.`);
  }
  const missingPhases = model.journey.filter((stage) => stage.id !== 'none' && stage.note === undefined);
  if (missingPhases.length > 0) gaps.push(`No phase note for ${joinWords(missingPhases.map((stage) => stage.name))}.`);
  const barriers = model.barriers.filter((barrier) => !barrier.addressed);
  if (barriers.length > 0) gaps.push(`Nothing records how these barriers were dealt with: ${joinWords(barriers.map((barrier) => barrier.name.toLowerCase()))}.`);
  if (model.people.reflections === 0) {
    gaps.push('No reflections yet, so the report cannot say what the team learned or changed. Write one with "Capture a reflection".');
  } else if (model.learning.applied.length === 0) {
    gaps.push('No follow-up from a reflection is marked as applied yet.');
  }
  if (model.learning.open.length > 0) {
    gaps.push(`${countWords(model.learning.open.length, 'follow-up is', 'follow-ups are')} still open.`);
  }
  if (model.assessment.assessments === 0) gaps.push('No self-assessments yet, so there is nothing to set beside the evidence.');
  if (model.rewards.entries === 0) gaps.push('No rewards recorded, so the report cannot show how people were thanked for their time.');
  if (model.rewards.withoutBenefitsAdvice > 0) {
    gaps.push(`${countWords(model.rewards.withoutBenefitsAdvice, 'payment or voucher has', 'payments or vouchers have')} no record that benefits advice was offered first.`);
  }
  const waiting = dashboard.voices.awaitingFeedback;
  if (waiting.length > 0) {
    const which = [...waiting]
      .sort((x, y) => x.date.localeCompare(y.date) || x.path.localeCompare(y.path))
      .map((wait) => `${wait.title.replace(/^\d{4}-\d{2}-\d{2}\s+(?=\S)/, '')} (${shortDate(wait.date)})`);
    gaps.push(`People have not yet been told what came of ${countWords(waiting.length, 'activity', 'activities')}: ${joinWords(which)}.`);
  }
  if (model.people.participants.length === 0) gaps.push('No participant notes, so the report cannot say who took part by pseudonym.');
  const unanswered = model.questions.filter((question) => question.answers.length === 0);
  if (unanswered.length === 1) gaps.push(`The notes do not yet answer "${unanswered[0]!.question}"`);
  else if (unanswered.length > 1) {
    const how = unanswered.length === model.questions.length ? 'any' : String(unanswered.length);
    gaps.push(`The notes do not yet answer ${how} of the questions every project should answer.`);
  }
  const problems = dashboard.attention.filter((item) => item.kind === 'problem' || item.kind === 'conflict').length;
  if (problems > 0) gaps.push(`${countWords(problems, 'note needs', 'notes need')} attention and may be missing from this report.`);
  return gaps;
}

function countWords(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
