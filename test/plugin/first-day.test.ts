/**
 * A practitioner's first day, through the whole plugin in an in-memory Obsidian
 * (obsidian-test-mocks): an empty vault, a new project, the first notes made through the
 * commands and their forms. Each test holds one thing such a person met that read wrong.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Notice, TextComponent } from 'obsidian-test-mocks/obsidian';
import { openReflectionLog } from '../../src/plugin/commands/reflection';
import { DASHBOARD_VIEW_TYPE } from '../../src/plugin/dashboard-view';
import { NewProjectModal } from '../../src/plugin/modals/new-project-modal';
import { NoteDetailsModal } from '../../src/plugin/modals/note-details-modal';
import { NoteKindSuggestModal, ProjectSuggestModal } from '../../src/plugin/modals/note-kind-suggest-modal';
import { ReflectionModal } from '../../src/plugin/modals/reflection-modal';
import { loadPlugin, settle, type Loaded } from '../support/plugin-harness';

let loaded: Loaded | undefined;

afterEach(() => {
  loaded?.plugin.unload();
  loaded = undefined;
  vi.restoreAllMocks();
});

/** Catches the modals of one kind as they open, instead of showing them. */
function catchModals<T extends { onOpen(): void }>(modalClass: { prototype: T }): T[] {
  const caught: T[] = [];
  vi.spyOn(modalClass.prototype as unknown as { open(): void }, 'open').mockImplementation(function (this: T) {
    caught.push(this);
    this.onOpen();
  });
  return caught;
}

/** Every Notice shown from now on, as its text. */
function catchNotices(): string[] {
  const notices: string[] = [];
  vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => void notices.push(String(message)));
  return notices;
}

type Command = { callback?: () => unknown; checkCallback?: (checking: boolean) => boolean | void };

function run(plugin: Loaded['plugin'], id: string): void {
  const command = (plugin as unknown as { commands__: Map<string, Command> }).commands__.get(id);
  if (!command) throw new Error(`No command ${id}`);
  if (command.callback) command.callback();
  else expect(command.checkCallback!(false)).toBe(true);
}

/** An empty vault with the plugin loaded and one project made through "New co-production project". */
async function firstProject(name = 'Tea and talk'): Promise<Loaded> {
  loaded = await loadPlugin({});
  const forms = catchModals(NewProjectModal);
  run(loaded.plugin, 'new-project');
  await forms.at(-1)!.submitWith(name, '2026-04-14');
  await settle(loaded.plugin);
  return loaded;
}

/** The dashboard's text, drawn now from the index. */
async function dashboardText({ app, plugin }: Loaded): Promise<{ panel(key: string): string }> {
  await plugin.openDashboard();
  const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!.view as unknown as { contentEl: HTMLElement; refresh(): void };
  view.refresh();
  return {
    panel: (key) => view.contentEl.querySelector(`details[data-panel="${key}"]`)?.textContent ?? `(no ${key} panel)`,
  };
}

/** Saves a reflection through "Capture a reflection", as someone filling in the form. */
async function captureReflection({ plugin }: Loaded, learned: string, author = ''): Promise<void> {
  const forms = catchModals(ReflectionModal);
  run(plugin, 'capture-reflection');
  const form = forms.at(-1)!;
  form.controls.learned!.value = learned;
  form.controls.author!.value = author;
  await form.submit();
  expect(form.savedPath).toBeDefined();
  await settle(plugin);
}

