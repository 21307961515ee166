/**
 * The live ingredient lens (issue 12), a CodeMirror 6 extension.
 *
 * - A StateField keeps every tracker tag and code-fence line of the note as ranges. On an
 *   edit it maps them through the changes and reads again only the lines the edit touched
 *   (obsidian-dataview's inline-field preview reads the whole note on every change).
 * - A ViewPlugin decorates only the visible ranges: tags become chips with a symbol and a
 *   name, and the raw tag comes back while the selection touches it; a line whose words
 *   point to an ingredient gets a quiet marker at its end. Markers are worked out after a
 *   pause in typing (debounced) and from a cache by line text, so a key press never waits.
 * - Accepting a marker adds the tag in one editor transaction of its own (undo takes it
 *   away); dismissing is a state effect that undo also reverses.
 * - On phones a compact line at the top of the note gives this note at a glance.
 */
import { Facet, RangeSet, RangeValue, StateEffect, StateField, type EditorState, type Extension, type Range, type Transaction } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, WidgetType, showPanel, type DecorationSet, type Panel, type PluginValue, type ViewUpdate } from '@codemirror/view';
import { invertedEffects, isolateHistory } from '@codemirror/commands';
import { rankLine, type IngredientSuggestion } from '../../analysis/suggest';
import { INGREDIENT_BY_ID, INGREDIENT_IDS, type IngredientId } from '../../domain';
import { chipLabel, findTags, isFenceLine, type TagKind } from './tags';

/** A line's best suggestion needs at least this score to get a marker: one strong sign or two good ones. */
export const LINE_MIN_SCORE = 2.5;

export interface LensParts {
  tags: boolean;
  suggestions: boolean;
  /** The compact line at the top of the note (used where there is no status bar). */
  header: boolean;
}

export interface LensConfig {
  /** True where the lens runs: a note in a project, outside the templates folder. */
  isActive(state: EditorState): boolean;
  /** Read on every update, so a change in the settings shows at once. */
  parts(): LensParts;
  /** The weakest ingredient of the note's project, for the glance. */
  weakest?(state: EditorState): IngredientId | undefined;
  /** Called after a pause in typing with this note's glance. */
  onGlance?(view: EditorView, glance: Glance): void;
  /** Pause before markers and the glance are worked out again. Default 250 ms. */
  debounceMs?: number;
}

const NOWHERE: LensConfig = { isActive: () => false, parts: () => ({ tags: false, suggestions: false, header: false }) };

export const lensConfig = Facet.define<LensConfig, LensConfig>({ combine: (values) => values[0] ?? NOWHERE });

// --- state ----------------------------------------------------------------------------------

class TagMark extends RangeValue {
  constructor(
    readonly kind: TagKind,
    readonly id: string,
  ) {
    super();
  }
  override eq(other: RangeValue): boolean {
    return other instanceof TagMark && other.kind === this.kind && other.id === this.id;
  }
}

class LineMark extends RangeValue {
  override point = true;
  override eq(other: RangeValue): boolean {
    return other instanceof LineMark;
  }
}
const LINE_MARK = new LineMark();
const NO_LINES = RangeSet.of<LineMark>([]);

export interface LensState {
  /** Every tracker tag in the note. */
  tags: RangeSet<TagMark>;
  /** The start of every fence line (``` or ~~~). */
  fences: RangeSet<LineMark>;
  /** The start of every line whose suggestion was dismissed. */
  dismissed: RangeSet<LineMark>;
}

/** Dismiss the suggestion on the line starting at this position. */
export const dismissEffect = StateEffect.define<number>({ map: (pos, mapping) => mapping.mapPos(pos) });
/** Undo of a dismissal. */
export const restoreEffect = StateEffect.define<number>({ map: (pos, mapping) => mapping.mapPos(pos) });
/** Sent when the debounced work is done, so the view draws again. */
const refreshEffect = StateEffect.define<null>();

