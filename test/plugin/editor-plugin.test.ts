/**
 * The editor lens as the plugin registers it, in a whole in-memory Obsidian
 * (obsidian-test-mocks) holding the demo vault: it draws in a project note, never in a loose
 * note or a template, completion follows the same rule, and each setting turns its part off.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Editor, PluginManifest, TFile as ObsidianTFile } from 'obsidian';
import { App, Plugin as MockPlugin, editorInfoField } from 'obsidian-test-mocks/obsidian';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import CoproductionTrackerPlugin from '../../src/plugin/main';
import type { IngredientTagSuggest } from '../../src/plugin/editor/completion';
import { readVaultFiles } from '../support/memory-vault';

const REPO = path.resolve(__dirname, '../..');
const MANIFEST: PluginManifest = {
  ...(JSON.parse(readFileSync(path.join(REPO, 'manifest.json'), 'utf8')) as PluginManifest),
  dir: '.obsidian/plugins/coproduction-tracker',
};

const views: EditorView[] = [];
afterEach(() => {
  for (const view of views.splice(0)) view.destroy();
});

async function started() {
  const files = {
    ...readVaultFiles(path.join(REPO, 'vault-template')),
    'Loose note.md': 'Everyone got a voucher and their bus fare back. #ingredient/mutuality\n',
  };
  const app = App.createConfigured__({ files });
  const plugin = new CoproductionTrackerPlugin(app.asOriginalType__(), MANIFEST);
  const onload = vi.spyOn(plugin, 'onload');
  plugin.load();
  await onload.mock.results[0]!.value;
  app.workspace.setLayoutReady__();
  await plugin.whenIdle();
  const mock = MockPlugin.fromOriginalType2__(plugin);
  return { app, plugin, extensions: mock.editorExtensions__ as Extension[], suggests: mock.editorSuggests__ as unknown as IngredientTagSuggest[] };
}

function open(app: App, extensions: Extension[], filePath: string, doc: string): EditorView {
  const file = app.vault.getFileByPath(filePath) as unknown as ObsidianTFile;
  expect(file).toBeTruthy();
  const info = editorInfoField.init(() => ({ app: app.asOriginalType__(), file, hoverPopover: null }) as never);
  const view = new EditorView({ state: EditorState.create({ doc, extensions: [info, ...extensions] }), parent: document.body });
  views.push(view);
  return view;
}

const TEXT = 'Everyone got a voucher and their bus fare back.\nPaid on the day #ingredient/mutuality';
const PROJECT_NOTE = 'Full Plates Together/Activities/2026-10-22 Case study interviews.md';

describe('the editor lens in the plugin', () => {
  it('draws chips and markers in a project note, and nothing in a loose note or a template', async () => {
    const { app, extensions } = await started();
    expect(extensions).toHaveLength(1);
    const inProject = open(app, extensions, PROJECT_NOTE, TEXT);
    expect(inProject.contentDOM.querySelectorAll('.coprod-chip')).toHaveLength(1);
    expect(inProject.contentDOM.querySelectorAll('.coprod-marker')).toHaveLength(1);
    for (const other of ['Loose note.md', 'Templates/Activity.md']) {
      const view = open(app, extensions, other, TEXT);
      expect(view.contentDOM.querySelectorAll('.coprod-chip, .coprod-marker')).toHaveLength(0);
    }
  });

  it('completes #ingredient/ in project notes only, and a setting turns each part off', async () => {
    const { app, plugin, extensions, suggests } = await started();
    expect(suggests).toHaveLength(1);
    const suggest = suggests[0]!;
    const editor = { getLine: () => 'We paid #ingredient/mu' } as unknown as Editor;
    const cursor = { line: 0, ch: 22 };
    const file = (p: string) => app.vault.getFileByPath(p) as unknown as ObsidianTFile;
    expect(suggest.onTrigger(cursor, editor, file(PROJECT_NOTE))).toEqual({ start: { line: 0, ch: 8 }, end: cursor, query: 'mu' });
    expect(suggest.onTrigger(cursor, editor, file('Loose note.md'))).toBeNull();

    plugin.settings.lensCompletion = false;
    plugin.settings.lensSuggestions = false;
    expect(suggest.onTrigger(cursor, editor, file(PROJECT_NOTE))).toBeNull();
    const view = open(app, extensions, PROJECT_NOTE, TEXT);
    expect(view.contentDOM.querySelectorAll('.coprod-marker')).toHaveLength(0);
    expect(view.contentDOM.querySelectorAll('.coprod-chip')).toHaveLength(1);
    plugin.settings.lensTags = false;
    view.dispatch({ selection: { anchor: 1 } });
    expect(view.contentDOM.querySelectorAll('.coprod-chip')).toHaveLength(0);
  });
});
