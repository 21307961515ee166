import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/cli/yaml-reader';
import { YAML_PROBLEMS } from '../../src/model';
import { containsItself, yamlDataFault } from '../../src/model/yaml-data';

/** "billion laughs": each level repeats the one before nine times. */
function laughs(levels: number): string {
  const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= levels; level++) {
    lines.push(`l${level}: &l${level} [${Array.from({ length: 9 }, () => `*l${level - 1}`).join(', ')}]`);
  }
  return lines.join('\n');
}

const PLAIN = new Set<string>(Object.values(YAML_PROBLEMS));

describe('readYaml (the CLI)', () => {
  it('names a value that contains itself instead of throwing (issue 9)', () => {
    expect(readYaml('coproduction: &a [*a]')).toEqual({ ok: false, message: YAML_PROBLEMS.selfReference });
    expect(readYaml('a: &a\n  b: *a')).toEqual({ ok: false, message: YAML_PROBLEMS.selfReference });
    expect(readYaml('a: &a {x: [1, {y: *a}]}')).toEqual({ ok: false, message: YAML_PROBLEMS.selfReference });
  });

  it('refuses a billion laughs quickly, in plain words', () => {
    expect(readYaml(laughs(9))).toEqual({ ok: false, message: YAML_PROBLEMS.tooManyRepeats });
    expect(readYaml(`coproduction: project\n${laughs(30)}`)).toEqual({ ok: false, message: YAML_PROBLEMS.tooManyRepeats });
  });

  it('keeps shared values that are not circular', () => {
    expect(readYaml('a: &a [1, 2]\nb: *a\nc: [*a, *a]')).toEqual({ ok: true, data: { a: [1, 2], b: [1, 2], c: [[1, 2], [1, 2]] } });
  });

  it('never shows the library\'s own words', () => {
    expect(readYaml('a: 1\n---\nb: 2')).toEqual({ ok: false, message: YAML_PROBLEMS.twoBlocks, line: 2 });
    expect(readYaml('a: *nothing')).toEqual({ ok: false, message: YAML_PROBLEMS.unknownName });
    expect(readYaml('a: "\\q"')).toMatchObject({ ok: false, message: YAML_PROBLEMS.escape, line: 1 });
    expect(readYaml(`${'k'.repeat(1100)}: 1`)).toMatchObject({ ok: false });
    const result = readYaml('a: "open');
    expect(result).toMatchObject({ ok: false, message: YAML_PROBLEMS.unclosed, line: 1 });
  });

  // 1,000 runs; see the budget in test/property-budget.test.ts.
  it('never throws and only ever says one of the plain sentences (property test)', () => {
    const piece = fc.constantFrom('a', ': ', '&x ', '*x', '[', ']', '{', '}', '\n', '  ', '\t', '"', "'", '- ', '? ', '---', '!!binary ', '<<: ', '#', ',', '\\', '%YAML 1.2\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')), (yaml) => {
        const result = readYaml(yaml);
        if (!result.ok) expect(PLAIN.has(result.message), result.message).toBe(true);
        else expect(containsItself(result.data)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readYaml: deep nesting', () => {
  it('refuses brackets nested too deep, quickly and in plain words, and reads ordinary nesting', () => {
    for (const depth of [101, 10_000, 200_000]) {
      expect(readYaml(`a: ${'['.repeat(depth)}`)).toEqual({ ok: false, message: YAML_PROBLEMS.tooDeep, line: 1 });
      expect(readYaml(`a: 1\nb: ${'{x: '.repeat(depth)}1${'}'.repeat(depth)}`)).toEqual({ ok: false, message: YAML_PROBLEMS.tooDeep, line: 2 });
    }
    expect(readYaml(`a: ${'['.repeat(100)}1${']'.repeat(100)}`).ok).toBe(true);
    // Brackets in quotes and comments are text.
    expect(readYaml(`a: "${'['.repeat(500)}"\nb: '${'{'.repeat(500)}' # ${'['.repeat(500)}`)).toEqual({
      ok: true,
      data: { a: '['.repeat(500), b: '{'.repeat(500) },
    });
  });
});

describe('readYaml: a name given twice', () => {
  it('is found at any depth, in block and flow style, with its line', () => {
    expect(readYaml('a: 1\nb: 2\na: 3')).toEqual({ ok: false, message: YAML_PROBLEMS.duplicate, line: 3, property: 'a' });
    expect(readYaml('a:\n  b: 1\n  b: 2')).toEqual({ ok: false, message: YAML_PROBLEMS.duplicate, line: 3 });
    expect(readYaml('a: {x: 1, x: 2}')).toEqual({ ok: false, message: YAML_PROBLEMS.duplicate, line: 1 });
    expect(readYaml('? a\n? a')).toMatchObject({ ok: false, message: YAML_PROBLEMS.duplicate });
    // As in the yaml package: 1 and "1" are different names.
    expect(readYaml('1: a\n"1": b')).toEqual({ ok: true, data: { 1: 'b' } });
  });

  it('is found among 40,000 properties, and 40,000 distinct ones read (issue 9)', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `p${i}: ${i}`);
    const read = readYaml(lines.join('\n'));
    expect(read.ok).toBe(true);
    if (read.ok) expect(Object.keys(read.data as object)).toHaveLength(40_000);
    expect(readYaml([...lines, 'p17: again'].join('\n'))).toEqual({ ok: false, message: YAML_PROBLEMS.duplicate, line: 40_001, property: 'p17' });
  });
});

describe('yamlDataFault: what another parser may hand back', () => {
  it('refuses shared values that would repeat too much, walking each once, and keeps honest sharing', () => {
    // A parser that shares repeated values (as Obsidian's may) gives a small object that reads
    // as 9^30 values; every reader after it would hang.
    let laughs: unknown = ['lol'];
    for (let level = 0; level < 30; level++) {
      const below = laughs;
      laughs = Array.from({ length: 9 }, () => below);
    }
    expect(yamlDataFault({ coproduction: 'activity', other: laughs })).toBe('too-many-repeats');
    const shared = { x: [1, 2, 3] };
    expect(yamlDataFault({ a: shared, b: shared, c: [shared, shared] })).toBeUndefined();
    const many = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`p${i}`, i]));
    expect(yamlDataFault(many)).toBeUndefined();
  });
});

describe('containsItself', () => {
  it('finds a cycle at any depth, and only a cycle', () => {
    const loop: unknown[] = [];
    loop.push({ deeper: [loop] });
    expect(containsItself(loop)).toBe(true);
    const shared = { x: 1 };
    expect(containsItself({ a: shared, b: [shared, shared] })).toBe(false);
    expect(containsItself('text')).toBe(false);
    let deep: unknown = 'end';
    for (let depth = 0; depth < 100_000; depth++) deep = [deep];
    expect(containsItself(deep)).toBe(false);
  });
});
