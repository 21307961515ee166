/**
 * The reflection log: a project's reflections, newest first, with labelled filters for
 * ingredient, phase, author and dates, each with its follow-up and where it stands. The only
 * write is "Mark as applied", on that button only: it asks how, then sets the follow-up's
 * state through `processFrontMatter`, and never touches a note the tracker could not read.
 */
import { Modal, Notice, type App, type WorkspaceLeaf } from 'obsidian';
import { ProjectView } from './project-view';
import { compareText, ingredientName, INGREDIENTS, PHASE_IDS, PHASE_NAMES, isIsoDate, type IngredientId, type IsoDate, type PhaseId } from '../domain';
import { projectName, type IndexChange, type NoteWriter, type ProjectIndex } from '../index';
import { listReflections, type ReflectionEntry, type ReflectionFilter } from '../analysis/reflections';
import { displayTitle } from '../render/report-markdown';
import { longDate } from '../render/words';

export const REFLECTION_LOG_VIEW_TYPE = 'coproduction-reflection-log';
export const REFLECTION_ICON = 'notebook-pen';

/** What the log needs from the plugin. */
export interface ReflectionLogHost {
  readonly app: App;
  readonly index: ProjectIndex;
  readonly writer: NoteWriter;
  today(): IsoDate;
  openNote(path: string, line?: number): Promise<void>;
}

let logCount = 0;

