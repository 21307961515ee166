/**
 * README pictures of the plugin's own views, taken in headless Chromium:
 *
 *   npm run screenshots
 *
 * The plugin is loaded into a whole in-memory Obsidian (obsidian-test-mocks) holding the demo
 * vault, as in the plugin tests; its dashboard and reflection log draw their DOM there. That
 * DOM is put into a window drawn like Obsidian's default theme (obsidian-theme.css) and
 * photographed at 1280 x 720 (16:9), light and dark, and the dashboard on a 360 x 740 phone
 * (no ribbon and no status bar, as in Obsidian's mobile app). Writes docs/images/plugin-*.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { it, vi } from 'vitest';
import { openReflectionLog } from '../../src/plugin/commands/reflection';
import { DASHBOARD_VIEW_TYPE } from '../../src/plugin/dashboard-view';
import { REFLECTION_LOG_VIEW_TYPE } from '../../src/plugin/reflection-log-view';
import { readVaultFiles } from '../../test/support/memory-vault';
import { loadPlugin } from '../../test/support/plugin-harness';
import { CHROMIUM_ARGS } from '../chromium-args';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'docs', 'images');
const SIZE = { width: 1280, height: 720 };
const PHONE = { width: 360, height: 740 };
const TODAY = '2026-11-22';
const FPT = 'Full Plates Together';

/** An element and its children as HTML text, read from the DOM the plugin built. */
function serialize(element: Element): string {
  return new XMLSerializer().serializeToString(element);
}

function page(theme: 'light' | 'dark', tab: string, view: string, status: string, phone = false): string {
  const css = readFileSync(path.join(root, 'styles.css'), 'utf8') + readFileSync(path.join(import.meta.dirname, 'obsidian-theme.css'), 'utf8');
  const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en" class="theme-${theme}"><head><meta charset="utf-8"><title>${text(tab)}</title><style>${css}</style></head>
<body class="theme-${theme}${phone ? ' is-phone' : ''}"><div class="app">${phone ? '' : '<div class="ribbon"></div>'}
${phone ? `<div class="view-header">${text(tab)}</div>` : `<div class="tab-header"><div class="tab">Welcome</div><div class="tab is-active">${text(tab)}</div></div>`}
<div class="view-content">${view}</div>
${phone ? '' : `<div class="status-bar"><span>${text(status)}</span></div>`}</div></body></html>`;
}

it('writes the screenshots of the plugin views', async () => {
  const loaded = await loadPlugin(readVaultFiles(path.join(root, 'vault-template')));
  const { app, plugin } = loaded;
  vi.spyOn(plugin, 'today').mockReturnValue(TODAY);
  vi.spyOn(plugin, 'now').mockReturnValue(new Date(2026, 10, 22, 10, 0));

  // The status bar as it reads with a reflection open: the first one that holds evidence.
  const withEvidence = [...plugin.index.all()].find((record) => record.path.startsWith(`${FPT}/Reflections/`) && record.evidence.length > 1);
  const note = withEvidence ? app.vault.getAbstractFileByPath(withEvidence.path) : null;
  vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(note as never);
  app.workspace.trigger('file-open', note);
  const statusItems = (plugin as unknown as { status?: { el: HTMLElement } }).status?.el;
  const status = statusItems?.textContent ?? '';

  await plugin.openDashboard();
  const dashboard = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!.view as unknown as { contentEl: HTMLElement; refresh(): void };
  dashboard.refresh();
  const project = plugin.index.projects().find((record) => record.path === `${FPT}/${FPT}.md`)!;
  await openReflectionLog(plugin, project);
  const log = app.workspace.getLeavesOfType(REFLECTION_LOG_VIEW_TYPE)[0]!.view as unknown as { contentEl: HTMLElement; refresh(): void };
  log.refresh();

  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const shots: [string, 'light' | 'dark', string, HTMLElement, boolean][] = [
      ['plugin-dashboard-light.png', 'light', 'Co-production dashboard', dashboard.contentEl, false],
      ['plugin-dashboard-dark.png', 'dark', 'Co-production dashboard', dashboard.contentEl, false],
      ['plugin-dashboard-phone-light.png', 'light', 'Co-production dashboard', dashboard.contentEl, true],
      ['plugin-dashboard-phone-dark.png', 'dark', 'Co-production dashboard', dashboard.contentEl, true],
      ['plugin-reflection-log.png', 'light', 'Reflection log', log.contentEl, false],
    ];
    for (const [file, theme, tab, element, phone] of shots) {
      const tabPage = await browser.newPage({ viewport: phone ? PHONE : SIZE, colorScheme: theme, deviceScaleFactor: 1 });
      const html = page(theme, tab, serialize(element), status, phone);
      if (process.env.SCREENSHOT_HTML) writeFileSync(path.join(process.env.SCREENSHOT_HTML, file.replace(/\.png$/, '.html')), html);
      await tabPage.setContent(html);
      await tabPage.screenshot({ path: path.join(out, file) });
      await tabPage.close();
    }
    console.log(
      `Wrote ${shots.length} pictures to docs/images/: ${shots.map(([file, , , , phone]) => `${file} (${phone ? `${PHONE.width} x ${PHONE.height}` : `${SIZE.width} x ${SIZE.height}`})`).join(', ')}`,
    );
  } finally {
    await browser.close();
  }
});