describe('a new project', () => {
  it('names the folder it made when a file name could not hold the name as typed', async () => {
    loaded = await loadPlugin({});
    const notices = catchNotices();
    const forms = catchModals(NewProjectModal);
    for (const name of ['Tea and talk', 'Tea: talk', 'Parents/carers 🌱']) {
      run(loaded.plugin, 'new-project');
      await forms.at(-1)!.submitWith(name, '2026-04-14');
    }
    await settle(loaded.plugin);
    expect(notices).toEqual([
      'Created the project "Tea and talk".',
      'Created the project "Tea: talk" in the folder "Tea talk".',
      'Created the project "Parents/carers 🌱" in the folder "Parents carers 🌱".',
    ]);
    expect(loaded.app.vault.getFileByPath('Tea talk/Tea talk.md')).not.toBeNull();
    expect(loaded.app.vault.getFileByPath('Parents carers 🌱/Parents carers 🌱.md')).not.toBeNull();
  });
});

describe('the new project form', () => {
  it('refuses a project the tracker would never count, inside the templates folder, and makes nothing', async () => {
    loaded = await loadPlugin({});
    const forms = catchModals(NewProjectModal);
    run(loaded.plugin, 'new-project');
    const form = forms.at(-1)!;
    await form.submitWith('Templates', '2026-04-14');
    await settle(loaded.plugin);
    expect(form.contentEl.textContent).toContain(
      'The project would be in "Templates", the templates folder, where notes are never counted. Choose another name; nothing was created.',
    );
    expect(loaded.app.vault.getFiles()).toEqual([]);
    await form.submitWith('Tea and talk', '2026-04-14');
    await settle(loaded.plugin);
    expect(loaded.plugin.index.projects().map((project) => project.path)).toEqual(['Tea and talk/Tea and talk.md']);
  });

  it('asks for a start date in plain words when the date was cleared, and makes nothing', async () => {
    loaded = await loadPlugin({});
    const forms = catchModals(NewProjectModal);
    run(loaded.plugin, 'new-project');
    const form = forms.at(-1)!;
    const close = vi.spyOn(form, 'close');
    // A date field left half filled in gives an empty value.
    await form.submitWith('Tea and talk', '');
    expect(close).not.toHaveBeenCalled();
    expect(form.contentEl.textContent).toContain('Pick the day the project started or will start.');
    expect(form.contentEl.textContent).not.toContain('YYYY-MM-DD');
    expect(loaded.app.vault.getFiles()).toEqual([]);
  });
});

describe('a new participant', () => {
  it('keeps the form open with the reason when the pseudonym is taken, so nothing typed is lost', async () => {
    const { app, plugin } = await firstProject();
    const kinds = catchModals(NoteKindSuggestModal);
    const details = catchModals(NoteDetailsModal);
    const notices = catchNotices();
    const participant = async (pseudonym: string) => {
      run(plugin, 'new-note-from-template');
      const kind = kinds.at(-1)!;
      kind.onChooseSuggestion(kind.getSuggestions('participant')[0]!);
      const form = details.at(-1)!;
      const close = vi.spyOn(form, 'close');
      await form.submitWith(pseudonym, 'Sam');
      await settle(plugin);
      return { form, close };
    };
    const first = await participant('Ash');
    expect(first.close).toHaveBeenCalled();
    expect(app.vault.getFileByPath('Tea and talk/Participants/Ash.md')).not.toBeNull();

    const second = await participant('ash');
    expect(second.close).not.toHaveBeenCalled();
    expect(second.form.contentEl.textContent).toContain(
      'There is already a participant called "ash" in this project (Tea and talk/Participants/Ash.md). Give the new person a pseudonym of their own; nothing was created.',
    );
    expect(notices).toEqual([]);
    expect(app.vault.getFiles().filter((file) => file.path.startsWith('Tea and talk/Participants/'))).toHaveLength(1);

    // A free pseudonym in the same form makes the note and closes it.
    await second.form.submitWith('Rowan', 'Sam');
    await settle(plugin);
    expect(second.close).toHaveBeenCalled();
    expect(app.vault.getFileByPath('Tea and talk/Participants/Rowan.md')).not.toBeNull();
  });
});