export class ReflectionLogView extends ProjectView {
  private filter: ReflectionFilter = {};
  private readonly idPrefix = `coproduction-log-${++logCount}`;
  private listEl: HTMLElement | undefined;
  private summaryEl: HTMLElement | undefined;
  private authorSelect: HTMLSelectElement | undefined;
  private drawnProject: string | undefined;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: ReflectionLogHost,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return REFLECTION_LOG_VIEW_TYPE;
  }

  getDisplayText(): string {
    return 'Reflection log';
  }

  override getIcon(): string {
    return REFLECTION_ICON;
  }

  protected override async onOpen(): Promise<void> {
    this.contentEl.addClass('coproduction-view', 'coproduction-reflection-log');
    this.register(this.host.index.onChange((change) => this.onIndexChange(change)));
    this.registerEvent(this.app.workspace.on('layout-change', () => this.catchUp()));
    this.render();
    return Promise.resolve();
  }

  /** Nothing is drawn before the view has opened. */
  protected override isVisible(): boolean {
    return this.listEl !== undefined && super.isVisible();
  }

  /** The entries shown now, for tests and screen readers' summary. */
  entries(): ReflectionEntry[] {
    const project = this.project();
    return project ? listReflections(this.host.index, project, this.filter) : [];
  }

  private project() {
    const projects = this.host.index.projects();
    return projects.find((candidate) => candidate.path === this.projectPath) ?? projects[0];
  }

  private onIndexChange(change: IndexChange): void {
    const shown = this.project()?.path;
    if (shown !== undefined && !change.projects.includes(shown) && shown === this.drawnProject) return;
    this.stale = true;
    this.refreshSoon();
  }

  private catchUp(): void {
    if (this.stale) this.refreshSoon();
  }

  /** Draws the filters (once per project) and the list. */
  protected render(): void {
    this.stale = false;
    const project = this.project();
    if (!project) {
      this.contentEl.empty();
      this.listEl = undefined;
      this.drawnProject = undefined;
      this.contentEl.createEl('h2', { text: 'Reflection log' });
      // A project note with a typing slip is not "no project": say so, and where to look.
      const unreadable = [...this.host.index.all()].some((record) => record.kind === 'unreadable');
      this.contentEl.createEl('p', {
        text: unreadable
          ? 'No project note could be read. The dashboard names the note to fix.'
          : 'There is no project in this vault yet. Start one with the command to create a new co-production project.',
      });
      return;
    }
    if (this.drawnProject !== project.path || !this.listEl) {
      this.drawnProject = project.path;
      this.projectPath = project.path;
      this.drawControls();
    }
    this.drawList();
  }

  private id(name: string): string {
    return `${this.idPrefix}-${name}`;
  }

  private drawControls(): void {
    const { contentEl } = this;
    contentEl.empty();
    const project = this.project()!;
    contentEl.createEl('h2', { text: `Reflection log: ${projectName(project)}` });

    const projects = this.host.index.projects();
    const form = contentEl.createEl('form', { cls: 'coproduction-filters', attr: { 'aria-label': 'Filter reflections' } });
    form.addEventListener('submit', (event) => event.preventDefault());
    if (projects.length > 1) {
      const select = this.select(form, 'project', 'Project', projects.map((record) => [record.path, projectName(record)]), project.path, false);
      select.addEventListener('change', () => {
        this.filter = {};
        this.showProject(select.value);
      });
    }
    const ingredient = this.select(
      form,
      'ingredient',
      'Ingredient',
      INGREDIENTS.map((entry) => [entry.id, entry.name]),
      this.filter.ingredient ?? '',
    );
    ingredient.addEventListener('change', () => this.setFilter({ ingredient: (ingredient.value || undefined) as IngredientId | undefined }));
    const phase = this.select(form, 'phase', 'Phase', PHASE_IDS.map((id) => [id, PHASE_NAMES[id]]), this.filter.phase ?? '');
    phase.addEventListener('change', () => this.setFilter({ phase: (phase.value || undefined) as PhaseId | undefined }));
    const author = this.select(form, 'author', 'Author', [], this.filter.author ?? '');
    author.addEventListener('change', () => this.setFilter({ author: author.value || undefined }));
    this.authorSelect = author;
    for (const [name, label] of [
      ['from', 'From date'],
      ['to', 'To date'],
    ] as const) {
      const field = form.createDiv({ cls: 'coproduction-field' });
      field.createEl('label', { text: label, attr: { for: this.id(name) } });
      const input = field.createEl('input', { type: 'date', value: this.filter[name] ?? '', attr: { id: this.id(name) } });
      input.addEventListener('change', () => this.setFilter({ [name]: isIsoDate(input.value) ? input.value : undefined }));
    }
    this.summaryEl = contentEl.createEl('p', { cls: 'coproduction-muted', attr: { 'aria-live': 'polite' } });
    this.listEl = contentEl.createEl('ul', { cls: 'coproduction-reflection-list' });
  }

  private select(
    parent: HTMLElement,
    name: string,
    label: string,
    options: readonly (readonly [string, string])[],
    value: string,
    withAll = true,
  ): HTMLSelectElement {
    const field = parent.createDiv({ cls: 'coproduction-field' });
    field.createEl('label', { text: label, attr: { for: this.id(name) } });
    const select = field.createEl('select', { cls: 'dropdown', attr: { id: this.id(name) } });
    if (withAll) select.createEl('option', { text: 'All', value: '' });
    for (const [optionValue, text] of options) select.createEl('option', { text, value: optionValue });
    select.value = value;
    return select;
  }

  /** Changes one filter and draws the list again; the filters keep their focus. */
  setFilter(change: Partial<ReflectionFilter>): void {
    const next: ReflectionFilter = { ...this.filter, ...change };
    for (const key of Object.keys(next) as (keyof ReflectionFilter)[]) if (next[key] === undefined) delete next[key];
    this.filter = next;
    this.drawList();
  }

  private drawList(): void {
    const project = this.project();
    const list = this.listEl;
    if (!project || !list) return;
    const all = listReflections(this.host.index, project);
    this.fillAuthors(all);
    const entries = listReflections(this.host.index, project, this.filter);
    list.empty();
    const filtered = Object.keys(this.filter).length > 0;
    this.summaryEl?.setText(
      all.length === 0
        ? 'No reflections yet. Use "Capture a reflection" to write the first.'
        : filtered && entries.length === 0
          ? `No reflection matches these filters, out of ${all.length}. Set a filter back to All, or clear a date, to see more.`
          : filtered
            ? `Showing ${entries.length} of ${all.length} reflections, newest first.`
            : `${all.length} ${all.length === 1 ? 'reflection' : 'reflections'}, newest first.`,
    );
    for (const entry of entries) this.drawEntry(list, entry);
  }

  private fillAuthors(all: readonly ReflectionEntry[]): void {
    const select = this.authorSelect;
    if (!select) return;
    const authors = [...new Set(all.map((entry) => entry.author).filter((author): author is string => author !== undefined))].sort(
      (a, b) => compareText(a, b),
    );
    const wanted = this.filter.author ?? '';
    const current = [...select.options].map((option) => option.value).join('\n');
    if (current === ['', ...authors].join('\n')) return;
    select.empty();
    select.createEl('option', { text: 'All', value: '' });
    for (const author of authors) select.createEl('option', { text: author, value: author });
    select.value = authors.includes(wanted) ? wanted : '';
  }

  private drawEntry(list: HTMLElement, entry: ReflectionEntry): void {
    const item = list.createEl('li', { cls: 'coproduction-reflection' });
    const heading = item.createEl('h3');
    const title = displayTitle(entry.title, entry.author);
    const open = heading.createEl('button', { text: title, cls: 'coproduction-note-link', type: 'button' });
    open.setAttribute('aria-label', `Open the reflection "${title}"`);
    open.addEventListener('click', () => void this.host.openNote(entry.path));
    const facts = [
      longDate(entry.date),
      entry.author,
      entry.phaseName,
      entry.ingredients.map(ingredientName).join(', ') || undefined,
      entry.gaps.length > 0 ? `Falling short: ${entry.gaps.map(ingredientName).join(', ')}` : undefined,
    ].filter((fact): fact is string => fact !== undefined && fact !== '');
    item.createEl('p', { text: facts.join(' · '), cls: 'coproduction-muted' });
    if (entry.learned) item.createEl('p', { text: `We learned: ${entry.learned}` });
    const followUp = entry.followUp;
    if (!followUp) {
      item.createEl('p', { text: 'No follow-up.', cls: 'coproduction-muted' });
      return;
    }
    const line = item.createEl('p', { cls: `coproduction-follow-up is-${followUp.state}` });
    line.createEl('strong', { text: `Follow-up (${followUp.state}): ` });
    line.createSpan({ text: followUp.text });
    if (followUp.state === 'applied' && (followUp.appliedHow || followUp.appliedOn)) {
      const when = followUp.appliedOn ? `Applied on ${longDate(followUp.appliedOn)}` : 'Applied';
      item.createEl('p', { text: `${when}${followUp.appliedHow ? `: ${followUp.appliedHow}` : '.'}` });
    }
    if (followUp.state === 'open') {
      const button = item.createEl('button', { text: 'Mark as applied', type: 'button' });
      button.setAttribute('aria-label', `Mark as applied: ${followUp.text}`);
      button.addEventListener('click', () => {
        new AppliedModal(this.app, followUp.text, (how) => this.markApplied(entry.path, how)).open();
      });
    }
  }

  /**
   * Sets the follow-up of one reflection to applied, with how and today's date. Refuses a
   * note the tracker could not read. Resolves with a message when it did not write.
   */
  async markApplied(path: string, how: string): Promise<string | undefined> {
    const record = this.host.index.get(path);
    if (!record || record.kind === 'unreadable') {
      const message = `"${displayTitle(record?.title ?? path)}" could not be read, so it was left as it is. Fix what "Needs attention" lists for it first.`;
      new Notice(message);
      return message;
    }
    const today = this.host.today();
    try {
      await this.host.writer.processProperties(path, (properties) => {
        properties['follow-up-state'] = 'applied';
        properties['applied-how'] = how;
        properties['applied-on'] = today;
      });
    } catch (error) {
      const message = `The follow-up was not marked: ${error instanceof Error ? error.message : String(error)}`;
      new Notice(message);
      return message;
    }
    new Notice('Marked as applied.');
    return undefined;
  }
}

