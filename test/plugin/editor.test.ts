/**
 * The ingredient lens in a real CodeMirror 6 editor (jsdom): chips for each tag form, the raw
 * tag back under the cursor, suggestion markers, accept/dismiss and undo, completion, the
 * header glance, and nothing at all outside projects.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EditorState, EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { history, undo, redo } from '@codemirror/commands';
import {
  acceptSuggestion,
  dismissSuggestion,
  glanceOf,
  glanceText,
  ingredientLens,
  lensField,
  type LensParts,
} from '../../src/plugin/editor/lens';
import { completionItems, completionTrigger } from '../../src/plugin/editor/completion';

const ALL: LensParts = { tags: true, suggestions: true, header: false };
const views: EditorView[] = [];

function editor(doc: string, options: { active?: boolean; parts?: Partial<LensParts>; cursor?: number } = {}): EditorView {
  const parts = { ...ALL, ...options.parts };
  const state = EditorState.create({
    doc,
    selection: EditorSelection.cursor(options.cursor ?? 0),
    extensions: [history(), ingredientLens({ isActive: () => options.active ?? true, parts: () => parts, debounceMs: 5 })],
  });
  const view = new EditorView({ state, parent: document.body });
  views.push(view);
  return view;
}

afterEach(() => {
  for (const view of views.splice(0)) view.destroy();
});

function chips(view: EditorView): string[] {
  return [...view.contentDOM.querySelectorAll('.coprod-chip')].map((el) => el.textContent ?? '');
}

function markers(view: EditorView): string[] {
  return [...view.contentDOM.querySelectorAll('.coprod-marker-text')].map((el) => el.textContent ?? '');
}

const TAGS = ['Start', 'Paid on the day #ingredient/mutuality', 'Nobody came #GAP/Networks', 'Steps at the door #Barrier/accessibility', 'Odd #ingredient/teamwork'].join('\n');

describe('tag chips', () => {
  it('shows each tag form, in any case, as a chip with a symbol and a name; unknown tags stay as written', () => {
    const view = editor(TAGS);
    expect(chips(view)).toEqual(['● Mutuality', '○ Gap: networks', '▲ Barrier: accessibility']);
    expect(view.contentDOM.textContent).toContain('#ingredient/teamwork');
    expect(view.contentDOM.querySelector('.coprod-chip')?.getAttribute('aria-label')).toContain('#ingredient/mutuality');
  });

  it('reveals the raw tag while the cursor is in it', () => {
    const view = editor(TAGS);
    const at = view.state.doc.toString().indexOf('#GAP') + 3;
    view.dispatch({ selection: { anchor: at } });
    expect(chips(view)).toEqual(['● Mutuality', '▲ Barrier: accessibility']);
    expect(view.contentDOM.textContent).toContain('#GAP/Networks');
    view.dispatch({ selection: { anchor: 0 } });
    expect(chips(view)).toHaveLength(3);
  });

  it('reads only the lines an edit touches, and keeps the other tags where they were', () => {
    const view = editor(TAGS);
    const before = view.state.field(lensField).tags;
    view.dispatch({ changes: { from: 0, insert: 'Trained two peers #ingredient/capacity\n' } });
    const marks: string[] = [];
    view.state.field(lensField).tags.between(0, view.state.doc.length, (from, to, mark) => {
      marks.push(`${mark.kind}/${mark.id}@${view.state.doc.sliceString(from, to)}`);
    });
    expect(marks).toEqual([
      'ingredient/capacity@#ingredient/capacity',
      'ingredient/mutuality@#ingredient/mutuality',
      'gap/networks@#GAP/Networks',
      'barrier/accessibility@#Barrier/accessibility',
      'ingredient/teamwork@#ingredient/teamwork',
    ]);
    expect(view.state.field(lensField).tags).not.toBe(before);
  });
});

describe('suggestion markers', () => {
  const LINE = 'Everyone got a voucher and their bus fare back.';

  it('marks a line whose words point to an ingredient, never a tagged line, a heading or code', () => {
    const view = editor([LINE, '## Vouchers and bus fares', '```', 'voucher bus fare childcare', '```', `${LINE} #ingredient/mutuality`].join('\n'));
    expect(markers(view)).toEqual(['● looks like mutuality']);
  });

  it('accepts with one undoable transaction that adds the tag', () => {
    const view = editor(LINE);
    expect(acceptSuggestion(view, 0)).toBe(true);
    expect(view.state.doc.toString()).toBe(`${LINE} #ingredient/mutuality`);
    expect(markers(view)).toEqual([]);
    expect(chips(view)).toEqual(['● Mutuality']);
    undo(view);
    expect(view.state.doc.toString()).toBe(LINE);
    redo(view);
    expect(view.state.doc.toString()).toBe(`${LINE} #ingredient/mutuality`);
  });

  it('offers a sentence saying the ingredient is missing as a gap, never as evidence', () => {
    const view = editor('Nobody was paid for their time.');
    expect(markers(view)).toEqual(['○ looks like a gap in mutuality']);
    acceptSuggestion(view, 0);
    expect(view.state.doc.toString()).toBe('Nobody was paid for their time. #gap/mutuality');
  });

  it('dismisses for that line only, and undo brings the marker back', () => {
    const view = editor(`${LINE}\nWe paid for childcare and travel.`);
    expect(markers(view)).toHaveLength(2);
    expect(dismissSuggestion(view, 0)).toBe(true);
    expect(markers(view)).toHaveLength(1);
    expect(view.state.doc.toString()).toBe(`${LINE}\nWe paid for childcare and travel.`);
    undo(view);
    expect(markers(view)).toHaveLength(2);
  });

  it('has buttons with words a screen reader can say', () => {
    const view = editor(LINE);
    const labels = [...view.contentDOM.querySelectorAll('.coprod-marker button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Add #ingredient/mutuality to this line', 'Dismiss the suggestion mutuality for this line']);
    (view.contentDOM.querySelector('.coprod-marker button') as HTMLButtonElement).click();
    expect(view.state.doc.toString()).toBe(`${LINE} #ingredient/mutuality`);
  });

  it('waits for a pause in typing before marking a line', async () => {
    const view = editor('Room booked.\nWe paid for');
    view.dispatch({ changes: { from: view.state.doc.length, insert: ' childcare and travel.' } });
    expect(markers(view)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(markers(view)).toEqual(['● looks like mutuality']);
  });
});

describe('outside projects and with parts switched off', () => {
  it('draws nothing in a note outside a project', () => {
    const view = editor(`${TAGS}\nEveryone got a voucher.`, { active: false });
    expect(chips(view)).toEqual([]);
    expect(markers(view)).toEqual([]);
    expect(acceptSuggestion(view, 0)).toBe(false);
  });

  it('leaves out each part its setting turns off', () => {
    const view = editor(`${TAGS}\nEveryone got a voucher and their bus fare back.`, { parts: { tags: false } });
    expect(chips(view)).toEqual([]);
    expect(markers(view)).toHaveLength(1);
    const quiet = editor(`${TAGS}\nEveryone got a voucher and their bus fare back.`, { parts: { suggestions: false } });
    expect(markers(quiet)).toEqual([]);
    expect(chips(quiet)).toHaveLength(3);
  });
});

describe('this note at a glance', () => {
  it('counts evidence and gaps by ingredient, one per line', () => {
    const view = editor('A #ingredient/mutuality #ingredient/mutuality\nB #ingredient/Mutuality\nC #gap/networks\nD #barrier/financial');
    expect(glanceOf(view.state)).toEqual({ evidence: { mutuality: 2 }, gaps: { networks: 1 } });
    expect(glanceText(glanceOf(view.state))).toBe('Evidence: Mutuality 2 · Gaps: Networks 1');
    expect(glanceText({ evidence: {}, gaps: {}, weakest: 'catalysts' })).toBe('No evidence yet · Project weakest: catalysts');
  });

  it('shows a compact line at the top of the note when asked (phones)', () => {
    const view = editor('Paid #ingredient/mutuality', { parts: { header: true } });
    expect(view.dom.querySelector('.coprod-glance-header')?.textContent).toBe('Evidence: Mutuality 1');
    const none = editor('Paid #ingredient/mutuality', { parts: { header: true }, active: false });
    expect(none.dom.querySelector('.coprod-glance-header')).toBeNull();
  });
});

describe('completion', () => {
  it('triggers on #ingredient/ and #gap/ in any case, only as a tag', () => {
    expect(completionTrigger('We paid #ingredient/')).toEqual({ start: 8, kind: 'ingredient', query: '' });
    expect(completionTrigger('#GAP/mut')).toEqual({ start: 0, kind: 'gap', query: 'mut' });
    expect(completionTrigger('see a#ingredient/')).toBeUndefined();
    expect(completionTrigger('#barrier/')).toBeUndefined();
    expect(completionTrigger('#ingredient/mutuality and more')).toBeUndefined();
  });

  it('offers the six ingredients, narrowed by what is typed', () => {
    expect(completionItems('').map((i) => i.id)).toEqual(['assets', 'shared-roles', 'capacity', 'mutuality', 'networks', 'catalysts']);
    expect(completionItems('ro').map((i) => i.id)).toEqual(['shared-roles']);
    expect(completionItems('ca').map((i) => i.id)).toEqual(['capacity', 'catalysts']);
  });
});