function readLines(state: EditorState, fromLine: number, toLine: number): { tags: Range<TagMark>[]; fences: Range<LineMark>[] } {
  const tags: Range<TagMark>[] = [];
  const fences: Range<LineMark>[] = [];
  for (let n = fromLine; n <= toLine; n++) {
    const line = state.doc.line(n);
    for (const tag of findTags(line.text)) tags.push(new TagMark(tag.kind, tag.id).range(line.from + tag.from, line.from + tag.to));
    if (isFenceLine(line.text)) fences.push(LINE_MARK.range(line.from));
  }
  return { tags, fences };
}

function readAll(state: EditorState): LensState {
  const { tags, fences } = readLines(state, 1, state.doc.lines);
  return { tags: RangeSet.of(tags, true), fences: RangeSet.of(fences, true), dismissed: NO_LINES };
}

/** The touched lines of the new document, as [first, last] line numbers, merged. */
function touchedLines(tr: Transaction): [number, number][] {
  const spans: [number, number][] = [];
  tr.changes.iterChangedRanges((_fromA, _toA, fromB, toB) => {
    const first = tr.state.doc.lineAt(fromB).number;
    const last = tr.state.doc.lineAt(toB).number;
    const prev = spans[spans.length - 1];
    if (prev && first <= prev[1] + 1) prev[1] = Math.max(prev[1], last);
    else spans.push([first, last]);
  });
  return spans;
}

export const lensField = StateField.define<LensState>({
  create: readAll,
  update(value, tr) {
    let { tags, fences, dismissed } = value;
    if (tr.docChanged) {
      tags = tags.map(tr.changes);
      fences = fences.map(tr.changes);
      dismissed = dismissed.map(tr.changes);
      for (const [first, last] of touchedLines(tr)) {
        const from = tr.state.doc.line(first).from;
        const to = tr.state.doc.line(last).to;
        const fresh = readLines(tr.state, first, last);
        const outside = (a: number, b: number): boolean => b < from || a > to;
        tags = tags.update({ filter: outside, filterFrom: from, filterTo: to, add: fresh.tags, sort: true });
        fences = fences.update({ filter: outside, filterFrom: from, filterTo: to, add: fresh.fences, sort: true });
      }
    }
    for (const effect of tr.effects) {
      if (effect.is(dismissEffect)) dismissed = dismissed.update({ add: [LINE_MARK.range(effect.value)], sort: true });
      else if (effect.is(restoreEffect)) {
        const pos = effect.value;
        dismissed = dismissed.update({ filter: (a) => a !== pos, filterFrom: pos, filterTo: pos });
      }
    }
    return tags === value.tags && fences === value.fences && dismissed === value.dismissed ? value : { tags, fences, dismissed };
  },
});

/** Undo of a dismissal restores it, and redo dismisses again. */
const invertDismiss = invertedEffects.of((tr) => {
  const out: StateEffect<number>[] = [];
  for (const effect of tr.effects) {
    if (effect.is(dismissEffect)) out.push(restoreEffect.of(effect.value));
    else if (effect.is(restoreEffect)) out.push(dismissEffect.of(effect.value));
  }
  return out;
});

// --- what a line suggests -------------------------------------------------------------------

const lineCache = new Map<string, IngredientSuggestion | null>();
const LINE_CACHE_SIZE = 4000;

/** The best suggestion for a line's text when it is strong enough for a marker, cached by text. */
export function lineSuggestion(text: string): IngredientSuggestion | undefined {
  const cached = lineCache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const best = rankLine(text)[0];
  const shown = best && best.score >= LINE_MIN_SCORE ? best : null;
  if (lineCache.size >= LINE_CACHE_SIZE) lineCache.clear();
  lineCache.set(text, shown);
  return shown ?? undefined;
}

/** Where the properties block ends (its closing `---` line's end), or 0 when there is none. */
function frontmatterEnd(state: EditorState): number {
  const doc = state.doc;
  if (doc.lines < 2 || doc.line(1).text.trim() !== '---') return 0;
  const last = Math.min(doc.lines, 500);
  for (let n = 2; n <= last; n++) {
    const text = doc.line(n).text.trim();
    if (text === '---' || text === '...') return doc.line(n).to;
  }
  return 0;
}

