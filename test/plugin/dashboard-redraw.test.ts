/**
 * The live dashboard redraws only the parts whose data changed (issue 11), and keeps what the
 * reader opened and where the focus was. Counted with a MutationObserver on the dashboard's root.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DASHBOARD_VIEW_TYPE } from '../../src/plugin/dashboard-view';
import { DEMO_VAULT } from '../support/cli';
import { readVaultFiles } from '../support/memory-vault';
import { loadPlugin, type Loaded } from '../support/plugin-harness';

let loaded: Loaded | undefined;

afterEach(() => {
  loaded?.plugin.unload();
  loaded = undefined;
  vi.restoreAllMocks();
});

const REFLECTION = 'Full Plates Together/Reflections/2026-03-12 The kick-off ran over.md';
const REWARD = 'Full Plates Together/Rewards/2026-03-10 Robin expenses.md';

interface Opened {
  files: Record<string, string>;
  content: HTMLElement;
  redraw(): void;
  /** Part names (data-part) of the elements taken out of the dashboard since the last call. */
  replaced(): Promise<string[]>;
  edit(path: string, change: (text: string) => string): void;
}

async function openDashboard(): Promise<Opened> {
  const files = readVaultFiles(DEMO_VAULT);
  loaded = await loadPlugin(files);
  await loaded.plugin.openDashboard();
  const view = loaded.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!.view as unknown as { containerEl: HTMLElement; contentEl: HTMLElement; render(): void };
  const content = view.contentEl;
  // In the document, so that focus works as in Obsidian.
  if (!content.isConnected) content.ownerDocument.body.append(view.containerEl);
  const root = content.querySelector('.coproduction-dashboard')!;
  let removed: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.removedNodes)) removed.push((node as Element).getAttribute?.('data-part') ?? '?');
    }
  });
  observer.observe(root, { childList: true });
  const { index } = loaded.plugin;
  return {
    files,
    content,
    redraw: () => view.render(),
    replaced: async () => {
      await Promise.resolve();
      const out = [...removed, ...observer.takeRecords().flatMap((record) => Array.from(record.removedNodes).map((node) => (node as Element).getAttribute('data-part') ?? '?'))];
      removed = [];
      return out.sort();
    },
    edit: (path, change) => {
      files[path] = change(files[path]!);
      index.update(path, files[path]);
    },
  };
}

describe('dashboard redraws', () => {
  it('replaces nothing when nothing changed', async () => {
    const { redraw, replaced, content } = await openDashboard();
    const root = content.querySelector('.coproduction-dashboard');
    redraw();
    expect(await replaced()).toEqual([]);
    expect(content.querySelector('.coproduction-dashboard')).toBe(root);
  });

  it('replaces only the rewards panel when a reward changed', async () => {
    const { redraw, replaced, edit, content } = await openDashboard();
    edit(REWARD, (text) => text.replace('hours: 3', 'hours: 5'));
    redraw();
    expect(await replaced()).toEqual(['rewards']);
    expect(content.querySelector('[data-part="rewards"]')?.textContent).toMatch(/hours/);
  });

  it('replaces the panels that show evidence when a piece is added, and keeps the rest', async () => {
    const { redraw, replaced, edit } = await openDashboard();
    edit(REFLECTION, (text) => `${text}\nWe asked the food lead to champion this. #ingredient/catalysts\n`);
    redraw();
    const parts = await replaced();
    expect(parts).toContain('ingredients');
    expect(parts).toContain('headline');
    for (const untouched of ['rewards', 'voices', 'learning', 'phases', 'barriers', 'portfolio']) expect(parts).not.toContain(untouched);
  });

  it('keeps an opened ingredient, its opened full list and the focus on a link in it', async () => {
    const { redraw, replaced, edit, content } = await openDashboard();
    const assets = () => content.querySelector<HTMLDetailsElement>('details.coproduction-ingredient[data-ingredient="assets"]')!;
    const fullList = () => assets().querySelector<HTMLDetailsElement>('details.coproduction-all-evidence[data-evidence-sign="strength"]')!;
    assets().open = true;
    fullList().open = true;
    fullList().dispatchEvent(new Event('toggle'));
    const rows = fullList().querySelectorAll('tbody > tr').length;
    expect(rows).toBeGreaterThan(5);
    // A note link of the opened list has the focus (jsdom does not focus a summary).
    const link = fullList().querySelector<HTMLElement>('tbody a[data-open-path]')!;
    link.focus();
    expect(content.ownerDocument.activeElement).toBe(link);
    const linkSelector = `tbody a[data-open-path="${link.getAttribute('data-open-path')!}"][data-open-line="${link.getAttribute('data-open-line')!}"]`;

    edit(REFLECTION, (text) => `${text}\nPeople said what they are good at. #ingredient/assets\n`);
    redraw();
    expect(await replaced()).toContain('ingredients');
    expect(assets().open).toBe(true);
    expect(fullList().open).toBe(true);
    // Drawn again from the new model: one more piece.
    expect(fullList().querySelectorAll('tbody > tr')).toHaveLength(rows + 1);
    expect(content.ownerDocument.activeElement).toBe(fullList().querySelector(linkSelector));
    expect(fullList().contains(content.ownerDocument.activeElement)).toBe(true);
  });
});
