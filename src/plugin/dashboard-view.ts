/**
 * The live dashboard: a view, not a note. It draws the dashboard model of one project with
 * the shared renderer, and wires the renderer's data attributes to Obsidian: open a note at
 * a line, or add a suggested ingredient tag (the only write here, and only on that click).
 *
 * It refreshes only when a change touched what it shows, only while it is visible, and
 * after a short pause, so typing in a note never waits for it.
 */
import { Keymap, Notice, type App, type PaneType, type WorkspaceLeaf } from 'obsidian';
import { ProjectView } from './project-view';
import { INGREDIENT_IDS, plural, readingText, type IsoDate } from '../domain';
import { projectName, type IndexChange, type NoteWriter, type ProjectIndex, type ProjectRecord } from '../index';
import type { NoteRecord } from '../model';
import { buildDashboard } from '../analysis/dashboard';
import type { DashboardModel } from '../analysis/dashboard-types';
import type { ScoringSettings } from '../analysis/thresholds';
import { partKeys, partsShown, renderDashboard, renderPart, samePartKey, type DashboardPart, type DashboardRenderOptions, type PartKey } from '../render/dashboard-view';
import { evidenceTable } from '../render/dashboard/scores';
import { endSentence } from '../render/dashboard/follow-through';
import { renderHtmlPage } from '../render/html-page';
import { toDom } from '../render/tree';

export const DASHBOARD_VIEW_TYPE = 'coproduction-dashboard';
export const DASHBOARD_ICON = 'sprout';
export { REFRESH_DELAY_MS } from './project-view';

/** What the view needs from the plugin. */
export interface DashboardHost {
  readonly app: App;
  readonly index: ProjectIndex;
  readonly writer: NoteWriter;
  /** Local date, YYYY-MM-DD. */
  today(): IsoDate;
  /** Opens a note, at a line when given; in a new tab (or split, or window) when `newLeaf` says so. */
  openNote(path: string, line?: number, newLeaf?: PaneType | boolean): Promise<void>;
  /** The scoring settings the user chose. */
  scoringSettings(): Partial<ScoringSettings>;
}

let viewCount = 0;

/** Which dashboard panels the reader closed, kept per vault on this device only (never synced). */
export const CLOSED_PANELS_KEY = 'coproduction-tracker-closed-panels';

const NATIVELY_ACTIVATED = new Set(['BUTTON', 'A', 'SELECT', 'INPUT', 'TEXTAREA', 'SUMMARY']);

