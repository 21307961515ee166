/**
 * The creation commands against a whole in-memory Obsidian (obsidian-test-mocks): the
 * commands are registered on a small host built from the mock app, run as a person would
 * (the modals are driven through their own methods), and the notes appear in the vault.
 */
import type { App as AppOriginal, Command, TFile } from 'obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readYaml } from '../../src/cli/yaml-reader';
import { ProjectIndex, type NoteSource } from '../../src/index';
import { BUNDLED_TEMPLATES } from '../../src/model/bundled-templates';
import { parse } from 'yaml';
import { templateTools, writeYaml } from '../../src/cli/template-tools';
import type { TemplateId } from '../../src/model/new-project';
import { fillTemplate, noteText, type TemplateVars } from '../../src/model/template';
import {
  CREATION_COMMANDS,
  createNoteInProject,
  createProject,
  moveToNextPhase,
  registerCreationCommands,
} from '../../src/plugin/commands/creation';
import { AUTHOR_STORAGE_KEY, DEFAULT_SETTINGS, getAuthor, setAuthor, type CoproductionHost } from '../../src/plugin/host';
import { NewProjectModal } from '../../src/plugin/modals/new-project-modal';
import { NoteDetailsModal } from '../../src/plugin/modals/note-details-modal';
import { NoteKindSuggestModal } from '../../src/plugin/modals/note-kind-suggest-modal';
import { vaultWriter } from '../../src/plugin/vault-writer';

const NOW = new Date(2026, 3, 14, 10, 32, 5);

/** A template filled in as the tracker does it, written as a note. */
function fill(id: TemplateId, vars: Omit<TemplateVars, 'formatDate' | 'now'>, changeProperties?: (properties: Record<string, unknown>) => void): string {
  const filled = fillTemplate(BUNDLED_TEMPLATES[id], { ...vars, now: NOW, formatDate: templateTools.formatDate }, readYaml);
  if (filled.properties) changeProperties?.(filled.properties);
  return noteText(filled, writeYaml);
}

