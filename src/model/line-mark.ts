/**
 * Marks found on a line (evidence, a gap, a barrier, a checklist item) keep only where the
 * line is, and work out their quote when something shows it: most marks are counted, few are
 * read, and a mark that held its line would hold a good part of the note in memory.
 */
import { isTemplateHint, quoteText } from './quote';
import { BARRIER_IDS, INGREDIENT_IDS, type BarrierId, type IngredientId } from '../domain';
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

/** Kinds of packed mark; a mark from a ticked checklist line adds FROM_CHECKLIST. */
const EVIDENCE = 0;
const GAP = 1;
const BARRIER = 2;
const CHECKLIST = 3;
const FROM_CHECKLIST = 4;
/** Up to six ingredients and four barriers fit in one number, three bits each, in the order written. */
const BARRIER_SHIFT = 18;

/**
 * The marks of one note, packed two numbers to a mark until something reads them: the line,
 * kind and id in one (`line * 64 + kind * 8 + id`, exact far past any note's length), then the
 * line above (or a checklist line's ids). Counting notes (`coprod check`, the status bar)
 * never reads them; the dashboard reads each note's marks once.
 * With ten thousand notes, a mark object per line was most of the index's memory.
 */
export class PackedMarks {
  private data: number[] = [];
  private sealed = false;

  /**
   * Done adding: kept exactly as long as needed (a growing list keeps spare room). A plain list
   * of small integers, not an Int32Array: a typed array's own objects cost more than a note's
   * few marks, and far more time to make.
   */
  seal(): void {
    this.data = this.data.slice();
    this.sealed = true;
  }

  private push(kind: number, id: number, line: number, extra: number): void {
    if (this.sealed) throw new Error('PackedMarks: marks added after sealing');
    this.data.push(line * 64 + kind * 8 + id, extra);
  }

  addEvidence(gap: boolean, ingredient: IngredientId, line: number, fromChecklist: boolean, aboveLine: number): void {
    this.push((gap ? GAP : EVIDENCE) + (fromChecklist ? FROM_CHECKLIST : 0), INGREDIENT_IDS.indexOf(ingredient), line, aboveLine);
  }

  addBarrier(barrier: BarrierId, line: number, fromChecklist: boolean, aboveLine: number): void {
    this.push(BARRIER + (fromChecklist ? FROM_CHECKLIST : 0), BARRIER_IDS.indexOf(barrier), line, aboveLine);
  }

  addChecklist(line: number, checked: boolean, ingredients: Iterable<IngredientId>, barriers: Iterable<BarrierId>): void {
    this.push(CHECKLIST, checked ? 1 : 0, line, packIds(ingredients, INGREDIENT_IDS) + packIds(barriers, BARRIER_IDS) * 2 ** BARRIER_SHIFT);
  }

  /** The ingredients (or gaps) a line of the note shows, without making the marks. */
  shownIngredients(gap: boolean): IngredientId[] {
    return this.collect(gap ? GAP : EVIDENCE, (id) => INGREDIENT_IDS[id]!);
  }

  shownBarriers(): BarrierId[] {
    return this.collect(BARRIER, (id) => BARRIER_IDS[id]!);
  }

  evidence(words: LineSource, gap: boolean): EvidenceMark[] {
    return this.collect(gap ? GAP : EVIDENCE, (id, line, source, above) => new LineEvidence(INGREDIENT_IDS[id]!, line, source, words, above));
  }

  barrierMarks(words: LineSource): BarrierMark[] {
    return this.collect(BARRIER, (id, line, source, above) => new LineBarrier(BARRIER_IDS[id]!, line, source, words, above));
  }

  /** Each packed mark of one kind (checklist or not), in the order written, made into what `make` makes. */
  private collect<T>(wanted: number, make: (id: number, line: number, source: 'tag' | 'checklist', aboveLine: number) => T): T[] {
    const made: T[] = [];
    for (let at = 0; at < this.data.length; at += 2) {
      const head = this.data[at]!;
      const kind = kindOf(head);
      if (kind % FROM_CHECKLIST !== wanted) continue;
      made.push(make(head % 8, lineOf(head), kind >= FROM_CHECKLIST ? 'checklist' : 'tag', this.data[at + 1]!));
    }
    return made;
  }

  checklist(words: LineSource): ChecklistItem[] {
    const items: ChecklistItem[] = [];
    for (let at = 0; at < this.data.length; at += 2) {
      const head = this.data[at]!;
      if (kindOf(head) !== CHECKLIST) continue;
      const ids = this.data[at + 1]!;
      const ingredients = unpackIds(ids % 2 ** BARRIER_SHIFT, INGREDIENT_IDS);
      const barriers = unpackIds(Math.floor(ids / 2 ** BARRIER_SHIFT), BARRIER_IDS);
      items.push(new LineChecklistItem(lineOf(head), head % 8 === 1, ingredients, barriers, words));
    }
    return items;
  }
}

function kindOf(head: number): number {
  return Math.floor(head / 8) % 8;
}

function lineOf(head: number): number {
  return Math.floor(head / 64);
}

/** Ids as three-bit digits (index + 1), first written lowest. */
function packIds<T extends string>(ids: Iterable<T>, known: readonly T[]): number {
  let packed = 0;
  let digit = 1;
  for (const id of ids) {
    packed += (known.indexOf(id) + 1) * digit;
    digit *= 8;
  }
  return packed;
}

/** Shared by every checklist line without tags (most of them); frozen, so no reader can change it. */
const NONE = Object.freeze([]) as unknown as never[];

function unpackIds<T extends string>(packed: number, known: readonly T[]): T[] {
  if (packed === 0) return NONE;
  const ids: T[] = [];
  for (let rest = packed; rest > 0; rest = Math.floor(rest / 8)) ids.push(known[(rest % 8) - 1]!);
  return ids;
}
