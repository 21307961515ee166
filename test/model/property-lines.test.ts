import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFrontmatter, propertyLine, splitLines } from '../../src/model/frontmatter';
import { propertyLines } from '../../src/model/property-lines';

function blockOf(text: string) {
  const lines = splitLines(text);
  const block = findFrontmatter(lines);
  if (!block) throw new Error('no properties block');
  return { lines, block };
}

describe('propertyLines', () => {
  it('maps each property to the line it is first written on', () => {
    const { lines, block } = blockOf(
      ['---', 'coproduction: activity', '"date": 2026-03-02', "'phase' : engagement", 'time: 10:30', '  nested: 1', '# note: x', 'tags:', '  - a', 'date: again', '---', 'body: no'].join('\n'),
    );
    const found = propertyLines(lines, block);
    expect(Object.fromEntries(found)).toEqual({ coproduction: 2, date: 3, phase: 4, time: 5, '  nested': 6, '# note': 7, tags: 8 });
    expect(found.get('body')).toBeUndefined();
  });

  it('finds 40,000 properties, each on its own line', () => {
    const names = Array.from({ length: 40_000 }, (_, i) => `p${i}`);
    const { lines, block } = blockOf(['---', ...names.map((name, i) => `${name}: ${i}`), '---', ''].join('\n'));
    const found = propertyLines(lines, block);
    expect(found.size).toBe(40_000);
    expect(found.get('p0')).toBe(2);
    expect(found.get('p39999')).toBe(40_001);
  });

  // 1,000 runs; see the budget in test/property-budget.test.ts.
  it('gives the line propertyLine gives, for every ordinary name (property test)', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_ -]{0,8}[a-z0-9]$/);
    const line = fc.oneof(
      fc.tuple(fc.constantFrom('', '"', "'"), name, fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' x', ' 10:30', ' "a: b"')).map(
        ([quote, key, space, value]) => `${quote}${key}${quote}${space}:${value}`,
      ),
      name.map((key) => `  ${key}: nested`),
      name.map((key) => `- ${key}`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), name, (body, asked) => {
        const { lines, block } = blockOf(['---', ...body, '---', ''].join('\n'));
        const found = propertyLines(lines, block);
        const names = [asked, ...body.map((text) => /^["']?([a-z][a-z0-9_ -]*[a-z0-9])/.exec(text)?.[1]).filter((x) => x !== undefined)];
        for (const property of names) expect(found.get(property)).toBe(propertyLine(lines, block, property));
      }),
      { numRuns: 1000 },
    );
  });
});
