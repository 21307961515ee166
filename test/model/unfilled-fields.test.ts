import { describe, expect, it } from 'vitest';
import { findFrontmatter, splitLines } from '../../src/model/frontmatter';
import { unfilledTemplateFields } from '../../src/model/unfilled-fields';

function check(text: string, props: Record<string, unknown>) {
  const lines = splitLines(text);
  const block = findFrontmatter(lines);
  if (!block) throw new Error('no properties block');
  return unfilledTemplateFields(props, lines, block, 'P/a.md');
}

describe('unfilledTemplateFields', () => {
  it('names each property still holding {{…}}, on its line, with a plain hint', () => {
    const text = '---\ncoproduction: activity\nphase: "{{phase}}"\nproject: "[[{{project}}]]"\nbarriers:\n  - "{{x}}"\n---\n# A\n';
    const problems = check(text, { coproduction: 'activity', phase: '{{phase}}', project: '[[{{project}}]]', barriers: ['{{x}}'] });
    expect(problems).toEqual([
      {
        path: 'P/a.md',
        line: 3,
        property: 'phase',
        message: 'The property "phase" still holds {{phase}} from a template, which was never filled in',
        hint: 'Write the real value after "phase:", or leave it empty.',
      },
      expect.objectContaining({ line: 4, property: 'project', message: expect.stringContaining('{{project}}') }),
      expect.objectContaining({ line: 5, property: 'barriers', message: expect.stringContaining('{{x}}') }),
    ]);
  });

  it('finds {{…}} written with escapes too, though the text holds no "{{"', () => {
    // The quick look for "{{" in the text must not miss a value spelt with \u escapes.
    const text = '---\nphase: "\\u007b\\u007bphase}}"\n---\n';
    expect(text).not.toContain('{{');
    expect(check(text, { phase: '{{phase}}' })).toEqual([expect.objectContaining({ line: 2, property: 'phase' })]);
  });

  it('says nothing of filled, empty or brace-only values', () => {
    const text = '---\na: x\nb:\nc: "{ x }"\nd: "{{"\n---\n';
    expect(check(text, { a: 'x', b: null, c: '{ x }', d: '{{', e: 3, f: ['a'] })).toEqual([]);
  });
});