export class DashboardView extends ProjectView {
  private model: DashboardModel | undefined;
  /** Project paths as last drawn, to notice a project appearing or going. */
  private drawnProjects = '';
  /** Notes with no project that the last drawing listed under "Needs attention". */
  private drawnOrphans = new Set<string>();
  /** The text of each suggested line when it was drawn: a tag is added only if it is unchanged. */
  private suggestedLines = new Map<string, string>();
  /** Keeps element ids unique when several dashboards are open. */
  private readonly viewNumber = ++viewCount;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: DashboardHost,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return DASHBOARD_VIEW_TYPE;
  }

  getDisplayText(): string {
    return 'Co-production dashboard';
  }

  override getIcon(): string {
    return DASHBOARD_ICON;
  }

  protected override async onOpen(): Promise<void> {
    this.contentEl.addClass('coproduction-view');
    this.register(this.host.index.onChange((change) => this.onIndexChange(change)));
    // A hidden view skips refreshes; these tell it when it may have become visible again.
    this.registerEvent(this.app.workspace.on('layout-change', () => this.catchUp()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.catchUp()));
    this.registerDomEvent(this.contentEl, 'click', (event) => this.onClick(event));
    // A middle click opens the note in a new tab, as on any internal link.
    this.registerDomEvent(this.contentEl, 'auxclick', (event) => this.onAuxClick(event));
    this.registerDomEvent(this.contentEl, 'mouseover', (event) => this.onHover(event));
    this.registerDomEvent(this.contentEl, 'keydown', (event) => this.onKeyDown(event));
    this.registerDomEvent(this.contentEl, 'change', (event) => this.onPick(event));
    // "toggle" does not bubble, so it is caught on its way down.
    this.registerDomEvent(this.contentEl, 'toggle', (event) => this.onToggle(event), { capture: true });
    this.render();
    return Promise.resolve();
  }

  override onResize(): void {
    this.catchUp();
  }

  private onIndexChange(change: IndexChange): void {
    if (!this.touches(change)) return;
    this.stale = true;
    this.refreshSoon();
  }

  private catchUp(): void {
    if (this.model && this.model.asOf !== this.host.today()) this.stale = true;
    if (this.stale && this.isVisible()) this.refreshSoon();
  }

  /** Whether a change to the index could change what this view shows. */
  private touches(change: IndexChange): boolean {
    if (this.model === undefined) return true;
    if (change.projects.includes(this.model.project.path)) return true;
    // The table of all projects shows every project's levels.
    if (this.model.portfolio.length > 0 && change.projects.length > 0) return true;
    const { index } = this.host;
    if (change.projects.length > 0 && projectPaths(index.projects()) !== this.drawnProjects) return true;
    // "Needs attention" lists tracker notes that belong to no project.
    return change.paths.some((path) => this.drawnOrphans.has(path) || isOrphan(index, index.get(path)));
  }

  private progressEl: HTMLElement | undefined;

  /** While the vault is first read: "Reading notes: 4,200 of 10,000", in place, nothing redrawn. */
  showProgress(done: number, total: number): void {
    if (this.host.index.version === 0) this.progressEl?.setText(readingText(done, total));
  }

  /** What the last drawing shows: its project, its parts and their keys, to redraw only the parts that changed. */
  private drawn: { project: string; parts: DashboardPart[]; keys: Map<DashboardPart, PartKey>; root: HTMLElement } | undefined;

  protected render(): void {
    this.stale = false;
    const { index } = this.host;
    const projects = index.projects();
    const project = projects.find((candidate) => candidate.path === this.projectPath) ?? projects[0];
    const drawn = this.drawn;
    if (
      index.version !== 0 &&
      drawn !== undefined &&
      project?.path === drawn.project &&
      projectPaths(projects) === this.drawnProjects &&
      this.contentEl.contains(drawn.root)
    ) {
      this.redrawChanged(project, drawn);
      return;
    }
    this.drawAll();
  }

  /** Draws the whole view from the index. */
  private drawAll(): void {
    const { index } = this.host;
    const keep = this.rememberFocus();
    this.contentEl.empty();
    this.model = undefined;
    this.drawn = undefined;

    const projects = index.projects();
    this.drawnProjects = projectPaths(projects);
    if (index.version === 0) {
      this.suggestedLines.clear();
      this.drawnOrphans.clear();
      const progress = index.progress;
      this.progressEl = this.contentEl.createEl('p', {
        cls: 'coproduction-muted',
        text: progress ? readingText(progress.done, progress.total) : 'Reading the notes in this vault…',
        attr: { role: 'status' },
      });
      return;
    }
    const project = projects.find((candidate) => candidate.path === this.projectPath) ?? projects[0];
    if (project === undefined) {
      this.suggestedLines.clear();
      this.drawnOrphans.clear();
      this.drawNoProject();
      return;
    }
    this.projectPath = project.path;
    if (projects.length > 1) this.drawPicker(projects, project);

    const model = this.newModel(project);
    const options = this.renderOptions();
    const root = toDom(renderDashboard(model, options), this.contentEl.ownerDocument) as HTMLElement;
    this.contentEl.append(root);
    const parts = partsShown(model, options);
    this.drawn = { project: project.path, parts, keys: partKeys(model, parts), root };
    this.makeKeyboardReachable();
    this.restoreFocus(keep);
  }

  /**
   * Replaces only the parts whose data changed, each with a freshly drawn one, keeping what the
   * reader opened and closed and where the focus was. When the parts shown differ, draws all.
   */
  private redrawChanged(project: ProjectRecord, drawn: NonNullable<DashboardView['drawn']>): void {
    const model = this.newModel(project);
    const options = this.renderOptions();
    const parts = partsShown(model, options);
    if (parts.join('\n') !== drawn.parts.join('\n')) {
      this.drawAll();
      return;
    }
    const keys = partKeys(model, parts);
    const keep = this.rememberFocus();
    const doc = this.contentEl.ownerDocument;
    for (const part of parts) {
      const key = keys.get(part)!;
      if (samePartKey(drawn.keys.get(part), key)) continue;
      const old = Array.from(drawn.root.children).find((child) => child.getAttribute('data-part') === part);
      const tree = renderPart(model, options, part);
      if (!old || !tree) {
        this.drawAll();
        return;
      }
      const opened = openStates(old);
      const fresh = toDom(tree, doc) as HTMLElement;
      old.replaceWith(fresh);
      restoreOpenStates(fresh, opened, (details) => this.fillEvidence(details));
    }
    drawn.keys = keys;
    this.makeKeyboardReachable();
    this.restoreFocus(keep);
  }

  /**
   * No project to show. A project note that cannot be read (a typing slip in its properties),
   * or one deleted from under its notes, is named with a way to open what is left, so nobody
   * is sent to make a project that is already there.
   */
  private drawNoProject(): void {
    const { index } = this.host;
    const records = [...index.all()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const unreadable = records.filter((record) => record.kind === 'unreadable');
    const orphans = records.filter((record) => record.kind !== 'unreadable' && isOrphan(index, record));
    const { contentEl } = this;
    if (unreadable.length === 0 && orphans.length === 0) {
      contentEl.createEl('p', {
        text: 'There is no project note yet. Create one with the new co-production project command, and its dashboard appears here.',
      });
      return;
    }
    const shown = 5;
    const more = (count: number) => {
      if (count > shown) contentEl.createEl('p', { cls: 'coproduction-muted', text: `And ${plural(count - shown, 'more note')}.` });
    };
    if (unreadable.length > 0) {
      contentEl.createEl('p', {
        text: 'No project note could be read. If one of these notes is the project note, fix it, and its dashboard appears here. Or start a project with the new co-production project command.',
      });
      const list = contentEl.createEl('ul', { cls: 'coproduction-attention-list' });
      for (const record of unreadable.slice(0, shown)) {
        const problem = record.problems[0];
        const item = list.createEl('li', { cls: 'coproduction-attention coproduction-attention-problem' });
        item.createEl('p').createEl('code', { text: problem?.line === undefined ? record.path : `${record.path}:${problem.line}` });
        if (problem) item.createEl('p', { text: endSentence(problem.message) });
        if (problem?.hint) item.createEl('p', { cls: 'coproduction-hint', text: problem.hint });
        this.openButton(item.createEl('p'), record, problem?.line);
      }
      more(unreadable.length);
    } else {
      contentEl.createEl('p', { text: 'There is no project note.' });
    }
    if (orphans.length > 0) {
      const belong = orphans.length === 1 ? 'belongs' : 'belong';
      contentEl.createEl('p', {
        text: `${plural(orphans.length, 'note')} of the tracker ${belong} to no project, such as ${orphans[0]!.path}. A project's notes sit in the folder of its project note: put the project note back, or start a project with the new co-production project command.`,
      });
      const list = contentEl.createEl('ul');
      for (const record of orphans.slice(0, shown)) this.openButton(list.createEl('li'), record);
      more(orphans.length);
    }
  }

  /** A button that opens a note (at a line), through the view's own click handling. */
  private openButton(parent: HTMLElement, record: NoteRecord, line?: number): void {
    parent.createEl('button', {
      text: line === undefined ? `Open ${record.title}` : `Open ${record.title}, line ${line}`,
      cls: 'coproduction-note-link',
      attr: { type: 'button', 'data-open-path': record.path, ...(line === undefined ? {} : { 'data-open-line': String(line) }) },
    });
  }

  /** Works out the model and what the view keeps beside it (orphans shown, lines suggested). */
  private newModel(project: ProjectRecord): DashboardModel {
    const { index } = this.host;
    const model = buildDashboard(index, project, { asOf: this.host.today(), settings: this.host.scoringSettings() });
    this.model = model;
    this.suggestedLines.clear();
    this.drawnOrphans.clear();
    for (const item of model.attention) if (item.kind === 'no-project') this.drawnOrphans.add(item.path);
    for (const suggestion of model.suggestions) {
      if (suggestion.line === undefined) continue;
      const text = lineOfRecord(index.get(suggestion.path), suggestion.line);
      if (text !== undefined) this.suggestedLines.set(lineKey(suggestion.path, suggestion.line), text);
    }
    return model;
  }

  private renderOptions(): DashboardRenderOptions {
    return { standalone: false, closedPanels: this.closedPanels() };
  }

  private drawPicker(projects: ProjectRecord[], shown: ProjectRecord): void {
    const bar = this.contentEl.createDiv({ cls: 'coproduction-project-picker' });
    const id = `coproduction-project-picker-${this.viewNumber}`;
    bar.createEl('label', { text: 'Project', attr: { for: id } });
    const select = bar.createEl('select', { cls: 'dropdown', attr: { id, 'data-project-picker': '' } });
    for (const project of projects) {
      const option = select.createEl('option', { text: projectName(project), value: project.path });
      option.selected = project.path === shown.path;
    }
  }

  /** Note links that are not buttons or links still take focus and work with the keyboard. */
  private makeKeyboardReachable(): void {
    for (const element of Array.from(this.contentEl.querySelectorAll<HTMLElement>('[data-open-path]'))) {
      if (NATIVELY_ACTIVATED.has(element.tagName)) continue;
      if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '0');
      if (!element.hasAttribute('role')) element.setAttribute('role', 'link');
    }
  }

  /** The panels closed on this device; anything unreadable counts as none. */
  private closedPanels(): Set<string> {
    const stored: unknown = this.app.loadLocalStorage(CLOSED_PANELS_KEY);
    return new Set(Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : []);
  }

  /** Remembers on this device that a panel was opened or closed. Nothing is written to the vault. */
  private onToggle(event: Event): void {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !this.contentEl.contains(details)) return;
    if (details.open) this.fillEvidence(details);
    const key = details.getAttribute('data-panel');
    if (!key) return;
    const closed = this.closedPanels();
    if (details.open === !closed.has(key)) return;
    if (details.open) closed.delete(key);
    else closed.add(key);
    this.app.saveLocalStorage(CLOSED_PANELS_KEY, closed.size > 0 ? [...closed].sort() : null);
  }

  /** An ingredient's whole list is drawn only when someone opens it (a big project has thousands of pieces). */
  private fillEvidence(details: HTMLDetailsElement): void {
    const id = details.getAttribute('data-evidence-ingredient');
    const sign = details.getAttribute('data-evidence-sign') === 'gap' ? 'gap' : 'strength';
    const score = this.model?.ingredients.find((candidate) => candidate.id === id);
    if (!score || details.querySelector('table')) return;
    const ctx = { standalone: false, id: (name: string) => `coproduction-v${this.viewNumber}-${name}` };
    details.append(toDom(evidenceTable(ctx, score, sign), this.contentEl.ownerDocument));
    this.makeKeyboardReachable();
  }

  /** A headline link: open its panel and move there, without changing the app's address. */
  private jumpTo(link: HTMLElement): void {
    const id = link.getAttribute('data-jump') ?? '';
    const target = Array.from(this.contentEl.querySelectorAll<HTMLElement>('[id]')).find((element) => element.id === id);
    if (!target) return;
    const details = target.closest('details');
    if (details && !details.open) details.open = true;
    const summary = target.closest('summary');
    target.scrollIntoView({ block: 'start' });
    (summary ?? target).focus({ preventScroll: true });
  }

  private onPick(event: Event): void {
    const target = event.target;
    if (!(target instanceof HTMLSelectElement) || !target.hasAttribute('data-project-picker')) return;
    if (target.value !== this.projectPath) this.showProject(target.value);
  }

  private onClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    const accept = target?.closest<HTMLElement>('[data-accept-ingredient]');
    if (accept) {
      event.preventDefault();
      void this.acceptSuggestion(accept);
      return;
    }
    const jump = target?.closest<HTMLElement>('a[data-jump]');
    if (jump) {
      event.preventDefault();
      this.jumpTo(jump);
      return;
    }
    const open = target?.closest<HTMLElement>('[data-open-path]');
    if (open) {
      event.preventDefault();
      // Ctrl/Cmd-click opens a new tab, as on any internal link.
      this.openFrom(open, Keymap.isModEvent(event));
    }
  }

  private onAuxClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    const open = target?.closest<HTMLElement>('[data-open-path]');
    if (!open || event.button !== 1) return;
    event.preventDefault();
    this.openFrom(open, 'tab');
  }

  /** Hovering a note link shows its preview (the Page preview core plugin decides when). */
  private onHover(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLElement>('a.internal-link[data-href]');
    const linktext = link?.getAttribute('data-href');
    if (!link || !linktext) return;
    this.app.workspace.trigger('hover-link', {
      event,
      source: DASHBOARD_VIEW_TYPE,
      hoverParent: this,
      targetEl: link,
      linktext,
      sourcePath: '',
    });
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    // Buttons and links already turn Enter and Space into a click.
    if (!target || NATIVELY_ACTIVATED.has(target.tagName) || !target.hasAttribute('data-open-path')) return;
    event.preventDefault();
    this.openFrom(target);
  }

  private openFrom(element: HTMLElement, newLeaf: PaneType | boolean = false): void {
    const path = element.getAttribute('data-open-path');
    if (!path) return;
    const line = Number(element.getAttribute('data-open-line'));
    void this.host.openNote(path, Number.isInteger(line) && line > 0 ? line : undefined, newLeaf);
  }

  /** Adds `#ingredient/<id>` at the end of the suggested line, if that line still reads the same. */
  private async acceptSuggestion(button: HTMLElement): Promise<void> {
    const path = button.getAttribute('data-accept-path') ?? '';
    const line = Number(button.getAttribute('data-accept-line'));
    const ingredient = button.getAttribute('data-accept-ingredient') ?? '';
    if (path === '' || !Number.isInteger(line) || line < 1 || !(INGREDIENT_IDS as readonly string[]).includes(ingredient)) return;
    const record = this.host.index.get(path);
    if (record === undefined || record.kind === 'unreadable') {
      new Notice(`"${path}" could not be read, so nothing was added. Fix its properties first.`);
      return;
    }
    const expected = this.suggestedLines.get(lineKey(path, line));
    if (expected === undefined) return;
    const tag = `#ingredient/${ingredient}`;
    const seen: { outcome: TagOutcome } = { outcome: 'changed' };
    const isButton = button.instanceOf(HTMLButtonElement);
    if (isButton) button.disabled = true;
    try {
      await this.host.writer.processNote(path, (text) => {
        const result = addTagToLine(text, line, expected, tag);
        seen.outcome = result.outcome;
        return result.text;
      });
    } catch (error) {
      new Notice(error instanceof Error ? error.message : `Nothing was added to "${path}".`);
      if (isButton) button.disabled = false;
      return;
    }
    const { outcome } = seen;
    if (outcome === 'added') new Notice(`Added ${tag} to ${record.title}.`);
    else if (outcome === 'present') new Notice(`${record.title} already has ${tag} on that line.`);
    else if (outcome === 'heading') {
      new Notice(`That line of ${record.title} is a heading, and tags on headings are not counted. Add ${tag} to a sentence below it.`);
      if (isButton) button.disabled = false;
    }
    else {
      new Notice(`${record.title} changed since the dashboard was drawn, so nothing was added. Look again, then try.`);
      this.refresh();
    }
  }

  private rememberFocus(): { scrollTop: number; selector?: string } {
    const scrollTop = this.contentEl.scrollTop;
    const active = this.contentEl.ownerDocument.activeElement;
    if (!(active instanceof HTMLElement) || !this.contentEl.contains(active)) return { scrollTop };
    // A disclosure's summary (a panel, an ingredient, a full list) is found again by its disclosure.
    if (active.tagName === 'SUMMARY' && active.parentElement instanceof HTMLDetailsElement) {
      const scope = disclosureSelector(active.parentElement);
      if (scope) return { scrollTop, selector: `${scope} > summary` };
    }
    for (const name of ['data-project-picker', 'data-accept-ingredient', 'data-open-path']) {
      if (!active.hasAttribute(name)) continue;
      const parts = ['data-open-path', 'data-open-line', 'data-accept-path', 'data-accept-line', 'data-accept-ingredient']
        .filter((attribute) => active.hasAttribute(attribute))
        .map((attribute) => `[${attribute}="${cssString(active.getAttribute(attribute) ?? '')}"]`);
      // One note link can be shown twice (among the newest pieces and in the full list): look where it was.
      const holder = active.parentElement?.closest('details');
      const scope = holder instanceof HTMLDetailsElement ? disclosureSelector(holder) : undefined;
      return { scrollTop, selector: `${scope ? `${scope} ` : ''}[${name}]${parts.join('')}` };
    }
    return { scrollTop };
  }

  private restoreFocus(keep: { scrollTop: number; selector?: string }): void {
    if (keep.selector) this.contentEl.querySelector<HTMLElement>(keep.selector)?.focus({ preventScroll: true });
    this.contentEl.scrollTop = keep.scrollTop;
  }
}