function hasMark(set: RangeSet<LineMark>, pos: number): boolean {
  let found = false;
  set.between(pos, pos, (from) => {
    if (from === pos) found = true;
    return found ? false : undefined;
  });
  return found;
}

function fencesBefore(set: RangeSet<LineMark>, pos: number): number {
  let count = 0;
  if (pos > 0) set.between(0, pos - 1, (from) => {
    if (from < pos) count++;
  });
  return count;
}

/** The suggestion for the line at `pos`, when that line shows a marker. */
export function suggestionAt(state: EditorState, pos: number): IngredientSuggestion | undefined {
  const line = state.doc.lineAt(pos);
  const lens = state.field(lensField, false);
  if (!lens || line.to <= frontmatterEnd(state) || hasMark(lens.dismissed, line.from)) return undefined;
  if (isFenceLine(line.text) || fencesBefore(lens.fences, line.from) % 2 === 1) return undefined;
  return lineSuggestion(line.text);
}

// --- accept and dismiss ---------------------------------------------------------------------

/** The tag a suggestion adds. */
export function tagFor(suggestion: IngredientSuggestion): string {
  return `#${suggestion.gap ? 'gap' : 'ingredient'}/${suggestion.ingredient}`;
}

/** Adds the suggested tag at the end of the line at `pos`, as one undoable step. False when there is none. */
export function acceptSuggestion(view: EditorView, pos: number): boolean {
  const suggestion = suggestionAt(view.state, pos);
  if (!suggestion) return false;
  const line = view.state.doc.lineAt(pos);
  const at = line.from + line.text.trimEnd().length;
  view.dispatch({
    changes: { from: at, insert: ` ${tagFor(suggestion)}` },
    userEvent: 'input.tag',
    annotations: isolateHistory.of('full'),
  });
  return true;
}

/** Hides the suggestion on the line at `pos` (undo shows it again). False when there is none. */
export function dismissSuggestion(view: EditorView, pos: number): boolean {
  if (!suggestionAt(view.state, pos)) return false;
  view.dispatch({ effects: dismissEffect.of(view.state.doc.lineAt(pos).from), userEvent: 'dismiss', annotations: isolateHistory.of('full') });
  return true;
}

// --- widgets --------------------------------------------------------------------------------

class ChipWidget extends WidgetType {
  constructor(
    readonly kind: TagKind,
    readonly id: string,
  ) {
    super();
  }
  override eq(other: ChipWidget): boolean {
    return other.kind === this.kind && other.id === this.id;
  }
  toDOM(): HTMLElement {
    const label = chipLabel(this.kind, this.id)!;
    const chip = createSpan({ cls: ['coprod-chip', `coprod-chip-${this.kind}`], attr: { title: label.title, 'aria-label': label.title } });
    chip.createSpan({ cls: 'coprod-chip-symbol', text: label.symbol, attr: { 'aria-hidden': 'true' } });
    chip.appendText(` ${label.text}`);
    return chip;
  }
  override ignoreEvent(): boolean {
    return false;
  }
}

function ingredientWords(suggestion: IngredientSuggestion): string {
  const name = (INGREDIENT_BY_ID.get(suggestion.ingredient)?.name ?? suggestion.ingredient).toLowerCase();
  return suggestion.gap ? `a gap in ${name}` : name;
}

