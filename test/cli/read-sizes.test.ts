// The CLI reads each note into one shared buffer and asks for a file's size only when it
// outgrows that buffer (issue 11). Notes on both sides of the buffer's size read whole.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSystemSource } from '../../src/cli/fs-source';

/** A note of exactly `bytes` UTF-8 bytes, with a line ending every so often and a two-byte letter. */
function noteOf(bytes: number, seed: string): string {
  const line = `${seed} é café #ingredient/assets\n`;
  const text = line.repeat(Math.floor(bytes / Buffer.byteLength(line)));
  return text + 'x'.repeat(bytes - Buffer.byteLength(text));
}

describe('reading notes of any size', () => {
  it('reads small, buffer-sized and larger notes whole, in any order', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'coprod-sizes-'));
    const sizes = [0, 1, 100, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 200 * 1024, 50, 1024 * 1024 + 7, 10];
    const written = new Map<string, string>();
    sizes.forEach((bytes, i) => {
      const name = `n${i}.md`;
      const text = noteOf(bytes, `note ${i}`);
      expect(Buffer.byteLength(text)).toBe(bytes);
      writeFileSync(path.join(root, name), text);
      written.set(name, text);
    });
    const source = fileSystemSource(root);
    for (const [name, text] of written) expect(await source.readNote(name)).toBe(text);
    // Again, now that the buffer has grown: a short note after a long one is not padded.
    for (const name of ['n7.md', 'n8.md', 'n9.md', 'n0.md']) expect(await source.readNote(name)).toBe(written.get(name));
    expect(source.unreadable()).toEqual([]);
  });
});
