/**
 * Pictures of the HTML export of the demo dashboard for the docs, taken in headless Chromium:
 *
 *   npm run screenshots:export
 *
 * writes to docs/images/ the first screen on a desktop (1280 x 800) and on a phone
 * (360 x 740), light and dark, the self-assessment charts, and one ingredient opened, from
 * the HTML export of vault-template scored as of 2026-11-22. The browser test
 * (test/browser/dashboard.test.ts) takes the same first-screen pictures with shootFirstScreens, into a scratch folder.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { buildDashboard } from '../src/analysis/dashboard';
import { openVault } from '../src/cli/vault';
import { renderHtmlPage } from '../src/render/html-page';
import { CHROMIUM_ARGS } from './chromium-args';

export { CHROMIUM_ARGS };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const AS_OF = '2026-11-22';

/** The two screens the dashboard is designed for. */
export const SCREENS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
} as const;

/** Photographs the first screen of a page on a desktop and a phone, light and dark. Returns the files written. */
export async function shootFirstScreens(browser: Browser, html: string, out: string): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const [device, viewport] of Object.entries(SCREENS)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme, viewport });
      try {
        await page.setContent(html);
        const file = path.join(out, `dashboard-first-${device}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        written.push(file);
      } finally {
        await page.close();
      }
    }
  }
  return written;
}

async function main(): Promise<void> {
  const { index } = await openVault(path.join(root, 'vault-template'));
  const models = index.projects().map((project) => buildDashboard(index, project, { asOf: AS_OF }));
  const html = renderHtmlPage(models, readFileSync(path.join(root, 'styles.css'), 'utf8'));
  const out = path.join(root, 'docs', 'images');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const written = await shootFirstScreens(browser, html, out);
    const page = await browser.newPage({ viewport: SCREENS.desktop });
    await page.setContent(html);
    const charts = path.join(out, 'dashboard-charts.png');
    await page.locator('.coproduction-panel-assessment').first().screenshot({ path: charts });
    const summary = page.locator('summary.coproduction-ingredient-summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    const evidence = path.join(out, 'dashboard-evidence.png');
    await page.locator('details.coproduction-ingredient').first().screenshot({ path: evidence });
    await page.close();
    console.log(`Wrote ${[...written, charts, evidence].map((file) => path.relative(root, file)).join(', ')}`);
  } finally {
    await browser.close();
  }
}

// Run only as a script, not when the browser test imports shootFirstScreens.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