/** Asks, in one line, how a follow-up was put into practice. */
export class AppliedModal extends Modal {
  private static count = 0;
  private readonly fieldId = `coproduction-applied-${++AppliedModal.count}`;
  input: HTMLTextAreaElement | undefined;
  private errorEl: HTMLElement | undefined;
  private busy = false;

  constructor(
    app: App,
    private readonly followUp: string,
    private readonly apply: (how: string) => Promise<string | undefined>,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle('Mark as applied');
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass('coproduction-reflection-form');
    contentEl.createEl('p', { text: `Follow-up: ${this.followUp}` });
    const field = contentEl.createDiv({ cls: 'coproduction-field' });
    field.createEl('label', { text: 'How was it put into practice?', attr: { for: this.fieldId } });
    this.input = field.createEl('textarea', { attr: { id: this.fieldId, rows: '2', 'aria-required': 'true' } });
    this.errorEl = contentEl.createEl('p', { cls: 'coproduction-form-error mod-warning', attr: { role: 'alert' } });
    const buttons = contentEl.createDiv({ cls: 'modal-button-container' });
    buttons.createEl('button', { text: 'Cancel', type: 'button' }).addEventListener('click', () => this.close());
    buttons.createEl('button', { text: 'Mark as applied', type: 'button', cls: 'mod-cta' }).addEventListener('click', () => void this.submit());
    this.scope.register(['Mod'], 'Enter', (event) => {
      event.preventDefault();
      void this.submit();
      return false;
    });
    window.setTimeout(() => this.input?.focus(), 0);
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  async submit(): Promise<void> {
    if (this.busy) return;
    // Each line break, with the spaces around it, becomes one space (a loop: linear in the text).
    const how = (this.input?.value ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' ');
    if (how === '') {
      if (this.errorEl) this.errorEl.textContent = 'Say in a line how it was put into practice.';
      this.input?.setAttribute('aria-invalid', 'true');
      this.input?.focus();
      return;
    }
    this.busy = true;
    const problem = await this.apply(how);
    this.busy = false;
    if (problem && this.errorEl) this.errorEl.textContent = problem;
    else this.close();
  }
}
