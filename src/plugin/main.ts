/**
 * The Obsidian host. It builds the project index once from Obsidian's own metadata when the
 * layout is ready, then keeps it current one note at a time from the metadata cache and
 * vault events. It never writes on start-up or on any of those events: the only writes are
 * the user's own actions (commands, the accept button, settings).
 */
import { MarkdownView, Notice, Platform, Plugin, TAbstractFile, TFile, TFolder, normalizePath, type Menu, type PaneType, type WorkspaceLeaf } from 'obsidian';
import { localDay, type IsoDate } from '../domain';
import { ProjectIndex, type NoteSource, type NoteWriter } from '../index';
import { readStoredSettings } from '../analysis/settings';
import type { ScoringSettings } from '../analysis/thresholds';
import { openNewProjectModal, registerCreationCommands } from './commands/creation';
import { registerReflectionFeatures } from './commands/reflection';
import { DASHBOARD_ICON, DASHBOARD_VIEW_TYPE, DashboardView, exportDashboardHtml } from './dashboard-view';
import { DEFAULT_SETTINGS, type CoproductionHost, type CoproductionSettings } from './host';
import { frontmatterOf, obsidianYamlReader, vaultSource } from './index-source';
import { FillOnInsert } from './fill-on-insert';
import { CoproductionSettingTab, unusedSettingText } from './settings-tab';
import { refreshLens, registerIngredientLens } from './editor';
import { EvidenceStatus } from './status-bar';
import { vaultWriter } from './vault-writer';

export default class CoproductionTrackerPlugin extends Plugin implements CoproductionHost {
  override settings: CoproductionSettings = { ...DEFAULT_SETTINGS };
  index!: ProjectIndex;
  writer!: NoteWriter;
  private source!: NoteSource;
  /** Folders whose notes are never read; the index holds this same array. */
  private readonly ignoredFolders: string[] = [];
  private indexReady = false;
  private unloaded = false;
  /** Paths that changed while the index was first being built; read again once it is. */
  private readonly changedDuringBuild = new Set<string>();
  /** Fills in phase and author when a template goes into a note in this device's editor. */
  private fillOnInsert!: FillOnInsert;
  /** The open note's evidence, on desktop only. */
  private status: EvidenceStatus | undefined;

  /** The one status bar item (desktop), which the editor lens also writes its glance to. */
  get statusBar(): EvidenceStatus | undefined {
    return this.status;
  }
  /** Reads after create and rename events, one at a time and in order. */
  private queue: Promise<void> = Promise.resolve();

