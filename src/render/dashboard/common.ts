/** Pieces shared by the dashboard panels: sections, note references, level boxes, tables. */
import type { NoteLink } from '../../analysis/dashboard-types';
import { h, type Child, type ElementNode } from '../tree';
import { levelBar } from '../words';
import { monthlyBars } from '../charts/evidence';

export interface RenderContext {
  /** Static HTML export: no script runs, so note references are plain text, not buttons. */
  standalone: boolean;
  /** A document-unique id for a name. */
  id: (name: string) => string;
  /** Heading level of each panel (default h3, under the project's h2). */
  panelHeading?: 'h2' | 'h3';
  /** Id of the project's heading: panels name themselves with it too, so landmarks stay unique on a page of several projects. */
  titleId?: string;
  /** The project's name, to tell apart the same panel of two projects on one page. */
  projectName?: string;
  /** Panels this reader closed on this device (live view only); every other panel starts open. */
  closedPanels?: ReadonlySet<string>;
}

/**
 * A panel: a section labelled by its own h3, which opens and closes (a <details> whose
 * summary holds the heading). Panels start open, in the export always; the live view
 * remembers on each device which ones the reader closed (`data-panel` names the panel).
 */
export function panel(ctx: RenderContext, key: string, title: string, ...children: Child[]): ElementNode {
  const headingId = ctx.id(key);
  const labelledBy = ctx.titleId ? `${headingId} ${ctx.titleId}` : headingId;
  return h(
    'section',
    { class: `coproduction-panel coproduction-panel-${key}`, 'aria-labelledby': labelledBy },
    h(
      'details',
      { class: 'coproduction-panel-details', open: !ctx.closedPanels?.has(key), 'data-panel': key },
      h('summary', { class: 'coproduction-panel-summary' }, h(ctx.panelHeading ?? 'h3', { id: headingId }, title)),
      h('div', { class: 'coproduction-panel-body' }, ...children),
    ),
  );
}

export function where(link: { path: string; line?: number }): string {
  return link.line === undefined ? link.path : `${link.path}, line ${link.line}`;
}

/**
 * A reference to a note. In the live view it is an internal link as Obsidian draws them
 * (`a.internal-link` with `data-href`, so the host can give it hover previews and
 * Ctrl/Cmd-click), opened through `data-open-path` / `data-open-line`; in the export it is
 * the note's path as text.
 */
export function noteRef(ctx: RenderContext, link: NoteLink, label = link.title): ElementNode {
  if (ctx.standalone) return h('span', { class: 'coproduction-source' }, where(link));
  const line = link.line === undefined ? '' : `, line ${link.line}`;
  return h(
    'a',
    {
      class: 'internal-link coproduction-note-link',
      href: link.path,
      'data-href': link.path,
      'data-open-path': link.path,
      'data-open-line': link.line,
    },
    label,
    link.line === undefined ? null : h('span', { class: 'coproduction-visually-hidden' }, line),
  );
}

/** Three boxes, filled up to the level, drawn by CSS; hidden from screen readers (the level name is text). */
export function levelBoxes(level: number): ElementNode {
  const boxes = [0, 1, 2].map((i) =>
    h('span', { class: `coproduction-box ${i < level ? 'is-filled' : 'is-empty'}` }),
  );
  return h('span', { class: `coproduction-boxes coproduction-level-${level}`, 'aria-hidden': 'true' }, boxes);
}

/** The level as symbols and words, for tables: "■■□ On the way". */
export function levelText(level: number, name: string): ElementNode {
  return h(
    'span',
    { class: `coproduction-level coproduction-level-${level}` },
    h('span', { class: 'coproduction-symbols', 'aria-hidden': 'true' }, levelBar(level)),
    ' ',
    name,
  );
}

export function emptyState(message: string): ElementNode {
  return h('p', { class: 'coproduction-empty' }, message);
}

export function warning(...children: Child[]): ElementNode {
  return h(
    'div',
    { class: 'coproduction-warning', role: 'note' },
    h('strong', null, h('span', { 'aria-hidden': 'true' }, '⚠ '), 'Warning: '),
    ...children,
  );
}

/** A table with a caption, column headers, and a row header in the first cell of each row. */
export function dataTable(caption: string, headers: readonly string[], rows: readonly (readonly Child[])[]): ElementNode {
  return h(
    'table',
    { class: 'coproduction-table' },
    h('caption', null, caption),
    h('thead', null, h('tr', null, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h(
      'tbody',
      null,
      // data-label names each cell's column, for narrow screens where rows become lists.
      rows.map(([first, ...rest]) =>
        h('tr', null, h('th', { scope: 'row' }, first), rest.map((cell, i) => h('td', { 'data-label': headers[i + 1] }, cell))),
      ),
    ),
  );
}

/**
 * A long list as a compact table, one short row per entry: the date and the note, then the
 * given cells. Rows of one note follow each other, so its date and name are written once and
 * span its rows. In the live view the note is a link; in the export, its name.
 */
export function compactTable(
  ctx: RenderContext,
  caption: string,
  headers: readonly string[],
  rows: readonly { note: NoteLink & { date?: string }; cells: readonly Child[] }[],
): ElementNode {
  const body: ElementNode[] = [];
  for (let i = 0; i < rows.length; ) {
    const { note } = rows[i]!;
    let end = i + 1;
    while (end < rows.length && rows[end]!.note.path === note.path) end++;
    const span = end - i > 1 ? end - i : undefined;
    for (let j = i; j < end; j++) {
      const cells = rows[j]!.cells.filter((cell) => cell !== null && cell !== undefined).map((cell) => h('td', null, cell));
      body.push(
        j === i
          ? h('tr', null, h('td', { rowspan: span }, note.date ?? 'No date'), h('td', { rowspan: span }, ctx.standalone ? note.title : noteRef(ctx, note)), cells)
          : h('tr', null, cells),
      );
    }
    i = end;
  }
  return h(
    'table',
    { class: 'coproduction-compact' },
    h('caption', null, caption),
    h('thead', null, h('tr', null, ['Date', 'Note', ...headers].map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', null, body),
  );
}

/** A wide table scrolls sideways; the scrolling box is focusable so keyboards can scroll it. */
export function scrollingTable(ctx: RenderContext, label: string, table: ElementNode): ElementNode {
  const name = ctx.projectName ? `${label}, ${ctx.projectName}` : label;
  return h('div', { class: 'coproduction-scroll', role: 'region', 'aria-label': name, tabindex: 0 }, table);
}

export function counts(entries: readonly [string, number][], none: string): ElementNode {
  const shown = entries.filter(([, count]) => count > 0);
  if (shown.length === 0) return h('p', { class: 'coproduction-muted' }, none);
  return h(
    'ul',
    { class: 'coproduction-counts' },
    shown.map(([label, count]) => h('li', null, h('span', { class: 'coproduction-count' }, String(count)), ' ', label)),
  );
}

/** Counts per month as a bar chart, with its figures in a table that opens. */
export function monthlyTable(
  ctx: RenderContext,
  caption: string,
  label: string,
  rows: readonly { month: string; count: number }[],
): ElementNode {
  return monthlyBars(ctx.id(`monthly-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`), caption, label, rows);
}
