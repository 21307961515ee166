/**
 * The status bar (desktop only; phones have none): how much ingredient evidence the open
 * note holds, so a person sees it grow as they tag lines. Nothing shows for a note the
 * tracker does not read.
 */
import type { App } from 'obsidian';
import type { ProjectIndex } from '../index';
import type { NoteRecord } from '../model';
import { readingText } from '../domain';

/** The words in the status bar for a note, or '' to show nothing. */
export function evidenceStatusText(record: NoteRecord | undefined, inProject: boolean): string {
  if (record === undefined || record.kind === 'unreadable' || record.conflictOf !== undefined) return '';
  if (record.kind === 'note' && !inProject) return '';
  const pieces = record.evidence.length;
  const ingredients = new Set(record.evidence.map((mark) => mark.ingredient)).size;
  if (pieces === 0) return 'No ingredient evidence';
  const evidence = `${pieces} ${pieces === 1 ? 'piece' : 'pieces'} of evidence`;
  return `${evidence}, ${ingredients} ${ingredients === 1 ? 'ingredient' : 'ingredients'}`;
}

export class EvidenceStatus {
  private glance = '';
  private reading: { done: number; total: number } | undefined;

  constructor(
    private readonly el: HTMLElement,
    private readonly app: App,
    private readonly index: ProjectIndex,
  ) {
    el.addClass('coproduction-status');
    el.setAttribute('aria-label', 'Ingredient evidence in this note');
  }

  /** The editor's glance at the note being written (evidence and gaps by ingredient), or '' for none. */
  setGlance(text: string): void {
    this.glance = text;
    this.update();
  }

  /** While the vault is first read: how far it has got. */
  showProgress(done: number, total: number): void {
    this.reading = done < total ? { done, total } : undefined;
    this.update();
  }

  /** Shows the open note's evidence; cheap: one lookup in the index. */
  update(): void {
    let text: string;
    if (this.reading) text = readingText(this.reading.done, this.reading.total);
    else if (this.glance !== '') text = this.glance;
    else {
      const file = this.app.workspace.getActiveFile();
      const record = file ? this.index.get(file.path) : undefined;
      text = evidenceStatusText(record, file ? this.index.projectOf(file.path) !== undefined : false);
    }
    this.el.setText(text);
    this.el.toggle(text !== '');
  }
}
