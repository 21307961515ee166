/**
 * The plugin's read adapters: the NoteSource over Vault + MetadataCache, and the YamlReader
 * over Obsidian's parseYaml. Runs against obsidian-test-mocks.
 */
import { describe, expect, it } from 'vitest';
import { App } from 'obsidian-test-mocks/obsidian';
import { ProjectIndex } from '../../src/index';
import {
  frontmatterOf,
  obsidianYamlReader,
  plainYamlMessage,
  vaultSource,
  yamlErrorLine,
} from '../../src/plugin/index-source';

const PROJECT = `---
coproduction: project
name: Soup Club
start: 2026-01-05
---
# Soup Club
`;

const ACTIVITY = `---
coproduction: activity
project: "[[Soup Club]]"
date: 2026-02-01
ingredients: [assets]
---
# Cooking together

We cooked soup. #ingredient/mutuality
`;

// Line 5 of the file (line 4 of the YAML) opens a quote it never closes.
const BROKEN = `---
coproduction: activity
project: "[[Soup Club]]"
date: 2026-02-02
title: "never closed
---
# A session
`;

function makeApp(files: Record<string, string>) {
  return App.createConfigured__({ files });
}

describe('vaultSource', () => {
  it('lists the markdown notes and reads their text', async () => {
    const app = makeApp({ 'Soup/Soup Club.md': PROJECT, 'Soup/a.md': ACTIVITY, 'Soup/picture.png': 'png' });
    const source = vaultSource(app.asOriginalType__());
    expect((await source.listNotes()).sort()).toEqual(['Soup/Soup Club.md', 'Soup/a.md']);
    expect(await source.readNote('Soup/a.md')).toBe(ACTIVITY);
    await expect(source.readNote('Soup/missing.md')).rejects.toThrow(/No note at Soup\/missing\.md/);
  });

  it("hands over Obsidian's parsed properties, as a copy", () => {
    const app = makeApp({ 'Soup/a.md': ACTIVITY, 'plain.md': '# No properties\n' });
    const source = vaultSource(app.asOriginalType__());
    const properties = source.cachedFrontmatter?.('Soup/a.md');
    expect(properties).toMatchObject({ coproduction: 'activity', date: '2026-02-01', ingredients: ['assets'] });
    properties!.coproduction = 'changed';
    expect(source.cachedFrontmatter?.('Soup/a.md')?.coproduction).toBe('activity');
    expect(source.cachedFrontmatter?.('plain.md')).toBeUndefined();
    expect(source.cachedFrontmatter?.('missing.md')).toBeUndefined();
  });

  it('builds the same index as parsing the text would', async () => {
    const files = { 'Soup/Soup Club.md': PROJECT, 'Soup/a.md': ACTIVITY };
    const app = makeApp(files);
    const fromCache = new ProjectIndex({ readYaml: obsidianYamlReader });
    await fromCache.build(vaultSource(app.asOriginalType__()));
    const fromText = new ProjectIndex({ readYaml: obsidianYamlReader });
    await fromText.build({ listNotes: async () => Object.keys(files), readNote: async (path) => files[path as keyof typeof files] });
    expect(fromCache.get('Soup/a.md')).toEqual(fromText.get('Soup/a.md'));
    // Marks keep only their line; their quotes, worked out when shown, must match too.
    const quotes = (index: ProjectIndex) => index.get('Soup/a.md')?.evidence.map((mark) => mark.text);
    expect(quotes(fromCache)).toEqual(quotes(fromText));
    expect(fromCache.get('Soup/a.md')?.evidence.find((mark) => mark.source === 'tag')?.text).toBe('We cooked soup.');
    expect(fromCache.get('Soup/a.md')?.kind).toBe('activity');
    expect(fromCache.get('Soup/a.md')?.evidence.map((mark) => mark.ingredient).sort()).toEqual(['assets', 'mutuality']);
    expect(fromCache.projectOf('Soup/a.md')).toBe('Soup/Soup Club.md');
  });

  it('turns broken properties, which the cache cannot hold, into a Problem with a line', async () => {
    const app = makeApp({ 'Soup/Soup Club.md': PROJECT, 'Soup/b.md': ACTIVITY });
    // Obsidian keeps no properties for a note whose YAML it cannot read. The mock's cache
    // would throw on broken YAML, so the text is swapped underneath it and the cache emptied.
    await app.vault.adapter.write('Soup/b.md', BROKEN);
    app.metadataCache.setCache__('Soup/b.md', {});
    const index = new ProjectIndex({ readYaml: obsidianYamlReader });
    await index.build(vaultSource(app.asOriginalType__()));
    const record = index.get('Soup/b.md');
    expect(record?.kind).toBe('unreadable');
    expect(record?.problems[0]).toMatchObject({
      path: 'Soup/b.md',
      line: 5,
      message: 'The properties at the top of this note could not be read: a quote or bracket is not closed.',
    });
    expect(record?.problems[0]?.hint).toMatch(/missing colon, an unclosed quote or a tab/);
  });
});

