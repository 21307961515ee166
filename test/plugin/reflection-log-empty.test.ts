/** The reflection log when its filters leave nothing: it says so, and how to see more. */
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { openReflectionLog } from '../../src/plugin/commands/reflection';
import { REFLECTION_LOG_VIEW_TYPE, type ReflectionLogView } from '../../src/plugin/reflection-log-view';
import { readVaultFiles } from '../support/memory-vault';
import { loadPlugin } from '../support/plugin-harness';

it('says that no reflection matches the filters, and how to see them all again', async () => {
  const { app, plugin } = await loadPlugin(readVaultFiles(path.resolve(__dirname, '../../vault-template')));
  vi.spyOn(plugin, 'today').mockReturnValue('2026-11-22');
  const project = plugin.index.projects().find((record) => record.path === 'Full Plates Together/Full Plates Together.md')!;
  await openReflectionLog(plugin, project);
  const log = app.workspace.getLeavesOfType(REFLECTION_LOG_VIEW_TYPE)[0]!.view as unknown as ReflectionLogView;
  log.refresh();
  const summary = () => log.contentEl.querySelector('[aria-live="polite"]')?.textContent;

  log.setFilter({ from: '2026-12-01' });
  expect(log.entries()).toEqual([]);
  expect(summary()).toBe('No reflection matches these filters, out of 13. Set a filter back to All, or clear a date, to see more.');

  log.setFilter({ from: undefined });
  expect(summary()).toBe('13 reflections, newest first.');
});
