import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { escapeHtml, fragment, h, isSafeUrl, toDom, toHtml, type ElementNode } from '../../src/render/tree';

// jsdom ships no type declarations (and @types/jsdom is not installed): type the one class used.
type JsdomClass = new (html: string) => { window: Window & typeof globalThis };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomClass };
const { window } = new JSDOM('<!doctype html><body></body>');
const parser = new window.DOMParser();

/** Parses HTML the way a browser does. */
function parse(html: string): Document {
  return parser.parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom('<', '>', '&', '"', "'", '/', '=', '`', ' ', '\n', '\t', '!', '-', ';', '#', 'x', 'on', 'script', '&amp;', '<!--', ']]>'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
});

describe('toHtml', () => {
  it('escapes text and attribute values', () => {
    expect(toHtml(h('p', { title: `a"b'c<d>&` }, '<b>&amp;</b> "x"'))).toBe(
      '<p title="a&quot;b&#39;c&lt;d&gt;&amp;">&lt;b&gt;&amp;amp;&lt;/b&gt; &quot;x&quot;</p>',
    );
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('drops on* attributes, unknown attributes and malformed names', () => {
    const node = h('button', {
      onclick: 'alert(1)',
      ONMOUSEOVER: 'alert(2)',
      'x" onfocus="alert(3)': 'y',
      style: 'color: red',
      'data-open-path': 'a.md',
      'aria-label': 'Open',
      type: 'button',
    });
    expect(toHtml(node)).toBe('<button data-open-path="a.md" aria-label="Open" type="button"></button>');
    // A tree built by hand, not through h(), is checked again on the way out.
    const forged: ElementNode = { type: 'element', tag: 'p', attrs: { onload: 'alert(1)', class: 'ok' }, children: [] };
    expect(toHtml(forged)).toBe('<p class="ok"></p>');
  });

  it('drops javascript: and other unsafe URLs, however they are disguised', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\u0000script:x', 'vbscript:x', 'data:text/html,<script>']) {
      expect(isSafeUrl(url), url).toBe(false);
      expect(toHtml(h('a', { href: url }, 'x'))).toBe('<a>x</a>');
    }
    for (const url of ['#top', 'notes/a.md', 'https://example.org/', 'obsidian://open?vault=x']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('writes void elements without a closing tag or children', () => {
    expect(toHtml(h('p', null, 'a', h('br', null, 'ignored'), 'b', h('hr')))).toBe('<p>a<br>b<hr></p>');
  });

  it('keeps the text of tags it does not allow, but not the tags', () => {
    expect(toHtml(h('script', null, 'alert(1)'))).toBe('alert(1)');
    expect(toHtml(h('div', null, h('iframe', { src: 'x' }, h('b', null, 'hi'))))).toBe('<div>hi</div>');
  });

  it('writes boolean and number attributes, and leaves out false, null and undefined', () => {
    expect(toHtml(h('details', { open: true, hidden: false, title: null, id: undefined, tabindex: 0 }))).toBe(
      '<details open="" tabindex="0"></details>',
    );
    expect(toHtml(fragment('a', null, false, 2, ['b', ['c']]))).toBe('a2bc');
  });

  it('round-trips any text and attribute value through an HTML parser, adding no elements', () => {
    fc.assert(
      fc.property(hostile, hostile, (text, value) => {
        const html = toHtml(h('p', { title: value, 'data-open-path': value }, text, h('span', null, value)));
        const { body } = parse(html);
        // HTML parsers turn CR and CRLF into LF; everything else must come back unchanged.
        const lf = (s: string) => s.replace(/\r\n?/g, '\n');
        expect(body.querySelectorAll('*').length).toBe(2);
        const p = body.firstElementChild!;
        expect(p.tagName).toBe('P');
        expect(p.getAttributeNames().sort()).toEqual(['data-open-path', 'title']);
        expect(p.getAttribute('title')).toBe(lf(value));
        expect(p.getAttribute('data-open-path')).toBe(lf(value));
        expect(p.textContent).toBe(lf(text + value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('toDom', () => {
  it('builds elements with attributes and text, never markup', () => {
    const { document } = window;
    const node = h('p', { class: 'x', onclick: 'alert(1)' }, '<img src=x onerror=alert(1)>', h('br'), h('a', { href: 'javascript:alert(1)' }, 'link'));
    const element = toDom(node, document) as HTMLElement;
    document.body.append(element);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(element.getAttribute('onclick')).toBeNull();
    expect(element.textContent).toBe('<img src=x onerror=alert(1)>link');
    expect(element.querySelector('a')!.hasAttribute('href')).toBe(false);
    expect(element.outerHTML).toBe(toHtml(node).replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
  });

  it('gives a text node back wrapped in a span', () => {
    const { document } = window;
    const node = toDom({ type: 'text', text: '<b>' }, document) as HTMLElement;
    expect(node.tagName).toBe('SPAN');
    expect(node.textContent).toBe('<b>');
  });

  it('agrees with toHtml for any text and attribute value', () => {
    const { document } = window;
    fc.assert(
      fc.property(hostile, hostile, (text, value) => {
        const node = h('p', { title: value }, text);
        const fromDom = toDom(node, document) as HTMLElement;
        const fromHtml = parse(toHtml(node)).body.firstElementChild!;
        const lf = (s: string) => s.replace(/\r\n?/g, '\n');
        expect(lf(fromDom.getAttribute('title')!)).toBe(fromHtml.getAttribute('title'));
        expect(lf(fromDom.textContent!)).toBe(fromHtml.textContent);
      }),
    );
  });
});

describe('inline SVG', () => {
  const chart = () =>
    h(
      'svg',
      { viewBox: '0 0 10 10', role: 'img', 'aria-label': 'A chart', onload: 'alert(1)', style: 'x' },
      h('title', null, 'A <chart>'),
      h('rect', { x: 1, y: 2, width: 3, height: 4, class: 'bar' }),
      h('use', { href: 'http://example.com/#x' }),
      h('script', null, 'alert(1)'),
      h('foreignObject', null, h('text', { x: 0, y: 9, 'text-anchor': 'start' }, 'kept')),
    );

  it('keeps shapes, text and viewBox, and drops what could load or run anything', () => {
    expect(toHtml(chart())).toBe(
      '<svg viewBox="0 0 10 10" role="img" aria-label="A chart"><title>A &lt;chart&gt;</title>' +
        '<rect x="1" y="2" width="3" height="4" class="bar"></rect>alert(1)<text x="0" y="9" text-anchor="start">kept</text></svg>',
    );
  });

  it('builds SVG elements in the SVG namespace, so a browser draws them', () => {
    const svg = toDom(chart(), window.document) as Element;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).toBe('0 0 10 10');
    expect(svg.hasAttribute('onload')).toBe(false);
    expect(svg.querySelector('rect')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelector('use')).toBeNull();
    expect(svg.querySelector('script')).toBeNull();
    // Parsed from the HTML string, the same tree lands in the same namespace.
    expect(parse(toHtml(chart())).querySelector('rect')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });
});

describe('optional end tags (issue 11)', () => {
  const table = (): ElementNode =>
    h(
      'table',
      null,
      h('caption', null, 'Pieces'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Note'))),
      h(
        'tbody',
        null,
        h('tr', null, h('td', { rowspan: 2 }, '2026-01-02'), h('td', null, 'A <note> & more')),
        h('tr', null, h('td', null, h('span', null, 'nested'), ' text')),
        h('tr', null, h('td', null, ''), h('td', null, 'last')),
      ),
    );

  it('leaves out the end tags of cells and rows, and keeps every other', () => {
    const html = toHtml(table());
    expect(html).not.toMatch(/<\/t[dhr]>/);
    expect(html).toContain('</span>');
    expect(html).toContain('</tbody></table>');
  });

  it('parses to the same elements as the live DOM builds', () => {
    const parsed = parse(toHtml(table())).body.innerHTML;
    const live = window.document.createElement('div');
    live.append(toDom(table(), window.document));
    expect(parsed).toBe(live.innerHTML);
  });

  it('keeps a cell end tag when something other than a cell follows it', () => {
    expect(toHtml(h('tr', null, h('td', null, 'a'), 'loose text'))).toBe('<tr><td>a</td>loose text</tr>');
  });
});