describe('obsidianYamlReader', () => {
  it('reads good YAML and keeps dates as text', () => {
    expect(obsidianYamlReader('a: 1\ndate: 2026-03-10\nlist: [x, y]')).toEqual({
      ok: true,
      data: { a: 1, date: '2026-03-10', list: ['x', 'y'] },
    });
  });

  it('never throws, and names the line and what was expected', () => {
    expect(obsidianYamlReader('a: 1\na: 2')).toEqual({ ok: false, message: 'a property name appears twice.', line: 2 });
    expect(obsidianYamlReader('a:\n\t- b')).toMatchObject({ ok: false, message: 'a tab is used to indent a line; use spaces.' });
    expect(obsidianYamlReader('x: "open')).toMatchObject({ ok: false, message: 'a quote or bracket is not closed.', line: 1 });
  });

  it("understands js-yaml's errors too (Obsidian's own parser)", () => {
    const duplicated = { name: 'YAMLException', reason: 'duplicated mapping key', mark: { line: 2, column: 0 }, message: 'x' };
    expect(yamlErrorLine(duplicated)).toBe(3);
    expect(plainYamlMessage(duplicated)).toBe('a property name appears twice.');
    const indentation = { reason: 'bad indentation of a mapping entry', mark: { line: 0 } };
    expect(yamlErrorLine(indentation)).toBe(1);
    expect(plainYamlMessage(indentation)).toMatch(/indented differently/);
    expect(yamlErrorLine(new Error('something odd at line 7, column 2'))).toBe(7);
    expect(yamlErrorLine('no line here')).toBeUndefined();
    // The parser's own words never reach the user (issue 9).
    expect(plainYamlMessage(new Error('Something odd at line 7, column 2'))).toBe('some of the text is not written as "name: value" lines.');
    expect(plainYamlMessage(new Error('Source contains multiple documents; please use YAML.parseAllDocuments()'))).toBe(
      'a line with only "---" or "..." splits the properties in two.',
    );
    expect(plainYamlMessage({ reason: 'unidentified alias "x"' })).toBe('a * refers to a name that no & gave before it.');
  });

  it('names a value that contains itself instead of throwing (issue 9)', () => {
    expect(obsidianYamlReader('coproduction: &a [*a]')).toEqual({ ok: false, message: 'a value refers to itself (with & and *), so it never ends.' });
    const circular: Record<string, unknown> = { coproduction: 'project' };
    circular.self = [circular];
    expect(frontmatterOf({ frontmatter: circular })).toBeUndefined();
    // A billion laughs shared by reference: left to the reader, which refuses it in plain words.
    let laughs: unknown = ['lol'];
    for (let level = 0; level < 30; level++) {
      const below = laughs;
      laughs = Array.from({ length: 9 }, () => below);
    }
    expect(frontmatterOf({ frontmatter: { coproduction: 'activity', other: laughs } })).toBeUndefined();
  });
});

describe('frontmatterOf', () => {
  it('copies an object and ignores anything else', () => {
    expect(frontmatterOf({ frontmatter: { a: 1 } })).toEqual({ a: 1 });
    expect(frontmatterOf({})).toBeUndefined();
    expect(frontmatterOf(null)).toBeUndefined();
    expect(frontmatterOf(undefined)).toBeUndefined();
  });
});