/** A selector for a disclosure the renderer names (a panel, an ingredient, a full list), when it is one. */
function disclosureSelector(details: HTMLDetailsElement): string | undefined {
  const sign = details.getAttribute('data-evidence-sign');
  for (const name of ['data-evidence-ingredient', 'data-ingredient', 'data-panel']) {
    const value = details.getAttribute(name);
    if (value === null) continue;
    const signPart = sign === null ? '' : `[data-evidence-sign="${cssString(sign)}"]`;
    return `details[${name}="${cssString(value)}"]${signPart}`;
  }
  return undefined;
}

/** How a disclosure is known across a redraw: by what it shows, else by its place in its part. */
function disclosureKey(details: Element, place: number): string {
  for (const name of ['data-panel', 'data-ingredient', 'data-evidence-ingredient']) {
    const value = details.getAttribute(name);
    if (value !== null) return `${name}=${value}:${details.getAttribute('data-evidence-sign') ?? ''}`;
  }
  return `#${place}`;
}

/** Which disclosures of a part are open, before the part is replaced. */
function openStates(part: Element): Map<string, boolean> {
  const states = new Map<string, boolean>();
  Array.from(part.querySelectorAll('details')).forEach((details, place) => states.set(disclosureKey(details, place), details.open));
  return states;
}