/** A note's properties, as YAML reads them. */
const propsOf = (text: string) => (parse(/^---\n([\s\S]*?)---\n/.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>;

interface TestHost extends CoproductionHost {
  commands: Map<string, Command>;
  opened: string[];
  /** Reads the vault again into a fresh index, as the plugin's vault events would. */
  reindex(): Promise<void>;
}

function vaultNotes(app: AppOriginal): NoteSource {
  return {
    listNotes: () => Promise.resolve(app.vault.getMarkdownFiles().map((file) => file.path)),
    readNote: (path) => app.vault.read(app.vault.getAbstractFileByPath(path) as TFile),
  };
}

async function hostFor(files: Record<string, string>): Promise<TestHost> {
  const app = App.createConfigured__({ files }).asOriginalType__();
  const commands = new Map<string, Command>();
  const opened: string[] = [];
  const host: TestHost = {
    app,
    settings: { ...DEFAULT_SETTINGS },
    index: new ProjectIndex({ readYaml, ignoredFolders: ['Templates'] }),
    writer: vaultWriter(app, (path) => host.index.get(path)),
    today: () => '2026-04-14',
    now: () => NOW,
    addCommand: (command) => {
      commands.set(command.id, command);
      return command;
    },
    openNote: (path) => {
      opened.push(path);
      return Promise.resolve();
    },
    commands,
    opened,
    async reindex() {
      const index = new ProjectIndex({ readYaml, ignoredFolders: ['Templates'] });
      await index.build(vaultNotes(app));
      host.index = index;
    },
  };
  await host.reindex();
  registerCreationCommands(host);
  return host;
}

async function contents(app: AppOriginal): Promise<Record<string, string>> {
  const all: Record<string, string> = {};
  for (const file of app.vault.getFiles()) all[file.path] = await app.vault.read(file);
  return all;
}

async function read(host: TestHost, path: string): Promise<string> {
  const file = host.app.vault.getAbstractFileByPath(path);
  if (!file) throw new Error(`no file at ${path}`);
  return host.app.vault.read(file as TFile);
}

function setActiveFile(host: TestHost, path: string): void {
  const file = host.app.vault.getAbstractFileByPath(path) as TFile;
  vi.spyOn(host.app.workspace, 'getActiveFile').mockReturnValue(file);
}

/** Catches the modals a command opens, instead of showing them. */
function catchModals<T extends { open(): void; onOpen(): void }>(modalClass: { prototype: T }): T[] {
  const caught: T[] = [];
  vi.spyOn(modalClass.prototype as { open(): void }, 'open').mockImplementation(function (this: T) {
    caught.push(this);
    this.onOpen();
  });
  return caught;
}

function run(host: TestHost, id: string): void {
  const command = host.commands.get(id)!;
  if (command.callback) command.callback();
  else expect(command.checkCallback!(false)).toBe(true);
}

function isAvailable(host: TestHost, id: string): boolean {
  const command = host.commands.get(id)!;
  return command.callback !== undefined || command.checkCallback!(true) === true;
}

const PROJECT_FILES = async (): Promise<Record<string, string>> => {
  return Promise.resolve({
    'Tea and Talk/Tea and Talk.md': fill('project', { title: 'Tea and Talk', project: 'Tea and Talk' }),
    'Tea and Talk/Phases/Starting out.md': fill('starting-out', { title: '', project: 'Tea and Talk' }),
    'Tea and Talk/Phases/Engagement.md': fill('engagement', { title: '', project: 'Tea and Talk' }, (properties) => {
      properties.started = null;
    }),
  });
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('registerCreationCommands', () => {
  it('adds three commands with sentence-case names and no hotkeys', async () => {
    const host = await hostFor({});
    expect([...host.commands.values()].map((command) => [command.id, command.name])).toEqual([
      ['new-project', 'New co-production project'],
      ['new-note-from-template', 'New note from template'],
      ['move-project-to-next-phase', 'Move project to next phase'],
    ]);
    for (const command of host.commands.values()) expect(command.hotkeys).toBeUndefined();
  });

  it('offers a new note and a phase move only where there is a project', async () => {
    const empty = await hostFor({ 'Loose note.md': 'hello' });
    expect(isAvailable(empty, CREATION_COMMANDS.newNote.id)).toBe(false);
    expect(isAvailable(empty, CREATION_COMMANDS.nextPhase.id)).toBe(false);
    const host = await hostFor({ ...(await PROJECT_FILES()), 'Loose note.md': 'hello' });
    expect(isAvailable(host, CREATION_COMMANDS.newNote.id)).toBe(true);
    setActiveFile(host, 'Loose note.md');
    expect(isAvailable(host, CREATION_COMMANDS.nextPhase.id)).toBe(false);
    setActiveFile(host, 'Tea and Talk/Phases/Starting out.md');
    expect(isAvailable(host, CREATION_COMMANDS.nextPhase.id)).toBe(true);
  });
});

describe('New co-production project', () => {
  it('asks for a name and start date, then creates the folder, the notes and the base', async () => {
    const host = await hostFor({});
    const modals = catchModals(NewProjectModal);
    run(host, CREATION_COMMANDS.newProject.id);
    expect(modals).toHaveLength(1);
    await modals[0]!.submitWith('Test project', '2026-03-02');

    expect(Object.keys(await contents(host.app)).sort()).toEqual([
      'Test project/Phases/Engagement.md',
      'Test project/Phases/Learning.md',
      'Test project/Phases/Rewards.md',
      'Test project/Phases/Starting out.md',
      'Test project/Test project.base',
      'Test project/Test project.md',
    ]);
    expect(propsOf(await read(host, 'Test project/Test project.md'))).toMatchObject({ start: '2026-03-02', name: 'Test project' });
    expect(await read(host, 'Test project/Test project.base')).toContain('file.inFolder(this.file.folder)');
    expect(host.opened).toEqual(['Test project/Test project.md']);

    await host.reindex();
    const problems = [...host.index.all()].flatMap((record) => record.problems);
    expect(problems).toEqual([]);
    expect(host.index.projects().map((project) => project.path)).toEqual(['Test project/Test project.md']);
  });

  it('refuses with a clear message when the folder exists, and writes nothing', async () => {
    const host = await hostFor({ 'Test project/My notes.md': 'mine' });
    const before = await contents(host.app);
    const result = await createProject(host, 'Test project', '2026-03-02');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/already a folder called "Test project"/) as string });
    expect(await contents(host.app)).toEqual(before);
  });

  it('keeps the modal open with the reason when it cannot create the project', async () => {
    const host = await hostFor({ 'Test project/': '' });
    const modals = catchModals(NewProjectModal);
    run(host, CREATION_COMMANDS.newProject.id);
    const close = vi.spyOn(modals[0]!, 'close');
    await modals[0]!.submitWith('Test project', '2026-03-02');
    expect(close).not.toHaveBeenCalled();
    expect(modals[0]!.contentEl.textContent).toContain('already a folder');
    await modals[0]!.submitWith('Other', 'March');
    expect(modals[0]!.contentEl.textContent).toContain('YYYY-MM-DD');
    expect(host.app.vault.getFiles()).toEqual([]);
  });

  it("uses the vault's own templates where it has them", async () => {
    const host = await hostFor({ 'Templates/Project.md': '---\ncoproduction: project\nname: "{{title}}"\n---\nOurs: {{date:dddd}}\n' });
    const result = await createProject(host, 'Mine', '2026-04-13');
    expect(result.ok).toBe(true);
    const mine = await read(host, 'Mine/Mine.md');
    expect(propsOf(mine)).toEqual({ coproduction: 'project', name: 'Mine' });
    expect(mine.endsWith('---\nOurs: Monday\n')).toBe(true);
    const learning = await read(host, 'Mine/Phases/Learning.md');
    const expected = fill('learning', { title: 'Learning', project: 'Mine', phase: 'learning' }, (properties) => {
      properties.started = null;
    });
    expect(propsOf(learning)).toEqual(propsOf(expected));
    expect(learning.slice(learning.indexOf('\n---\n'))).toBe(expected.slice(expected.indexOf('\n---\n')));
  });
});

