/**
 * Asks for a new note's title (a participant's pseudonym) and who is writing. Both may stay
 * empty. The form stays open with the reason when the note cannot be made (a pseudonym the
 * project has), so nothing typed is lost.
 */
import { Modal, Setting, type App } from 'obsidian';
import type { NewNoteKind } from '../../model/new-project';

export interface NoteDetails {
  title: string;
  author: string;
}

/** Makes the note; resolves with a message to show when it could not, or nothing when it did. */
export type NoteDetailsSubmit = (details: NoteDetails) => Promise<string | undefined>;

export class NoteDetailsModal extends Modal {
  private title = '';
  private author: string;
  private done = false;
  private busy = false;
  private messageEl: HTMLElement | undefined;

  constructor(
    app: App,
    private readonly kind: NewNoteKind,
    author: string,
    private readonly submit: NoteDetailsSubmit,
  ) {
    super(app);
    this.author = author;
  }

  override onOpen(): void {
    const participant = this.kind === 'participant';
    this.setTitle(participant ? 'New participant' : `New ${this.kind === 'assessment' ? 'self-assessment' : this.kind}`);
    const { contentEl } = this;
    contentEl.empty();
    new Setting(contentEl)
      .setName(participant ? 'Pseudonym' : 'Title')
      .setDesc(
        participant
          ? 'A name the team chose for this person. Never their real name.'
          : 'A few words on what it is about. Leave empty to name it by date.',
      )
      .addText((text) => {
        text.onChange((value) => (this.title = value));
        text.inputEl.setAttribute('aria-label', participant ? 'Pseudonym' : 'Title');
        window.setTimeout(() => text.inputEl.focus(), 0);
      });
    new Setting(contentEl)
      .setName('Your name')
      .setDesc('Who is writing. Kept on this device only.')
      .addText((text) => {
        text.setValue(this.author).onChange((value) => (this.author = value));
        text.inputEl.setAttribute('aria-label', 'Your name');
      });
    this.messageEl = contentEl.createEl('p', { cls: 'coproduction-form-message', attr: { role: 'alert', 'aria-live': 'assertive' } });
    new Setting(contentEl)
      .addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((button) => button.setButtonText('Create note').setCta().onClick(() => void this.finish()));
    this.scope.register([], 'Enter', (event) => {
      event.preventDefault();
      void this.finish();
      return false;
    });
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Exposed for tests: fills the form and submits it as Enter would. */
  submitWith(title: string, author: string): Promise<void> {
    this.title = title;
    this.author = author;
    return this.finish();
  }

  private async finish(): Promise<void> {
    if (this.done || this.busy) return;
    this.busy = true;
    try {
      const message = await this.submit({ title: this.title.trim(), author: this.author.trim() });
      if (message === undefined) {
        this.done = true;
        this.close();
      } else {
        this.messageEl?.setText(message);
      }
    } finally {
      this.busy = false;
    }
  }
}
