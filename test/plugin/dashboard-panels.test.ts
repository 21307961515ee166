/**
 * The live dashboard remembers which panels a reader closed, on this device only, and the
 * headline's links open the panel they point to. Neither writes to the vault.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLOSED_PANELS_KEY, DASHBOARD_VIEW_TYPE } from '../../src/plugin/dashboard-view';
import { DEMO_VAULT } from '../support/cli';
import { readVaultFiles } from '../support/memory-vault';
import { loadPlugin, type Loaded } from '../support/plugin-harness';

let loaded: Loaded | undefined;

afterEach(() => {
  loaded?.plugin.unload();
  loaded = undefined;
  vi.restoreAllMocks();
});

async function openDashboard(): Promise<{ loaded: Loaded; content: HTMLElement; redraw(): void }> {
  loaded = await loadPlugin(readVaultFiles(DEMO_VAULT));
  await loaded.plugin.openDashboard();
  const view = loaded.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!.view as unknown as { contentEl: HTMLElement; render(): void };
  return { loaded, content: view.contentEl, redraw: () => view.render() };
}

function panel(content: HTMLElement, key: string): HTMLDetailsElement {
  const details = content.querySelector<HTMLDetailsElement>(`details[data-panel="${key}"]`);
  if (!details) throw new Error(`No ${key} panel`);
  return details;
}

function toggle(details: HTMLDetailsElement, open: boolean): void {
  details.open = open;
  details.dispatchEvent(new Event('toggle'));
}

describe('dashboard panels', () => {
  it('start open, and a closed panel stays closed on this device after a redraw', async () => {
    const { loaded: { app }, content, redraw } = await openDashboard();
    const writes = [vi.spyOn(app.vault, 'modify'), vi.spyOn(app.vault, 'create'), vi.spyOn(app.vault, 'process')];
    const panels = Array.from(content.querySelectorAll<HTMLDetailsElement>('details[data-panel]'));
    expect(panels.length).toBeGreaterThan(10);
    expect(panels.every((details) => details.open)).toBe(true);

    toggle(panel(content, 'voices'), false);
    toggle(panel(content, 'rewards'), false);
    expect(app.loadLocalStorage(CLOSED_PANELS_KEY)).toEqual(['rewards', 'voices']);

    redraw();
    expect(panel(content, 'voices').open).toBe(false);
    expect(panel(content, 'rewards').open).toBe(false);
    expect(panel(content, 'learning').open).toBe(true);

    toggle(panel(content, 'voices'), true);
    toggle(panel(content, 'rewards'), true);
    expect(app.loadLocalStorage(CLOSED_PANELS_KEY)).toBeNull();
    for (const write of writes) expect(write).not.toHaveBeenCalled();
  });

  it('ignores a stored value that is not a list of panel names', async () => {
    const { loaded: { app }, content, redraw } = await openDashboard();
    app.saveLocalStorage(CLOSED_PANELS_KEY, { voices: true });
    redraw();
    expect(panel(content, 'voices').open).toBe(true);
  });

  it('a headline link opens its panel and moves focus there', async () => {
    const { content } = await openDashboard();
    // jsdom does no layout, so it has no scrollIntoView; the test watches the call instead.
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    if (!content.isConnected) content.ownerDocument.body.append(content);
    toggle(panel(content, 'learning'), false);
    const link = Array.from(content.querySelectorAll<HTMLAnchorElement>('.coproduction-needs a')).find((a) => a.textContent?.includes('follow-up'));
    expect(link).toBeDefined();
    link!.click();
    expect(panel(content, 'learning').open).toBe(true);
    expect(content.ownerDocument.activeElement).toBe(panel(content, 'learning').querySelector('summary'));
    expect(scroll).toHaveBeenCalledTimes(1);
  });
});
