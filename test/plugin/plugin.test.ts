/**
 * The plugin in a whole in-memory Obsidian (obsidian-test-mocks) holding the demo vault:
 * start-up, the live dashboard, how it follows edits, renames, deletes and synced notes,
 * what it writes (nothing, unless the user asks) and what unloading leaves behind.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App as ObsidianApp, PluginManifest, SettingDefinitionItem, ViewState } from 'obsidian';
import { App, Plugin as MockPlugin, Notice, Setting, TFile, TFolder, TextComponent, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';

vi.mock('../../src/render/dashboard-view', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/render/dashboard-view')>();
  return { ...actual, partKeys: vi.fn(actual.partKeys) };
});

import { partKeys } from '../../src/render/dashboard-view';
import { DASHBOARD_VIEW_TYPE, REFRESH_DELAY_MS, addTagToLine, type DashboardView } from '../../src/plugin/dashboard-view';
import CoproductionTrackerPlugin, { mergeSettings } from '../../src/plugin/main';
import { readStoredSettings } from '../../src/analysis/settings';
import { DEFAULT_SETTINGS, getAuthor } from '../../src/plugin/host';
import { UnreadableNoteError } from '../../src/plugin/vault-writer';
import { readVaultFiles } from '../support/memory-vault';

// ---------------------------------------------------------------------------------------
// The harness: obsidian-test-mocks, the demo vault read from disk, and the few pieces of
// Obsidian's behaviour the mocks leave out (a leaf making its view from the registered view
// type, detaching closing the view, a plugin's views closing when the plugin unloads).

const REPO = path.resolve(__dirname, '../..');
const DEMO_VAULT = path.join(REPO, 'vault-template');

const readVault = readVaultFiles;

const MANIFEST: PluginManifest = {
  ...(JSON.parse(readFileSync(path.join(REPO, 'manifest.json'), 'utf8')) as PluginManifest),
  dir: '.obsidian/plugins/coproduction-tracker',
};

const ORIGINAL_LEAF = {
  setViewState: WorkspaceLeaf.prototype.setViewState as (this: WorkspaceLeaf, state: ViewState, eState?: unknown) => Promise<void>,
  detach: WorkspaceLeaf.prototype.detach as (this: WorkspaceLeaf) => void,
};

type ViewCreator = (leaf: unknown) => MockView;
interface MockView {
  load(): void;
  unload(): void;
  setState(state: unknown, result: { history: boolean }): Promise<void>;
}

const WRITE_METHODS = {
  vault: ['create', 'createBinary', 'createFolder', 'modify', 'modifyBinary', 'process', 'append', 'rename', 'delete', 'trash', 'copy'],
  fileManager: ['processFrontMatter', 'renameFile', 'trashFile'],
} as const;

interface Harness {
  app: App;
  obsidianApp: ObsidianApp;
  plugin: CoproductionTrackerPlugin;
  /** Writes made by anything but the test's own `asTest` calls. */
  pluginWrites: string[];
  /** Runs a vault change as the test (standing in for the user or a sync engine). */
  asTest<T>(change: () => Promise<T>): Promise<T>;
  /** Loads the plugin like Obsidian does and waits for `onload` to finish. */
  load(): Promise<void>;
  /** Makes the layout ready and waits for the first index build. */
  layoutReady(): Promise<void>;
  openDashboard(): Promise<DashboardView>;
  /** Event listeners registered on the app's event hubs, by hub and event name. */
  listenerCounts(): Record<string, number>;
}

