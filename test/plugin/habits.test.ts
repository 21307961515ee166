/**
 * The plugin behaves as Obsidian's own views do: note links are internal links (hover
 * preview, Ctrl/Cmd-click and middle click open a new tab), report links follow the vault's
 * link format, folders offer "New co-production project here", settings synced from another
 * device are read again, the status bar shows the open note's evidence on desktop, and text
 * is coloured with --text-accent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Menu, MenuItem, Platform, Plugin as MockPlugin, TFile, TFolder } from 'obsidian-test-mocks/obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateReport } from '../../src/plugin/commands/reflection';
import { DASHBOARD_VIEW_TYPE, type DashboardView } from '../../src/plugin/dashboard-view';
import { NewProjectModal } from '../../src/plugin/modals/new-project-modal';
import { evidenceStatusText } from '../../src/plugin/status-bar';
import { readVaultFiles } from '../support/memory-vault';
import { loadPlugin, settle, type Loaded } from '../support/plugin-harness';

const REPO = path.resolve(__dirname, '../..');
const DEMO = readVaultFiles(path.join(REPO, 'vault-template'));
const FPT = 'Full Plates Together';

afterEach(() => {
  vi.restoreAllMocks();
  Platform.isMobile = false;
});

async function dashboard(loaded: Loaded): Promise<DashboardView> {
  await loaded.plugin.openDashboard();
  const view = loaded.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view as unknown as DashboardView | undefined;
  if (!view) throw new Error('The dashboard did not open.');
  return view;
}

function firstNoteLink(view: DashboardView): HTMLAnchorElement {
  const link = view.contentEl.querySelector<HTMLAnchorElement>('a.internal-link[data-href][data-open-path]');
  if (!link) throw new Error('No note link on the dashboard.');
  return link;
}

describe('dashboard note links', () => {
  it('are internal links with data-href, and hovering one asks Page preview for a preview', async () => {
    const loaded = await loadPlugin(DEMO);
    const view = await dashboard(loaded);
    const links = view.contentEl.querySelectorAll('a.internal-link[data-href]');
    expect(links.length).toBeGreaterThan(10);
    expect(view.contentEl.querySelector('button[data-open-path]')).toBeNull();
    expect(MockPlugin.fromOriginalType2__(loaded.plugin).hoverLinkSources__.get(DASHBOARD_VIEW_TYPE)).toMatchObject({
      display: 'Co-production dashboard',
    });

    const trigger = vi.spyOn(loaded.app.workspace, 'trigger');
    const link = firstNoteLink(view);
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const call = trigger.mock.calls.find(([name]) => name === 'hover-link');
    expect(call).toBeDefined();
    const info = call![1] as { source: string; hoverParent: unknown; targetEl: unknown; linktext: string; event: unknown };
    expect(info.source).toBe(DASHBOARD_VIEW_TYPE);
    expect(info.hoverParent === view).toBe(true);
    expect(info.targetEl === link).toBe(true);
    expect(info.linktext).toBe(link.getAttribute('data-href'));
    expect(info.event).toBeInstanceOf(MouseEvent);
  });

  it('open in a new tab on Ctrl/Cmd-click and middle click, and in the note’s own tab on a plain click', async () => {
    const loaded = await loadPlugin(DEMO);
    const view = await dashboard(loaded);
    const getLeaf = vi.spyOn(loaded.app.workspace, 'getLeaf');
    const link = firstNoteLink(view);

    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    await settle(loaded.plugin);
    expect(getLeaf).toHaveBeenLastCalledWith('tab');
    expect(loaded.app.workspace.getActiveFile()?.path).toBe(link.getAttribute('data-href'));

    getLeaf.mockClear();
    const middle = new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 });
    link.dispatchEvent(middle);
    await settle(loaded.plugin);
    expect(middle.defaultPrevented).toBe(true);
    expect(getLeaf).toHaveBeenLastCalledWith('tab');

    // A plain click asks for no new tab: the note's own tab is reused when there is one.
    const openNote = vi.spyOn(loaded.plugin, 'openNote');
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(openNote).toHaveBeenCalledWith(link.getAttribute('data-href'), expect.anything(), false);
  });
});

describe('the end-of-project reflection', () => {
  it('writes its links in the vault’s link format (FileManager.generateMarkdownLink)', async () => {
    const loaded = await loadPlugin(DEMO);
    const generate = vi
      .spyOn(loaded.app.fileManager, 'generateMarkdownLink')
      .mockImplementation((file: TFile, _source: string, _subpath?: string, alias?: string) => `[${alias ?? file.basename}](${encodeURI(file.path)})`);
    const project = loaded.plugin.index.projects().find((record) => record.path === `${FPT}/${FPT}.md`)!;
    const reportPath = await generateReport(loaded.plugin, project);
    const text = await loaded.app.vault.read(loaded.app.vault.getAbstractFileByPath(reportPath) as TFile);
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(generate).toHaveBeenCalled();
    expect(body).toContain(`](${encodeURI(`${FPT}/Activities/`)}`);
    expect(body).not.toMatch(/\[\[[^\]]*\|/);
  });
});

describe('a folder’s menu', () => {
  it('offers "New co-production project here", which makes the project inside that folder', async () => {
    const loaded = await loadPlugin({ 'Work/Notes.md': 'mine' });
    const folder = loaded.app.vault.getAbstractFileByPath('Work') as TFolder;
    const menu = Menu.create2__();
    loaded.app.workspace.trigger('file-menu', menu, folder, 'file-explorer-context-menu');
    const item = menu.menuItems__.find((candidate: MenuItem) => candidate.title__ === 'New co-production project here');
    expect(item).toBeDefined();

    const modals: NewProjectModal[] = [];
    vi.spyOn(NewProjectModal.prototype, 'open').mockImplementation(function (this: NewProjectModal) {
      modals.push(this);
      this.onOpen();
    });
    item!.onClick__!(new MouseEvent('click'));
    await modals[0]!.submitWith('Soup club', '2026-04-01');
    expect(loaded.app.vault.getAbstractFileByPath('Work/Soup club/Soup club.md')).toBeInstanceOf(TFile);
    expect(loaded.app.vault.getAbstractFileByPath('Soup club')).toBeNull();

    const fileMenu = Menu.create2__();
    loaded.app.workspace.trigger('file-menu', fileMenu, loaded.app.vault.getAbstractFileByPath('Work/Notes.md'), 'file-explorer-context-menu');
    expect(fileMenu.menuItems__).toHaveLength(0);
  });
});

describe('settings changed on another device', () => {
  it('are read again when data.json changes, and nothing is written', async () => {
    const loaded = await loadPlugin(DEMO, { recentDays: 90 });
    const save = vi.spyOn(loaded.plugin, 'saveData');
    vi.spyOn(loaded.plugin, 'loadData').mockResolvedValue({ recentDays: 30, templatesFolder: 'Templates' });
    await loaded.plugin.onExternalSettingsChange();
    expect(loaded.plugin.settings.recentDays).toBe(30);
    expect(save).not.toHaveBeenCalled();
  });
});

describe('the status bar', () => {
  it('shows the open note’s ingredient evidence on desktop', async () => {
    const loaded = await loadPlugin(DEMO);
    const [item] = MockPlugin.fromOriginalType2__(loaded.plugin).statusBarItems__;
    expect(item).toBeDefined();
    const notePath = `${FPT}/Reflections/2026-05-06 A group chat for everyone.md`;
    const file = loaded.app.vault.getAbstractFileByPath(notePath) as TFile;
    vi.spyOn(loaded.app.workspace, 'getActiveFile').mockReturnValue(file);
    loaded.app.workspace.trigger('file-open', file);
    const record = loaded.plugin.index.get(notePath)!;
    expect(item!.textContent).toBe(evidenceStatusText(record, true));
    expect(item!.textContent).toMatch(/^(\d+ pieces? of evidence, \d+ ingredients?|No ingredient evidence)$/);
  });

  it('is not added on phones and tablets', async () => {
    Platform.isMobile = true;
    const loaded = await loadPlugin(DEMO);
    expect(MockPlugin.fromOriginalType2__(loaded.plugin).statusBarItems__).toHaveLength(0);
  });

  it('says how many pieces and ingredients, and nothing for notes the tracker does not read', () => {
    const mark = (ingredient: 'assets' | 'networks') => ({ ingredient, line: 3, source: 'tag' as const, text: '' });
    const base = { path: 'P/a.md', title: 'a', evidence: [mark('assets'), mark('assets'), mark('networks')] };
    expect(evidenceStatusText({ ...base, kind: 'note' } as never, true)).toBe('3 pieces of evidence, 2 ingredients');
    expect(evidenceStatusText({ ...base, evidence: [mark('assets')], kind: 'activity' } as never, true)).toBe('1 piece of evidence, 1 ingredient');
    expect(evidenceStatusText({ ...base, evidence: [], kind: 'activity' } as never, true)).toBe('No ingredient evidence');
    expect(evidenceStatusText({ ...base, kind: 'note' } as never, false)).toBe('');
    expect(evidenceStatusText({ ...base, kind: 'unreadable' } as never, true)).toBe('');
    expect(evidenceStatusText(undefined, true)).toBe('');
  });
});

describe('theme variables', () => {
  it('colour text with --text-accent, never --interactive-accent (that one is for fills and borders)', () => {
    const css = readFileSync(path.join(REPO, 'styles.css'), 'utf8');
    expect(css).not.toMatch(/(^|[\s;{])color:\s*var\(--interactive-accent/m);
    expect(css).toMatch(/color:\s*var\(--text-accent/);
  });
});

describe('the first reading of a big vault', () => {
  it('says how far it has got, in the status bar and the dashboard', async () => {
    const { readingText } = await import('../../src/domain');
    expect(readingText(4200, 10000)).toBe('Reading notes: 4,200 of 10,000');
    expect(readingText(7, 12)).toBe('Reading notes: 7 of 12');
    expect(readingText(1234567, 1234567)).toBe('Reading notes: 1,234,567 of 1,234,567');
  });
});
