import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLED_TEMPLATES, TEMPLATE_FILE_NAMES } from '../../model/bundled-templates';
import {
  NEW_NOTE_KINDS,
  neverCountedMessage,
  isNewNoteKind,
  planNewNote,
  planNewProject,
  plannedText,
  type NewNoteKind,
  type PlannedFile,
  type TemplateId,
  type TemplateSet,
} from '../../model/new-project';
import { projectName, type NoteWriter } from '../../index';
import { takenPseudonym } from '../../analysis/project-notes';
import { EXIT, UsageError, type CliIo } from '../io';
import { vaultWriter } from '../options';
import { openVault } from '../vault';
import { templateTools, writeYaml } from '../template-tools';
import { TemplateError } from '../../model/template';

export const NEW_HELP = `Usage:
  coprod new project NAME [--vault V] [--start DATE]
  coprod new KIND --project NAME [--vault V] [--title T] [--author A]

Creates notes from the templates in the vault's templates folder: the one set
in the plugin's settings, or Templates (the built-in templates stand in for any
it lacks). Nothing is ever overwritten.

  new project NAME   a folder NAME with the project note, its four phase notes
                     (in Phases/) and a NAME.base file of tables for Obsidian Bases
  new KIND           one note in the project's folder for that kind:
                     ${NEW_NOTE_KINDS.join(', ')}

Options:
  --vault V        the vault folder (default: the current folder)
  --start DATE     the project's start day, YYYY-MM-DD (default: today)
  --project NAME   the project the note belongs to (its name or file name)
  --title T        the note's title (a participant's pseudonym)
  --author A       who is writing
  -h, --help       show this help

Prints the path of each note it creates. A new project's files are made all
together or not at all.
Exit code: 0 created, 2 the command could not run (wrong options, no such vault
or project, something already there, or the write was blocked), 3 something
unexpected went wrong.
`;

/** Today from the CLI's clock seam, at the time of day from the real clock. */
function nowOn(today: string, clock: Date): Date {
  const [year, month, day] = today.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined || [year, month, day].some(Number.isNaN)) return clock;
  return new Date(year, month - 1, day, clock.getHours(), clock.getMinutes(), clock.getSeconds());
}

/** The vault's own templates where it has them (in the folder the plugin is set to), the built-in ones otherwise. */
async function loadTemplates(root: string, folder: string): Promise<TemplateSet> {
  const templates: Partial<Record<TemplateId, string>> = {};
  for (const [id, fileName] of Object.entries(TEMPLATE_FILE_NAMES) as [TemplateId, string][]) {
    try {
      // No folder set: at the top of the vault, as the plugin looks.
      templates[id] = await fs.readFile(path.join(root, ...folder.split('/').filter((part) => part !== ''), fileName), 'utf8');
    } catch {
      templates[id] = BUNDLED_TEMPLATES[id];
    }
  }
  return templates as TemplateSet;
}

function isAlreadyThere(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EEXIST';
}

