/**
 * Notes and folders that are symbolic links. Obsidian lists them as ordinary notes and folders,
 * so the CLI reads them too, by their path in the vault; a link that leads nowhere, or back to a
 * folder already read, is named by `coprod check`, never skipped in silence, and never loops.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSystemSource } from '../../src/cli/fs-source';
import { openVault } from '../../src/cli/vault';
import { projectNote, removeFolder, runIn, tempFolder, writeFiles } from '../support/temp-vault';

/** Whether this system lets the tests make symbolic links (Windows may need developer mode). */
function canLink(): string | undefined {
  const top = tempFolder('coprod-can-link-');
  try {
    writeFileSync(path.join(top, 'a'), '');
    symlinkSync(path.join(top, 'a'), path.join(top, 'b'));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    removeFolder(top);
  }
}
const cannotLink = canLink();
if (cannotLink !== undefined) console.log(`skipped: linked notes tests, this system cannot make symbolic links (${cannotLink})`);

const activity = (title: string) => `---\ncoproduction: activity\ndate: 2026-03-02\ningredients: [mutuality]\n---\n# ${title}\n\nWe met. #ingredient/mutuality\n`;

const made: string[] = [];
afterEach(() => {
  for (const top of made.splice(0)) removeFolder(top);
});

/** A folder holding `vault` (with a project P) and `outside`, each with `files`. */
function scratch(vault: Record<string, string> = {}, outside: Record<string, string> = {}): { vault: string; outside: string } {
  const top = tempFolder('coprod-links-');
  made.push(top);
  const paths = { vault: path.join(top, 'vault'), outside: path.join(top, 'outside') };
  mkdirSync(paths.vault);
  mkdirSync(paths.outside);
  writeFiles(paths.vault, { 'P/P.md': projectNote('P'), ...vault });
  writeFiles(paths.outside, outside);
  return paths;
}

/** Makes `at` (a path in the vault) a link to `target`. */
function link(vault: string, at: string, target: string): void {
  symlinkSync(target, path.join(vault, ...at.split('/')));
}

