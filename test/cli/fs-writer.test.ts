/** The CLI's writer never overwrites a note and never writes when nothing changed. */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fileSystemWriter } from '../../src/cli/fs-source';

function freshVault(): string {
  return mkdtempSync(path.join(tmpdir(), 'coprod-writer-'));
}

describe('file-system writer', () => {
  it('creates new notes and folders, and refuses to overwrite any existing note', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), async (first, second) => {
        const root = freshVault();
        const writer = fileSystemWriter(root, parse, stringify);
        await writer.createNote('Deep/Folder/n.md', first);
        await expect(writer.createNote('Deep/Folder/n.md', second)).rejects.toThrow();
        expect(readFileSync(path.join(root, 'Deep/Folder/n.md'), 'utf8')).toBe(first);
      }),
      { numRuns: 40 },
    );
  });

  it('leaves the file untouched when a change changes nothing', async () => {
    const root = freshVault();
    const file = path.join(root, 'n.md');
    writeFileSync(file, '---\na: 1\n---\nbody\n');
    const before = statSync(file).mtimeMs;
    const writer = fileSystemWriter(root, parse, stringify);
    await writer.processNote('n.md', (text) => text);
    await writer.processProperties('n.md', () => undefined);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('changes properties while keeping the body and unknown properties byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.string({ maxLength: 40 }), async (body, value) => {
        const root = freshVault();
        writeFileSync(path.join(root, 'n.md'), `---\ncoproduction: reflection\nmine: keep\n---\n${body}`);
        const writer = fileSystemWriter(root, parse, stringify);
        await writer.processProperties('n.md', (props) => {
          props['applied-how'] = value;
        });
        const after = readFileSync(path.join(root, 'n.md'), 'utf8');
        expect(after.endsWith(`---\n${body}`)).toBe(true);
        const props = parse(after.slice(4, after.indexOf('\n---\n') + 1)) as Record<string, unknown>;
        expect(props).toEqual({ coproduction: 'reflection', mine: 'keep', 'applied-how': value });
      }),
      { numRuns: 60 },
    );
  });

  it('refuses to change the properties of a note whose properties cannot be read', async () => {
    const root = freshVault();
    const text = '---\ntitle: "unclosed\n---\nbody\n';
    writeFileSync(path.join(root, 'n.md'), text);
    const writer = fileSystemWriter(root, (yaml) => parse(yaml), stringify);
    await expect(writer.processProperties('n.md', (props) => (props.x = 1))).rejects.toThrow();
    expect(readFileSync(path.join(root, 'n.md'), 'utf8')).toBe(text);
  });
});
