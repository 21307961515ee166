/** Asks for a new project's name and start date. Enter creates it; Escape cancels. */
import { Modal, Setting, type App } from 'obsidian';

/** Returns a message to show when the project could not be created, or nothing when it was. */
export type NewProjectSubmit = (name: string, start: string) => Promise<string | undefined>;

export class NewProjectModal extends Modal {
  private name = '';
  private start: string;
  private messageEl: HTMLElement | undefined;
  private busy = false;

  constructor(
    app: App,
    today: string,
    private readonly submit: NewProjectSubmit,
  ) {
    super(app);
    this.start = today;
  }

  override onOpen(): void {
    this.setTitle('New co-production project');
    const { contentEl } = this;
    contentEl.empty();
    contentEl.createEl('p', {
      text: 'This makes a folder with the project note, a note for each of the four phases and a table view of its notes.',
    });
    new Setting(contentEl)
      .setName('Project name')
      .setDesc('The folder and the project note get this name.')
      .addText((text) => {
        text.setPlaceholder('Tea and talk').onChange((value) => (this.name = value));
        text.inputEl.setAttribute('aria-label', 'Project name');
        text.inputEl.setAttribute('required', 'true');
        window.setTimeout(() => text.inputEl.focus(), 0);
      });
    new Setting(contentEl)
      .setName('Start date')
      .setDesc('The day the project started or will start.')
      .addText((text) => {
        text.inputEl.type = 'date';
        text.inputEl.setAttribute('aria-label', 'Start date');
        text.setValue(this.start).onChange((value) => (this.start = value));
      });
    this.messageEl = contentEl.createEl('p', { cls: 'coproduction-form-message', attr: { role: 'alert', 'aria-live': 'assertive' } });
    new Setting(contentEl)
      .addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((button) =>
        button
          .setButtonText('Create project')
          .setCta()
          .onClick(() => void this.trySubmit()),
      );
    this.scope.register([], 'Enter', (event) => {
      event.preventDefault();
      void this.trySubmit();
      return false;
    });
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Exposed for tests: fills the form and submits it as Enter would. */
  async submitWith(name: string, start: string): Promise<void> {
    this.name = name;
    this.start = start;
    await this.trySubmit();
  }

  private async trySubmit(): Promise<void> {
    if (this.busy) return;
    if (this.name.trim() === '') {
      this.showMessage('Give the project a name.');
      return;
    }
    // The date field gives nothing while a date is cleared or half typed: not a format to explain.
    if (this.start.trim() === '') {
      this.showMessage('Pick the day the project started or will start.');
      return;
    }
    this.busy = true;
    try {
      const message = await this.submit(this.name.trim(), this.start.trim());
      if (message === undefined) this.close();
      else this.showMessage(message);
    } finally {
      this.busy = false;
    }
  }

  private showMessage(message: string): void {
    this.messageEl?.setText(message);
  }
}
