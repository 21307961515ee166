/**
 * "Capture a reflection": a form that works on a phone between meetings. Fields are stacked,
 * every control has a label tied to it, check boxes sit inside their labels so the whole line
 * is the tap target, and only "What we learned" is required. Saving hands the values to the
 * caller, which creates one new note; the form itself writes nothing.
 */
import { Modal, type App } from 'obsidian';
import { INGREDIENTS, PHASE_IDS, PHASE_NAMES, ROLE_IDS, ROLE_NAMES, type IngredientId, type PhaseId, type RoleId } from '../../domain';
import type { ReflectionPrompt } from '../../analysis/reflections';

export interface ReflectionFormValues {
  happened: string;
  learned: string;
  change: string;
  ingredients: IngredientId[];
  phase?: PhaseId;
  involved: RoleId[];
  author: string;
}

export interface ReflectionModalOptions {
  projectName: string;
  /** The project's current phase: the phase picked at first. */
  phase?: PhaseId;
  /** Who is writing, as kept on this device. */
  author: string;
  prompt?: ReflectionPrompt;
  /** Creates the note; resolves with its path. A rejection's message is shown in the form. */
  save(values: ReflectionFormValues): Promise<string>;
}

let formCount = 0;

export class ReflectionModal extends Modal {
  private readonly idPrefix = `coproduction-reflection-${++formCount}`;
  private saving = false;
  /** The form's controls, for the form itself and for tests that fill it in. */
  readonly controls = {
    happened: undefined as HTMLTextAreaElement | undefined,
    learned: undefined as HTMLTextAreaElement | undefined,
    change: undefined as HTMLTextAreaElement | undefined,
    phase: undefined as HTMLSelectElement | undefined,
    author: undefined as HTMLInputElement | undefined,
    ingredients: new Map<IngredientId, HTMLInputElement>(),
    involved: new Map<RoleId, HTMLInputElement>(),
    save: undefined as HTMLButtonElement | undefined,
  };
  private errorEl: HTMLElement | undefined;
  /** The path of the note saved, once it is. */
  savedPath: string | undefined;

