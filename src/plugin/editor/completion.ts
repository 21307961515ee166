/**
 * Completion for `#ingredient/` and `#gap/` (an EditorSuggest): the six ingredients, each with
 * its "you have it when" line. The matching is pure and tested on its own.
 */
import { Editor, EditorSuggest, type EditorPosition, type EditorSuggestContext, type EditorSuggestTriggerInfo, type TFile } from 'obsidian';
import { INGREDIENTS, type Ingredient } from '../../domain';

export interface CompletionTrigger {
  /** Offset of the `#` in the text before the cursor. */
  start: number;
  kind: 'ingredient' | 'gap';
  query: string;
}

// Anchored at the end and free of nested repetition: linear on any line.
const TRIGGER = /(?:^|[\s([{])#(ingredient|gap)\/([\p{L}\p{N}_-]*)$/iu;

/** The tag being typed at the end of `before` (the line up to the cursor), if any. */
export function completionTrigger(before: string): CompletionTrigger | undefined {
  const hash = before.lastIndexOf('#');
  if (hash === -1) return undefined;
  const m = TRIGGER.exec(before.slice(Math.max(0, hash - 1)));
  if (!m) return undefined;
  return { start: hash, kind: m[1]!.toLowerCase() as 'ingredient' | 'gap', query: m[2]!.toLowerCase() };
}

/** Ingredients whose id or name starts with the query (any word of the name), in the usual order. */
export function completionItems(query: string): Ingredient[] {
  const q = query.toLowerCase();
  return INGREDIENTS.filter((i) => i.id.startsWith(q) || i.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(q)));
}

export interface CompletionHost {
  /** True where the lens runs for this file and completion is switched on. */
  completes(file: TFile | null): boolean;
}

export class IngredientTagSuggest extends EditorSuggest<Ingredient> {
  private kind: 'ingredient' | 'gap' = 'ingredient';

  constructor(
    app: ConstructorParameters<typeof EditorSuggest>[0],
    private readonly host: CompletionHost,
  ) {
    super(app);
  }

  onTrigger(cursor: EditorPosition, editor: Editor, file: TFile | null): EditorSuggestTriggerInfo | null {
    if (!this.host.completes(file)) return null;
    const trigger = completionTrigger(editor.getLine(cursor.line).slice(0, cursor.ch));
    if (!trigger) return null;
    this.kind = trigger.kind;
    return { start: { line: cursor.line, ch: trigger.start }, end: cursor, query: trigger.query };
  }

  getSuggestions(context: EditorSuggestContext): Ingredient[] {
    return completionItems(context.query);
  }

  renderSuggestion(ingredient: Ingredient, el: HTMLElement): void {
    el.addClass('coprod-tag-suggestion');
    el.createDiv({ cls: 'coprod-tag-suggestion-name', text: this.kind === 'gap' ? `${ingredient.name} (gap)` : ingredient.name });
    el.createDiv({ cls: 'coprod-tag-suggestion-when', text: `You have it when: ${ingredient.haveItWhen}` });
  }

  selectSuggestion(ingredient: Ingredient): void {
    const context = this.context;
    if (!context) return;
    context.editor.replaceRange(`#${this.kind}/${ingredient.id} `, context.start, context.end);
  }
}