function createHarness(files: Record<string, string>): Harness {
  const app = App.createConfigured__({ files });
  const obsidianApp = app.asOriginalType__();
  const plugin = new CoproductionTrackerPlugin(obsidianApp, MANIFEST);
  const mockPlugin = MockPlugin.fromOriginalType2__(plugin);
  const pluginWrites: string[] = [];
  let testDepth = 0;
  let writeDepth = 0;

  const hubs = { vault: app.vault, fileManager: app.fileManager } as unknown as Record<string, Record<string, unknown>>;
  for (const [hubName, methods] of Object.entries(WRITE_METHODS)) {
    const hub = hubs[hubName]!;
    for (const method of methods) {
      const original = hub[method] as (...args: unknown[]) => Promise<unknown>;
      hub[method] = async (...args: unknown[]) => {
        // A call is the test's own only when asTest makes it directly (not nested in another write).
        if (testDepth === 0 || writeDepth > 0) pluginWrites.push(`${hubName}.${method}`);
        writeDepth++;
        try {
          return await original.apply(hub, args);
        } finally {
          writeDepth--;
        }
      };
    }
  }
  const saveData = plugin.saveData.bind(plugin);
  plugin.saveData = async (data: unknown) => {
    if (testDepth === 0) pluginWrites.push('plugin.saveData');
    await saveData(data);
  };

  emulateViews(app, plugin, mockPlugin.views__ as unknown as Map<string, ViewCreator>);

  return {
    app,
    obsidianApp,
    plugin,
    pluginWrites,
    async asTest<T>(change: () => Promise<T>) {
      testDepth++;
      let result: Promise<T>;
      try {
        result = change();
      } finally {
        testDepth--;
      }
      return await result;
    },
    async load() {
      const onload = vi.spyOn(plugin, 'onload');
      plugin.load();
      await onload.mock.results[0]!.value;
    },
    async layoutReady() {
      app.workspace.setLayoutReady__();
      // The first reading gives way on window timers between slices: a fake clock must move for it.
      const idle = plugin.whenIdle();
      let done = false;
      void idle.then(() => (done = true));
      while (!done && vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(1);
      await idle;
    },
    async openDashboard() {
      await plugin.openDashboard();
      const leaf = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
      if (!leaf?.view) throw new Error('The dashboard did not open.');
      return leaf.view as unknown as DashboardView;
    },
    listenerCounts() {
      const counts: Record<string, number> = {};
      const sources = { vault: app.vault, metadataCache: app.metadataCache, workspace: app.workspace };
      for (const [name, hub] of Object.entries(sources)) {
        for (const [event, entries] of Object.entries((hub as unknown as { _: Record<string, unknown[]> })._)) {
          counts[`${name}.${event}`] = entries.length;
        }
      }
      return counts;
    },
  };
}

/**
 * What Obsidian does and the mocks do not: `setViewState` makes the view from the registered
 * creator and opens it; `detach` closes the view; unloading a plugin closes its views.
 */
function emulateViews(app: App, plugin: CoproductionTrackerPlugin, views: Map<string, ViewCreator>): void {
  const proto = WorkspaceLeaf.prototype as unknown as {
    setViewState(this: WorkspaceLeaf, state: ViewState, eState?: unknown): Promise<void>;
    detach(this: WorkspaceLeaf): void;
  };
  const { setViewState, detach } = ORIGINAL_LEAF;
  proto.setViewState = async function (this: WorkspaceLeaf, state: ViewState, eState?: unknown) {
    await setViewState.call(this, state, eState);
    const create = views.get(state.type);
    if (!create) return;
    const view = create(this);
    await this.open(view as never);
    view.load();
    await (view as unknown as { onOpen(): Promise<void> }).onOpen();
    if (state.state) await view.setState(state.state, { history: false });
  };
  proto.detach = function (this: WorkspaceLeaf) {
    const view = this.view as unknown as (MockView & { onClose(): Promise<void> }) | null;
    detach.call(this);
    if (view) {
      void view.onClose();
      view.unload();
    }
  };
  plugin.register(() => {
    for (const type of views.keys()) app.workspace.detachLeavesOfType(type);
  });
}


// ---------------------------------------------------------------------------------------

const DEMO = readVault(DEMO_VAULT);
const FPT = 'Full Plates Together';
const PROJECT_NOTE = `${FPT}/${FPT}.md`;
const HANDOVER = `${FPT}/Activities/2026-11-12 Planning the handover.md`;
const KICK_OFF = `${FPT}/Activities/2026-03-10 Kick-off workshop.md`;
const GROUP_CHAT = `${FPT}/Reflections/2026-05-06 A group chat for everyone.md`;
// A note that names no ingredient, so the dashboard suggests one.
const SUGGESTED = GROUP_CHAT;
// One drawing of the dashboard, whole or only the parts that changed (issue 11), works out the parts' keys once.
const renders = vi.mocked(partKeys);

let h: Harness;
let view: DashboardView;
let visible: boolean;

function fileAt(path: string): TFile {
  const file = h.app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`No file at ${path}`);
  return file;
}

function text(): string {
  return view.contentEl.textContent ?? '';
}

/** "16 activities over 9 months." in the voices panel. */
function activities(): number {
  const match = /(\d+) activit(?:y|ies) over/.exec(text());
  if (!match) throw new Error('The dashboard shows no activity count.');
  return Number(match[1]);
}

function catalystsPieces(): number {
  const match = /Catalysts[A-Za-z ]*, level \d of 3, (\d+) pieces?/.exec(text());
  if (!match) throw new Error('The dashboard shows no catalysts figures.');
  return Number(match[1]);
}

async function pause(ms = REFRESH_DELAY_MS + 50): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

/** Waits for the plugin's reads, then for the dashboard's pause. */
async function settle(): Promise<void> {
  await h.plugin.whenIdle();
  await pause();
}

async function editAsTest(path: string, change: (text: string) => string): Promise<void> {
  const file = fileAt(path);
  const before = await h.app.vault.read(file);
  await h.asTest(() => h.app.vault.modify(file, change(before)));
}

