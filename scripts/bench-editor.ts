/**
 * The editor lens's cost per key press on a 5,000-line note.
 *
 *   npm run bench:editor
 *
 * Builds a real CodeMirror view in jsdom with the lens on (every part), types 500 characters
 * one transaction each at the middle of the note, and prints the median and worst time of a
 * key press (the transaction, the StateField and the view plugin's update), then the time of
 * the debounced marker pass that follows a pause. Prints figures; asserts nothing.
 * Goal (issue 12): median <= 0.5 ms, worst <= 5 ms.
 */
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
const g = globalThis as unknown as Record<string, unknown>;
for (const key of ['window', 'document', 'navigator', 'Node', 'HTMLElement', 'Element', 'MutationObserver', 'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle', 'DOMRect', 'Range', 'Text']) {
  g[key] ??= (dom.window as unknown as Record<string, unknown>)[key];
}
// Obsidian's DOM helpers, as the lens's widgets use them.
type Opts = { cls?: string | string[]; text?: string; attr?: Record<string, string> };
function make(tag: string, o: Opts = {}, parent?: Node): HTMLElement {
  const el = dom.window.document.createElement(tag);
  if (o.cls) el.className = Array.isArray(o.cls) ? o.cls.join(' ') : o.cls;
  if (o.text) el.textContent = o.text;
  for (const [k, v] of Object.entries(o.attr ?? {})) el.setAttribute(k, v);
  parent?.appendChild(el);
  return el;
}
g.createSpan = (o?: Opts) => make('span', o);
g.createDiv = (o?: Opts) => make('div', o);
const proto = dom.window.Node.prototype as unknown as Record<string, unknown>;
proto.createSpan = function (this: Node, o?: Opts) { return make('span', o, this); };
proto.createEl = function (this: Node, tag: string, o?: Opts) { return make(tag, o, this); };
proto.appendText = function (this: Node, text: string) { this.appendChild(dom.window.document.createTextNode(text)); };
proto.setText = function (this: Node, text: string) { this.textContent = text; };

const { EditorState } = await import('@codemirror/state');
const { EditorView } = await import('@codemirror/view');
const { history } = await import('@codemirror/commands');
const { ingredientLens, lineSuggestion } = await import('../src/plugin/editor/lens');

const SAMPLE = [
  'At the review we split into small tables and everyone got a voucher for their time.',
  'Peer support met on Thursday evenings without staff. #ingredient/networks',
  'Nobody was paid for the planning day, and travel costs were not covered.',
  'The council changed its policy after the group presented to the committee.',
  '- [x] Training was offered to participants and to staff #ingredient/capacity',
  'Room booked for next week; Sam will bring the flipchart.',
  '',
  '## What we learned',
  'Kezia chaired tonight and I took the minutes. #GAP/shared-roles',
  'Steps at the door kept two people out. #barrier/accessibility',
];
const lines: string[] = ['---', 'coproduction: activity', 'date: 2026-10-01', '---'];
while (lines.length < 5000) lines.push(`${SAMPLE[lines.length % SAMPLE.length]!} (${lines.length})`);
const doc = lines.join('\n');

const parts = { tags: true, suggestions: true, header: true };
const text = 'We paid for childcare and bus fares, and nobody felt used. ';

interface Figures { median: number; p95: number; worst: number }

/** Types 500 characters at line 2,500, one transaction each, after 200 presses to warm up. */
function typing(withLens: boolean): { figures: Figures; view: InstanceType<typeof EditorView> } {
  const extensions = [history(), ...(withLens ? [ingredientLens({ isActive: () => true, parts: () => parts, debounceMs: 1e9 })] : [])];
  const view = new EditorView({ state: EditorState.create({ doc, extensions }), parent: dom.window.document.body });
  view.dispatch({ selection: { anchor: view.state.doc.line(2500).to } });
  const times: number[] = [];
  for (let i = 0; i < 700; i++) {
    const pos = view.state.selection.main.head;
    const t0 = performance.now();
    view.dispatch({ changes: { from: pos, insert: text[i % text.length]! }, selection: { anchor: pos + 1 }, userEvent: 'input.type' });
    if (i >= 200) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { figures: { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]!, worst: times[times.length - 1]! }, view };
}

/** The lens's own share: the same key presses through the state alone, with and without its StateField. */
function stateOnly(withLens: boolean): Figures {
  const extensions = [history(), ...(withLens ? [ingredientLens({ isActive: () => true, parts: () => parts })] : [])];
  let state = EditorState.create({ doc, extensions, selection: { anchor: 0 } });
  state = state.update({ selection: { anchor: state.doc.line(2500).to } }).state;
  const times: number[] = [];
  for (let i = 0; i < 2200; i++) {
    const pos = state.selection.main.head;
    const t0 = performance.now();
    state = state.update({ changes: { from: pos, insert: text[i % text.length]! }, selection: { anchor: pos + 1 }, userEvent: 'input.type' }).state;
    if (i >= 200) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]!, worst: times[times.length - 1]! };
}

const bare = typing(false);
bare.view.destroy();
const lens = typing(true);
const view = lens.view;
const stateBare = stateOnly(false);
const stateLens = stateOnly(true);

// The pass after a pause: markers for the visible lines (cold cache, then warm).
const visible = view.visibleRanges.reduce((n, r) => n + view.state.doc.lineAt(r.to).number - view.state.doc.lineAt(r.from).number + 1, 0);
let t0 = performance.now();
for (const r of view.visibleRanges) for (let p = r.from; p <= r.to; ) { const l = view.state.doc.lineAt(p); lineSuggestion(`${l.text} cold`); p = l.to + 1; }
const cold = performance.now() - t0;
t0 = performance.now();
for (let n = 1; n <= 5000; n++) lineSuggestion(`${view.state.doc.line(n).text} all`);
const whole = performance.now() - t0;

const ms = (n: number): string => `${n.toFixed(3)} ms`;
const line = (name: string, f: Figures): string => `  ${name.padEnd(34)} median ${ms(f.median)}, 95th ${ms(f.p95)}, worst ${ms(f.worst)}`;
console.log('Editor lens, 5,000-line note, 500 key presses at line 2,500 (after 200 to warm up)');
console.log(line('view, lens on (jsdom):', lens.figures));
console.log(line('view, lens off (jsdom):', bare.figures));
console.log(line('state only, lens on:', stateLens));
console.log(line('state only, lens off:', stateBare));
console.log(`  the lens's own cost per key press: median ${ms(lens.figures.median - bare.figures.median)} in the view, ${ms(stateLens.median - stateBare.median)} in the state`);
console.log('  (goal: median <= 0.5 ms, worst <= 5 ms; jsdom lays out nothing, so the view figures are CodeMirror in jsdom, not in Obsidian)');
console.log(`  marker pass after a pause: ${visible} visible lines, ${ms(cold)} uncached`);
console.log(`  for scale, ranking every line of the note: ${ms(whole)} (never done while typing)`);
view.destroy();