/** Opens and closes the disclosures of a new part as the reader left them in the old one. */
function restoreOpenStates(part: Element, states: ReadonlyMap<string, boolean>, onOpen: (details: HTMLDetailsElement) => void): void {
  Array.from(part.querySelectorAll('details')).forEach((details, place) => {
    const open = states.get(disclosureKey(details, place));
    if (open === undefined || details.open === open) return;
    details.open = open;
    if (open) onOpen(details);
  });
}

/** A value for a quoted CSS attribute selector. */
function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ');
}

/** The projects as the picker names them: a new, gone or renamed project means drawing everything. */
function projectPaths(projects: readonly ProjectRecord[]): string {
  return projects.map((project) => `${project.path}\u0000${projectName(project)}`).join('\n');
}

function isOrphan(index: ProjectIndex, record: NoteRecord | undefined): boolean {
  return record !== undefined && record.kind !== 'note' && record.kind !== 'project' && index.projectOf(record.path) === undefined;
}

function lineKey(path: string, line: number): string {
  return `${line}\u0000${path}`;
}

/** The text of a body line of a record, as the index read it. */
export function lineOfRecord(record: NoteRecord | undefined, line: number): string | undefined {
  if (record === undefined || line < record.bodyStartLine) return undefined;
  return record.body.split('\n')[line - record.bodyStartLine];
}