  constructor(
    app: App,
    private readonly options: ReflectionModalOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle('Capture a reflection');
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass('coproduction-reflection-form');
    contentEl.createEl('p', { text: `For ${this.options.projectName}. Only what we learned is needed; the rest can wait.` });

    const { prompt } = this.options;
    if (prompt) {
      const box = contentEl.createDiv({ cls: 'coproduction-prompt', attr: { role: 'note' } });
      box.createEl('strong', { text: `Something to think about (${prompt.ingredientName}): ` });
      box.createSpan({ text: prompt.text });
    }

    this.controls.happened = this.textArea(contentEl, 'happened', 'What happened', 'What did you see or hear?');
    this.controls.learned = this.textArea(contentEl, 'learned', 'What we learned (needed)', 'What surprised you? Which assumption was wrong?');
    this.controls.learned.required = true;
    this.controls.learned.setAttribute('aria-required', 'true');
    this.controls.change = this.textArea(
      contentEl,
      'change',
      'What we will change',
      'One thing, who will do it and by when. It becomes a follow-up to check later.',
    );

    const ingredients = this.fieldset(contentEl, 'Ingredients this is evidence for');
    for (const ingredient of INGREDIENTS) {
      this.controls.ingredients.set(ingredient.id, this.checkbox(ingredients, `ingredient-${ingredient.id}`, ingredient.name, ingredient.haveItWhen));
    }

    const phaseField = contentEl.createDiv({ cls: 'coproduction-field' });
    phaseField.createEl('label', { text: 'Phase', attr: { for: this.id('phase') } });
    const phase = phaseField.createEl('select', { cls: 'dropdown', attr: { id: this.id('phase') } });
    phase.createEl('option', { text: 'No phase', value: '' });
    for (const id of PHASE_IDS) phase.createEl('option', { text: PHASE_NAMES[id], value: id });
    phase.value = this.options.phase ?? '';
    this.controls.phase = phase;

    const involved = this.fieldset(contentEl, 'Who it involved');
    for (const role of ROLE_IDS) this.controls.involved.set(role, this.checkbox(involved, `role-${role}`, ROLE_NAMES[role]));

    const authorField = contentEl.createDiv({ cls: 'coproduction-field' });
    authorField.createEl('label', { text: 'Your name', attr: { for: this.id('author') } });
    authorField.createDiv({
      text: 'A first name or pseudonym. Kept on this device only.',
      cls: 'setting-item-description',
      attr: { id: this.id('author-help') },
    });
    const author = authorField.createEl('input', {
      type: 'text',
      value: this.options.author,
      attr: { id: this.id('author'), autocomplete: 'name', 'aria-describedby': this.id('author-help') },
    });
    this.controls.author = author;

    this.errorEl = contentEl.createEl('p', { cls: 'coproduction-form-error mod-warning', attr: { role: 'alert', 'aria-live': 'assertive' } });

    const buttons = contentEl.createDiv({ cls: 'modal-button-container' });
    const cancel = buttons.createEl('button', { text: 'Cancel', type: 'button' });
    cancel.addEventListener('click', () => this.close());
    const save = buttons.createEl('button', { text: 'Save reflection', type: 'button', cls: 'mod-cta' });
    save.addEventListener('click', () => void this.submit());
    this.controls.save = save;
    this.scope.register(['Mod'], 'Enter', (event) => {
      event.preventDefault();
      void this.submit();
      return false;
    });
    window.setTimeout(() => this.controls.learned?.focus(), 0);
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** What the form holds now. */
  values(): ReflectionFormValues {
    const checked = <K extends string>(boxes: Map<K, HTMLInputElement>) => [...boxes].filter(([, box]) => box.checked).map(([id]) => id);
    const phase = this.controls.phase?.value ?? '';
    return {
      happened: this.controls.happened?.value.trim() ?? '',
      learned: this.controls.learned?.value.trim() ?? '',
      change: this.controls.change?.value.trim() ?? '',
      ingredients: checked(this.controls.ingredients),
      ...((PHASE_IDS as readonly string[]).includes(phase) ? { phase: phase as PhaseId } : {}),
      involved: checked(this.controls.involved),
      author: this.controls.author?.value.trim() ?? '',
    };
  }

  /** Checks the form, then saves once. Resolves when the note is written or the form shows why not. */
  async submit(): Promise<void> {
    if (this.saving || this.savedPath !== undefined) return;
    const values = this.values();
    const learned = this.controls.learned;
    if (values.learned === '') {
      this.showError('Write what we learned before saving. It is the one part every reflection needs.');
      learned?.setAttribute('aria-invalid', 'true');
      learned?.focus();
      return;
    }
    learned?.removeAttribute('aria-invalid');
    this.showError('');
    this.saving = true;
    this.controls.save?.setAttribute('disabled', 'true');
    try {
      this.savedPath = await this.options.save(values);
      this.close();
    } catch (error) {
      this.showError(`The reflection was not saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.saving = false;
      this.controls.save?.removeAttribute('disabled');
    }
  }

  private showError(message: string): void {
    if (this.errorEl) this.errorEl.textContent = message;
  }

  private id(name: string): string {
    return `${this.idPrefix}-${name}`;
  }

  private textArea(parent: HTMLElement, name: string, label: string, help: string): HTMLTextAreaElement {
    const field = parent.createDiv({ cls: 'coproduction-field' });
    field.createEl('label', { text: label, attr: { for: this.id(name) } });
    field.createDiv({ text: help, cls: 'setting-item-description', attr: { id: this.id(`${name}-help`) } });
    return field.createEl('textarea', { attr: { id: this.id(name), rows: '3', 'aria-describedby': this.id(`${name}-help`) } });
  }

  private fieldset(parent: HTMLElement, legend: string): HTMLFieldSetElement {
    const fieldset = parent.createEl('fieldset', { cls: 'coproduction-field coproduction-choices' });
    fieldset.createEl('legend', { text: legend });
    return fieldset;
  }

  private checkbox(parent: HTMLElement, name: string, label: string, title?: string): HTMLInputElement {
    const row = parent.createEl('label', { cls: 'coproduction-choice', attr: { for: this.id(name) } });
    const box = row.createEl('input', { type: 'checkbox', attr: { id: this.id(name) } });
    row.createSpan({ text: label });
    if (title) row.setAttribute('title', title);
    return box;
  }
}
