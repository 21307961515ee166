/**
 * A tiny element tree, so one renderer serves both the live DOM (Obsidian view) and a
 * static HTML string (the export). Nodes are plain objects. Event handlers are never part
 * of the tree: interactive hooks are `data-` attributes that the host wires up.
 *
 * Both outputs apply the same whitelist: unknown tags are dropped (their children kept),
 * unknown attributes and every `on*` attribute are dropped, and so are URLs with a
 * scheme other than http, https, mailto or obsidian. Text is only ever text.
 */

export interface TextNode {
  type: 'text';
  text: string;
}

export interface ElementNode {
  type: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: TreeNode[];
}

export type TreeNode = ElementNode | TextNode;

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;
export type Child = TreeNode | string | number | null | undefined | false | readonly Child[];

const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'article', 'aside', 'blockquote', 'br', 'button', 'caption', 'code', 'dd', 'details',
  'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'mark', 'meter', 'nav', 'ol', 'p', 'progress', 'q', 's', 'section',
  'small', 'span', 'strong', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
  'ul',
]);

/**
 * Inline SVG for charts: shapes, text and a title, nothing that loads or runs anything
 * (no use, image, script, foreignObject or animation). Tag names are all lower case.
 */
const SVG_TAGS = new Set([
  'svg', 'g', 'title', 'desc', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan',
]);
for (const tag of SVG_TAGS) ALLOWED_TAGS.add(tag);

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Elements with no closing tag and no children. */
const VOID_TAGS = new Set(['br', 'hr']);

const ALLOWED_ATTRS = new Set([
  'class', 'id', 'role', 'title', 'lang', 'dir', 'hidden', 'open', 'href', 'colspan', 'rowspan',
  'scope', 'headers', 'value', 'max', 'min', 'low', 'high', 'optimum', 'datetime', 'type',
  'tabindex', 'name',
]);

/** Presentation attributes of SVG shapes; none of them can hold a URL or run code. */
const SVG_ATTRS = new Set([
  'viewBox', 'preserveAspectRatio', 'focusable', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy',
  'r', 'rx', 'ry', 'dx', 'dy', 'points', 'd', 'transform', 'text-anchor', 'dominant-baseline', 'stroke-dasharray',
  'vector-effect',
]);

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'obsidian']);

function isAllowedAttr(name: string): boolean {
  if (SVG_ATTRS.has(name)) return true;
  if (!/^[a-z][a-z0-9-]*$/.test(name) || name.startsWith('on')) return false;
  return ALLOWED_ATTRS.has(name) || /^(?:aria|data)-[a-z0-9-]+$/.test(name);
}

/** A URL is kept when it has no scheme (relative, #fragment) or a safe one. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const squashed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squashed);
  return scheme === null || SAFE_SCHEMES.has(scheme[1]!);
}

function cleanAttrs(attrs: Attrs | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!attrs) return out;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (!isAllowedAttr(name)) continue;
    const text = value === true ? '' : String(value);
    if (name === 'href' && !isSafeUrl(text)) continue;
    out[name] = text;
  }
  return out;
}

function flatten(children: readonly Child[], into: TreeNode[]): TreeNode[] {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string' || typeof child === 'number') {
      const text = String(child);
      if (text !== '') into.push({ type: 'text', text });
    } else if (Array.isArray(child)) {
      flatten(child as readonly Child[], into);
    } else {
      into.push(child as TreeNode);
    }
  }
  return into;
}

/** Builds an element. Attributes that are false, null or undefined are left out; true gives an empty value. */
export function h(tag: string, attrs?: Attrs | null, ...children: Child[]): ElementNode {
  const lower = tag.toLowerCase();
  return {
    type: 'element',
    tag: lower,
    attrs: cleanAttrs(attrs),
    children: VOID_TAGS.has(lower) ? [] : flatten(children, []),
  };
}

export function text(value: string): TextNode {
  return { type: 'text', text: value };
}

/** Several nodes without a wrapper. */
export function fragment(...children: Child[]): TreeNode[] {
  return flatten(children, []);
}

// ---------------------------------------------------------------------------------------
// Live DOM

function appendTo(parent: Element, node: TreeNode, doc: Document): void {
  if (node.type === 'text') {
    parent.append(node.text);
    return;
  }
  if (!ALLOWED_TAGS.has(node.tag)) {
    for (const child of node.children) appendTo(parent, child, doc);
    return;
  }
  parent.append(buildElement(node, doc));
}

function buildElement(node: ElementNode, doc: Document): Element {
  // The renderer runs in Obsidian and in a plain browser page (tests, export preview), so it
  // uses the standard DOM API rather than Obsidian's createEl helpers (lint warns; that is expected).
  const element = SVG_TAGS.has(node.tag) ? doc.createElementNS(SVG_NS, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    // Checked again here: a tree may have been built by hand rather than through h().
    if (!isAllowedAttr(name) || (name === 'href' && !isSafeUrl(value))) continue;
    element.setAttribute(name, value);
  }
  for (const child of node.children) appendTo(element, child, doc);
  return element;
}

/** Builds real DOM nodes with createElement, setAttribute, textContent and append only. */
export function toDom(node: TreeNode, doc: Document): Node {
  if (node.type === 'element' && ALLOWED_TAGS.has(node.tag)) return buildElement(node, doc);
  const wrapper = doc.createElement('span');
  if (node.type === 'text') wrapper.textContent = node.text;
  else for (const child of node.children) appendTo(wrapper, child, doc);
  return wrapper;
}

// ---------------------------------------------------------------------------------------
// Static HTML

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * Cells and rows whose end tag HTML lets a page leave out: a cell followed by a cell or by the
 * end of its row, a row followed by a row or by the end of its group. Big tables are mostly end
 * tags, so the export leaves them out; a browser builds the same elements either way.
 */
const OPTIONAL_END: Record<string, ReadonlySet<string>> = {
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  tr: new Set(['tr']),
};

/** Stands for whatever a caller puts after the HTML: never a cell or a row. */
const OUTSIDE: TreeNode = { type: 'text', text: '' };

function writeHtml(node: TreeNode, out: string[], next?: TreeNode): void {
  if (node.type === 'text') {
    out.push(escapeHtml(node.text));
    return;
  }
  if (!ALLOWED_TAGS.has(node.tag)) {
    writeChildren(node.children, out, next);
    return;
  }
  out.push('<', node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (!isAllowedAttr(name) || (name === 'href' && !isSafeUrl(value))) continue;
    out.push(' ', name, '="', escapeHtml(value), '"');
  }
  out.push('>');
  if (VOID_TAGS.has(node.tag)) return;
  writeChildren(node.children, out);
  const optional = OPTIONAL_END[node.tag];
  if (optional && (next === undefined || (next.type === 'element' && optional.has(next.tag)))) return;
  out.push('</', node.tag, '>');
}

/** `after`: what follows the last child once the parent closes (for an element that is dropped but keeps its children). */
function writeChildren(children: readonly TreeNode[], out: string[], after?: TreeNode): void {
  for (let i = 0; i < children.length; i++) writeHtml(children[i]!, out, children[i + 1] ?? after);
}

/** Serialises a tree (or several) to HTML, escaping every text and attribute value. */
export function toHtml(node: TreeNode | readonly TreeNode[]): string {
  const out: string[] = [];
  // What follows the outermost nodes is not known here, so their own end tags are always written.
  writeChildren(Array.isArray(node) ? (node as readonly TreeNode[]) : [node as TreeNode], out, OUTSIDE);
  return out.join('');
}
