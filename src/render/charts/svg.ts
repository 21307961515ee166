/**
 * Pieces every chart uses. A chart is inline SVG built with `h`, so it draws the same in
 * Obsidian, in the HTML export (whose content policy allows no scripts) and on paper.
 *
 * Every chart:
 * - is an <svg role="img"> named by its <title>, and the name says the main figures;
 * - comes with its numbers as a table a screen reader can reach (in a <details> that opens);
 * - takes its colours from theme variables through CSS classes (styles.css, "Charts");
 * - never tells things apart by colour alone: lines are solid or dashed, markers are
 *   circles or squares, bars are filled or outlined, and figures are written as text.
 *
 * Sizes are in the SVG's own units, which equal CSS pixels at full size; CSS lets a chart
 * shrink to a narrow screen (max-width: 100%) and never grow past its natural width.
 */
import { h, type Child, type ElementNode } from '../tree';
import { dataTable } from '../dashboard/common';

/** Round to at most two decimals and drop trailing zeros: 2.50 -> "2.5". */
export function figure(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A number for an SVG attribute, with at most one decimal so the output stays small and stable. */
export function at(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export interface ChartFrame {
  /** Unique on the page: the title's id is made from it. */
  id: string;
  /** The accessible name, read out instead of the drawing: say the main figures. */
  name: string;
  width: number;
  height: number;
  /** What kind of chart, for CSS and tests (data-chart). */
  kind: string;
}

/** The <svg> element of a chart, named by its <title>. */
export function svg(frame: ChartFrame, ...children: Child[]): ElementNode {
  const titleId = `${frame.id}-name`;
  return h(
    'svg',
    {
      class: `coproduction-svg coproduction-svg-${frame.kind}`,
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      width: frame.width,
      height: frame.height,
      role: 'img',
      'aria-labelledby': titleId,
      focusable: 'false',
      'data-chart': frame.kind,
    },
    h('title', { id: titleId }, frame.name),
    ...children,
  );
}

export type Anchor = 'start' | 'middle' | 'end';

export function label(x: number, y: number, content: string, className = 'c-text', anchor: Anchor = 'start'): ElementNode {
  return h('text', { x: at(x), y: at(y), class: className, 'text-anchor': anchor }, content);
}

export function line(x1: number, y1: number, x2: number, y2: number, className: string): ElementNode {
  return h('line', { x1: at(x1), y1: at(y1), x2: at(x2), y2: at(y2), class: className });
}

export function rect(x: number, y: number, width: number, height: number, className: string): ElementNode {
  return h('rect', { x: at(x), y: at(y), width: at(Math.max(0, width)), height: at(Math.max(0, height)), class: className });
}

/** A marker for a series: a circle or a square, so two series differ in shape as well as colour. */
export function marker(shape: 'circle' | 'square', x: number, y: number, size: number, className: string): ElementNode {
  return shape === 'circle'
    ? h('circle', { cx: at(x), cy: at(y), r: at(size), class: className })
    : rect(x - size, y - size, size * 2, size * 2, className);
}

export function points(list: readonly (readonly [number, number])[]): string {
  return list.map(([x, y]) => `${at(x)},${at(y)}`).join(' ');
}

/**
 * The figures behind a chart, as a table in a <details> that opens: a screen reader reaches
 * it in reading order, and it costs sighted readers no space until they want it.
 */
export function numbers(name: string, tables: readonly ElementNode[]): ElementNode {
  return h(
    'details',
    { class: 'coproduction-chart-data' },
    h('summary', null, 'Show the numbers', h('span', { class: 'coproduction-visually-hidden' }, `: ${name}`)),
    tables,
  );
}

/** A simple table for chart figures: a caption, column headers, a row header in each row. */
export function numbersTable(caption: string, headers: readonly string[], rows: readonly (readonly Child[])[]): ElementNode {
  return dataTable(caption, headers, rows);
}

/** A chart with a visible caption, the drawing(s), an optional key, and its numbers. */
export function chartFigure(
  kind: string,
  caption: Child,
  drawings: Child,
  legend: ElementNode | null,
  data: ElementNode | null,
): ElementNode {
  return h(
    'figure',
    { class: `coproduction-figure coproduction-figure-${kind}` },
    caption ? h('figcaption', { class: 'coproduction-figure-caption' }, caption) : null,
    h('div', { class: 'coproduction-drawings' }, drawings),
    legend,
    data,
  );
}

export interface KeyEntry {
  /** The swatch: a small drawing of the line, marker or bar. */
  swatch: 'solid-circle' | 'dashed-square' | 'filled-bar' | 'outlined-bar' | 'dashed-bar' | 'hollow-circle' | 'filled-circle';
  text: string;
}

/** A key as a list of words with small drawings beside them; the words carry the meaning. */
export function key(entries: readonly KeyEntry[]): ElementNode {
  return h(
    'ul',
    { class: 'coproduction-key' },
    entries.map((entry) => h('li', null, swatch(entry.swatch), ' ', entry.text)),
  );
}

function swatch(kind: KeyEntry['swatch']): ElementNode {
  const frame = (...children: Child[]) =>
    h('svg', { class: 'coproduction-swatch', viewBox: '0 0 28 14', width: 28, height: 14, 'aria-hidden': 'true', focusable: 'false' }, ...children);
  switch (kind) {
    case 'solid-circle':
      return frame(line(1, 7, 27, 7, 'c-series-a'), marker('circle', 14, 7, 4, 'c-marker-a'));
    case 'dashed-square':
      return frame(line(1, 7, 27, 7, 'c-series-b'), marker('square', 14, 7, 3.5, 'c-marker-b'));
    case 'filled-bar':
      return frame(rect(6, 1, 16, 12, 'c-bar'));
    case 'outlined-bar':
      return frame(rect(7, 2, 14, 10, 'c-bar-open'));
    case 'dashed-bar':
      return frame(rect(7, 2, 14, 10, 'c-bar-gap'));
    case 'hollow-circle':
      return frame(marker('circle', 14, 7, 4.5, 'c-dot-first'));
    case 'filled-circle':
      return frame(marker('circle', 14, 7, 5, 'c-dot-last'));
  }
}
