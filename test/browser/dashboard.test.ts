/**
 * The dashboard in real headless Chromium: the HTML export (light and dark), the live DOM
 * built by toDom, an accessibility audit with axe-core, the keyboard path into an
 * ingredient's evidence, and hostile note text that must stay text.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { openVault } from '../../src/cli/vault';
import { renderHtmlPage } from '../../src/render/html-page';
import { coprod, DEMO_VAULT } from '../support/cli';
import { requireProgram } from '../support/programs';
import { liveBundle } from '../support/live-bundle';
import { SCREENS, shootFirstScreens } from '../../scripts/screenshots';

const chromiumPath = requireProgram('Chromium', ['chromium', 'chromium-browser']);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CSS = readFileSync(path.join(root, 'styles.css'), 'utf8');
const AS_OF = '2026-11-22';
const PAYLOAD = '<img src=x onerror=alert(1)>';

async function models(vault: string): Promise<DashboardModel[]> {
  const { index } = await openVault(vault);
  return index.projects().map((project) => buildDashboard(index, project, { asOf: AS_OF }));
}

interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** Runs axe-core in the page; returns the serious and critical violations, printed for the reader. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n'),
    );
}

/** Every axe-core violation, whatever its impact: the dashboard aims for none. */
async function allViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as AxeViolation[]).map(
    (violation) =>
      `${violation.impact ?? 'unknown'} ${violation.id}: ${violation.help}\n` +
      violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n'),
  );
}

/** The names Chromium gives the images on the page (charts are role="img"). */
async function imageNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: (AxNode & { name?: { value?: string } })[] };
  await cdp.detach();
  return nodes.filter((node) => !node.ignored && node.role?.value === 'image').map((node) => node.name?.value ?? '');
}

interface AxNode {
  ignored?: boolean;
  role?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

/** Chromium's own accessibility tree: the role and expanded state of the focused element. */
async function focusedDisclosure(page: Page): Promise<{ role?: string; expanded?: unknown }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  const property = (node: AxNode, name: string) => node.properties?.find((p) => p.name === name)?.value.value;
  const focused = nodes.find((node) => !node.ignored && node.role?.value !== 'RootWebArea' && property(node, 'focused') === true);
  return focused ? { role: focused.role?.value, expanded: property(focused, 'expanded') } : {};
}

