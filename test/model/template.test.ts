import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/cli/yaml-reader';
import { templateTools, writeYaml } from '../../src/cli/template-tools';
import { fillTemplate, fillText, formatMomentStyle, noteText } from '../../src/model/template';

// Tuesday 14 April 2026, 09:05:07 local time.
const now = new Date(2026, 3, 14, 9, 5, 7);
const { formatDate } = templateTools;
const vars = { title: 'Tasting day', now, formatDate, project: 'Full Plates Together', phase: 'engagement', author: 'Sam' };

function note(template: string, overrides: Partial<typeof vars> = {}): { properties: Record<string, unknown>; text: string } {
  const filled = fillTemplate(template, { ...vars, ...overrides }, readYaml);
  const text = noteText(filled, writeYaml);
  const yaml = /^---\n([\s\S]*?)---\n/.exec(text)?.[1] ?? '';
  return { properties: (parse(yaml) ?? {}) as Record<string, unknown>, text };
}

describe('date formats', () => {
  it('are exactly moment’s, as core Templates gives them', () => {
    // Each expected value is what moment 2.29.4 (the one Obsidian ships) gives.
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
      ['DDDD', '104'],
      ['DDD', '104'],
      ['DDDo', '104th'],
      ['d', '2'],
      ['dd', 'Tu'],
      ['e', '2'],
      ['w ww wo', '16 16 16th'],
      ['gggg', '2026'],
      ['Mo Qo', '4th 2nd'],
      ['k kk', '9 09'],
      ['S SS SSS', '0 00 000'],
      ['YYYYYY', '+002026'],
      ['L', '04/14/2026'],
      ['LL', 'April 14, 2026'],
      ['LT', '9:05 AM'],
      ["[it's] YYYY", "it's 2026"],
    ];
    for (const [pattern, expected] of cases) {
      expect(formatDate(now, pattern), pattern).toBe(expected);
      expect(fillText(`{{date:${pattern}}}`, vars), pattern).toBe(expected);
    }
    expect(formatDate(new Date(2026, 0, 9), 'DDDD')).toBe('009');
    expect(fillText('{{time:HH.mm}} {{ date : YYYY }} {{date}} {{time}}', vars)).toBe('09.05 2026 2026-04-14 09:05');
  });

  it('keep the tracker’s own fixed formats', () => {
    expect(formatMomentStyle(now, 'YYYY-MM-DD HH-mm-ss')).toBe('2026-04-14 09-05-07');
  });
});

describe('fillText', () => {
  it('fills in every variable and runs nothing', () => {
    expect(fillText('# {{title}}\n{{project}} {{phase}} {{author}}', vars)).toBe('# Tasting day\nFull Plates Together engagement Sam');
    const text = '<% tp.date.now() %> ${title} {{unknown}} {{title:upper}} {{ }} {title}';
    expect(fillText(text, vars)).toBe(text);
  });

  it('fills in a value once: braces inside a title are not filled in again', () => {
    expect(fillText('{{title}} {{author}}', { ...vars, title: '{{author}} <% x %>' })).toBe('{{author}} <% x %> Sam');
  });
});

describe('fillTemplate', () => {
  it('keeps the template’s order and fills in the empty project, phase and author', () => {
    const template = '---\ncoproduction: activity\nproject:\ndate: "{{date:YYYY-MM-DD}}"\nphase:\nbarriers: []\nauthor:\nend:\n---\n# {{title}}\n';
    const { properties, text } = note(template);
    expect(Object.keys(properties)).toEqual(['coproduction', 'project', 'date', 'phase', 'barriers', 'author', 'end']);
    expect(properties).toEqual({
      coproduction: 'activity',
      project: '[[Full Plates Together]]',
      date: '2026-04-14',
      phase: 'engagement',
      barriers: [],
      author: 'Sam',
      end: null,
    });
    expect(text).toContain('\nend:\n');
    expect(text.endsWith('---\n# Tasting day\n')).toBe(true);
  });

  it('never changes a value the template sets, and adds no property the template lacks', () => {
    const { properties } = note('---\nphase: learning\nauthor: Kim\n---\n');
    expect(properties).toEqual({ phase: 'learning', author: 'Kim' });
  });

  it('leaves a value empty when nothing fills it: no {{…}} ever reaches a property', () => {
    const template = '---\nproject: "[[{{project}}]]"\nphase: "{{phase}}"\nwho: "by {{author}}"\nodd: "{{unknown}}"\nlist:\n  - "{{x}}"\n  - keep\n---\n{{unknown}}\n';
    const { properties, text } = note(template, { project: '', phase: '', author: '' });
    expect(properties).toEqual({ project: null, phase: null, who: 'by ', odd: null, list: ['keep'] });
    expect(text).toContain('\n{{unknown}}\n');
    expect(text.split('---')[1]).not.toContain('{{');
  });

  it('still fills in templates written with {{project}}, {{phase}} and {{author}}', () => {
    const { properties } = note('---\nproject: "[[{{project}}]]"\nphase: "{{phase}}"\nauthor: "{{author}}"\n---\n');
    expect(properties).toEqual({ project: '[[Full Plates Together]]', phase: 'engagement', author: 'Sam' });
  });

  it('names a template whose properties cannot be read', () => {
    expect(() => fillTemplate('---\na: "open\n---\n', vars, readYaml, 'The activity template')).toThrow(
      /^The activity template has properties that could not be read: .+ Fix it, or delete it to use the built-in one\.$/,
    );
  });

  it('keeps any title and author exactly, wherever the variable sits (property test)', () => {
    const template = '---\nname: "{{title}}"\nwho: \'{{author}}\'\nplain: {{title}}\nmid: "Notes on {{title}} by {{author}}"\nlist:\n  - "{{title}}"\n  - "[[{{project}}]]"\n---\n# {{title}}\n';
    // eslint-disable-next-line no-control-regex -- control characters become spaces
    const oneLine = (value: string) => value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
    const noBraces = (value: string) => value.replace(/\{\{[^{}\n]*\}\}/g, '');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string(), (title, author, project) => {
        const { properties } = note(template.replace('plain: {{title}}', 'plain: "{{title}}"'), { title, author, project });
        const t = noBraces(oneLine(title));
        const a = noBraces(oneLine(author));
        const p = noBraces(oneLine(project));
        const orNull = (value: string) => (value.trim() === '' ? null : value);
        expect(properties.name).toBe(orNull(t));
        expect(properties.who).toBe(orNull(a));
        expect(properties.mid).toBe(noBraces(`Notes on ${oneLine(title)} by ${oneLine(author)}`));
        expect(properties.list).toEqual([t, p.trim() === '' ? '' : `[[${p}]]`].filter((item) => item.trim() !== '' && !/^\[\[\s*\]\]$/.test(item)));
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