beforeEach(async () => {
  // Only the clock and timers are fake: the demo vault is dated 2026.
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: new Date(2026, 10, 30, 12, 0, 0) });
  h = createHarness(DEMO);
  await h.load();
  await h.layoutReady();
  view = await h.openDashboard();
  visible = true;
  view.containerEl.isShown = () => visible;
  renders.mockClear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('start-up', () => {
  it('shows the demo project with its figures', () => {
    expect(h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
    expect(view.contentEl.querySelector('h2')?.textContent).toBe(FPT);
    expect(text()).toContain('Going strong');
    expect(text()).toContain('16 activities, 13 reflections');
    expect(activities()).toBe(16);
    expect(catalystsPieces()).toBe(2);
    expect(h.plugin.today()).toBe('2026-11-30');
  });

  it('reads the vault once from the metadata cache and writes nothing', () => {
    expect(h.pluginWrites).toEqual([]);
    expect(h.plugin.index.version).toBe(1);
    expect(h.plugin.index.get(PROJECT_NOTE)?.kind).toBe('project');
    // Templates are never read.
    expect(h.plugin.index.get('Templates/Activity.md')).toBeUndefined();
  });

  it('registers the view, the ribbon icon, the commands and the settings tab, with no default hotkeys', () => {
    const mock = h.plugin as unknown as {
      commands__: Map<string, { name: string; hotkeys?: unknown }>;
      ribbonActions__: unknown[];
      settingTabs__: unknown[];
      views__: Map<string, unknown>;
    };
    expect([...mock.views__.keys()]).toContain(DASHBOARD_VIEW_TYPE);
    expect(mock.ribbonActions__.length).toBeGreaterThanOrEqual(1);
    expect(mock.settingTabs__).toHaveLength(1);
    const names = [...mock.commands__.values()].map((command) => command.name);
    expect(names).toEqual(expect.arrayContaining(['Open dashboard', 'Refresh dashboard', 'Export dashboard as HTML']));
    for (const command of mock.commands__.values()) expect(command.hotkeys).toBeUndefined();
  });

  it('offers a project picker and remembers the choice in the view state', async () => {
    const select = view.contentEl.querySelector<HTMLSelectElement>('select[data-project-picker]');
    expect(select).not.toBeNull();
    const label = view.contentEl.querySelector(`label[for="${select!.id}"]`);
    expect(label?.textContent).toBe('Project');
    expect([...select!.options].map((option) => option.text)).toEqual([FPT, 'Tea and Talk']);
    select!.value = 'Tea and Talk/Tea and Talk.md';
    select!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(view.contentEl.querySelector('h2')?.textContent).toBe('Tea and Talk');
    expect(view.getState()).toMatchObject({ project: 'Tea and Talk/Tea and Talk.md' });
    await view.setState({ project: PROJECT_NOTE }, { history: false });
    expect(view.contentEl.querySelector('h2')?.textContent).toBe(FPT);
  });
});

describe('following the vault', () => {
  it('an edit updates the figures: one index change, one drawing after the pause', async () => {
    const changes = vi.fn();
    h.plugin.index.onChange(changes);
    await editAsTest(HANDOVER, (body) => `${body}\nWe asked the council to change its rules. #ingredient/catalysts\n`);
    expect(changes).toHaveBeenCalledTimes(1);
    expect(changes).toHaveBeenCalledWith({ paths: [HANDOVER], projects: [PROJECT_NOTE] });
    expect(renders).not.toHaveBeenCalled();
    await settle();
    expect(renders).toHaveBeenCalledTimes(1);
    expect(catalystsPieces()).toBe(3);
    expect(h.pluginWrites).toEqual([]);
  });

  it('several quick edits give one drawing', async () => {
    for (let i = 1; i <= 3; i++) {
      await editAsTest(HANDOVER, (body) => `${body}\nLine ${i}. #ingredient/catalysts\n`);
      await pause(100);
    }
    expect(renders).not.toHaveBeenCalled();
    await settle();
    expect(renders).toHaveBeenCalledTimes(1);
    expect(catalystsPieces()).toBe(5);
  });

  it('an edit to a note outside every project does not redraw', async () => {
    await editAsTest('Welcome.md', (body) => `${body}\nA plain line.\n`);
    await settle();
    expect(renders).not.toHaveBeenCalled();
  });

  it('a hidden dashboard waits until it is shown again', async () => {
    visible = false;
    await editAsTest(HANDOVER, (body) => `${body}\n#ingredient/catalysts\n`);
    await settle();
    expect(renders).not.toHaveBeenCalled();
    expect(catalystsPieces()).toBe(2);
    visible = true;
    h.app.workspace.trigger('layout-change');
    await settle();
    expect(renders).toHaveBeenCalledTimes(1);
    expect(catalystsPieces()).toBe(3);
  });

  it('"Refresh dashboard" draws at once', async () => {
    const mock = h.plugin as unknown as { commands__: Map<string, { callback: () => void }> };
    mock.commands__.get('refresh-dashboard')!.callback();
    expect(renders).toHaveBeenCalledTimes(1);
  });

  it('a renamed note is still counted, under its new path', async () => {
    const renamed = `${FPT}/Activities/2026-03-10 Kick-off.md`;
    await h.asTest(() => h.app.vault.rename(fileAt(KICK_OFF), renamed));
    await settle();
    expect(h.plugin.index.get(KICK_OFF)).toBeUndefined();
    expect(h.plugin.index.get(renamed)?.kind).toBe('activity');
    expect(activities()).toBe(16);
    expect(view.contentEl.querySelector(`[data-open-path="${renamed}"]`)).not.toBeNull();
    expect(view.contentEl.querySelector(`[data-open-path="${KICK_OFF}"]`)).toBeNull();
    expect(h.pluginWrites).toEqual([]);
  });

  it('a renamed folder keeps every note inside it', async () => {
    const folder = h.app.vault.getAbstractFileByPath(`${FPT}/Activities`);
    expect(folder).toBeInstanceOf(TFolder);
    await h.asTest(() => h.app.vault.rename(folder!, `${FPT}/Sessions`));
    await settle();
    expect([...h.plugin.index.all()].filter((record) => record.path.startsWith(`${FPT}/Activities/`))).toEqual([]);
    expect(h.plugin.index.get(`${FPT}/Sessions/2026-11-12 Planning the handover.md`)?.kind).toBe('activity');
    expect(activities()).toBe(16);
  });

  it('deleting an activity lowers the count', async () => {
    await h.asTest(() => h.app.vault.delete(fileAt(HANDOVER)));
    await settle();
    expect(h.plugin.index.get(HANDOVER)).toBeUndefined();
    expect(activities()).toBe(15);
  });

  it('a note that arrives through sync is picked up, and nothing is written', async () => {
    const arrived = `${FPT}/Activities/2026-11-26 Handover party.md`;
    const note = DEMO[HANDOVER]!.replace('date: 2026-11-12', 'date: 2026-11-26');
    await h.asTest(() => h.app.vault.create(arrived, note));
    await settle();
    expect(h.plugin.index.get(arrived)?.kind).toBe('activity');
    expect(activities()).toBe(17);
    expect(h.pluginWrites).toEqual([]);
    // Every note is as the test left it.
    for (const [path, body] of Object.entries(DEMO)) expect(await h.app.vault.read(fileAt(path))).toBe(body);
  });

  it('a note with a kind the tracker does not know is listed, not counted', async () => {
    await editAsTest(HANDOVER, (body) => body.replace('coproduction: activity', 'coproduction: activty'));
    await settle();
    expect(h.plugin.index.get(HANDOVER)?.kind).toBe('unreadable');
    expect(activities()).toBe(15);
    expect(text()).toContain('"activty" is not a kind of note the tracker knows');
  });
});

describe('what the dashboard does on a click', () => {
  it('opens a note at the line of a piece of evidence', async () => {
    const openFile = vi.spyOn(WorkspaceLeaf.prototype, 'openFile');
    const button = view.contentEl.querySelector<HTMLElement>('[data-open-path][data-open-line]')!;
    const path = button.getAttribute('data-open-path')!;
    const line = Number(button.getAttribute('data-open-line'));
    button.click();
    await vi.waitFor(() => expect(openFile).toHaveBeenCalled());
    const [file, state] = openFile.mock.calls[0]!;
    expect(file.path).toBe(path);
    expect(state).toMatchObject({ eState: { line: line - 1 } });
    expect(h.pluginWrites).toEqual([]);
    openFile.mockRestore();
  });

  function acceptButton(path = SUGGESTED, ingredient = 'networks'): HTMLButtonElement {
    const button = view.contentEl.querySelector<HTMLButtonElement>(
      `[data-accept-path="${path}"][data-accept-ingredient="${ingredient}"]`,
    );
    if (!button) throw new Error('No suggestion to accept.');
    return button;
  }

  it('adds the suggested tag at the end of that line, on that click only', async () => {
    const processNote = vi.spyOn(h.plugin.writer, 'processNote');
    const button = acceptButton();
    const line = Number(button.getAttribute('data-accept-line'));
    button.click();
    await processNote.mock.results[0]!.value;
    expect(h.pluginWrites).toEqual(['vault.process']);
    const lines = (await h.app.vault.read(fileAt(SUGGESTED))).split('\n');
    const before = DEMO[SUGGESTED]!.split('\n');
    expect(lines[line - 1]).toBe(`${before[line - 1]} #ingredient/networks`);
    expect(lines.filter((_, i) => i !== line - 1)).toEqual(before.filter((_, i) => i !== line - 1));
    await settle();
    expect(h.plugin.index.get(SUGGESTED)?.evidence.map((mark) => mark.ingredient)).toContain('networks');
  });

  it('writes nothing when the line changed since the dashboard was drawn', async () => {
    const processNote = vi.spyOn(h.plugin.writer, 'processNote');
    const button = acceptButton();
    const line = Number(button.getAttribute('data-accept-line'));
    await editAsTest(SUGGESTED, (body) => body.split('\n').map((one, i) => (i === line - 1 ? `${one}, changed` : one)).join('\n'));
    const edited = await h.app.vault.read(fileAt(SUGGESTED));
    button.click();
    await processNote.mock.results[0]!.value;
    expect(h.pluginWrites).toEqual([]);
    expect(await h.app.vault.read(fileAt(SUGGESTED))).toBe(edited);
  });

  it('never writes to a note the tracker could not read', async () => {
    const processNote = vi.spyOn(h.plugin.writer, 'processNote');
    const button = acceptButton();
    await editAsTest(SUGGESTED, (body) => body.replace('coproduction: reflection', 'coproduction: reflektion'));
    expect(h.plugin.index.get(SUGGESTED)?.kind).toBe('unreadable');
    button.click();
    await Promise.resolve();
    expect(processNote).not.toHaveBeenCalled();
    await expect(h.plugin.writer.processNote(SUGGESTED, (body) => `${body}!`)).rejects.toThrow(UnreadableNoteError);
    await expect(h.plugin.writer.processProperties(SUGGESTED, (properties) => void (properties.x = 1))).rejects.toThrow(
      /could not be read/,
    );
    expect(h.pluginWrites).toEqual([]);
  });

  it('does not tag a line that changed since the dashboard was drawn', async () => {
    const processNote = vi.spyOn(h.plugin.writer, 'processNote');
    const button = acceptButton(GROUP_CHAT, 'networks');
    const edited = DEMO[GROUP_CHAT]!.replace(/chat/g, 'natter');
    await h.app.vault.modify(fileAt(GROUP_CHAT), edited);
    h.pluginWrites.length = 0;
    button.click();
    await processNote.mock.results[0]!.value;
    expect(h.pluginWrites).toEqual([]);
    expect(await h.app.vault.read(fileAt(GROUP_CHAT))).toBe(edited);
  });
});

describe('the writer', () => {
  it('creates notes and folders, never over an existing file, and skips changes that change nothing', async () => {
    const { writer } = h.plugin;
    await writer.createNote('New/Deep/Note.md', 'hello');
    expect(await h.app.vault.read(fileAt('New/Deep/Note.md'))).toBe('hello');
    await expect(writer.createNote('New/Deep/Note.md', 'again')).rejects.toThrow(/already exists/);
    expect(await h.app.vault.read(fileAt('New/Deep/Note.md'))).toBe('hello');
    expect(await writer.exists('New/Deep')).toBe(true);
    h.pluginWrites.length = 0;
    await writer.processNote(HANDOVER, (body) => body);
    await writer.processProperties(HANDOVER, (properties) => void (properties.author = 'Priya'));
    expect(h.pluginWrites).toEqual([]);
    await writer.processProperties(HANDOVER, (properties) => void (properties.author = 'Sam'));
    expect(h.pluginWrites).toContain('fileManager.processFrontMatter');
    expect(await h.app.vault.read(fileAt(HANDOVER))).toContain('author: Sam');
  });
});

describe('export', () => {
  it('writes a dated HTML page beside the project note, never over an earlier one', async () => {
    await h.app.vault.adapter.write('.obsidian/plugins/coproduction-tracker/styles.css', '.coproduction-dashboard { color: green; }');
    const mock = h.plugin as unknown as { commands__: Map<string, { callback: () => void }> };
    mock.commands__.get('export-dashboard-html')!.callback();
    await vi.waitFor(() => expect(h.app.vault.getAbstractFileByPath(`${FPT}/Dashboard 2026-11-30.html`)).not.toBeNull());
    const first = await h.app.vault.read(fileAt(`${FPT}/Dashboard 2026-11-30.html`));
    expect(first).toContain('<!doctype html>');
    expect(first).toContain('color: green');
    expect(first).toContain(FPT);
    mock.commands__.get('export-dashboard-html')!.callback();
    await vi.waitFor(() => expect(h.app.vault.getAbstractFileByPath(`${FPT}/Dashboard 2026-11-30 2.html`)).not.toBeNull());
    expect(await h.app.vault.read(fileAt(`${FPT}/Dashboard 2026-11-30.html`))).toBe(first);
    expect(h.pluginWrites).toEqual(['vault.create', 'vault.create']);
  });
});

describe('settings', () => {
  it('merges stored settings over the defaults, keeping only values of the right type', () => {
    expect(mergeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(mergeSettings({ recentDays: 30, templatesFolder: 5, surprise: true })).toEqual({ ...DEFAULT_SETTINGS, recentDays: 30 });
    // Days edited by hand to what the settings tab would refuse are not used (the CLI refuses them too).
    expect(mergeSettings({ recentDays: 0, feedbackWarningDays: 2.5 })).toEqual(DEFAULT_SETTINGS);
    expect(mergeSettings({ recentDays: 3651, feedbackWarningDays: 3650 })).toEqual({ ...DEFAULT_SETTINGS, feedbackWarningDays: 3650 });
  });

  it('says which stored settings it could not use, once at start-up, and writes nothing', async () => {
    const { settings, unused } = readStoredSettings({ recentDays: 0, lensTags: 'yes', templatesFolder: 'Admin', surprise: 1 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, templatesFolder: 'Admin' });
    expect(unused).toEqual([
      { property: 'lensTags', message: 'The setting "lensTags" should be on or off, so true is used.' },
      { property: 'recentDays', message: 'The setting "recentDays" should be a whole number of days, from 1 to 3650, so 90 days are used.' },
    ]);
    expect(readStoredSettings(null).unused).toEqual([]);
    expect(readStoredSettings([1]).unused).toEqual([{ message: 'The settings file does not hold a list of settings, so every setting is the default.' }]);

    const other = createHarness(DEMO);
    vi.spyOn(other.plugin, 'loadData').mockResolvedValue({ feedbackWarningDays: -1 });
    const notices: string[] = [];
    const notice = vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => void notices.push(String(message)));
    await other.load();
    notice.mockRestore();
    expect(other.plugin.settings.feedbackWarningDays).toBe(DEFAULT_SETTINGS.feedbackWarningDays);
    expect(notices).toEqual([
      'Co-production tracker could not use some of its settings. The setting "Feedback warning days" should be a whole number of days, from 1 to 3650, so 30 days are used.',
    ]);
    expect(other.pluginWrites).toEqual([]);
  });

  it('a new templates folder is applied at once, reading only', async () => {
    h.plugin.settings.templatesFolder = 'Elsewhere';
    await h.plugin.saveSettings();
    expect(h.plugin.index.get('Templates/Activity.md')).toBeDefined();
    h.plugin.settings.templatesFolder = 'Templates';
    await h.plugin.saveSettings();
    expect(h.plugin.index.get('Templates/Activity.md')).toBeUndefined();
    // Saving settings is the user's action; it is the only write.
    expect(h.pluginWrites).toEqual(['plugin.saveData', 'plugin.saveData']);
  });
});

describe('the settings tab', () => {
  function openTab(): { tab: { containerEl: HTMLElement; display(): void }; texts: TextComponent[] } {
    const create = vi.spyOn(TextComponent, 'create__');
    const tab = (h.plugin as unknown as { settingTabs__: { containerEl: HTMLElement; display(): void }[] }).settingTabs__[0]!;
    tab.display();
    const texts = create.mock.results.map((result) => result.value as TextComponent);
    create.mockRestore();
    return { tab, texts };
  }

  it('names every setting in sentence case, with setting headings and no HTML headings', () => {
    const { tab } = openTab();
    const content = tab.containerEl.textContent ?? '';
    for (const name of [
      'Your name on this device',
      'Templates folder',
      'Recent window in days',
      'Feedback warning days',
      'Leave personal details out of exports',
      'Show tags as labels',
      'Suggest tags while writing',
      'Complete ingredient tags',
      'This note at a glance',
    ]) {
      expect(content).toContain(name);
    }
    expect(tab.containerEl.querySelectorAll('.setting-item-heading')).toHaveLength(4);
    expect(tab.containerEl.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
  });

  it('keeps your name on this device only', async () => {
    const { texts } = openTab();
    texts[0]!.setValue('Sam');
    await pause(1000);
    expect(getAuthor(h.obsidianApp)).toBe('Sam');
    expect(JSON.stringify(h.plugin.settings)).not.toContain('Sam');
    expect(h.pluginWrites).toEqual([]);
  });

  it('saves a new recent window after a pause, redraws with it, and ignores a bad number', async () => {
    const { texts } = openTab();
    const recent = texts[2]!;
    recent.setValue('0');
    expect(recent.inputEl.getAttribute('aria-invalid')).toBe('true');
    recent.setValue('30');
    expect(h.pluginWrites).toEqual([]);
    await pause(1000);
    await h.plugin.whenIdle();
    expect(h.pluginWrites).toEqual(['plugin.saveData']);
    expect(h.plugin.settings.recentDays).toBe(30);
    expect(text()).toContain('Recent means the last 30 days');
  });
});

describe('the settings tab in Obsidian 1.13 and later (settings as data)', () => {
  interface DeclarativeTab {
    containerEl: HTMLElement;
    display(): void;
    getSettingDefinitions(): SettingDefinitionItem[];
    getControlValue(key: string): unknown;
    setControlValue(key: string, value: unknown): Promise<void>;
  }
  const tabOf = () => (h.plugin as unknown as { settingTabs__: DeclarativeTab[] }).settingTabs__[0]!;

  /** Each control's name, key and heading, in the order Obsidian draws them. */
  function controls(items: readonly SettingDefinitionItem[], heading = ''): { heading: string; name: string; key: string; type: string }[] {
    return items.flatMap((item) => {
      if ('type' in item && (item.type === 'group' || item.type === 'list')) return controls(item.items ?? [], item.heading ?? '');
      if (!('control' in item) || item.control === undefined) throw new Error(`a row without a control: ${JSON.stringify(item)}`);
      return [{ heading, name: item.name, key: item.control.key, type: item.control.type }];
    });
  }

  it('gives Obsidian the same settings, headings and order as the tab drawn by hand', () => {
    const tab = tabOf();
    const listed = controls(tab.getSettingDefinitions());
    // What display() draws, row by row: a heading names the rows after it.
    const rows: { name: string; heading: boolean }[] = [];
    const setName = vi.spyOn(Setting.prototype, 'setName').mockImplementation(function (this: Setting, name: string | DocumentFragment) {
      rows.push({ name: String(name), heading: false });
      return this;
    });
    const setHeading = vi.spyOn(Setting.prototype, 'setHeading').mockImplementation(function (this: Setting) {
      rows[rows.length - 1]!.heading = true;
      return this;
    });
    tab.display();
    setName.mockRestore();
    setHeading.mockRestore();
    const drawn: { heading: string; name: string }[] = [];
    let heading = '';
    for (const row of rows) {
      if (row.heading) heading = row.name;
      else drawn.push({ heading, name: row.name });
    }
    expect(listed.map(({ heading: under, name }) => ({ heading: under, name }))).toEqual(drawn);
    expect(listed).toHaveLength(9);
    expect(new Set(listed.map((control) => control.key)).size).toBe(9);
    expect(listed.find((control) => control.key === 'templatesFolder')?.type).toBe('folder');
  });

  it('reads each value from where it is kept: the name from this device, the rest from the synced settings', () => {
    const tab = tabOf();
    h.plugin.settings.recentDays = 45;
    expect(tab.getControlValue('recentDays')).toBe(45);
    expect(tab.getControlValue('lensGlance')).toBe(h.plugin.settings.lensGlance);
    expect(tab.getControlValue('author')).toBe(getAuthor(h.obsidianApp));
    expect(tab.getControlValue('no-such-setting')).toBeUndefined();
  });

  it('refuses a number of days it cannot use, with a message, and saves a good one after a pause', async () => {
    const tab = tabOf();
    const recent = controls(tab.getSettingDefinitions()).find((control) => control.key === 'recentDays');
    expect(recent?.type).toBe('number');
    const definition = tab.getSettingDefinitions().flatMap((item) => ('items' in item ? (item.items ?? []) : [item]));
    const control = definition.flatMap((item) => ('control' in item && item.control !== undefined ? [item.control] : [])).find((one) => one.key === 'recentDays');
    const validate = control?.validate as ((value: number) => string | void) | undefined;
    for (const bad of [0, -3, 2.5, 3651, Number.NaN]) expect(validate?.(bad)).toMatch(/whole number of days/);
    expect(validate?.(30)).toBeUndefined();

    for (const bad of [0, 2.5, 3651, 'soon']) await tab.setControlValue('recentDays', bad);
    await pause(1000);
    expect(h.plugin.settings.recentDays).toBe(DEFAULT_SETTINGS.recentDays);
    expect(h.pluginWrites).toEqual([]);

    await tab.setControlValue('recentDays', 30);
    expect(h.pluginWrites).toEqual([]);
    await pause(1000);
    await h.plugin.whenIdle();
    expect(h.plugin.settings.recentDays).toBe(30);
    expect(h.pluginWrites).toEqual(['plugin.saveData']);
  });

  it('keeps the name on this device, tidies the templates folder, and saves a switch at once', async () => {
    const tab = tabOf();
    await tab.setControlValue('author', '  Sam ');
    expect(getAuthor(h.obsidianApp)).toBe('Sam');
    expect(h.pluginWrites).toEqual([]);

    await tab.setControlValue('templatesFolder', '  Shared//Templates/ ');
    expect(h.plugin.settings.templatesFolder).toBe('Shared/Templates');

    await tab.setControlValue('lensSuggestions', false);
    expect(h.plugin.settings.lensSuggestions).toBe(false);
    expect(h.pluginWrites).toEqual(['plugin.saveData']);
    // Not a switch's value: ignored.
    await tab.setControlValue('lensTags', 'no');
    expect(h.plugin.settings.lensTags).toBe(true);
    await pause(1000);
    await h.plugin.whenIdle();
    expect(JSON.stringify(h.plugin.settings)).not.toContain('Sam');
  });
});

describe('start-up while notes change', () => {
  it('a note changed while the vault is first read is read again', async () => {
    const other = createHarness(DEMO);
    await other.load();
    const file = other.app.vault.getAbstractFileByPath(HANDOVER) as TFile;
    const edited = `${DEMO[HANDOVER]!}\n#ingredient/catalysts\n`;
    // The edit lands while the first build is reading, after it has read this note.
    const vault = other.app.vault as unknown as { cachedRead(file: { path: string }): Promise<string> };
    const cachedRead = vault.cachedRead.bind(vault);
    let edits = 0;
    vault.cachedRead = async (one) => {
      if (one.path === 'Welcome.md' && edits++ === 0) {
        expect(other.plugin.index.version).toBe(0);
        await other.asTest(() => other.app.vault.modify(file, edited));
      }
      return cachedRead(one);
    };
    await other.layoutReady();
    expect(edits).toBe(1);
    expect(other.plugin.index.get(HANDOVER)?.evidence.some((mark) => mark.ingredient === 'catalysts')).toBe(true);
    expect(other.pluginWrites).toEqual([]);
  });

  it('a note deleted while the vault is first read is dropped, and the build still finishes', async () => {
    const other = createHarness(DEMO);
    await other.load();
    const gone = 'Tea and Talk/Tea and Talk.md';
    const vault = other.app.vault as unknown as { cachedRead(file: { path: string }): Promise<string> };
    const cachedRead = vault.cachedRead.bind(vault);
    let deletes = 0;
    vault.cachedRead = async (one) => {
      if (one.path === PROJECT_NOTE && deletes++ === 0) {
        await other.asTest(() => other.app.vault.delete(other.app.vault.getAbstractFileByPath(gone)!));
      }
      return cachedRead(one);
    };
    await other.layoutReady();
    expect(deletes).toBe(1);
    expect(other.plugin.index.get(gone)).toBeUndefined();
    expect(other.plugin.index.projects().map((project) => project.path)).toEqual([PROJECT_NOTE]);
    expect(other.plugin.index.get(HANDOVER)?.kind).toBe('activity');
  });

  it('nothing is read or listened to before the layout is ready', async () => {
    const other = createHarness(DEMO);
    const before = other.listenerCounts();
    await other.load();
    expect(other.plugin.index.version).toBe(0);
    expect(other.listenerCounts()).toEqual(before);
    await other.layoutReady();
    expect(other.plugin.index.version).toBe(1);
  });
});

describe('unload', () => {
  it('closes the dashboard and stops listening', async () => {
    const counts = h.listenerCounts();
    expect(counts['metadataCache.changed']).toBe(1);
    h.plugin.unload();
    expect(h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(0);
    expect(view.contentEl.childElementCount).toBe(0);
    const after = h.listenerCounts();
    // Only the mocks' own metadata cache listeners remain.
    expect(after).toEqual({
      'vault.create': 1,
      'vault.modify': 1,
      'vault.rename': 0,
      'vault.delete': 0,
      'metadataCache.changed': 0,
      'workspace.layout-change': 0,
      'workspace.active-leaf-change': 0,
      'workspace.editor-change': 0,
      'workspace.file-menu': 0,
      'workspace.file-open': 0,
    });
    const version = h.plugin.index.version;
    await editAsTest(HANDOVER, (body) => `${body}\n#ingredient/catalysts\n`);
    await h.asTest(() => h.app.vault.create(`${FPT}/Activities/late.md`, DEMO[HANDOVER]!));
    await settle();
    expect(h.plugin.index.version).toBe(version);
    expect(renders).not.toHaveBeenCalled();
    expect(h.pluginWrites).toEqual([]);
  });
});

describe('addTagToLine', () => {
  it('adds a tag only to an unchanged line, keeping line endings', () => {
    expect(addTagToLine('a\r\nWe met.\r\nc', 2, 'We met.', '#ingredient/assets')).toEqual({
      text: 'a\r\nWe met. #ingredient/assets\r\nc',
      outcome: 'added',
    });
    expect(addTagToLine('a\nWe met again.\n', 2, 'We met.', '#x')).toEqual({ text: 'a\nWe met again.\n', outcome: 'changed' });
    expect(addTagToLine('a\nWe met. #ingredient/assets\n', 2, 'We met. #ingredient/assets', '#ingredient/assets').outcome).toBe(
      'present',
    );
    expect(addTagToLine('a', 5, 'a', '#x').outcome).toBe('changed');
    expect(addTagToLine('## What we did\n', 1, '## What we did', '#ingredient/assets')).toEqual({
      text: '## What we did\n',
      outcome: 'heading',
    });
  });
});