describe.skipIf(!chromiumPath)('dashboard in Chromium', () => {
  let browser: Browser;
  let demoHtml: string;
  let demoModels: DashboardModel[];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath!,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--headless'],
    });
    demoModels = await models(path.join(root, 'vault-template'));
    // The page under test is exactly what `coprod dashboard --html` writes for the demo vault.
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'coprod-html-')), 'dashboard.html');
    const result = await coprod(['dashboard', DEMO_VAULT, '--as-of', AS_OF, '--html', out]);
    expect(result.code).toBe(0);
    demoHtml = readFileSync(out, 'utf8');
    expect(demoHtml).toBe(renderHtmlPage(demoModels, CSS));
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the HTML export has no serious accessibility problems (${colorScheme})`, async () => {
      // bypassCSP only so that axe-core can be injected; the hostile-text test keeps the page's CSP.
      const page = await browser.newPage({ colorScheme, bypassCSP: true });
      await page.setContent(demoHtml);
      const problems = await seriousViolations(page);
      expect(problems, problems.join('\n')).toEqual([]);
      // Open every ingredient and audit again: the evidence must pass too.
      await page.locator('summary.coproduction-ingredient-summary').evaluateAll((summaries) => {
        for (const summary of summaries) (summary as HTMLElement).click();
      });
      const opened = await seriousViolations(page);
      expect(opened, opened.join('\n')).toEqual([]);
      await page.close();
    });
  }

  it('has no accessibility problems of any impact with every list opened, the compact tables too (issue 11)', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.setContent(demoHtml);
    const tables = await page.locator('details.coproduction-all-evidence table.coproduction-compact').count();
    expect(tables, 'the demo has an ingredient with more pieces than are shown in full').toBeGreaterThan(0);
    await page.locator('details').evaluateAll((all) => {
      for (const details of all) (details as HTMLDetailsElement).open = true;
    });
    const problems = await allViolations(page);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });

  it('opens the first ingredient from the keyboard', async () => {
    const page = await browser.newPage();
    await page.setContent(demoHtml);
    const first = page.locator('summary.coproduction-ingredient-summary').first();
    let onSummary = false;
    for (let tab = 0; tab < 20 && !onSummary; tab++) {
      await page.keyboard.press('Tab');
      onSummary = await first.evaluate((summary) => summary === document.activeElement);
    }
    expect(onSummary, 'Tab never reached the first ingredient').toBe(true);
    const details = page.locator('details.coproduction-ingredient').first();
    const evidence = details.locator('.coproduction-evidence-list');
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    expect(await evidence.isVisible()).toBe(false);
    expect(await focusedDisclosure(page)).toEqual({ role: 'DisclosureTriangle', expanded: false });

    await page.keyboard.press('Enter');

    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    expect(await evidence.isVisible()).toBe(true);
    expect(await evidence.locator('li').count()).toBeGreaterThan(0);
    expect(await first.evaluate((summary) => summary === document.activeElement)).toBe(true);
    expect(await focusedDisclosure(page)).toEqual({ role: 'DisclosureTriangle', expanded: true });
    await page.close();
  });

  it('shows hostile note text as text and runs none of it', async () => {
    const vault = mkdtempSync(path.join(tmpdir(), 'coprod-xss-'));
    try {
      mkdirSync(path.join(vault, 'Safe'));
      writeFileSync(
        path.join(vault, 'Safe', 'Safe.md'),
        ['---', 'coproduction: project', 'name: Safe', 'start: 2026-10-01', '---', '# Safe', ''].join('\n'),
      );
      writeFileSync(
        path.join(vault, 'Safe', `${PAYLOAD}.md`),
        [
          '---',
          'coproduction: activity',
          'project: "[[Safe]]"',
          'date: 2026-11-01',
          'author: Sam',
          '---',
          `# ${PAYLOAD}`,
          '',
          `${PAYLOAD} #ingredient/assets`,
          '',
        ].join('\n'),
      );
      const html = renderHtmlPage(await models(vault), CSS);
      expect(html).not.toContain(PAYLOAD);

      const page = await browser.newPage();
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      await page.setContent(html);
      await page.locator('summary.coproduction-ingredient-summary').first().click();
      expect(dialogs).toBe(0);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('[onerror]').count()).toBe(0);
      const shown = page.getByText(PAYLOAD);
      expect(await shown.count()).toBeGreaterThan(0);
      expect(await shown.first().isVisible()).toBe(true);
      await page.close();
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`renders the live view with toDom, accessibly and with focusable note links (${colorScheme})`, async () => {
      const page = await browser.newPage({ colorScheme });
      await page.setContent('<!doctype html><html lang="en"><head><title>Dashboard</title></head><body></body></html>');
      await page.addStyleTag({ content: CSS });
      await page.addScriptTag({ content: await liveBundle() });
      await page.evaluate((model) => (window as unknown as { renderLive(m: unknown): void }).renderLive(model), demoModels[0]);

      expect(await page.locator('.coproduction-dashboard h2').first().textContent()).toBe(demoModels[0]!.project.name);
      const links = page.locator('a.internal-link[data-open-path][data-href]');
      expect(await links.count()).toBeGreaterThan(10);
      expect(await page.locator('button[data-accept-ingredient]').count()).toBe(demoModels[0]!.suggestions.length);
      const phaseButton = page.locator('.coproduction-phases a[data-open-path]').first();
      await phaseButton.focus();
      expect(await phaseButton.evaluate((button) => button === document.activeElement && (button as HTMLElement).tabIndex >= 0)).toBe(true);
      expect(await phaseButton.getAttribute('data-open-path')).toBe(demoModels[0]!.phases[0]!.note!.path);

      const problems = await seriousViolations(page);
      expect(problems, problems.join('\n')).toEqual([]);
      await page.close();
    });
  }
  for (const [device, viewport] of Object.entries(SCREENS)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`fits a ${device} (${viewport.width} px), ${colorScheme}: no sideways scrolling, every chart named, axe finds nothing`, async () => {
        const page = await browser.newPage({ colorScheme, viewport, bypassCSP: true });
        await page.setContent(demoHtml);
        const layout = await page.evaluate(() => {
          const root = document.documentElement;
          const headline = document.querySelector('.coproduction-headline')!.getBoundingClientRect();
          const wide = [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
            .filter((element) => !element.closest('.coproduction-visually-hidden, details:not([open])'))
            .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
          const small = [...document.querySelectorAll('summary, a, button')]
            .filter((element) => element.getBoundingClientRect().height > 0 && element.getBoundingClientRect().height < 44)
            .map((element) => element.textContent?.trim().slice(0, 40));
          return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, height: root.scrollHeight, headlineBottom: headline.bottom, wide, small };
        });
        expect(layout.scrollWidth, layout.wide.join('\n')).toBeLessThanOrEqual(layout.innerWidth);
        expect(layout.wide).toEqual([]);
        expect(layout.small, 'touch targets under 44 px').toEqual([]);
        // The headline (levels and what needs attention) is on the first screen.
        expect(layout.headlineBottom).toBeLessThanOrEqual(viewport.height);

        const charts = await page.locator('svg[data-chart]').count();
        expect(charts).toBeGreaterThan(20);
        const names = await imageNames(page);
        expect(names).toHaveLength(charts);
        expect(names.filter((name) => name.trim() === '')).toEqual([]);

        const violations = await allViolations(page);
        expect(violations, violations.join('\n')).toEqual([]);
        // Figures for the reader of the test output; never asserted.
        console.log(`${device} ${viewport.width}x${viewport.height} ${colorScheme}: ${(layout.height / viewport.height).toFixed(1)} screens long, ${charts} charts, axe ${violations.length} violations`);
        await page.close();
      });
    }
  }

  // Into a scratch folder: a test run never changes the repository (npm run screenshots:export renews docs/images).
  it('writes the first screen, desktop and phone, light and dark, as npm run screenshots:export does', async () => {
    const written = await shootFirstScreens(browser, demoHtml, mkdtempSync(path.join(tmpdir(), 'coprod-first-screens-')));
    expect(written.map((file) => path.basename(file))).toEqual([
      'dashboard-first-desktop-light.png',
      'dashboard-first-desktop-dark.png',
      'dashboard-first-phone-light.png',
      'dashboard-first-phone-dark.png',
    ]);
    for (const file of written) {
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // Width and height from the PNG header, in device pixels.
      const size = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect([SCREENS.desktop, SCREENS.phone].map((s) => [s.width, s.height])).toContainEqual(size);
    }
  });

  it('lays out the live view (toDom) on a phone with no sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: SCREENS.phone });
    await page.setContent('<!doctype html><html lang="en"><head><title>Dashboard</title></head><body></body></html>');
    await page.addStyleTag({ content: CSS });
    await page.addScriptTag({ content: await liveBundle() });
    await page.evaluate((model) => (window as unknown as { renderLive(m: unknown): void }).renderLive(model), demoModels[0]);
    expect(await page.locator('svg[data-chart]').count()).toBeGreaterThan(20);
    // Charts built by toDom are real SVG: they have a size of their own.
    const box = await page.locator('svg[data-chart="levels"]').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(100);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SCREENS.phone.width);
    await page.close();
  });
});