describe('the dashboard of a new project', () => {
  it('does not say participants were not told what came of their input when nothing has happened yet', async () => {
    const dashboard = await dashboardText(await firstProject());
    const voices = dashboard.panel('voices');
    expect(voices).toContain('No activities yet.');
    expect(voices).not.toContain('have not yet been told');
  });

  it('says there is no evidence yet month by month, instead of six empty charts whose "tallest bar is 1"', async () => {
    const trend = (await dashboardText(await firstProject())).panel('trend');
    expect(trend).toContain('No dated evidence yet.');
    expect(trend).not.toContain('tallest bar');
  });

  it('tells how to record evidence once under each ingredient, not twice', async () => {
    const ingredients = (await dashboardText(await firstProject())).panel('ingredients');
    const times = (words: string) => ingredients.split(words).length - 1;
    expect(times('No evidence yet.')).toBe(6);
    expect(times('tick a checklist line, add a tag')).toBe(6);
    expect(times('Tick a checklist line, add a tag')).toBe(0);
  });

  it('does not count a reflection as written "by 0 people" when nobody put their name to it', async () => {
    const project = await firstProject();
    await captureReflection(project, 'People wanted to lead the sessions themselves.');
    const learning = (await dashboardText(project)).panel('learning');
    expect(learning).toContain('1 reflection');
    expect(learning).not.toContain('by 0 people');
  });
});

describe('two projects', () => {
  it('each command asks which project in its own words, not as if it made a new note', async () => {
    const { app, plugin } = await firstProject('Tea and talk');
    const forms = catchModals(NewProjectModal);
    run(plugin, 'new-project');
    await forms.at(-1)!.submitWith('Garden club', '2026-05-01');
    await settle(plugin);
    // No note open, so the commands cannot tell which project is meant.
    vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(null);
    const pickers = catchModals(ProjectSuggestModal);
    const asked = (id: string) => {
      run(plugin, id);
      return (pickers.at(-1) as unknown as { inputEl: HTMLInputElement }).inputEl.placeholder;
    };
    expect(asked('new-note-from-template')).toBe('Which project is the new note for?');
    expect(asked('capture-reflection')).toBe('Which project is the reflection for?');
    expect(asked('open-reflection-log')).toBe("Which project's reflection log?");
    expect(asked('generate-end-of-project-reflection')).toBe('Which project is the end-of-project reflection for?');
    expect(asked('generate-end-of-project-reflection-easy-read')).toBe('Which project is the end-of-project reflection for?');
    expect(asked('export-rewards-csv')).toBe("Which project's rewards?");
  });
});

describe('settings that cannot be used', () => {
  it('are named at start-up as the settings tab names them, in plain words', async () => {
    const notices = catchNotices();
    loaded = await loadPlugin({}, { lensTags: 'yes', recentDays: 0, templatesFolder: 5 });
    expect(notices).toEqual([
      'Co-production tracker could not use some of its settings. The setting "Templates folder" should be text, so "Templates" is used. The setting "Show tags as labels" should be on or off, so it is on. The setting "Recent window in days" should be a whole number of days, from 1 to 3650, so 90 days are used.',
    ]);
  });
});

