/** Pickers for "New note from template": which kind of note, and which project. Keyboard first. */
import { SuggestModal, type App } from 'obsidian';
import { projectName, type ProjectRecord } from '../../index/project-index';
import { NEW_NOTE_CHOICES, type NewNoteKind } from '../../model/new-project';

export type NoteKindChoice = (typeof NEW_NOTE_CHOICES)[number];

function matches(query: string, ...texts: string[]): boolean {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
  const haystack = texts.join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export class NoteKindSuggestModal extends SuggestModal<NoteKindChoice> {
  constructor(
    app: App,
    projectLabel: string,
    private readonly choose: (kind: NewNoteKind) => void,
  ) {
    super(app);
    this.setPlaceholder(`New note in ${projectLabel}: which kind?`);
    this.emptyStateText = 'No kind of note matches. Try activity, reflection, participant, reward or self-assessment.';
    this.setInstructions([
      { command: '↑↓', purpose: 'to move' },
      { command: '↵', purpose: 'to choose' },
      { command: 'esc', purpose: 'to cancel' },
    ]);
  }

  getSuggestions(query: string): NoteKindChoice[] {
    return NEW_NOTE_CHOICES.filter((choice) => matches(query, choice.name, choice.description));
  }

  renderSuggestion(choice: NoteKindChoice, el: HTMLElement): void {
    el.createDiv({ text: choice.name });
    el.createEl('small', { text: choice.description, cls: 'coproduction-suggestion-note' });
  }

  onChooseSuggestion(choice: NoteKindChoice): void {
    this.choose(choice.kind);
  }
}

export class ProjectSuggestModal extends SuggestModal<ProjectRecord> {
  constructor(
    app: App,
    private readonly projects: readonly ProjectRecord[],
    private readonly choose: (project: ProjectRecord) => void,
    /** The question, in the words of what the project is chosen for. */
    question = 'Which project is the new note for?',
  ) {
    super(app);
    this.setPlaceholder(question);
    this.emptyStateText = 'No project matches.';
    this.setInstructions([
      { command: '↑↓', purpose: 'to move' },
      { command: '↵', purpose: 'to choose' },
      { command: 'esc', purpose: 'to cancel' },
    ]);
  }

  getSuggestions(query: string): ProjectRecord[] {
    return this.projects.filter((project) => matches(query, projectName(project), project.path));
  }

  renderSuggestion(project: ProjectRecord, el: HTMLElement): void {
    el.createDiv({ text: projectName(project) });
    el.createEl('small', { text: project.path, cls: 'coproduction-suggestion-note' });
  }

  onChooseSuggestion(project: ProjectRecord): void {
    this.choose(project);
  }
}
