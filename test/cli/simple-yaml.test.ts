/** The fast properties reader gives what the `yaml` package gives, or steps aside. */
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../src/cli/simple-yaml';
import { findFrontmatter, splitLines } from '../../src/model';
import { DEMO_VAULT } from '../support/cli';
import { readVaultFiles } from '../support/memory-vault';

/** Pieces a properties block is made of, including ones the fast reader must leave alone. */
const word = fc.constantFrom(
  'Rowan', 'yes', 'no', 'on', 'null', '~', 'true', 'False', '12', '-3', '+4', '012', '1.5', '.5', '1e3', '0x1F', '0o7',
  '.inf', '-.nan', '2026-03-10', '2026-02-31', 'a:b', 'a: b', 'a #b', 'a#b', '#c', '[[Note]]', '"q"', "'q'", '"a\\"b"',
  "'it''s'", '- x', '|', '>', '&a', '*a', '!tag', '%x', '@x', '`x`', '{a: 1}', '', ' ', 'x ', 'é', 'two words', 'end:', 'a\u2028b', '\u00a0',
);
const key = fc.constantFrom('date', 'author', 'ingredients', 'tags', 'hours', 'null', 'True', 'lived-experience', 'x_y', '9a', 'é', 'date');
const value = fc.oneof(
  word,
  word.map((w) => `"${w}"`),
  word.map((w) => `'${w}'`),
  fc.array(word, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
);
const line = fc.oneof(
  fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
  key.map((k) => `${k}:`),
  fc.tuple(fc.constantFrom('', '  ', '    '), word).map(([indent, w]) => `${indent}- ${w}`),
  fc.constantFrom('', '# a comment', '  nested: 1', 'key:value', 'a\tb: c', '\u00a0', '-', ' - ', 'Key-2_x: a value long enough to be cut'),
);

describe('the fast properties reader', () => {
  it('agrees with the yaml package wherever it answers (property test)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        const fast = readSimpleYaml(text);
        if (fast === undefined) return;
        expect(fast).toEqual(parse(text) as unknown);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every properties block of the demo vault itself, as yaml does', () => {
    let read = 0;
    for (const text of Object.values(readVaultFiles(DEMO_VAULT))) {
      const block = findFrontmatter(splitLines(text));
      if (!block) continue;
      const fast = readSimpleYaml(block.yaml);
      expect(fast).toEqual(parse(block.yaml) as unknown);
      read++;
    }
    expect(read).toBeGreaterThan(60);
  });

  it('leaves what it does not know to the full parser', () => {
    for (const text of ['a: b: c', 'a: [x, [y]]', 'a: "x\\ny"', 'a: 1\na: 2', 'a:\n  b: 1', 'a: |\n  text', 'a: x # note']) {
      expect(readSimpleYaml(text)).toBeUndefined();
    }
  });
});
