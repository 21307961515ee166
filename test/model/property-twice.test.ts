/**
 * A property name given twice is named, by either host: the CLI's reader tells the name, and
 * for Obsidian's parser, which gives only the line, the name is read from that line.
 */
import { describe, expect, it } from 'vitest';
import { YAML_PROBLEMS, duplicatedName, parseNote, type YamlReader } from '../../src/model';
import { readYaml } from '../../src/cli/yaml-reader';

const TWICE = '---\ncoproduction: activity\ndate: 2026-11-05\ndate: 2026-11-06\n---\nWe met. #ingredient/mutuality\n';

/** Obsidian's reader as the plugin wraps it (src/plugin/index-source.ts): the plain sentence and the line, no name. */
const lineOnly: YamlReader = (yaml) => {
  const result = readYaml(yaml);
  return result.ok ? result : { ok: false, message: result.message, ...(result.line !== undefined ? { line: result.line } : {}) };
};

const NAMED = {
  path: 'P/a.md',
  line: 4,
  property: 'date',
  message: 'The property "date" appears twice, so this note is not counted until it is fixed',
  hint: 'Keep the "date:" line that is right and delete the other.',
};

describe('a property given twice', () => {
  it('is named, with its line, by the CLI reader', () => {
    expect(readYaml('coproduction: activity\ndate: 1\ndate: 2')).toEqual({ ok: false, message: YAML_PROBLEMS.duplicate, line: 3, property: 'date' });
    const record = parseNote({ path: 'P/a.md', text: TWICE, readYaml });
    expect(record.kind).toBe('unreadable');
    expect(record.problems).toEqual([NAMED]);
  });

  it('is named the same way when the reader gives only the line, as Obsidian\'s does', () => {
    expect(lineOnly('coproduction: activity\ndate: 1\ndate: 2')).not.toHaveProperty('property');
    expect(parseNote({ path: 'P/a.md', text: TWICE, readYaml: lineOnly }).problems).toEqual([NAMED]);
    const quoted = '---\ncoproduction: activity\n"date": 2026-11-05\n\'date\' : 2026-11-06\n---\n';
    expect(parseNote({ path: 'P/a.md', text: quoted, readYaml: lineOnly }).problems[0]).toMatchObject({ property: 'date', line: 4 });
  });

  it('keeps the general words when the name is inside a group, where it is not a property', () => {
    for (const reader of [readYaml, lineOnly]) {
      for (const yaml of ['place:\n  room: 1\n  room: 2', 'place: {room: 1, room: 2}']) {
        const [problem] = parseNote({ path: 'P/a.md', text: `---\ncoproduction: activity\n${yaml}\n---\n`, readYaml: reader }).problems;
        expect(problem?.message).toBe('The properties at the top of this note could not be read: a property name appears twice.');
        expect(problem?.property).toBeUndefined();
      }
    }
  });
});

describe('duplicatedName', () => {
  it('reads the name only when an earlier line at the margin starts with it', () => {
    expect(duplicatedName('a: 1\nb: 2\na: 3', 3)).toBe('a');
    expect(duplicatedName('long name : 1\nlong name: 2', 2)).toBe('long name');
    expect(duplicatedName('a: {x: 1, x: 2}', 1)).toBeUndefined();
    expect(duplicatedName('a:\n  b: 1\n  b: 2', 3)).toBeUndefined();
    expect(duplicatedName('a: 1\n- a: 2', 2)).toBeUndefined();
    expect(duplicatedName('a: 1', 5)).toBeUndefined();
  });

  it('reads long lines with no colon, or only spaces before it, to the end and says nothing', () => {
    const spaces = ' '.repeat(256 * 1024);
    expect(duplicatedName(`a${spaces}\na${spaces}`, 2)).toBeUndefined();
    expect(duplicatedName(`a${spaces}:\na${spaces}: 2`, 2)).toBe('a');
    expect(duplicatedName(`"a${spaces}\n"a${spaces}`, 2)).toBeUndefined();
  });
});