class MarkerWidget extends WidgetType {
  constructor(
    readonly suggestion: IngredientSuggestion,
    readonly lineFrom: number,
  ) {
    super();
  }
  override eq(other: MarkerWidget): boolean {
    return (
      other.lineFrom === this.lineFrom &&
      other.suggestion.ingredient === this.suggestion.ingredient &&
      other.suggestion.gap === this.suggestion.gap &&
      other.suggestion.score === this.suggestion.score
    );
  }
  override updateDOM(): boolean {
    return false;
  }
  toDOM(view: EditorView): HTMLElement {
    const words = ingredientWords(this.suggestion);
    const because = this.suggestion.reasons.slice(0, 3).map((r) => `"${r.phrase}"`).join(', ');
    const marker = createSpan({ cls: this.suggestion.gap ? ['coprod-marker', 'coprod-marker-gap'] : 'coprod-marker' });
    marker.createSpan({
      cls: 'coprod-marker-text',
      text: `${this.suggestion.gap ? '○' : '●'} looks like ${words}`,
      attr: { title: `Because of ${because}` },
    });
    const lineFrom = (): number => view.posAtDOM(marker);
    const button = (label: string, aria: string, action: (pos: number) => void): void => {
      const el = marker.createEl('button', { cls: 'coprod-marker-button', text: label, attr: { type: 'button', 'aria-label': aria } });
      el.addEventListener('mousedown', (event) => event.preventDefault());
      el.addEventListener('click', (event) => {
        event.preventDefault();
        action(lineFrom());
      });
    };
    button('Add tag', `Add ${tagFor(this.suggestion)} to this line`, (pos) => acceptSuggestion(view, pos));
    button('Dismiss', `Dismiss the suggestion ${words} for this line`, (pos) => dismissSuggestion(view, pos));
    return marker;
  }
  override ignoreEvent(): boolean {
    return true;
  }
}

// --- the view plugin ------------------------------------------------------------------------

function touchesSelection(state: EditorState, from: number, to: number): boolean {
  return state.selection.ranges.some((r) => r.from <= to && r.to >= from);
}

function chipDecorations(view: EditorView): Range<Decoration>[] {
  const { state } = view;
  const tags = state.field(lensField).tags;
  const out: Range<Decoration>[] = [];
  for (const { from, to } of view.visibleRanges) {
    tags.between(from, to, (a, b, mark) => {
      if (a < from || touchesSelection(state, a, b) || !chipLabel(mark.kind, mark.id)) return;
      out.push(Decoration.replace({ widget: new ChipWidget(mark.kind, mark.id) }).range(a, b));
    });
  }
  return out;
}

function markerDecorations(view: EditorView): Range<Decoration>[] {
  const { state } = view;
  const lens = state.field(lensField);
  const propertiesEnd = frontmatterEnd(state);
  const out: Range<Decoration>[] = [];
  for (const { from, to } of view.visibleRanges) {
    let inFence = fencesBefore(lens.fences, state.doc.lineAt(from).from) % 2 === 1;
    for (let pos = from; pos <= to; ) {
      const line = state.doc.lineAt(pos);
      if (isFenceLine(line.text)) inFence = !inFence;
      else if (!inFence && line.to > propertiesEnd && line.text.trim() !== '' && !hasMark(lens.dismissed, line.from)) {
        const suggestion = lineSuggestion(line.text);
        if (suggestion) out.push(Decoration.widget({ widget: new MarkerWidget(suggestion, line.from), side: 1 }).range(line.to));
      }
      pos = line.to + 1;
    }
  }
  return out;
}

class LensView implements PluginValue {
  decorations: DecorationSet = Decoration.none;
  private markers: DecorationSet = Decoration.none;
  private timer: number | undefined;

  constructor(private readonly view: EditorView) {
    this.markers = this.workOutMarkers();
    this.decorations = this.compose();
    this.schedule();
  }

  update(update: ViewUpdate): void {
    const refreshed = update.transactions.some(
      (tr) => tr.reconfigured || tr.isUserEvent('input.tag') || tr.effects.some((e) => e.is(refreshEffect) || e.is(dismissEffect) || e.is(restoreEffect)),
    );
    // An edit moves the viewport's positions too; only a scroll without an edit is worked out at once.
    if (refreshed || (update.viewportChanged && !update.docChanged)) this.markers = this.workOutMarkers();
    else if (update.docChanged) {
      this.markers = this.markers.map(update.changes);
      this.schedule();
    }
    if (refreshed || update.docChanged || update.viewportChanged || update.selectionSet) this.decorations = this.compose();
  }

