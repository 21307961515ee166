import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/cli/yaml-reader';
import { formatMomentStyle, renderTemplate } from '../../src/model/template';

// Tuesday 14 April 2026, 09:05:07 local time.
const now = new Date(2026, 3, 14, 9, 5, 7);
const vars = { title: 'Tasting day', now, project: 'Full Plates Together', phase: 'engagement', author: 'Sam' };

function properties(text: string): Record<string, unknown> {
  const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  const result = readYaml(yaml ?? '');
  if (!result.ok) throw new Error(`YAML did not parse: ${result.message}\n${text}`);
  return result.data as Record<string, unknown>;
}

describe('renderTemplate', () => {
  it('fills in every variable of the core Templates plugin', () => {
    const text = '# {{title}}\n{{date}} {{time}} {{project}} {{phase}} {{author}}';
    expect(renderTemplate(text, vars)).toBe('# Tasting day\n2026-04-14 09:05 Full Plates Together engagement Sam');
  });

  it('formats dates with moment-style tokens', () => {
    const cases: [string, string][] = [
      ['YYYY-MM-DD', '2026-04-14'],
      ['DD/MM/YY', '14/04/26'],
      ['dddd D MMMM YYYY', 'Tuesday 14 April 2026'],
      ['ddd Do MMM', 'Tue 14th Apr'],
      ['HH:mm:ss', '09:05:07'],
      ['h:mm A', '9:05 AM'],
      ['hh a', '09 am'],
      ['[Week] W, GGGG', 'Week 16, 2026'],
      ['YYYY-MM-DDTHH:mm', '2026-04-14T09:05'],
      ['Q E M D H m s', '2 2 4 14 9 5 7'],
    ];
    for (const [pattern, expected] of cases) {
      expect(formatMomentStyle(now, pattern), pattern).toBe(expected);
      expect(renderTemplate(`{{date:${pattern}}}`, vars), pattern).toBe(expected);
    }
    expect(renderTemplate('{{time:HH.mm}} {{ date : YYYY }}', vars)).toBe('09.05 2026');
    expect(formatMomentStyle(now, "[it's] YYYY")).toBe("it's 2026");
  });

  it('runs nothing and leaves what it does not know as it is', () => {
    const text = '<% tp.date.now() %> ${title} {{unknown}} {{title:upper}} {{ }} {title}';
    expect(renderTemplate(text, vars)).toBe(text);
  });

  it('fills in a value once: braces inside a title are not filled in again', () => {
    expect(renderTemplate('{{title}} {{author}}', { ...vars, title: '{{author}} <% x %>' })).toBe('{{author}} <% x %> Sam');
  });

  it('keeps a title with a colon, quotes and a backslash intact inside double-quoted properties', () => {
    const title = 'Review: "what\'s next" \\ #2';
    const text = renderTemplate('---\nname: "{{title}}"\nproject: "[[{{project}}]]"\n---\n# {{title}}\n', { ...vars, title });
    expect(properties(text)).toEqual({ name: title, project: '[[Full Plates Together]]' });
    expect(text.endsWith(`# ${title}\n`)).toBe(true);
  });

  it('escapes single-quoted properties and quotes unquoted ones', () => {
    const title = "Sam's day: part #1";
    const text = renderTemplate("---\na: '{{title}}'\nb: {{title}}\nc:\n  - {{title}}\nd: {{date}}\n---\n", { ...vars, title });
    expect(properties(text)).toEqual({ a: title, b: title, c: [title], d: '2026-04-14' });
  });

  it('never lets a value break out of a line', () => {
    const text = renderTemplate('---\nname: "{{title}}"\n---\n# {{title}}', { ...vars, title: 'One\n---\ntwo: 2\r\n' });
    expect(properties(text)).toEqual({ name: 'One --- two: 2' });
    expect(text.split('\n')).toHaveLength(4);
  });

  it('keeps any title exactly in a quoted property (property test)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (title, author) => {
        const text = renderTemplate('---\nname: "{{title}}"\nwho: \'{{author}}\'\nplain: {{title}}\n---\n# {{title}}\n', {
          ...vars,
          title,
          author,
        });
        // eslint-disable-next-line no-control-regex -- control characters become spaces
        const oneLine = (value: string) => value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
        const data = properties(text);
        expect(data.name).toBe(oneLine(title));
        expect(data.who).toBe(oneLine(author));
        expect(data.plain).toBe(oneLine(title));
      }),
      { numRuns: 300 },
    );
  });
});
