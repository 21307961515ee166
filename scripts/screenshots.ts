/**
 * Screenshots of the demo dashboard for the docs, taken in headless Chromium:
 *
 *   npm run screenshots
 *
 * writes docs/images/dashboard-light.png, dashboard-dark.png and dashboard-evidence.png
 * from the HTML export of vault-template, scored as of 2026-11-22.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildDashboard } from '../src/analysis/dashboard';
import { openVault } from '../src/cli/vault';
import { renderHtmlPage } from '../src/render/html-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const AS_OF = '2026-11-22';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--headless',
];

async function main(): Promise<void> {
  const { index } = await openVault(path.join(root, 'vault-template'));
  const models = index.projects().map((project) => buildDashboard(index, project, { asOf: AS_OF }));
  const html = renderHtmlPage(models, readFileSync(path.join(root, 'styles.css'), 'utf8'));
  const out = path.join(root, 'docs', 'images');
  mkdirSync(out, { recursive: true });

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme, viewport: { width: 1100, height: 900 } });
      await page.setContent(html);
      await page.screenshot({ path: path.join(out, `dashboard-${colorScheme}.png`), fullPage: true });
      if (colorScheme === 'light') {
        const summary = page.locator('summary.coproduction-ingredient-summary').first();
        await summary.focus();
        await page.keyboard.press('Enter');
        const details = page.locator('details.coproduction-ingredient').first();
        await details.screenshot({ path: path.join(out, 'dashboard-evidence.png') });
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`Wrote dashboard-light.png, dashboard-dark.png and dashboard-evidence.png to ${path.relative(root, out)}/`);
}

await main();