describe('New note from template', () => {
  it('fills in the project, phase, date and author from the note open now', async () => {
    const host = await hostFor(await PROJECT_FILES());
    setAuthor(host.app, 'Sam');
    setActiveFile(host, 'Tea and Talk/Phases/Starting out.md');
    const kinds = catchModals(NoteKindSuggestModal);
    const details = catchModals(NoteDetailsModal);
    run(host, CREATION_COMMANDS.newNote.id);

    expect(kinds).toHaveLength(1);
    const reflection = kinds[0]!.getSuggestions('refl');
    expect(reflection.map((choice) => choice.kind)).toEqual(['reflection']);
    expect(kinds[0]!.getSuggestions('').map((choice) => choice.kind)).toEqual(['activity', 'reflection', 'participant', 'reward', 'assessment']);
    kinds[0]!.selectSuggestion(reflection[0]!, new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(details).toHaveLength(1);
    details[0]!.submitWith('', 'Sam');

    await vi.waitFor(() => expect(host.opened).toHaveLength(1));
    const path = 'Tea and Talk/Reflections/2026-04-14 10-32 Sam - Reflection.md';
    expect(host.opened).toEqual([path]);
    const text = await read(host, path);
    expect(propsOf(text)).toMatchObject({ project: '[[Tea and Talk]]', phase: 'starting-out', date: '2026-04-14', author: 'Sam' });
    await host.reindex();
    expect(host.index.get(path)?.problems).toEqual([]);
    expect(host.index.projectOf(path)).toBe('Tea and Talk/Tea and Talk.md');
  });

  it('gives two notes made in the same second two files, and never overwrites', async () => {
    const host = await hostFor({ ...(await PROJECT_FILES()), 'Tea and Talk/Participants/Rowan.md': 'keep me' });
    const request = { projectPath: 'Tea and Talk/Tea and Talk.md', kind: 'reflection' as const, author: 'Sam' };
    const first = await createNoteInProject(host, request);
    const second = await createNoteInProject(host, request);
    expect([first, second]).toEqual([
      'Tea and Talk/Reflections/2026-04-14 10-32 Sam - Reflection.md',
      'Tea and Talk/Reflections/2026-04-14 10-32 Sam - Reflection 2.md',
    ]);
    const participant = await createNoteInProject(host, { projectPath: 'Tea and Talk/Tea and Talk.md', kind: 'participant', title: 'Rowan' });
    expect(participant).toBe('Tea and Talk/Participants/Rowan 2.md');
    expect(await read(host, 'Tea and Talk/Participants/Rowan.md')).toBe('keep me');
    expect(propsOf(await read(host, participant)).pseudonym).toBe('Rowan');
  });

  it('refuses a second participant with a pseudonym the project has, and writes nothing', async () => {
    const host = await hostFor(await PROJECT_FILES());
    const request = { projectPath: 'Tea and Talk/Tea and Talk.md', kind: 'participant' as const, title: 'Rowan' };
    const first = await createNoteInProject(host, request);
    await host.reindex();
    await expect(createNoteInProject(host, { ...request, title: ' rowan ' })).rejects.toThrow(
      `there is already a participant called "rowan" in this project (${first}). Give the new person a pseudonym of their own; nothing was created.`,
    );
    expect(await host.writer.exists('Tea and Talk/Participants/Rowan 2.md')).toBe(false);
  });

  it('keeps who is writing on this device, not in the settings', async () => {
    const host = await hostFor(await PROJECT_FILES());
    expect(getAuthor(host.app)).toBe('');
    setActiveFile(host, 'Tea and Talk/Tea and Talk.md');
    const kinds = catchModals(NoteKindSuggestModal);
    const details = catchModals(NoteDetailsModal);
    run(host, CREATION_COMMANDS.newNote.id);
    kinds[0]!.selectSuggestion(kinds[0]!.getSuggestions('activity')[0]!, new KeyboardEvent('keydown', { key: 'Enter' }));
    details[0]!.submitWith('Kick-off: first meeting', '  Priya ');
    await vi.waitFor(() => expect(host.opened).toHaveLength(1));
    expect(host.opened).toEqual(['Tea and Talk/Activities/2026-04-14 Kick-off first meeting.md']);
    expect(host.app.loadLocalStorage(AUTHOR_STORAGE_KEY)).toBe('Priya');
    expect(getAuthor(host.app)).toBe('Priya');
    expect(host.settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('Move project to next phase', () => {
  it('changes only the phase property, dates the phase notes and opens the next one', async () => {
    const host = await hostFor(await PROJECT_FILES());
    setActiveFile(host, 'Tea and Talk/Tea and Talk.md');
    const projectBefore = await read(host, 'Tea and Talk/Tea and Talk.md');
    run(host, CREATION_COMMANDS.nextPhase.id);
    await vi.waitFor(() => expect(host.opened).toHaveLength(1));
    expect(host.opened).toEqual(['Tea and Talk/Phases/Engagement.md']);

    const projectAfter = await read(host, 'Tea and Talk/Tea and Talk.md');
    const props = (text: string) => (readYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { data: Record<string, unknown> }).data;
    expect(props(projectAfter)).toEqual({ ...props(projectBefore), phase: 'engagement' });
    expect(props(await read(host, 'Tea and Talk/Phases/Engagement.md')).started).toBe('2026-04-14');
    expect(props(await read(host, 'Tea and Talk/Phases/Starting out.md')).finished).toBe('2026-04-14');
  });

  it("creates the next phase note when the project has none", async () => {
    const host = await hostFor(await PROJECT_FILES());
    await moveToNextPhase(host, 'Tea and Talk/Tea and Talk.md');
    await host.reindex();
    const result = await moveToNextPhase(host, 'Tea and Talk/Tea and Talk.md');
    expect(result).toMatchObject({ ok: true, phaseNotePath: 'Tea and Talk/Phases/Rewards.md' });
    expect(propsOf(await read(host, 'Tea and Talk/Phases/Rewards.md')).started).toBe('2026-04-14');
    await host.reindex();
    await moveToNextPhase(host, 'Tea and Talk/Tea and Talk.md');
    await host.reindex();
    setActiveFile(host, 'Tea and Talk/Tea and Talk.md');
    expect(isAvailable(host, CREATION_COMMANDS.nextPhase.id)).toBe(false);
    const before = await contents(host.app);
    expect((await moveToNextPhase(host, 'Tea and Talk/Tea and Talk.md')).ok).toBe(false);
    expect(await contents(host.app)).toEqual(before);
  });
});
