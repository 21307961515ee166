/**
 * Commands that create notes from the templates: a new project, a new note in a project,
 * and moving a project to its next phase. Every write is a user's action and goes through
 * the writer (`Vault.create`, which never overwrites, and `processFrontMatter`).
 */
import { Notice, TFile, normalizePath } from 'obsidian';
import { PHASE_IDS, PHASE_NAMES, type PhaseId } from '../../domain';
import { projectName, type ProjectRecord } from '../../index/project-index';
import { takenPseudonym } from '../../analysis/project-notes';
import { BUNDLED_TEMPLATES, TEMPLATE_FILE_NAMES } from '../../model/bundled-templates';
import { joinPath } from '../../model/file-names';
import {
  neverCountedMessage,
  nextPhase,
  planNewNote,
  planNewProject,
  planPhaseNote,
  type NewNoteKind,
  type TemplateId,
  type TemplateSet,
} from '../../model/new-project';
import { getAuthor, setAuthor, type CoproductionHost } from '../host';
import { createPlanned, templateTools } from '../template-tools';
import { addMissingPropertyTypes, typesNotice } from '../property-types';
import { NewProjectModal } from '../modals/new-project-modal';
import { NoteDetailsModal } from '../modals/note-details-modal';
import { NoteKindSuggestModal, ProjectSuggestModal } from '../modals/note-kind-suggest-modal';

export const CREATION_COMMANDS = {
  newProject: { id: 'new-project', name: 'New co-production project' },
  newNote: { id: 'new-note-from-template', name: 'New note from template' },
  nextPhase: { id: 'move-project-to-next-phase', name: 'Move project to next phase' },
} as const;

export function registerCreationCommands(host: CoproductionHost): void {
  host.addCommand({
    ...CREATION_COMMANDS.newProject,
    callback: () => openNewProjectModal(host, ''),
  });

  host.addCommand({
    ...CREATION_COMMANDS.newNote,
    checkCallback: (checking) => {
      const projects = host.index.projects();
      if (projects.length === 0) return false;
      if (!checking) chooseProjectThenNote(host, projects);
      return true;
    },
  });

  host.addCommand({
    ...CREATION_COMMANDS.nextPhase,
    checkCallback: (checking) => {
      const project = projectInContext(host);
      if (!project || nextPhase(currentPhase(project)) === undefined) return false;
      if (!checking) void moveToNextPhase(host, project.path).then((result) => new Notice(result.message));
      return true;
    },
  });
}

/** Asks for a name and start date, then makes the project in `parent` (the vault root when empty). */
export function openNewProjectModal(host: CoproductionHost, parent: string): void {
  new NewProjectModal(host.app, host.today(), async (name, start) => {
    const result = await createProject(host, name, start, parent);
    if (!result.ok) return result.message;
    const typed = typesNotice(await addMissingPropertyTypes(host.app));
    // A file name cannot hold every character ("/", ":" and the like become spaces): say where it went.
    const folder = result.projectPath.slice(0, Math.max(0, result.projectPath.lastIndexOf('/')));
    const where = folder === name ? '' : ` in the folder "${folder}"`;
    new Notice(`Created the project "${name}"${where}.${typed === '' ? '' : ` ${typed}`}`);
    await host.openNote(result.projectPath);
    return undefined;
  }).open();
}

function chooseProjectThenNote(host: CoproductionHost, projects: ProjectRecord[]): void {
  const withProject = (project: ProjectRecord) => {
    new NoteKindSuggestModal(host.app, projectName(project), (kind) => {
      new NoteDetailsModal(host.app, kind, getAuthor(host.app), async ({ title, author }) => {
        if (author !== getAuthor(host.app)) setAuthor(host.app, author);
        let path: string;
        try {
          path = await createNoteInProject(host, { projectPath: project.path, kind, title, author });
        } catch (error) {
          // Shown in the form, which stays open: a sentence of its own.
          const reason = error instanceof Error ? error.message : String(error);
          return reason.charAt(0).toUpperCase() + reason.slice(1);
        }
        void host.openNote(path);
        return undefined;
      }).open();
    }).open();
  };
  const inContext = projectInContext(host);
  if (inContext) withProject(inContext);
  else if (projects.length === 1) withProject(projects[0]!);
  else new ProjectSuggestModal(host.app, projects, withProject).open();
}

/** The project of the note open now: the project note itself, or the project it belongs to. */
export function projectInContext(host: CoproductionHost): ProjectRecord | undefined {
  const file = host.app.workspace.getActiveFile();
  if (!file) return undefined;
  const record = host.index.get(file.path);
  if (record?.kind === 'project') return record;
  const projectPath = host.index.projectOf(file.path);
  const project = projectPath === undefined ? undefined : host.index.get(projectPath);
  return project?.kind === 'project' ? project : undefined;
}

function currentPhase(project: ProjectRecord): PhaseId | undefined {
  const phase = project.props.phase;
  return phase !== undefined && (PHASE_IDS as readonly string[]).includes(phase) ? phase : undefined;
}

/** The vault's own templates (in the templates folder) where it has them, the built-in ones otherwise. */
export async function loadTemplates(host: CoproductionHost): Promise<TemplateSet> {
  const folder = normalizePath(host.settings.templatesFolder || '/');
  const templates: Partial<Record<TemplateId, string>> = {};
  for (const [id, fileName] of Object.entries(TEMPLATE_FILE_NAMES) as [TemplateId, string][]) {
    const file = host.app.vault.getAbstractFileByPath(normalizePath(joinPath(folder === '/' ? '' : folder, fileName)));
    templates[id] = file instanceof TFile ? await host.app.vault.cachedRead(file) : BUNDLED_TEMPLATES[id];
  }
  return templates as TemplateSet;
}

