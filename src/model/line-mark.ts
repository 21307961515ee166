/**
 * Marks found on a line (evidence, a gap, a barrier, a checklist item) keep the raw line and
 * work out their quote only when something shows it: most marks are counted, few are read.
 */
import { isTemplateHint, quoteText } from './quote';
import type { BarrierId, IngredientId } from '../domain';
import type { BarrierMark, ChecklistItem, EvidenceMark, EvidenceSource } from './record';

abstract class QuotedLine {
  private quoted: string | undefined;
  /** `above`: the prose line before, quoted instead when this line holds only tags. */
  protected constructor(
    private readonly raw: string,
    private readonly above = '',
  ) {}

  /** The line's words without tags and markdown: computed once, when first read. */
  get text(): string {
    if (this.quoted === undefined) {
      const own = quoteText(this.raw);
      this.quoted = own !== '' || this.above === '' || isTemplateHint(this.above) ? own : quoteText(this.above);
    }
    return this.quoted;
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
    raw: string,
    above?: string,
  ) {
    super(raw, above);
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
    raw: string,
    above?: string,
  ) {
    super(raw, above);
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
    raw: string,
  ) {
    super(raw);
  }

  protected own(): Record<string, unknown> {
    return { line: this.line, checked: this.checked, ingredients: this.ingredients, barriers: this.barriers };
  }
}