export type TagOutcome = 'added' | 'present' | 'changed' | 'heading';

/**
 * Adds a tag at the end of one line when that line still reads `expected`. Any other text
 * is returned exactly as it came, so a note that changed meanwhile is left alone.
 */
export function addTagToLine(text: string, line: number, expected: string, tag: string): { text: string; outcome: TagOutcome } {
  const lines = text.split('\n');
  const raw = lines[line - 1];
  if (raw === undefined) return { text, outcome: 'changed' };
  const ending = raw.endsWith('\r') ? '\r' : '';
  const content = ending ? raw.slice(0, -1) : raw;
  if (content !== expected) return { text, outcome: 'changed' };
  // A tag on a heading is not read as evidence, so it would look added and count for nothing.
  if (/^#{1,6}\s/.test(content)) return { text, outcome: 'heading' };
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(^|\\s)${escaped}(?![\\p{L}\\p{N}_/-])`, 'iu').test(content)) return { text, outcome: 'present' };
  const gap = content === '' || /\s$/.test(content) ? '' : ' ';
  lines[line - 1] = `${content}${gap}${tag}${ending}`;
  return { text: lines.join('\n'), outcome: 'added' };
}

/** Where the HTML export of a project goes: its folder, named by the date; never an existing file. */
export async function exportPath(writer: NoteWriter, projectPath: string, today: IsoDate): Promise<string> {
  const slash = projectPath.lastIndexOf('/');
  const folder = slash > 0 ? `${projectPath.slice(0, slash)}/` : '';
  const base = `${folder}Dashboard ${today}`;
  if (!(await writer.exists(`${base}.html`))) return `${base}.html`;
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}.html`;
    if (!(await writer.exists(candidate))) return candidate;
  }
}

/**
 * Writes a standalone HTML snapshot of one project's dashboard next to its project note.
 * Creates a new file every time; returns its path.
 */
export async function exportDashboardHtml(host: DashboardHost, project: ProjectRecord, css: string): Promise<string> {
  const today = host.today();
  const model = buildDashboard(host.index, project, { asOf: today, settings: host.scoringSettings() });
  const html = renderHtmlPage([model], css);
  const path = await exportPath(host.writer, project.path, today);
  await host.writer.createNote(path, html);
  return path;
}