describe('the settings tab', () => {
  it('says why it will not keep a number of days it cannot use, where it was typed, and writes nothing', async () => {
    loaded = await loadPlugin({});
    const save = vi.spyOn(loaded.plugin, 'saveData');
    const create = vi.spyOn(TextComponent, 'create__');
    const tab = (loaded.plugin as unknown as { settingTabs__: { containerEl: HTMLElement; display(): void }[] }).settingTabs__[0]!;
    // Obsidian before 1.13 draws the tab with display().
    tab.display();
    const texts = create.mock.results.map((result) => result.value as TextComponent);
    const recent = texts.find((text) => text.inputEl.type === 'number')!;
    const row = Array.from(tab.containerEl.children).find((child) => child.contains(recent.inputEl))!;
    expect(row.textContent).toContain('Recent window in days');

    recent.setValue('0');
    expect(row.textContent).toContain('Enter a whole number of days, from 1 to 3650. This one is not kept.');
    expect(recent.inputEl.getAttribute('aria-invalid')).toBe('true');
    recent.setValue('30');
    expect(row.textContent).not.toContain('not kept');
    expect(recent.inputEl.getAttribute('aria-invalid')).toBe('false');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(loaded.plugin.settings.recentDays).toBe(30);
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('the rewards export of a new project', () => {
  it('says the file holds no rewards when none are recorded yet', async () => {
    const project = await firstProject();
    const notices = catchNotices();
    run(project.plugin, 'export-rewards-csv');
    await settle(project.plugin);
    expect(notices).toEqual([
      'Saved the rewards for finance as Tea and talk/Reports/Rewards 2026-12-01.csv. No rewards are recorded yet, so it holds only the column names.'.replace('2026-12-01', project.plugin.today()),
    ]);
  });
});

describe('"Needs attention"', () => {
  it('ends each message with a full stop, before its hint', async () => {
    const project = await firstProject();
    const { app, plugin } = project;
    // A rung misspelt and a date left out: both come from reading the note's properties.
    await app.vault.create(
      'Tea and talk/Activities/2026-04-20 First meeting.md',
      '---\ncoproduction: activity\nproject: "[[Tea and talk]]"\ndate: 2026-04-20\nphase: starting-out\nrung: co-design\n---\n# First meeting\n',
    );
    await app.vault.create(
      'Tea and talk/Activities/2026-04-21 Second meeting.md',
      '---\ncoproduction: activity\nproject: "[[Tea and talk]]"\nphase: starting-out\n---\n# Second meeting\n',
    );
    await settle(plugin);
    await plugin.openDashboard();
    const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!.view as unknown as { contentEl: HTMLElement; refresh(): void };
    view.refresh();
    const items = Array.from(view.contentEl.querySelectorAll('details[data-panel="attention"] li'));
    const messages = items.map((item) => item.querySelectorAll('p')[1]?.textContent ?? '');
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('"co-design"'), expect.stringContaining('"date" is missing')]));
    for (const message of messages) expect(message).toMatch(/[.!?]$/);
  });
});

describe('the dashboard when its only project note cannot be used', () => {
  const PROJECT = 'Tea/Tea.md';
  const FILES = {
    [PROJECT]: '---\ncoproduction: project\nname: Tea\nstart: 2026-09-01\nphase: engagement\n---\n# Tea\n',
    'Tea/Participants/Ash.md': '---\ncoproduction: participant\npseudonym: Ash\nrole: lived-experience\nconsent-date: 2026-10-01\n---\n# Ash\n',
  };

  async function openOn(change: (app: Loaded['app']) => Promise<void>): Promise<HTMLElement> {
    loaded = await loadPlugin(FILES);
    const { app, plugin } = loaded;
    await plugin.openDashboard();
    const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!.view as unknown as { contentEl: HTMLElement; refresh(): void };
    await change(app);
    await settle(plugin);
    view.refresh();
    return view.contentEl;
  }

  it('names the project note it cannot read, with a way to open it, instead of asking for a new project', async () => {
    const broken = FILES[PROJECT].replace('coproduction: project', 'coproduction: projct');
    const content = await openOn((app) => app.vault.modify(app.vault.getFileByPath(PROJECT)!, broken));
    expect(loaded!.plugin.index.get(PROJECT)?.kind).toBe('unreadable');
    const text = content.textContent ?? '';
    expect(text).not.toContain('There is no project note yet');
    expect(text).toContain('No project note could be read.');
    expect(text).toContain('"projct" is not a kind of note the tracker knows');
    const open = content.querySelector<HTMLElement>(`[data-open-path="${PROJECT}"]`)!;
    expect(open.textContent).toBe('Open Tea, line 2');
    const openNote = vi.spyOn(loaded!.plugin, 'openNote').mockResolvedValue();
    open.click();
    expect(openNote).toHaveBeenCalledWith(PROJECT, 2, false);
    expect(await loaded!.app.vault.read(loaded!.app.vault.getFileByPath(PROJECT)!)).toBe(broken);
  });

  it('the reflection log says the project note could not be read, instead of that there is no project', async () => {
    loaded = await loadPlugin(FILES);
    const { app, plugin } = loaded;
    run(plugin, 'open-reflection-log');
    await settle(plugin);
    const log = app.workspace.getLeavesOfType('coproduction-reflection-log')[0]!.view as unknown as { contentEl: HTMLElement; refresh(): void };
    await app.vault.modify(app.vault.getFileByPath(PROJECT)!, FILES[PROJECT].replace('coproduction: project', 'coproduction: projct'));
    await settle(plugin);
    log.refresh();
    const text = log.contentEl.textContent ?? '';
    expect(text).not.toContain('There is no project in this vault yet');
    expect(text).toContain('No project note could be read. The dashboard names the note to fix.');
  });

  it('says which notes lost their project when the project note is deleted', async () => {
    const content = await openOn((app) => app.vault.delete(app.vault.getFileByPath(PROJECT)!));
    const text = content.textContent ?? '';
    expect(text).not.toContain('There is no project note yet');
    expect(text).toContain('1 note of the tracker belongs to no project, such as Tea/Participants/Ash.md.');
    expect(content.querySelector('[data-open-path="Tea/Participants/Ash.md"]')).not.toBeNull();
  });
});

describe('a view showing the second of two projects', () => {
  const project = (name: string) => `---\ncoproduction: project\nname: ${name}\nstart: 2026-09-01\nphase: engagement\n---\n# ${name}\n`;

  it('stays on it when its project note or its folder is renamed', async () => {
    loaded = await loadPlugin({ 'Apple/Apple.md': project('Apple'), 'Banana/Banana.md': project('Banana') });
    const { app, plugin } = loaded;
    await plugin.openDashboard();
    await openReflectionLog(plugin, plugin.index.projects()[0]!);
    const views = ['coproduction-dashboard', 'coproduction-reflection-log'].map(
      (type) => app.workspace.getLeavesOfType(type)[0]!.view as unknown as { shownProject?: string; showProject(path: string): void; refresh(): void; contentEl: HTMLElement },
    );
    for (const view of views) view.showProject('Banana/Banana.md');

    await app.fileManager.renameFile(app.vault.getFileByPath('Banana/Banana.md')!, 'Banana/Bananas.md');
    await settle(plugin);
    for (const view of views) {
      view.refresh();
      expect(view.shownProject).toBe('Banana/Bananas.md');
      expect(view.contentEl.querySelector('h2')?.textContent).toContain('Banana');
    }

    await app.fileManager.renameFile(app.vault.getAbstractFileByPath('Banana')!, 'Fruit/Banana');
    await settle(plugin);
    for (const view of views) {
      view.refresh();
      expect(view.shownProject).toBe('Fruit/Banana/Bananas.md');
      expect(view.contentEl.querySelector('h2')?.textContent).toContain('Banana');
    }
  });
});

describe('the end-of-project reflection of a new project', () => {
  it('does not count a reflection as written "by 0 people" when nobody put their name to it', async () => {
    const project = await firstProject();
    await captureReflection(project, 'People wanted to lead the sessions themselves.');
    const notices = catchNotices();
    run(project.plugin, 'generate-end-of-project-reflection');
    await settle(project.plugin);
    const saved = /as (.+\.md)\.$/.exec(notices.at(-1) ?? '')?.[1];
    expect(saved).toBeDefined();
    const text = await project.app.vault.read(project.app.vault.getFileByPath(saved!)!);
    expect(text).toContain('1 reflection');
    expect(text).not.toContain('by 0 people');
  });
});
