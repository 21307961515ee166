/**
 * The dashboard as a reader opens it up, in real headless Chromium: every "Show the numbers"
 * and every list opened at once, in the HTML export and in the live view drawn with Obsidian's
 * default colours. Nothing may lie on top of anything else, and coloured status words must
 * still be readable.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { openVault } from '../../src/cli/vault';
import { renderHtmlPage } from '../../src/render/html-page';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args';
import { requireProgram } from '../support/programs';
import { liveBundle } from '../support/live-bundle';

const chromiumPath = requireProgram('Chromium', ['chromium', 'chromium-browser']);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CSS = readFileSync(path.join(root, 'styles.css'), 'utf8');
/** Obsidian's default theme variables, as the README screenshots use them. */
const OBSIDIAN_THEME = readFileSync(path.join(root, 'scripts', 'screenshots', 'obsidian-theme.css'), 'utf8');
const AS_OF = '2026-11-22';

/** Opens every disclosure, then lists each table that reaches outside the grid cell it sits in. */
async function tablesOutsideTheirCell(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) (details as HTMLDetailsElement).open = true;
    const grids = '.coproduction-chart-grid, .coproduction-headline-grid';
    return [...document.querySelectorAll(grids)].flatMap((grid) =>
      [...grid.children].flatMap((cell) => {
        const box = cell.getBoundingClientRect();
        return [...cell.querySelectorAll('table')]
          .filter((table) => table.getBoundingClientRect().right > box.right + 1)
          .map(
            (table) =>
              `"${table.querySelector('caption')?.textContent ?? ''}" is ${Math.round(table.getBoundingClientRect().width)} px wide in a cell of ${Math.round(box.width)} px`,
          );
      }),
    );
  });
}

describe.skipIf(!chromiumPath)('dashboard opened up, in Chromium', () => {
  let browser: Browser;
  let models: DashboardModel[];
  let html: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS });
    const { index } = await openVault(path.join(root, 'vault-template'));
    models = index.projects().map((project) => buildDashboard(index, project, { asOf: AS_OF }));
    html = renderHtmlPage(models, CSS);
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const width of [1280, 1000]) {
    it(`the export at ${width} px: a chart's numbers, opened, stay in its own column and cover no other chart's`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.setContent(html);
      const outside = await tablesOutsideTheirCell(page);
      expect(outside, outside.join('\n')).toEqual([]);
      await page.close();
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`the live view in Obsidian's default ${theme} colours: status words and warnings are readable (axe colour contrast)`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      await page.setContent(`<!doctype html><html lang="en"><head><title>Dashboard</title></head><body class="theme-${theme}"></body></html>`);
      await page.addStyleTag({ content: OBSIDIAN_THEME + CSS });
      await page.addScriptTag({ content: await liveBundle() });
      for (const model of models) await page.evaluate((m) => (window as unknown as { renderLive(m: unknown): void }).renderLive(m), model);
      const shown = await page.locator('.coproduction-status, .coproduction-warning strong, .coproduction-mark').count();
      expect(shown, 'the demo shows status words and a warning').toBeGreaterThan(3);
      await page.addScriptTag({ content: AXE });
      const failures = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { nodes: { target: unknown; failureSummary?: string }[] }[] }> } }).axe;
        const include = [...document.querySelectorAll('.coproduction-status, .coproduction-warning, .coproduction-mark')].map((element) => element);
        const result = await axe.run({ include }, { runOnly: ['color-contrast'] });
        return result.violations.flatMap((violation) => violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`));
      });
      expect(failures, failures.join('\n')).toEqual([]);
      await page.close();
    });
  }
});
