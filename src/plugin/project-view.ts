/**
 * What the dashboard and the reflection log share: a view of one project, remembered with
 * the workspace, that redraws only when it is stale and visible, after a short pause.
 */
import { ItemView, debounce, type ViewStateResult } from 'obsidian';

/** How long a view waits after the last change before it draws again. */
export const REFRESH_DELAY_MS = 500;

interface ProjectViewState {
  project?: string;
}

export abstract class ProjectView extends ItemView {
  /** The project note's path; the first project when none was chosen. */
  protected projectPath: string | undefined;
  /** Something it shows has changed since it last drew. */
  protected stale = true;
  protected readonly refreshSoon = debounce(() => this.refreshIfVisible(), REFRESH_DELAY_MS, true);

  /** Draws the whole view from the index. */
  protected abstract render(): void;

  override onload(): void {
    super.onload();
    // The project shown follows its note when the note or a folder above it is renamed or moved.
    this.registerEvent(this.app.vault.on('rename', (file, oldPath) => this.followRename(file.path, oldPath)));
  }

  private followRename(newPath: string, oldPath: string): void {
    const shown = this.projectPath;
    if (shown === undefined) return;
    let moved: string | undefined;
    if (shown === oldPath) moved = newPath;
    else if (shown.startsWith(`${oldPath}/`)) moved = newPath + shown.slice(oldPath.length);
    if (moved === undefined) return;
    this.projectPath = moved;
    this.stale = true;
    this.app.workspace.requestSaveLayout();
  }

  /** The project shown, as its note path. */
  get shownProject(): string | undefined {
    return this.projectPath;
  }

  override getState(): Record<string, unknown> {
    const state = super.getState();
    return this.projectPath === undefined ? state : { ...state, project: this.projectPath };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const project = (state as ProjectViewState | null)?.project;
    if (typeof project === 'string' && project !== this.projectPath) {
      this.projectPath = project;
      this.stale = true;
    }
    await super.setState(state, result);
    if (this.stale) this.refreshIfVisible();
  }

  protected override async onClose(): Promise<void> {
    this.refreshSoon.cancel();
    this.contentEl.empty();
    return Promise.resolve();
  }

  /** Draws now, whatever changed. */
  refresh(): void {
    this.refreshSoon.cancel();
    this.render();
  }

  /** Shows another project, and asks Obsidian to save the choice with the workspace. */
  showProject(path: string): void {
    this.projectPath = path;
    this.refresh();
    this.app.workspace.requestSaveLayout();
  }

  protected isVisible(): boolean {
    return this.containerEl.isShown();
  }

  protected refreshIfVisible(): void {
    if (this.stale && this.isVisible()) this.render();
  }
}
