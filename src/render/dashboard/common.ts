/** Pieces shared by the dashboard panels: sections, note references, level boxes, tables. */
import type { NoteLink } from '../../analysis/dashboard-types';
import { h, type Child, type ElementNode } from '../tree';
import { levelBar, monthName } from '../words';

export interface RenderContext {
  /** Static HTML export: no script runs, so note references are plain text, not buttons. */
  standalone: boolean;
  /** A document-unique id for a name. */
  id(name: string): string;
  /** Heading level of each panel (default h3, under the project's h2). */
  panelHeading?: 'h2' | 'h3';
  /** Id of the project's heading: panels name themselves with it too, so landmarks stay unique on a page of several projects. */
  titleId?: string;
  /** The project's name, to tell apart the same panel of two projects on one page. */
  projectName?: string;
}

/** A panel: a section labelled by its own h3. */
export function panel(ctx: RenderContext, key: string, title: string, ...children: Child[]): ElementNode {
  const headingId = ctx.id(key);
  const labelledBy = ctx.titleId ? `${headingId} ${ctx.titleId}` : headingId;
  return h(
    'section',
    { class: `coproduction-panel coproduction-panel-${key}`, 'aria-labelledby': labelledBy },
    h(ctx.panelHeading ?? 'h3', { id: headingId }, title),
    ...children,
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
      rows.map(([first, ...rest]) => h('tr', null, h('th', { scope: 'row' }, first), rest.map((cell) => h('td', null, cell)))),
    ),
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

/** Counts per month as one row, months across, so a long project stays short on the page. */
export function monthlyTable(
  ctx: RenderContext,
  caption: string,
  label: string,
  rows: readonly { month: string; count: number }[],
): ElementNode {
  return scrollingTable(
    ctx,
    `${caption}, scrolls sideways`,
    dataTable(caption, ['Month', ...rows.map((row) => monthName(row.month))], [[label, ...rows.map((row) => String(row.count))]]),
  );
}
