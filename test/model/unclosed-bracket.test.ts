/** A list or group in brackets that is never closed is named where it opens, with what to add. */
import { describe, expect, it } from 'vitest';
import { YAML_PROBLEMS, parseNote } from '../../src/model';
import { readYaml } from '../../src/cli/yaml-reader';

const note = (properties: string) => `---\ncoproduction: activity\ndate: 2026-11-05\n${properties}\n---\nWe met. #ingredient/mutuality\n`;

describe('a bracket never closed', () => {
  it('names the list and the line it starts on, and says to add "]"', () => {
    const record = parseNote({ path: 'P/a.md', text: note('author: [Sam\nphase: engagement'), readYaml });
    expect(record.kind).toBe('unreadable');
    expect(record.problems).toEqual([
      {
        path: 'P/a.md',
        line: 4,
        message: 'The list that starts with "[" on line 4 is never closed, so this note is not counted until it is fixed',
        hint: 'Add "]" after the last item of the list, as in [Sam, Jo].',
      },
    ]);
  });

  it('names a group in { } the same way, and the inner bracket when a closing one of the other kind follows', () => {
    const [group] = parseNote({ path: 'P/a.md', text: note('place: {room: 2\nphase: engagement'), readYaml }).problems;
    expect(group).toMatchObject({ line: 4, message: 'The group that starts with "{" on line 4 is never closed, so this note is not counted until it is fixed' });
    expect(group?.hint).toBe('Add "}" after the last value of the group, as in {name: Sam}.');
    expect(readYaml('a: [x, {b: 1]\nc: 2')).toEqual({ ok: false, message: YAML_PROBLEMS.unclosed, line: 1, unclosed: '{' });
    expect(readYaml('a: [x]\nb: {c: [1, 2}')).toEqual({ ok: false, message: YAML_PROBLEMS.unclosed, line: 2, unclosed: '[' });
    expect(readYaml('a:\n  - [x\n  - y')).toEqual({ ok: false, message: YAML_PROBLEMS.unclosed, line: 2, unclosed: '[' });
  });

  it('does not count brackets in quotes, comments or plain words, and finds the one after them', () => {
    expect(readYaml('a: "[x"\nb: \'{y\' # [\nc: Notes [draft\nd: [1')).toEqual({ ok: false, message: YAML_PROBLEMS.unclosed, line: 4, unclosed: '[' });
    expect(readYaml("a: ['it''s [', x\nb: 1")).toEqual({ ok: false, message: YAML_PROBLEMS.unclosed, line: 1, unclosed: '[' });
    expect(readYaml('a: [x # ]\nb: 1')).toMatchObject({ line: 1, unclosed: '[' });
  });

  it('keeps the other words when the list is closed, on a line too far left, or a quote is the trouble', () => {
    expect(readYaml('a: [x,\ny]')).not.toHaveProperty('unclosed');
    expect(readYaml('a: [x,\ny]')).toMatchObject({ ok: false, message: YAML_PROBLEMS.indent });
    expect(readYaml('a: ["x, y]\nb: 1')).toEqual({ ok: false, message: YAML_PROBLEMS.unclosed, line: 2 });
    const [problem] = parseNote({ path: 'P/a.md', text: note('title: "never closed'), readYaml }).problems;
    expect(problem?.message).toBe('The properties at the top of this note could not be read: a quote or bracket is not closed.');
  });

  it('reads long runs in one pass and still finds the bracket', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `p${i}: [x, 'y', "z"]`).join('\n');
    expect(readYaml(`${many}\nlast: [open`)).toMatchObject({ ok: false, line: 5_001, unclosed: '[' });
    expect(readYaml(`a: [${'x, '.repeat(50_000)}`)).toMatchObject({ ok: false, line: 1, unclosed: '[' });
    expect(readYaml(`a: [${"'', ".repeat(50_000)}`)).toMatchObject({ ok: false, line: 1, unclosed: '[' });
  });
});