export async function newNote(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      vault: { type: 'string' },
      start: { type: 'string' },
      project: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string' },
    },
  });
  if (values.help) {
    io.out(NEW_HELP);
    return EXIT.ok;
  }
  const [kind, ...rest] = positionals;
  if (kind === undefined) throw new UsageError(`say what to create: project or one of ${NEW_NOTE_KINDS.join(', ')}.`);
  const root = path.resolve(io.cwd, values.vault ?? '.');
  const { index, templatesFolder } = await openVault(root, { allowEmpty: true, warn: (text) => io.err(text), progress: io.progress, clock: io.clock });
  const writer = vaultWriter(root);
  const templates = await loadTemplates(root, templatesFolder);
  const now = nowOn(io.today, io.now?.() ?? new Date());

  if (kind === 'project') {
    if (rest.length !== 1) throw new UsageError('give the project name once, in quotes if it has spaces: coprod new project "Tea and Talk".');
    for (const option of ['project', 'title', 'author'] as const) {
      if (values[option] !== undefined) throw new UsageError(`--${option} is not used with "new project".`);
    }
    const name = rest[0]!;
    const planned = planNewProject({ name, start: values.start ?? io.today, templates, now, tools: templateTools });
    if (!planned.ok) throw new UsageError(planned.message);
    const { folder, files } = planned.plan;
    // The tracker never reads these folders: a project there would be made and never counted.
    if (index.isIgnored(planned.plan.projectPath)) {
      const message = neverCountedMessage(planned.plan.projectPath, folder, templatesFolder);
      // After "coprod new: ", as the command's other refusals read.
      throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1));
    }
    // Check the folder first: a project is never mixed into an existing folder.
    if (await writer.exists(folder)) {
      io.err(`coprod new: "${folder}" already exists in the vault. Nothing was created; choose another name.\n`);
      return EXIT.usage;
    }
    // A second project of the same name elsewhere would make "[[Name]]" links ambiguous.
    const existing = index.findProject(name) ?? index.findProject(path.posix.basename(planned.plan.projectPath));
    if (existing) {
      io.err(`coprod new: there is already a project called "${projectName(existing)}" (${existing.path}). Nothing was created.\n`);
      return EXIT.usage;
    }
    // All the files or none: they are made in a hidden folder that is then renamed into place,
    // so a run cut short (a closed pipe, a full disk) never leaves half a project.
    try {
      await writer.createFolder(folder, files.map((file) => ({ path: file.path, text: plannedText(file, writeYaml) })));
    } catch (error) {
      if (!isAlreadyThere(error)) throw error;
      io.err(`coprod new: "${folder}" appeared while the project was being made; it was left as it is and nothing was created.\n`);
      return EXIT.usage;
    }
    for (const file of files) io.out(`${file.path}\n`);
    return EXIT.ok;
  }

  if (!isNewNoteKind(kind)) {
    throw new UsageError(`"${kind}" is not something coprod can create. Use project or one of ${NEW_NOTE_KINDS.join(', ')}.`);
  }
  if (rest.length > 0) throw new UsageError(`unexpected "${rest.join(' ')}". Give the title with --title.`);
  if (values.start !== undefined) throw new UsageError('--start is only used with "new project".');
  if (values.project === undefined) throw new UsageError(`say which project the ${kind} belongs to with --project NAME.`);
  const project = index.findProject(values.project);
  if (!project) {
    const known = index.projects().map((record) => `"${projectName(record)}"`);
    throw new UsageError(
      `there is no project called "${values.project}" in ${root}.${known.length > 0 ? ` Projects: ${known.join(', ')}.` : ''}`,
    );
  }
  if (kind === 'participant' && values.title !== undefined) {
    const taken = takenPseudonym(index, project, values.title);
    if (taken !== undefined) throw new UsageError(taken);
  }
  const phase = project.props.phase;
  return createOne(kind, {
    io,
    writer,
    plan: (taken) =>
      planNewNote({
        kind,
        project: { path: project.path, ...(phase ? { phase } : {}) },
        title: values.title ?? '',
        author: values.author ?? '',
        now,
        templates,
        exists: async (candidate) => taken.has(candidate) || (await writer.exists(candidate)),
        tools: templateTools,
      }),
  });
}

/** Creates one note; if its path is taken between the check and the write, takes the next name. */
async function createOne(
  kind: NewNoteKind,
  { io, writer, plan }: { io: CliIo; writer: NoteWriter; plan: (taken: Set<string>) => Promise<PlannedFile> },
): Promise<number> {
  const taken = new Set<string>();
  for (let attempt = 0; attempt < 20; attempt++) {
    let note: PlannedFile;
    try {
      note = await plan(taken);
    } catch (error) {
      if (error instanceof TemplateError) throw new UsageError(error.message);
      throw error;
    }
    try {
      await writer.createNote(note.path, plannedText(note, writeYaml));
      io.out(`${note.path}\n`);
      return EXIT.ok;
    } catch (error) {
      if (!isAlreadyThere(error)) throw error;
      taken.add(note.path);
    }
  }
  io.err(`coprod new: could not find a free name for the new ${kind}. Nothing was created.\n`);
  return EXIT.usage;
}