  override async onload(): Promise<void> {
    await this.loadSettings();
    this.updateIgnoredFolders();
    this.index = new ProjectIndex({ readYaml: obsidianYamlReader, ignoredFolders: this.ignoredFolders });
    this.source = vaultSource(this.app);
    this.writer = vaultWriter(this.app, (path) => this.index.get(path));
    this.fillOnInsert = new FillOnInsert(this);

    this.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, this));
    // Page preview lists the dashboard among its sources; hovering a note link previews it.
    this.registerHoverLinkSource(DASHBOARD_VIEW_TYPE, { display: 'Co-production dashboard', defaultMod: true });
    // Phones and tablets have no status bar.
    if (!Platform.isMobile) this.status = new EvidenceStatus(this.addStatusBarItem(), this.app, this.index);
    this.addRibbonIcon(DASHBOARD_ICON, 'Open co-production dashboard', () => {
      void this.openDashboard();
    });
    this.addCommand({
      id: 'open-dashboard',
      name: 'Open dashboard',
      callback: () => {
        void this.openDashboard();
      },
    });
    this.addCommand({
      id: 'refresh-dashboard',
      name: 'Refresh dashboard',
      callback: () => {
        void this.refreshDashboards();
      },
    });
    this.addCommand({
      id: 'export-dashboard-html',
      name: 'Export dashboard as HTML',
      callback: () => {
        void this.exportDashboard();
      },
    });
    this.addSettingTab(new CoproductionSettingTab(this.app, this));
    registerCreationCommands(this);
    registerReflectionFeatures(this);
    registerIngredientLens(this, this);

    this.app.workspace.onLayoutReady(() => {
      if (this.unloaded) return;
      this.registerEvent(this.app.workspace.on('file-menu', (menu, file) => this.onFileMenu(menu, file)));
      this.enqueue(() => this.buildIndex());
    });
  }

  override onunload(): void {
    // Events and views are released by Obsidian (registerEvent, registerView); leaves stay where the user put them.
    this.unloaded = true;
  }

  // --- the host ----------------------------------------------------------------------------

  today(): IsoDate {
    return localDay(this.now());
  }

  now(): Date {
    return new Date();
  }

  scoringSettings(): Partial<ScoringSettings> {
    return { recentDays: this.settings.recentDays, feedbackWarningDays: this.settings.feedbackWarningDays };
  }

  /** Opens a note and puts the cursor at the start of a line (1-based); in a new tab, split or window when asked. */
  async openNote(path: string, line?: number, newLeaf: PaneType | boolean = false): Promise<void> {
    const file = this.app.vault.getAbstractFileByPath(normalizePath(path));
    if (!(file instanceof TFile)) {
      new Notice(`There is no note at "${path}" any more.`);
      return;
    }
    let leaf: WorkspaceLeaf | undefined = newLeaf ? this.app.workspace.getLeaf(newLeaf) : undefined;
    this.app.workspace.iterateAllLeaves((candidate) => {
      if (!leaf && candidate.view instanceof MarkdownView && candidate.view.file?.path === file.path) leaf = candidate;
    });
    // A new tab, so the dashboard stays open beside the note.
    leaf ??= this.app.workspace.getLeaf('tab');
    const eState = line === undefined ? undefined : { line: line - 1 };
    await leaf.openFile(file, { active: true, ...(eState ? { eState } : {}) });
    await this.app.workspace.revealLeaf(leaf);
    if (line !== undefined && leaf.view instanceof MarkdownView) {
      const editor = leaf.view.editor;
      const position = { line: Math.min(line - 1, Math.max(0, editor.lineCount() - 1)), ch: 0 };
      editor.setCursor(position);
      editor.scrollIntoView({ from: position, to: position }, true);
    }
  }

  /** "New co-production project here" on a folder's menu. */
  private onFileMenu(menu: Menu, file: TAbstractFile): void {
    if (!(file instanceof TFolder)) return;
    menu.addItem((item) =>
      item
        .setTitle('New co-production project here')
        .setIcon(DASHBOARD_ICON)
        .onClick(() => openNewProjectModal(this, file.isRoot() ? '' : file.path)),
    );
  }

  // --- settings ----------------------------------------------------------------------------

  async loadSettings(): Promise<void> {
    const stored: unknown = await this.loadData();
    const { settings, unused } = readStoredSettings(stored);
    this.settings = settings;
    // Said, never mended in the file: the settings file is written only when the user changes a setting.
    if (unused.length > 0) new Notice(`Co-production tracker could not use some of its settings. ${unused.map(unusedSettingText).join(' ')}`);
  }

  /** Saves the synced settings (only on a change the user makes) and applies them. */
  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    await this.applySettings();
  }

  /** data.json changed on disk (sync from another device): read it again and apply it. Writes nothing. */
  override async onExternalSettingsChange(): Promise<void> {
    await this.loadSettings();
    await this.applySettings();
  }

  private async applySettings(): Promise<void> {
    const ignoredBefore = this.ignoredFolders.join('\n');
    this.updateIgnoredFolders();
    if (this.indexReady && this.ignoredFolders.join('\n') !== ignoredBefore) await this.reconsiderIgnored();
    await this.refreshDashboards(false);
    refreshLens(this);
  }

  private updateIgnoredFolders(): void {
    const templates = normalizePath(this.settings.templatesFolder.trim());
    const folders = [templates, this.app.vault.configDir].filter((folder) => folder !== '' && folder !== '/');
    this.ignoredFolders.splice(0, this.ignoredFolders.length, ...folders);
  }

  /** After the templates folder changed: drop notes now ignored, read notes no longer ignored. */
  private async reconsiderIgnored(): Promise<void> {
    for (const file of this.app.vault.getMarkdownFiles()) {
      const ignored = this.index.isIgnored(file.path);
      if (ignored && this.index.get(file.path)) this.index.remove(file.path);
      else if (!ignored && !this.index.get(file.path)) await this.index.refresh(this.source, file.path);
    }
  }

  // --- the index ---------------------------------------------------------------------------

  /** Reads the vault once, then follows changes. Writes nothing. */
  private async buildIndex(): Promise<void> {
    // Listen first, so a change made while the vault is being read is not lost.
    this.registerEvent(
      this.app.metadataCache.on('changed', (file, data, cache) => {
        if (!this.indexReady) {
          this.changedDuringBuild.add(file.path);
          return;
        }
        // While the index still holds the note as it was.
        this.fillOnInsert.changed(file.path, cache);
        this.index.update(file.path, data, frontmatterOf(cache));
      }),
    );
    this.registerEvent(
      this.app.workspace.on('editor-change', (_editor, info) => {
        if (info.file) this.fillOnInsert.typed(info.file.path);
      }),
    );
    if (this.status) {
      const status = this.status;
      this.registerEvent(this.app.workspace.on('file-open', () => status.update()));
      this.register(this.index.onChange((change) => {
        const open = this.app.workspace.getActiveFile()?.path;
        if (open !== undefined && change.paths.includes(open)) status.update();
      }));
    }
    this.registerEvent(this.app.vault.on('create', (file) => this.onCreate(file)));
    this.registerEvent(this.app.vault.on('rename', (file, oldPath) => this.onRename(file, oldPath)));
    this.registerEvent(this.app.vault.on('delete', (file) => this.onDelete(file)));

    // A note that goes away while the vault is being read is read again (and dropped) afterwards.
    const building: NoteSource = {
      listNotes: () => this.source.listNotes(),
      readNote: async (path) => {
        try {
          return await this.source.readNote(path);
        } catch {
          this.changedDuringBuild.add(path);
          return '';
        }
      },
      cachedFrontmatter: (path) => this.source.cachedFrontmatter?.(path),
    };
    try {
      // Slices of at most ~40 ms, so typing and scrolling never wait for the first reading.
      await this.index.build(building, {
        sliceMs: 40,
        giveWay: () => new Promise((resolve) => window.setTimeout(resolve, 0)),
        onProgress: (done, total) => {
          this.status?.showProgress(done, total);
          for (const view of this.dashboards()) view.showProgress(done, total);
        },
      });
    } finally {
      this.indexReady = true;
    }
    this.status?.update();
    // Editors opened before the index was ready learn now which notes are in a project.
    refreshLens(this);
    const changed = [...this.changedDuringBuild];
    this.changedDuringBuild.clear();
    for (const path of changed) this.enqueue(() => this.reread(path));
  }

  /** Resolves once the first build and every read started by a vault event are done. */
  async whenIdle(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.queue;
      await current;
    } while (current !== this.queue);
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      new Notice(`Co-production tracker could not read a note: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private onCreate(file: TAbstractFile): void {
    if (!(file instanceof TFile) || file.extension !== 'md') return;
    if (!this.indexReady) {
      this.changedDuringBuild.add(file.path);
      return;
    }
    // The metadata cache may have reported it already.
    if (this.index.get(file.path)) return;
    this.enqueue(() => this.reread(file.path));
  }

  private onRename(file: TAbstractFile, oldPath: string): void {
    if (!this.indexReady) {
      this.changedDuringBuild.add(oldPath);
      if (file instanceof TFile) this.changedDuringBuild.add(file.path);
      else for (const path of this.indexedUnder(oldPath)) this.changedDuringBuild.add(file.path + path.slice(oldPath.length));
      return;
    }
    if (file instanceof TFile) {
      this.enqueue(() => this.moved(oldPath, file.path));
    } else if (file instanceof TFolder) {
      // A folder moved: every note inside it moved too.
      for (const path of this.indexedUnder(oldPath)) {
        const newPath = file.path + path.slice(oldPath.length);
        this.enqueue(() => this.moved(path, newPath));
      }
    }
  }

  private onDelete(file: TAbstractFile): void {
    if (!this.indexReady) {
      this.changedDuringBuild.add(file.path);
      for (const path of this.indexedUnder(file.path)) this.changedDuringBuild.add(path);
      return;
    }
    if (file instanceof TFile) this.index.remove(file.path);
    else for (const path of this.indexedUnder(file.path)) this.index.remove(path);
  }

  /** Indexed notes inside a folder. */
  private indexedUnder(folder: string): string[] {
    const prefix = `${folder}/`;
    return [...this.index.all()].map((record) => record.path).filter((path) => path.startsWith(prefix));
  }

  private markdownFile(path: string): TFile | undefined {
    const file = this.app.vault.getAbstractFileByPath(path);
    return file instanceof TFile && file.extension === 'md' ? file : undefined;
  }

  /** Reads one note again, or forgets it when it is gone. */
  private async reread(path: string): Promise<void> {
    if (this.markdownFile(path)) await this.index.refresh(this.source, path);
    else this.index.remove(path);
  }

  private async moved(oldPath: string, newPath: string): Promise<void> {
    if (!this.index.get(oldPath) && this.index.get(newPath)) return;
    const file = this.markdownFile(newPath);
    if (!file) {
      this.index.remove(oldPath);
      return;
    }
    const text = await this.app.vault.cachedRead(file);
    if (this.markdownFile(newPath) !== file) return;
    this.index.rename(oldPath, newPath, text, this.source.cachedFrontmatter?.(newPath));
  }

  // --- the dashboard -----------------------------------------------------------------------

  private dashboards(): DashboardView[] {
    return this.app.workspace
      .getLeavesOfType(DASHBOARD_VIEW_TYPE)
      .map((leaf) => leaf.view)
      .filter((view): view is DashboardView => view instanceof DashboardView);
  }

  async openDashboard(): Promise<void> {
    const { workspace } = this.app;
    let leaf = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
    if (!leaf) {
      leaf = workspace.getLeaf('tab');
      await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
    }
    await workspace.revealLeaf(leaf);
  }

  /** Draws every open dashboard again; opens one when none is open and `openIfNone` is set. */
  refreshDashboards(openIfNone = true): Promise<void> {
    const views = this.dashboards();
    if (views.length === 0) return openIfNone ? this.openDashboard() : Promise.resolve();
    for (const view of views) view.refresh();
    return Promise.resolve();
  }

  private async exportDashboard(): Promise<void> {
    const shown = this.dashboards()[0]?.shownProject;
    const projects = this.index.projects();
    const project = projects.find((candidate) => candidate.path === shown) ?? projects[0];
    if (!project) {
      new Notice('There is no project to export yet.');
      return;
    }
    try {
      const path = await exportDashboardHtml(this, project, await this.readStyles());
      new Notice(`Saved the dashboard as ${path}.`);
    } catch (error) {
      new Notice(`The dashboard was not exported: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The plugin's own styles.css, inlined into exports. Missing styles are not an error. */
  private async readStyles(): Promise<string> {
    const dir = this.manifest.dir;
    if (!dir) return '';
    const path = normalizePath(`${dir}/styles.css`);
    try {
      return (await this.app.vault.adapter.exists(path)) ? await this.app.vault.adapter.read(path) : '';
    } catch {
      return '';
    }
  }
}

/** Stored settings over the defaults, keeping only values that can be used (see `readStoredSettings`). */
export function mergeSettings(stored: unknown): CoproductionSettings {
  return readStoredSettings(stored).settings;
}