export type CreateProjectResult = { ok: true; projectPath: string; paths: string[] } | { ok: false; message: string };

/** Creates the project folder, its note, the four phase notes and the `.base` file. Refuses if the folder exists. */
export async function createProject(host: CoproductionHost, name: string, start: string, parent = ''): Promise<CreateProjectResult> {
  const planned = planNewProject({ name, start, templates: await loadTemplates(host), now: host.now(), tools: templateTools, parent });
  if (!planned.ok) return planned;
  const { folder, projectPath, files } = planned.plan;
  // The index never reads these folders: a project there would be made and never counted.
  if (host.index.isIgnored(projectPath)) {
    return { ok: false, message: neverCountedMessage(projectPath, folder, normalizePath(host.settings.templatesFolder.trim())) };
  }
  if (await host.writer.exists(folder)) {
    return { ok: false, message: `There is already a folder called "${folder}". Choose another name; nothing was created.` };
  }
  const existing = host.index.findProject(name) ?? host.index.findProject(projectPath);
  if (existing) {
    return { ok: false, message: `There is already a project called "${projectName(existing)}". Choose another name; nothing was created.` };
  }
  const paths: string[] = [];
  for (const file of files) {
    try {
      await createPlanned(host.writer, file);
    } catch {
      return { ok: false, message: `"${file.path}" could not be created, so the project is incomplete. Nothing was overwritten.` };
    }
    paths.push(file.path);
  }
  return { ok: true, projectPath, paths };
}

export interface NewNoteRequest {
  projectPath: string;
  kind: NewNoteKind;
  title?: string;
  author?: string;
}

/** Creates one note in the project's folder for its kind and returns its path. Never overwrites. */
export async function createNoteInProject(host: CoproductionHost, request: NewNoteRequest): Promise<string> {
  const project = host.index.get(request.projectPath);
  if (project?.kind !== 'project') throw new Error(`"${request.projectPath}" is not a project note.`);
  if (request.kind === 'participant' && request.title !== undefined) {
    const taken = takenPseudonym(host.index, project, request.title);
    if (taken !== undefined) throw new Error(taken);
  }
  const phase = currentPhase(project);
  const templates = await loadTemplates(host);
  const taken = new Set<string>();
  for (let attempt = 0; attempt < 20; attempt++) {
    const note = await planNewNote({
      kind: request.kind,
      project: { path: project.path, ...(phase ? { phase } : {}) },
      title: request.title ?? '',
      author: request.author ?? getAuthor(host.app),
      now: host.now(),
      templates,
      exists: async (path) => taken.has(path) || (await host.writer.exists(normalizePath(path))),
      tools: templateTools,
    });
    const path = normalizePath(note.path);
    try {
      return await createPlanned(host.writer, note);
    } catch (error) {
      // Someone (or sync) made a file there since we looked: take the next name.
      if (!(await host.writer.exists(path))) throw error;
      taken.add(note.path);
    }
  }
  throw new Error('no free file name was found.');
}

export interface PhaseMoveResult {
  ok: boolean;
  message: string;
  /** The next phase's note, opened after the move. */
  phaseNotePath?: string;
}

/**
 * Sets the project's `phase` to the next one, marks the day on the phase notes
 * (`finished` on the old one, `started` on the new one, only where empty), creates the
 * new phase's note if the project has none, and opens it.
 */
export async function moveToNextPhase(host: CoproductionHost, projectPath: string): Promise<PhaseMoveResult> {
  const project = host.index.get(projectPath);
  if (project?.kind !== 'project') return { ok: false, message: `"${projectPath}" is not a project note.` };
  const from = currentPhase(project) ?? PHASE_IDS[0];
  const to = nextPhase(currentPhase(project));
  const name = projectName(project);
  if (to === undefined) return { ok: false, message: `"${name}" is already in its last phase, ${PHASE_NAMES[from].toLowerCase()}.` };
  try {
    await host.writer.processProperties(projectPath, (properties) => {
      properties.phase = to;
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : `The phase of "${name}" could not be changed.` };
  }

  const today = host.today();
  const phaseNotes = host.index.notesOf(projectPath).filter((record) => record.kind === 'phase');
  const noteOf = (phase: PhaseId) => phaseNotes.find((record) => record.props.phase === phase)?.path;
  await markDay(host, noteOf(from), 'finished', today);
  let target = noteOf(to);
  if (target === undefined) {
    const planned = planPhaseNote(projectPath, to, await loadTemplates(host), host.now(), templateTools);
    target = normalizePath(planned.path);
    if (!(await host.writer.exists(target))) await createPlanned(host.writer, planned);
  } else {
    await markDay(host, target, 'started', today);
  }
  await host.openNote(target);
  return { ok: true, message: `"${name}" is now in the ${PHASE_NAMES[to].toLowerCase()} phase.`, phaseNotePath: target };
}

/** Writes a day into an empty `started` or `finished`; leaves a filled one, or an unreadable note, as it is. */
async function markDay(host: CoproductionHost, path: string | undefined, property: 'started' | 'finished', day: string): Promise<void> {
  if (path === undefined) return;
  try {
    await host.writer.processProperties(path, (properties) => {
      const value = properties[property];
      if (value === undefined || value === null || value === '') properties[property] = day;
    });
  } catch {
    // The phase note could not be read; the move itself has been made.
  }
}
