/**
 * The reflection features: "Capture a reflection" (command and ribbon), "Open reflection log"
 * and "Generate end-of-project reflection". Every write is the user's own action, goes through
 * the host's writer and creates a new note; nothing is ever overwritten.
 */
import { Notice, type Plugin } from 'obsidian';
import { PHASE_IDS, type PhaseId } from '../../domain';
import { projectName, type ProjectRecord } from '../../index';
import { buildDashboard } from '../../analysis/dashboard';
import { createUnique, planReflection, promptFor } from '../../analysis/reflections';
import { buildReport } from '../../analysis/report';
import type { ScoringSettings } from '../../analysis/thresholds';
import { renderEasyRead, renderReportMarkdown, reportLocation } from '../../render/report-markdown';
import { joinPath } from '../../model/file-names';
import { inVaultLinkFormat } from '../link-format';
import { getAuthor, setAuthor, type CoproductionHost } from '../host';
import { ProjectSuggestModal } from '../modals/note-kind-suggest-modal';
import { ReflectionModal, type ReflectionFormValues } from '../modals/reflection-modal';
import { REFLECTION_ICON, REFLECTION_LOG_VIEW_TYPE, ReflectionLogView } from '../reflection-log-view';
import { projectInContext } from './creation';
import { exportRewardsCsv, hasRewards, REWARDS_COMMAND } from './rewards';

export type ReflectionFeaturesHost = CoproductionHost & {
  registerView: Plugin['registerView'];
  addRibbonIcon: Plugin['addRibbonIcon'];
};

export const REFLECTION_COMMANDS = {
  capture: { id: 'capture-reflection', name: 'Capture a reflection' },
  openLog: { id: 'open-reflection-log', name: 'Open reflection log' },
  report: { id: 'generate-end-of-project-reflection', name: 'Generate end-of-project reflection' },
  easyRead: { id: 'generate-end-of-project-reflection-easy-read', name: 'Generate end-of-project reflection, easy read' },
} as const;

