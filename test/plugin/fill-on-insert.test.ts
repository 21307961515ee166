/**
 * A tracker template inserted with core Templates into a note inside a project folder gets
 * the project's phase and this device's name, as "New note from template" would give it.
 */
import { TFile } from 'obsidian-test-mocks/obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_TEMPLATES } from '../../src/model/bundled-templates';
import { valuesToFill } from '../../src/plugin/fill-on-insert';
import { setAuthor } from '../../src/plugin/host';
import { asCoreTemplates } from '../support/core-templates';
import { loadPlugin, settle, type Loaded } from '../support/plugin-harness';

const PROJECT = '---\ncoproduction: project\nphase: engagement\n---\n# Soup club\n';
const NOTE = 'Soup club/Activities/Tasting day.md';
const inserted = asCoreTemplates(BUNDLED_TEMPLATES.activity, 'Tasting day', new Date(2026, 3, 14, 9, 5));

afterEach(() => vi.restoreAllMocks());

async function insertTemplate({ app, plugin }: Loaded, typedHere: boolean): Promise<string> {
  const file = app.vault.getAbstractFileByPath(NOTE) as TFile;
  if (typedHere) app.workspace.trigger('editor-change', {}, { file });
  await app.vault.modify(file, inserted);
  await settle(plugin);
  return app.vault.read(file);
}

describe('a template inserted with core Templates', () => {
  it('gets the project’s phase and this device’s name', async () => {
    const loaded = await loadPlugin({ 'Soup club/Soup club.md': PROJECT, [NOTE]: '' });
    setAuthor(loaded.app.asOriginalType__(), 'Sam');
    const text = await insertTemplate(loaded, true);
    const record = loaded.plugin.index.get(NOTE);
    expect(record?.kind).toBe('activity');
    expect(record && 'props' in record ? record.props : {}).toMatchObject({ phase: 'engagement', author: 'Sam', date: '2026-04-14' });
    expect(text).toContain('# Tasting day');
  });

  it('is left alone when it came from elsewhere (sync), not from this device’s editor', async () => {
    const loaded = await loadPlugin({ 'Soup club/Soup club.md': PROJECT, [NOTE]: '' });
    setAuthor(loaded.app.asOriginalType__(), 'Sam');
    expect(await insertTemplate(loaded, false)).toBe(inserted);
  });
});

describe('valuesToFill', () => {
  it('fills only empty phase and author of a note that just became a tracker note', () => {
    const context = { phase: 'learning', author: 'Kim' };
    expect(valuesToFill({ coproduction: 'reflection', phase: null, author: '' }, false, context)).toEqual({ phase: 'learning', author: 'Kim' });
    expect(valuesToFill({ coproduction: 'reflection', phase: 'rewards', author: 'Jo' }, false, context)).toEqual({});
    expect(valuesToFill({ coproduction: 'reflection', phase: null }, true, context)).toEqual({});
    expect(valuesToFill({ phase: null, author: null }, false, context)).toEqual({});
    expect(valuesToFill({ coproduction: 'participant' }, false, context)).toEqual({});
    expect(valuesToFill({ coproduction: 'reflection', author: null }, false, { author: '' })).toEqual({});
  });
});
