/**
 * A small harness for plugin tests: the plugin loaded into a whole in-memory Obsidian
 * (obsidian-test-mocks) with the given files, its layout ready and its index built.
 * Views open from their registered type, as in Obsidian.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PluginManifest, ViewState } from 'obsidian';
import { App, Plugin as MockPlugin, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { vi } from 'vitest';
import CoproductionTrackerPlugin from '../../src/plugin/main';

const REPO = path.resolve(__dirname, '../..');
export const MANIFEST: PluginManifest = {
  ...(JSON.parse(readFileSync(path.join(REPO, 'manifest.json'), 'utf8')) as PluginManifest),
  dir: '.obsidian/plugins/coproduction-tracker',
};

export interface Loaded {
  app: App;
  plugin: CoproductionTrackerPlugin;
}

type ViewCreator = (leaf: unknown) => { load(): void; onOpen(): Promise<void>; setState(state: unknown, result: unknown): Promise<void> };

/** Loads the plugin like Obsidian does, makes the layout ready and waits for the index. */
export async function loadPlugin(files: Record<string, string>, settings?: unknown): Promise<Loaded> {
  const app = App.createConfigured__({ files });
  const plugin = new CoproductionTrackerPlugin(app.asOriginalType__(), MANIFEST);
  if (settings !== undefined) vi.spyOn(plugin, 'loadData').mockResolvedValue(settings);
  const views = MockPlugin.fromOriginalType2__(plugin).views__ as unknown as Map<string, ViewCreator>;
  const original = WorkspaceLeaf.prototype.setViewState as (this: WorkspaceLeaf, state: ViewState, eState?: unknown) => Promise<void>;
  vi.spyOn(WorkspaceLeaf.prototype, 'setViewState').mockImplementation(async function (this: WorkspaceLeaf, state: ViewState, eState?: unknown) {
    await original.call(this, state, eState);
    const create = views.get(state.type);
    if (!create) return;
    const view = create(this);
    await this.open(view as never);
    view.load();
    await view.onOpen();
    if (state.state) await view.setState(state.state, { history: false });
  });
  const onload = vi.spyOn(plugin, 'onload');
  plugin.load();
  await onload.mock.results[0]!.value;
  app.workspace.setLayoutReady__();
  await plugin.whenIdle();
  return { app, plugin };
}

/** Waits for the plugin's queued reads and any write it started. */
export async function settle(plugin: CoproductionTrackerPlugin): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await plugin.whenIdle();
  }
}
