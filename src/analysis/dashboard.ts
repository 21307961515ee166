/** Builds the dashboard model for one project: the single source for every dashboard view and export. */
import { compareText, INGREDIENT_IDS, PHASE_NAMES, type IngredientId, type IsoDate } from '../domain';
import { linkTarget, type NoteRecord } from '../model';
import { projectName, type ProjectIndex, type ProjectRecord } from '../index';
import { assessmentRounds } from './assessment-rounds';
import { ownAttention, vaultAttention } from './attention';
import { voicesByMonth } from './over-time';
import type { DashboardModel, IngredientScore, PortfolioRow, ProjectSummary, Suggestion } from './dashboard-types';
import { barrierStatus, compareAssessments, learningSummary, phaseProgress, rewardsSummary, voicesSummary } from './panels';
import { collectProjectNotes, isWithdrawnVoice, type ProjectNotes } from './project-notes';
import { remember } from './memo';
import { scoreProject } from './scoring';
import { suggestIngredients } from './suggest';
import { DEFAULT_SCORING, type Level, type ScoringSettings } from './thresholds';

export interface DashboardOptions {
  asOf: IsoDate;
  settings?: Partial<ScoringSettings>;
}

export function buildDashboard(index: ProjectIndex, project: ProjectRecord, options: DashboardOptions): DashboardModel {
  const settings = { ...DEFAULT_SCORING, ...options.settings };
  const { asOf } = options;
  const notes = collectProjectNotes(index, project);
  // Each part is worked out again only when what it reads changed (see memo.ts): after a change in
  // another project, none is; after a change to a reflection, the activities' panels are not.
  const part = <T>(name: string, inputs: readonly unknown[], make: () => T): T => remember(index, `${project.path}\u0000${name}`, inputs, make);
  const ownModel = part('model', [notes, asOf, settings.recentDays, settings.feedbackWarningDays], () => {
    const { ingredients, trend } = scoreProject(notes, asOf, settings, project.props);
    const levels = ingredients.map((score) => score.level);
    const voices = part('voices', [notes.activities, notes.participants, asOf, settings.feedbackWarningDays], () => voicesSummary(notes, asOf, settings));
    const own = ownAttention(notes, voices, asOf, settings);
    // The portfolio row of this project comes from the same figures, so it is not worked out twice.
    rememberRow(index, project, options, portfolioRow(notes, ingredients, own.length));
    const assessment = part('assessment', [notes.assessments, notes.participants, levels], () => ({
      assessments: notes.assessments.length,
      comparisons: compareAssessments(notes, Object.fromEntries(ingredients.map((score) => [score.id, score.level])) as Record<IngredientId, Level>),
      ...assessmentRounds(notes),
    }));
    return {
      schemaVersion: 1 as const,
      asOf,
      settings,
      project: projectSummary(notes),
      ingredients,
      trend,
      assessment,
      phases: phaseProgress(notes),
      barriers: barrierStatus(notes, asOf),
      voices: part('voices-by-month', [voices, notes.activities], () => ({ ...voices, byMonth: voicesByMonth(notes) })),
      rewards: part('rewards', [notes.rewards, notes.participants], () => rewardsSummary(notes)),
      learning: part('learning', [notes.reflections], () => learningSummary(notes)),
      suggestions: suggestionsFor(notes),
      own,
    };
  });
  const { own, ...model } = ownModel;
  return {
    ...model,
    // Reward notes left as the template made them are not counted; say so. (`check` needs them in attention.ts too.)
    attention: [...own, ...vaultAttention(index, project)],
    portfolio: index.projects().length > 1 ? buildPortfolio(index, options) : [],
  };
}

function projectSummary(notes: ProjectNotes): ProjectSummary {
  const { project } = notes;
  const notesByKind: Record<string, number> = {};
  const notesByPhase: Record<string, number> = {};
  for (const record of notes.counted) {
    if (record === project) continue;
    notesByKind[record.kind] = (notesByKind[record.kind] ?? 0) + 1;
    const phase = 'props' in record ? (record.props as { phase?: string }).phase : undefined;
    const key = phase ?? 'none';
    notesByPhase[key] = (notesByPhase[key] ?? 0) + 1;
  }
  const props = project.props;
  return {
    path: project.path,
    name: projectName(project),
    ...(props.start ? { start: props.start } : {}),
    ...(props.end ? { end: props.end } : {}),
    partners: (props.partners ?? []).map(linkTarget),
    ...(props.aim ? { aim: props.aim } : {}),
    ...(props.phase ? { phase: props.phase, phaseName: PHASE_NAMES[props.phase] } : {}),
    notesByKind: sortKeys(notesByKind),
    notesByPhase: sortKeys(notesByPhase),
  };
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareText(a, b)));
}

