/** Asks for a new note's title (a participant's pseudonym) and who is writing. Both may stay empty. */
import { Modal, Setting, type App } from 'obsidian';
import type { NewNoteKind } from '../../model/new-project';

export interface NoteDetails {
  title: string;
  author: string;
}

export class NoteDetailsModal extends Modal {
  private title = '';
  private author: string;
  private done = false;

  constructor(
    app: App,
    private readonly kind: NewNoteKind,
    author: string,
    private readonly submit: (details: NoteDetails) => void,
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
    new Setting(contentEl)
      .addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((button) => button.setButtonText('Create note').setCta().onClick(() => this.finish()));
    this.scope.register([], 'Enter', (event) => {
      event.preventDefault();
      this.finish();
      return false;
    });
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Exposed for tests: fills the form and submits it as Enter would. */
  submitWith(title: string, author: string): void {
    this.title = title;
    this.author = author;
    this.finish();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.close();
    this.submit({ title: this.title.trim(), author: this.author.trim() });
  }
}
