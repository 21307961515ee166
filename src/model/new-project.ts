/**
 * Plans new notes: which files to create, where, and with what text. Pure: the hosts
 * check what exists, create the files (never overwriting) and read the clock.
 */
import { PHASE_IDS, PHASE_NAMES, isIsoDate, type PhaseId } from '../domain';
import { joinPath, noteFileName, safeFileName, uniquePath } from './file-names';
import { basename, isInsideFolder, parentFolder } from './links';
import { projectBase } from './project-base';
import type { YamlReader } from './frontmatter';
import { TemplateError, fillTemplate, noteText, type FilledTemplate, type FormatDate } from './template';

/** Kinds a person adds to a project one note at a time. */
export const NEW_NOTE_KINDS = ['activity', 'reflection', 'participant', 'reward', 'assessment'] as const;
export type NewNoteKind = (typeof NEW_NOTE_KINDS)[number];

/** One template per note kind and one per phase. */
export type TemplateId = 'project' | NewNoteKind | PhaseId;
export type TemplateSet = Readonly<Record<TemplateId, string>>;

/** The folder inside a project that holds each kind of note. */
export const KIND_FOLDERS: Readonly<Record<NewNoteKind | 'phase', string>> = {
  phase: 'Phases',
  activity: 'Activities',
  reflection: 'Reflections',
  participant: 'Participants',
  reward: 'Rewards',
  assessment: 'Assessments',
};

/** What a person picks from: the kind, in words, with a line on when to use it. */
export const NEW_NOTE_CHOICES: readonly { kind: NewNoteKind; name: string; description: string }[] = [
  { kind: 'activity', name: 'Activity', description: 'A meeting, workshop or session: who came, what was decided.' },
  { kind: 'reflection', name: 'Reflection', description: 'What happened, what we learned, what we will change.' },
  { kind: 'participant', name: 'Participant', description: 'One person, by pseudonym, with their consent.' },
  { kind: 'reward', name: 'Reward', description: 'A payment, voucher, expenses or thanks for time given.' },
  { kind: 'assessment', name: 'Self-assessment', description: 'One person rates the six ingredients from 1 to 6.' },
];

export interface PlannedFile {
  path: string;
  /** The text after the properties (all of the text when there are none). */
  text: string;
  /** The note's properties, for the host to write with its own YAML library; none for a `.base` file. */
  properties?: Record<string, unknown>;
}

/** What the host lends to fill in a template: moment-exact date formats and its YAML reader. */
export interface TemplateTools {
  formatDate: FormatDate;
  readYaml: YamlReader;
}

/** The whole text of a planned file, its properties written by the host's YAML library. */
export function plannedText(file: PlannedFile, writeYaml: (properties: Record<string, unknown>) => string): string {
  return file.properties === undefined ? file.text : noteText({ properties: file.properties, body: file.text }, writeYaml);
}

function planned(path: string, filled: FilledTemplate): PlannedFile {
  return filled.properties === undefined ? { path, text: filled.body } : { path, text: filled.body, properties: filled.properties };
}

export type Plan<T> = { ok: true; plan: T } | { ok: false; message: string };

export interface NewProjectPlan {
  folder: string;
  projectPath: string;
  /** The project note, the four phase notes and the `.base` file, in the order to create them. */
  files: PlannedFile[];
}

export interface NewProjectInput {
  name: string;
  /** The start day, YYYY-MM-DD. */
  start: string;
  templates: TemplateSet;
  now: Date;
  /** Where the project folder goes; the vault root when empty. */
  parent?: string;
  tools: TemplateTools;
}

/** `now` moved to another day, keeping its time. */
function onDay(day: string, now: Date): Date {
  return new Date(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10), now.getHours(), now.getMinutes(), now.getSeconds());
}


/**
 * The files of a new project: `Name/Name.md`, `Name/Phases/<phase>.md` for the four phases
 * and `Name/Name.base`. Only the first phase gets a `started` day; the others get theirs
 * when the project moves on. Sub-folders for activities and the rest appear with their first note.
 */