export function registerReflectionFeatures(host: ReflectionFeaturesHost): void {
  host.registerView(REFLECTION_LOG_VIEW_TYPE, (leaf) => new ReflectionLogView(leaf, host));
  host.addRibbonIcon(REFLECTION_ICON, 'Capture a reflection', () => withProject(host, QUESTIONS.reflection, (project) => captureReflection(host, project)));
  host.addCommand({
    ...REFLECTION_COMMANDS.capture,
    checkCallback: (checking) => available(host, checking, QUESTIONS.reflection, (project) => captureReflection(host, project)),
  });
  host.addCommand({
    ...REFLECTION_COMMANDS.openLog,
    checkCallback: (checking) => available(host, checking, QUESTIONS.log, (project) => void openReflectionLog(host, project)),
  });
  host.addCommand({
    ...REFLECTION_COMMANDS.report,
    checkCallback: (checking) =>
      available(host, checking, QUESTIONS.report, (project) => {
        void generateReport(host, project).then(
          (path) => {
            new Notice(`Saved the end-of-project reflection as ${path}.`);
            return host.openNote(path);
          },
          (error: unknown) => new Notice(`The end-of-project reflection was not saved: ${message(error)}`),
        );
      }),
  });
  // The same story in short sentences and plain words, for the people who took part.
  host.addCommand({
    ...REFLECTION_COMMANDS.easyRead,
    checkCallback: (checking) =>
      available(host, checking, QUESTIONS.report, (project) => {
        void generateReport(host, project, { easyRead: true }).then(
          (path) => {
            new Notice(`Saved the easy-read reflection as ${path}.`);
            return host.openNote(path);
          },
          (error: unknown) => new Notice(`The easy-read reflection was not saved: ${message(error)}`),
        );
      }),
  });
  host.addCommand({
    ...REWARDS_COMMAND,
    checkCallback: (checking) =>
      available(host, checking, QUESTIONS.rewards, (project) => {
        void exportRewardsCsv(host, project).then(
          (path) =>
            new Notice(
              `Saved the rewards for finance as ${path}.${hasRewards(host, project) ? '' : ' No rewards are recorded yet, so it holds only the column names.'}`,
            ),
          (error: unknown) => new Notice(`The rewards were not saved: ${message(error)}`),
        );
      }),
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the project picker asks, for each command that needs a project. */
const QUESTIONS = {
  reflection: 'Which project is the reflection for?',
  log: "Which project's reflection log?",
  report: 'Which project is the end-of-project reflection for?',
  rewards: "Which project's rewards?",
} as const;

function available(host: CoproductionHost, checking: boolean, question: string, run: (project: ProjectRecord) => void): boolean {
  if (host.index.projects().length === 0) return false;
  if (!checking) withProject(host, question, run);
  return true;
}

/** The project of the open note, the only project, or the one the user picks when asked `question`. */
function withProject(host: CoproductionHost, question: string, run: (project: ProjectRecord) => void): void {
  const projects = host.index.projects();
  const inContext = projectInContext(host);
  if (inContext) run(inContext);
  else if (projects.length === 1) run(projects[0]!);
  else if (projects.length === 0) new Notice('There is no project yet. Start one with the command to create a new co-production project.');
  else new ProjectSuggestModal(host.app, projects, run, question).open();
}

function scoring(host: CoproductionHost): Partial<ScoringSettings> {
  return { recentDays: host.settings.recentDays, feedbackWarningDays: host.settings.feedbackWarningDays };
}

function currentPhase(project: ProjectRecord): PhaseId | undefined {
  const phase = project.props.phase;
  return phase !== undefined && (PHASE_IDS as readonly string[]).includes(phase) ? phase : undefined;
}

/** Opens the form with the one prompt for this project; saving creates one new reflection note. */
export function captureReflection(host: CoproductionHost, project: ProjectRecord): ReflectionModal {
  const today = host.today();
  const model = buildDashboard(host.index, project, { asOf: today, settings: scoring(host) });
  const phase = currentPhase(project);
  const modal = new ReflectionModal(host.app, {
    projectName: projectName(project),
    ...(phase ? { phase } : {}),
    author: getAuthor(host.app),
    prompt: promptFor(model, today),
    save: async (values) => {
      const path = await saveReflection(host, project, values);
      new Notice(`Saved the reflection as ${path}.`);
      return path;
    },
  });
  modal.open();
  return modal;
}

/** Creates the reflection note through the writer and returns its path. */
export async function saveReflection(host: CoproductionHost, project: ProjectRecord, values: ReflectionFormValues): Promise<string> {
  if (values.author !== getAuthor(host.app)) setAuthor(host.app, values.author);
  const plan = planReflection({
    project,
    now: host.now(),
    learned: values.learned,
    happened: values.happened,
    change: values.change,
    ingredients: values.ingredients,
    involved: values.involved,
    ...(values.phase ? { phase: values.phase } : {}),
    ...(values.author ? { author: values.author } : {}),
  });
  return createUnique(host.writer, plan.folder, plan.baseName, plan.text);
}

/** Opens the reflection log (one is reused if open) on a project. */
export async function openReflectionLog(host: CoproductionHost, project: ProjectRecord): Promise<void> {
  const { workspace } = host.app;
  let leaf = workspace.getLeavesOfType(REFLECTION_LOG_VIEW_TYPE)[0];
  if (leaf) {
    if (leaf.view instanceof ReflectionLogView) leaf.view.showProject(project.path);
    else await leaf.setViewState({ type: REFLECTION_LOG_VIEW_TYPE, active: true, state: { project: project.path } });
  } else {
    leaf = workspace.getLeaf('tab');
    await leaf.setViewState({ type: REFLECTION_LOG_VIEW_TYPE, active: true, state: { project: project.path } });
  }
  await workspace.revealLeaf(leaf);
}

/** Writes the end-of-project reflection as a new note in the project's Reports folder; returns its path. */
export async function generateReport(host: CoproductionHost, project: ProjectRecord, options: { easyRead?: boolean } = {}): Promise<string> {
  const asOf = host.today();
  const report = buildReport(host.index, project, {
    asOf,
    leavePersonalOut: host.settings.leavePersonalOut,
    settings: scoring(host),
  });
  const { folder, baseName } = reportLocation(project.path, asOf, options);
  const markdown = options.easyRead ? renderEasyRead(report) : renderReportMarkdown(report);
  // Links as the vault writes them (wikilinks or markdown, shortest or relative path).
  const text = inVaultLinkFormat(host.app, markdown, joinPath(folder, `${baseName}.md`));
  return createUnique(host.writer, folder, baseName, text);
}