  destroy(): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
  }

  private config(): LensConfig {
    return this.view.state.facet(lensConfig);
  }

  private active(): boolean {
    return this.config().isActive(this.view.state);
  }

  private workOutMarkers(): DecorationSet {
    if (!this.active() || !this.config().parts().suggestions) return Decoration.none;
    return Decoration.set(markerDecorations(this.view), true);
  }

  private compose(): DecorationSet {
    if (!this.active()) return Decoration.none;
    const chips = this.config().parts().tags ? chipDecorations(this.view) : [];
    if (chips.length === 0) return this.markers;
    return this.markers.update({ add: chips, sort: true });
  }

  private schedule(): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      const config = this.config();
      if (config.onGlance && this.active()) config.onGlance(this.view, glanceOf(this.view.state));
      this.view.dispatch({ effects: refreshEffect.of(null) });
    }, this.config().debounceMs ?? 250);
  }
}

const lensView = ViewPlugin.fromClass(LensView, { decorations: (value) => value.decorations });

// --- this note at a glance ------------------------------------------------------------------

export interface Glance {
  /** Lines tagged per ingredient, for evidence and for gaps. */
  evidence: Partial<Record<IngredientId, number>>;
  gaps: Partial<Record<IngredientId, number>>;
  weakest?: IngredientId;
}

export function glanceOf(state: EditorState): Glance {
  const evidence: Partial<Record<IngredientId, number>> = {};
  const gaps: Partial<Record<IngredientId, number>> = {};
  const seen = new Set<string>();
  state.field(lensField).tags.between(0, state.doc.length, (from, _to, mark) => {
    if (mark.kind === 'barrier' || !INGREDIENT_BY_ID.has(mark.id as IngredientId)) return;
    const id = mark.id as IngredientId;
    const key = `${mark.kind} ${id} ${state.doc.lineAt(from).number}`;
    if (seen.has(key)) return;
    seen.add(key);
    const bucket = mark.kind === 'gap' ? gaps : evidence;
    bucket[id] = (bucket[id] ?? 0) + 1;
  });
  const weakest = state.facet(lensConfig).weakest?.(state);
  return { evidence, gaps, ...(weakest ? { weakest } : {}) };
}

function listOf(counts: Partial<Record<IngredientId, number>>): string {
  return INGREDIENT_IDS.filter((id) => counts[id])
    .map((id) => `${INGREDIENT_BY_ID.get(id)?.name ?? id} ${counts[id]}`)
    .join(', ');
}

/** The glance in words, short enough for a status bar or a phone-width line. */
export function glanceText(glance: Glance): string {
  const evidence = listOf(glance.evidence);
  const gaps = listOf(glance.gaps);
  const parts = [evidence ? `Evidence: ${evidence}` : 'No evidence yet'];
  if (gaps) parts.push(`Gaps: ${gaps}`);
  if (glance.weakest) parts.push(`Project weakest: ${(INGREDIENT_BY_ID.get(glance.weakest)?.name ?? glance.weakest).toLowerCase()}`);
  return parts.join(' · ');
}

function headerPanel(view: EditorView): Panel {
  const dom = createDiv({ cls: 'coprod-glance-header', attr: { role: 'status', 'aria-label': 'This note at a glance' } });
  let shown = '';
  const draw = (): void => {
    const text = glanceText(glanceOf(view.state));
    if (text !== shown) dom.setText((shown = text));
  };
  draw();
  return {
    dom,
    top: true,
    update(update) {
      // After a pause in typing only: counting reads every tag of the note.
      if (update.transactions.some((tr) => tr.effects.some((e) => e.is(refreshEffect)))) draw();
    },
  };
}

const headerField = StateField.define<boolean>({
  create: (state) => wantsHeader(state),
  update: (value, tr) => (tr.reconfigured || tr.effects.some((e) => e.is(refreshEffect)) ? wantsHeader(tr.state) : value),
  provide: (field) => showPanel.from(field, (on) => (on ? headerPanel : null)),
});

function wantsHeader(state: EditorState): boolean {
  const config = state.facet(lensConfig);
  return config.parts().header && config.isActive(state);
}

/** The whole lens; give it a config with `lensConfig.of(…)`. */
export function ingredientLens(config: LensConfig): Extension {
  return [lensConfig.of(config), lensField, invertDismiss, lensView, headerField];
}