export function planNewProject({ name, start, templates, now, parent = '', tools }: NewProjectInput): Plan<NewProjectPlan> {
  if (name.trim() === '') return { ok: false, message: 'Give the project a name.' };
  if (!isIsoDate(start)) return { ok: false, message: `The start date should be written as YYYY-MM-DD, like 2026-03-14, but it is "${start}".` };
  const fileName = safeFileName(name);
  const folder = joinPath(parent, fileName);
  const projectPath = joinPath(folder, `${fileName}.md`);
  const startMoment = onDay(start, now);
  const fill = (id: TemplateId, title: string, phase: PhaseId) =>
    fillTemplate(templates[id], { title, now: startMoment, formatDate: tools.formatDate, project: fileName, phase }, tools.readYaml, `The ${id} template`);
  const files: PlannedFile[] = [];
  try {
    files.push(planned(projectPath, fill('project', name.trim(), PHASE_IDS[0])));
    for (const phase of PHASE_IDS) {
      const filled = fill(phase, PHASE_NAMES[phase], phase);
      // Only the first phase has started; the others get their day when the project moves on.
      if (phase !== PHASE_IDS[0] && filled.properties && 'started' in filled.properties) filled.properties.started = null;
      files.push(planned(joinPath(joinPath(folder, KIND_FOLDERS.phase), `${PHASE_NAMES[phase]}.md`), filled));
    }
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, message: error.message };
    throw error;
  }
  files.push({ path: joinPath(folder, `${fileName}.base`), text: projectBase() });
  return { ok: true, plan: { folder, projectPath, files } };
}

export interface ProjectContext {
  /** The project note's path. */
  path: string;
  /** The project's current phase, when it has one. */
  phase?: PhaseId;
}

export interface NewNoteInput {
  kind: NewNoteKind;
  project: ProjectContext;
  /** What the person typed; may be empty. */
  title?: string;
  author?: string;
  now: Date;
  templates: TemplateSet;
  exists: (path: string) => boolean | Promise<boolean>;
  tools: TemplateTools;
}

/**
 * A new note in the project's sub-folder for its kind (`Reflections/`, …), named by the
 * rule in `file-names.ts`, at a path that does not exist yet.
 */
export async function planNewNote({ kind, project, title = '', author = '', now, templates, exists, tools }: NewNoteInput): Promise<PlannedFile> {
  const folder = joinPath(parentFolder(project.path), KIND_FOLDERS[kind]);
  const path = await uniquePath(folder, noteFileName(kind, now, title, author), exists);
  const vars = {
    title: title.trim() === '' ? basename(path) : title,
    now,
    formatDate: tools.formatDate,
    project: basename(project.path),
    phase: project.phase ?? '',
    author,
  };
  return planned(path, fillTemplate(templates[kind], vars, tools.readYaml, `The ${kind} template`));
}

/** The phase after `phase`, or undefined after the last one. A project with no phase is starting out. */
export function nextPhase(phase: PhaseId | undefined): PhaseId | undefined {
  const index = phase === undefined ? 0 : PHASE_IDS.indexOf(phase);
  return PHASE_IDS[index + 1];
}

/** Where a project's note for a phase goes. */
export function phaseNotePath(projectPath: string, phase: PhaseId): string {
  return joinPath(joinPath(parentFolder(projectPath), KIND_FOLDERS.phase), `${PHASE_NAMES[phase]}.md`);
}

/** A phase note for a project that lacks one, started on `now`. */
export function planPhaseNote(projectPath: string, phase: PhaseId, templates: TemplateSet, now: Date, tools: TemplateTools): PlannedFile {
  const vars = { title: PHASE_NAMES[phase], now, formatDate: tools.formatDate, project: basename(projectPath), phase };
  return planned(phaseNotePath(projectPath, phase), fillTemplate(templates[phase], vars, tools.readYaml, `The ${phase} template`));
}

/** Kinds that have a template of their own (phase notes have one per phase). */
export function isNewNoteKind(kind: string): kind is NewNoteKind {
  return (NEW_NOTE_KINDS as readonly string[]).includes(kind);
}

/**
 * Why a new project may not go where the tracker never reads (the templates folder, a hidden
 * folder): it would be made and never counted. Both hosts refuse with these words.
 */
export function neverCountedMessage(projectPath: string, folder: string, templatesFolder: string): string {
  const inTemplates = templatesFolder !== '' && templatesFolder !== '/' && isInsideFolder(projectPath, templatesFolder);
  const where = inTemplates ? `"${templatesFolder}", the templates folder,` : `"${folder}"`;
  return `The project would be in ${where} where notes are never counted. Choose another name; nothing was created.`;
}
