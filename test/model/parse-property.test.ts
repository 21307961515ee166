/** Whatever a teammate writes in a note, reading it never throws and every problem names its file. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_KINDS } from '../../src/domain';
import { parseNote } from '../../src/model';
import { readYaml } from '../../src/cli/yaml-reader';

const yamlish = fc.oneof(
  fc.string(),
  fc.constantFrom('2026-02-31', '2026-13-01', 'yes', 'null', '[a, b', '{x: 1}', '"unclosed', '- item', '\t', 'asets', '…'),
  fc.integer().map(String),
);

describe('parseNote on arbitrary input', () => {
  it('never throws on any text at all', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const record = parseNote({ path: 'P/x.md', text, readYaml });
        for (const problem of record.problems) expect(problem.path).toBe('P/x.md');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on notes of every kind with odd property values, and explains each problem with a line', () => {
    const properties = fc.dictionary(
      fc.constantFrom('date', 'ingredients', 'barriers', 'phase', 'rung', 'lived-experience', 'hours', 'type', 'role', 'perspective', 'assets', 'follow-up-state', 'custom'),
      yamlish,
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...NOTE_KINDS), properties, fc.string({ maxLength: 200 }), (kind, props, body) => {
        const yaml = Object.entries(props)
          .map(([key, value]) => `${key}: ${value}`)
          .join('\n');
        const text = `---\ncoproduction: ${kind}\n${yaml}\n---\n${body}`;
        const record = parseNote({ path: 'n.md', text, readYaml });
        for (const problem of record.problems) {
          expect(problem.message.length).toBeGreaterThan(10);
          if (problem.property !== undefined) expect(problem.line).toBeGreaterThanOrEqual(1);
        }
        if (record.kind !== 'unreadable' && record.kind !== 'note') expect(record.kind).toBe(kind);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps unknown properties as they were', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /^[a-z][a-z0-9 ]*$/.test(s)), (value) => {
        const record = parseNote({
          path: 'r.md',
          text: `---\ncoproduction: reflection\ndate: 2026-01-02\nmy-own-field: ${value}\n---\n`,
          readYaml,
        });
        expect(record.kind).toBe('reflection');
        if (record.kind === 'reflection') expect((record.props as Record<string, unknown>)['my-own-field']).toBe(value.trim() === '' ? undefined : value.trim());
      }),
    );
  });
});
