/**
 * Marks found on a line (evidence, a gap, a barrier, a checklist item) keep only where the
 * line is, and work out their quote when something shows it: most marks are counted, few are
 * read, and a mark that held its line would hold a good part of the note in memory.
 */
import { isTemplateHint, quoteText } from './quote';
import type { BarrierId, IngredientId } from '../domain';
import type { BarrierMark, ChecklistItem, EvidenceMark, EvidenceSource } from './record';

/** Where a mark finds its line when it is shown: the note's words (see `NoteWords`). */
export interface LineSource {
  /** The 1-based file line, as written. */
  lineAt(line: number): string;
}

abstract class QuotedLine {
  // Private fields: a mark compares equal to another on the same line with the same words,
  // whichever copy of the note it came from.
  #quoted: string | undefined;
  readonly #words: LineSource;
  readonly #aboveLine: number;

  /** `aboveLine`: the prose line before (0 for none), quoted instead when this line holds only tags. */
  protected constructor(words: LineSource, aboveLine = 0) {
    this.#words = words;
    this.#aboveLine = aboveLine;
  }

  abstract readonly line: number;

  /** The line's words without tags and markdown: computed once, when first read. */
  get text(): string {
    if (this.#quoted === undefined) {
      const own = quoteText(this.#words.lineAt(this.line));
      const above = own === '' && this.#aboveLine > 0 ? this.#words.lineAt(this.#aboveLine) : '';
      this.#quoted = own !== '' || above === '' || isTemplateHint(above) ? own : quoteText(above);
    }
    return this.#quoted;
  }

  toJSON(): Record<string, unknown> {
    return { ...this.own(), text: this.text };
  }

  protected abstract own(): Record<string, unknown>;
}

export class LineEvidence extends QuotedLine implements EvidenceMark {
  constructor(
    readonly ingredient: IngredientId,
    readonly line: number,
    readonly source: EvidenceSource,
    words: LineSource,
    aboveLine?: number,
  ) {
    super(words, aboveLine);
  }

  protected own(): Record<string, unknown> {
    return { ingredient: this.ingredient, line: this.line, source: this.source };
  }
}

export class LineBarrier extends QuotedLine implements BarrierMark {
  constructor(
    readonly barrier: BarrierId,
    readonly line: number,
    readonly source: EvidenceSource,
    words: LineSource,
    aboveLine?: number,
  ) {
    super(words, aboveLine);
  }

  protected own(): Record<string, unknown> {
    return { barrier: this.barrier, line: this.line, source: this.source };
  }
}

export class LineChecklistItem extends QuotedLine implements ChecklistItem {
  constructor(
    readonly line: number,
    readonly checked: boolean,
    readonly ingredients: IngredientId[],
    readonly barriers: BarrierId[],
    words: LineSource,
  ) {
    super(words);
  }

  protected own(): Record<string, unknown> {
    return { line: this.line, checked: this.checked, ingredients: this.ingredients, barriers: this.barriers };
  }
}
