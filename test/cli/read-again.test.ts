// The CLI keeps no note's text in its index (issue 11): words are read from the file again
// when something shows them. These tests hold that the words are the same as when the note
// was counted, and that a note changed meanwhile is never misquoted.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectIndex } from '../../src/index';
import { fileSystemSource } from '../../src/cli/fs-source';
import { readYaml } from '../../src/cli/yaml-reader';

const PROJECT = '---\ncoproduction: project\nname: Soup Club\n---\n# Soup Club\n';
const ACTIVITY = [
  '---',
  'coproduction: activity',
  'project: "[[Soup Club]]"',
  'date: 2026-02-01',
  'ingredients: [networks]',
  '---',
  '# Cooking together',
  '',
  'We cooked soup with the food bank. #ingredient/assets',
  'Jude led the shopping.',
  '#ingredient/shared-roles',
  '- [x] Everyone chose a recipe #ingredient/mutuality',
  '',
  '## What we learned',
  'The food bank came back the week after.',
  '',
].join('\r\n');

/** The folder read as the CLI reads it, noting every path it reads a second time. */
async function indexCounting(root: string): Promise<{ index: ProjectIndex; readAgain: string[] }> {
  const source = fileSystemSource(root);
  const readAgain: string[] = [];
  const readNoteAgain = source.readNoteAgain!.bind(source);
  source.readNoteAgain = (notePath) => {
    readAgain.push(notePath);
    return readNoteAgain(notePath);
  };
  const index = new ProjectIndex({ readYaml });
  await index.build(source);
  return { index, readAgain };
}

async function vault(): Promise<{ root: string; index: ProjectIndex; reads: () => number }> {
  const root = mkdtempSync(path.join(tmpdir(), 'coprod-read-again-'));
  mkdirSync(path.join(root, 'Soup'));
  writeFileSync(path.join(root, 'Soup', 'Soup Club.md'), PROJECT);
  writeFileSync(path.join(root, 'Soup', 'a.md'), `\uFEFF${ACTIVITY}`);
  const { index, readAgain } = await indexCounting(root);
  return { root, index, reads: () => readAgain.length };
}

describe('notes read again when their words are shown', () => {
  it('reads nothing again to count, then quotes the counted lines', async () => {
    const { index, reads } = await vault();
    const record = index.get('Soup/a.md')!;
    expect(record.evidence.map((mark) => mark.ingredient).sort()).toEqual(['assets', 'mutuality', 'networks', 'shared-roles']);
    expect(reads()).toBe(0);
    const quote = (ingredient: string) => record.evidence.find((mark) => mark.ingredient === ingredient)?.text;
    expect(quote('assets')).toBe('We cooked soup with the food bank.');
    // A line that is only tags is quoted by the prose above it.
    expect(quote('shared-roles')).toBe('Jude led the shopping.');
    expect(quote('mutuality')).toBe('Everyone chose a recipe');
    expect(record.sections.map((section) => [section.heading, section.line])).toEqual([
      ['Cooking together', 7],
      ['What we learned', 14],
    ]);
    expect(record.body.split('\n')[0]).toBe('# Cooking together');
    // One reading serves every quote, the body and the sections.
    expect(reads()).toBe(1);
  });

  it('never quotes a line that moved into the place of the counted one', async () => {
    const { root, index } = await vault();
    const record = index.get('Soup/a.md')!;
    writeFileSync(path.join(root, 'Soup', 'a.md'), ACTIVITY.replace('# Cooking together', '# Cooking together\r\nA new first line.'));
    expect(record.evidence.find((mark) => mark.ingredient === 'assets')?.text).toBe('');
    expect(record.body).toBe('');
    // The counts stay those of the note as it was read.
    expect(record.evidence).toHaveLength(4);
  });

  it('reads a project note named after its folder first, so the plain notes beside it are read once', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'coprod-read-again-'));
    mkdirSync(path.join(root, 'Soup', 'Notes'), { recursive: true });
    // "Soup/Notes/…" sorts before "Soup/Soup.md": without reading the project note first, the
    // plain note would wait for the project folders and be read a second time.
    writeFileSync(path.join(root, 'Soup', 'Notes', 'a plain note.md'), 'We cooked together. #ingredient/mutuality\n');
    writeFileSync(path.join(root, 'Soup', 'Soup.md'), PROJECT);
    writeFileSync(path.join(root, 'Elsewhere.md'), 'Outside any project. #ingredient/assets\n');
    const { index, readAgain } = await indexCounting(root);
    expect(readAgain).toEqual([]);
    expect(index.projectOf('Soup/Notes/a plain note.md')).toBe('Soup/Soup.md');
    expect(index.get('Soup/Notes/a plain note.md')?.evidence.map((mark) => mark.ingredient)).toEqual(['mutuality']);
    // A plain note outside every project is still left unread until a project folder holds it.
    expect(index.get('Elsewhere.md')?.notReadYet).toBe(true);
  });

  it('finds copies by content, reading only notes of the same length again', async () => {
    const { root } = await vault();
    writeFileSync(path.join(root, 'Soup', 'a copy.md'), ACTIVITY.replaceAll('\r\n', '\n'));
    writeFileSync(path.join(root, 'Soup', 'b.md'), ACTIVITY.replace('soup', 'stew'));
    const { index, readAgain: asked } = await indexCounting(root);
    const { findCopies } = await import('../../src/analysis/copies');
    const { copies } = findCopies(index, index.notesOf('Soup/Soup Club.md'));
    expect(copies.map((copy) => [copy.record.path, copy.original.path])).toEqual([['Soup/a.md', 'Soup/a copy.md']]);
    // The first in path order counts. "stew" is as long as "soup": all three are read again to tell them apart, the project note is not.
    expect([...new Set(asked)].sort()).toEqual(['Soup/a copy.md', 'Soup/a.md', 'Soup/b.md']);
  });
});