/** Notes that name no ingredient get suggestions from their words; never counted until accepted. */
function suggestionsFor(notes: ProjectNotes): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const record of notes.counted) {
    // Project, phase and participant notes are the tracker's own scaffolding, not accounts of work.
    if (record.evidence.length + record.gaps.length > 0 || record.kind === 'project' || record.kind === 'participant' || record.kind === 'phase') continue;
    if (record.kind === 'reward' || record.kind === 'assessment' || isWithdrawnVoice(notes, record)) continue;
    for (const suggestion of suggestionsOfNote(record)) suggestions.push(suggestion);
  }
  return suggestions;
}

/** A note's suggestions depend on its words alone, so they are kept with its (never changed) record. */
const noteSuggestions = new WeakMap<NoteRecord, Suggestion[]>();

function suggestionsOfNote(record: NoteRecord): Suggestion[] {
  const cached = noteSuggestions.get(record);
  if (cached) return cached;
  const found = suggestIngredients(record.body, { limit: 2 }).map((suggestion): Suggestion => {
    const first = suggestion.reasons[0];
    return {
      path: record.path,
      title: record.title,
      // Reasons count lines from the start of the body.
      ...(first ? { line: first.line + record.bodyStartLine - 1 } : {}),
      ingredient: suggestion.ingredient,
      because: suggestion.reasons.slice(0, 4).map((reason) => reason.phrase),
    };
  });
  noteSuggestions.set(record, found);
  return found;
}

/** Rows already worked out, per index and project, reused until that project changes. */
const portfolioCache = new WeakMap<ProjectIndex, Map<string, { key: string; row: PortfolioRow }>>();

function cacheOf(index: ProjectIndex): Map<string, { key: string; row: PortfolioRow }> {
  const cache = portfolioCache.get(index) ?? new Map<string, { key: string; row: PortfolioRow }>();
  portfolioCache.set(index, cache);
  return cache;
}

/** A row stays good while the project's notes, the day and the settings stay the same. */
function rowKey(index: ProjectIndex, project: ProjectRecord, options: DashboardOptions): string {
  const { recentDays, feedbackWarningDays } = { ...DEFAULT_SCORING, ...options.settings };
  return `${index.projectVersion(project.path)}|${options.asOf}|${recentDays}|${feedbackWarningDays}`;
}

function rememberRow(index: ProjectIndex, project: ProjectRecord, options: DashboardOptions, row: PortfolioRow): void {
  cacheOf(index).set(project.path, { key: rowKey(index, project, options), row });
}

function portfolioRow(notes: ProjectNotes, scores: IngredientScore[], attention: number): PortfolioRow {
  const { project } = notes;
  return {
    path: project.path,
    name: projectName(project),
    ...(project.props.phase ? { phaseName: PHASE_NAMES[project.props.phase] } : {}),
    notes: notes.counted.length,
    levels: Object.fromEntries(INGREDIENT_IDS.map((id, i) => [id, scores[i]!.level])) as Record<IngredientId, Level>,
    attention,
  };
}

/** One row per project; a project's row is recomputed only when one of its notes changed. */
export function buildPortfolio(index: ProjectIndex, options: DashboardOptions): PortfolioRow[] {
  const settings = { ...DEFAULT_SCORING, ...options.settings };
  const cache = cacheOf(index);
  return index.projects().map((project) => {
    const cached = cache.get(project.path);
    if (cached?.key === rowKey(index, project, options)) return cached.row;
    const notes = collectProjectNotes(index, project);
    const scores = scoreProject(notes, options.asOf, settings).ingredients;
    const attention = ownAttention(notes, voicesSummary(notes, options.asOf, settings), options.asOf, settings).length;
    const row = portfolioRow(notes, scores, attention);
    rememberRow(index, project, options, row);
    return row;
  });
}