describe.skipIf(cannotLink !== undefined)('linked notes and folders', () => {
  it('counts a note that is a link to a note outside the vault', async () => {
    const { vault, outside } = scratch({}, { 'Shared.md': activity('Shared') });
    link(vault, 'P/Shared.md', path.join(outside, 'Shared.md'));
    const check = await runIn(vault, ['check', vault]);
    expect(check.stdout).toBe('Checked 2 notes: no problems.\n');
    const { index } = await openVault(vault);
    expect(index.get('P/Shared.md')).toMatchObject({ kind: 'activity' });
    expect(index.notesOf('P/P.md').map((note) => note.path)).toEqual(expect.arrayContaining(['P/Shared.md']));
    const source = fileSystemSource(vault);
    expect(await source.listNotes()).toEqual(['P/P.md', 'P/Shared.md']);
    expect(await source.readNote('P/Shared.md')).toBe(activity('Shared'));
    expect(source.unreadable()).toEqual([]);
  });

  it('counts a note in the vault once, at its own path, and names a link to it', async () => {
    const { vault } = scratch({ 'Elsewhere/Inside.md': activity('Inside'), '.hidden/h.md': activity('Hidden') });
    link(vault, 'P/Also.md', path.join(vault, 'Elsewhere/Inside.md'));
    link(vault, 'P/Hidden.md', path.join(vault, '.hidden/h.md'));
    const source = fileSystemSource(vault);
    expect(await source.listNotes()).toEqual(['Elsewhere/Inside.md', 'P/P.md']);
    expect(source.unreadable()).toEqual([
      expect.objectContaining({ path: 'P/Also.md', message: 'This note is a link to Elsewhere/Inside.md, a note in the vault, so it is counted once, at Elsewhere/Inside.md' }),
      expect.objectContaining({ path: 'P/Hidden.md', message: expect.stringContaining('in a folder of the vault the tracker skips') }),
    ]);
  });

  it("counts the notes in a linked folder, by their path through the link, and still skips hidden names", async () => {
    const { vault, outside } = scratch({}, { 'F/a.md': activity('A'), 'F/sub/b.md': activity('B'), 'F/picture.png': 'not a note', 'Hidden/c.md': activity('C') });
    link(vault, 'P/Folder', path.join(outside, 'F'));
    link(vault, 'P/.Hidden', path.join(outside, 'Hidden'));
    const check = await runIn(vault, ['check', vault]);
    expect(check.stdout).toBe('Checked 3 notes: no problems.\n');
    expect(check.code).toBe(0);
    const source = fileSystemSource(vault);
    expect(await source.listNotes()).toEqual(['P/Folder/a.md', 'P/Folder/sub/b.md', 'P/P.md']);
    expect(source.unreadable()).toEqual([]);
    const { index } = await openVault(vault);
    expect(index.notesOf('P/P.md').map((note) => note.path).sort()).toEqual(['P/Folder/a.md', 'P/Folder/sub/b.md', 'P/P.md']);
  });

  it('ends a loop of links and names each link it did not follow', async () => {
    const { vault, outside } = scratch({ 'Other/o.md': 'Just words.\n' }, { 'A/a.md': activity('A'), 'B/b.md': activity('B') });
    link(vault, 'P/Self', path.join(vault, 'P')); // a link to the folder it sits in
    link(vault, 'P/Top', path.dirname(vault)); // a link to a folder that holds the vault
    link(vault, 'P/ToOther', path.join(vault, 'Other')); // a second way to a folder in the vault
    link(vault, 'P/A', path.join(outside, 'A'));
    // Two folders outside, each linking to the other.
    symlinkSync(path.join(outside, 'B'), path.join(outside, 'A', 'toB'));
    symlinkSync(path.join(outside, 'A'), path.join(outside, 'B', 'toA'));
    const check = await runIn(vault, ['check', vault]);
    expect(check.thrown).toBeUndefined();
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^P\/Self {2}This folder is a link back to P, a folder it sits in, so it is not read again/m);
    expect(check.stdout).toMatch(/^P\/A\/toB\/toA {2}This folder is a link back to P\/A, a folder it sits in/m);
    expect(check.stdout).toMatch(/^P\/Top {2}This folder is a link to a folder that holds the whole vault, so it is not read/m);
    expect(check.stdout).toMatch(/^P\/ToOther {2}This folder is a link to a folder the tracker reads already, at Other,/m);
    // Each note once: P.md, o.md, a.md and b.md.
    expect(check.stdout).toMatch(/^Checked 4 notes: 4 problems\.$/m);
    expect(await fileSystemSource(vault).listNotes()).toEqual(['Other/o.md', 'P/A/a.md', 'P/A/toB/b.md', 'P/P.md']);
  });

  it('names a link that leads nowhere, to a note or a folder, with its path', async () => {
    const { vault, outside } = scratch();
    link(vault, 'P/Gone.md', path.join(outside, 'gone.md'));
    link(vault, 'P/Gone folder', path.join(outside, 'gone'));
    link(vault, 'P/Itself.md', 'Itself.md');
    // Not a note, so no more named when its link is broken than the picture would be.
    link(vault, 'P/photo.png', path.join(outside, 'photo.png'));
    const check = await runIn(vault, ['check', vault]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^P\/Gone\.md {2}This is a link that could not be followed \(there is no such file or folder\), so what it leads to is not counted/m);
    expect(check.stdout).toMatch(/^P\/Gone folder {2}This is a link that could not be followed \(there is no such file or folder\)/m);
    expect(check.stdout).toMatch(/^P\/Itself\.md {2}This is a link that could not be followed \(the path loops through links\)/m);
    expect(check.stdout).toMatch(/^Checked 1 note: 3 problems\.$/m);
  });
});
