/** The dashboard's charts and panels, read from the renderer's output for the demo vault. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { openVault } from '../../src/cli/vault';
import { renderDashboard } from '../../src/render/dashboard-view';
import { renderHtmlPage } from '../../src/render/html-page';
import { toHtml } from '../../src/render/tree';

type JsdomClass = new (html: string) => { window: Window & typeof globalThis };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomClass };
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('dashboard charts', () => {
  let model: DashboardModel;
  let page: Document;
  beforeAll(async () => {
    const { index } = await openVault(path.join(root, 'vault-template'));
    const models = index.projects().map((project) => buildDashboard(index, project, { asOf: '2026-11-22' }));
    model = models[0]!;
    page = parse(renderHtmlPage(models, ''));
  });

  it('names every chart with a title that states its figures', () => {
    const charts = [...page.querySelectorAll('svg[data-chart]')];
    expect(charts.length).toBeGreaterThan(20);
    for (const chart of charts) {
      expect(chart.getAttribute('role')).toBe('img');
      const title = page.getElementById(chart.getAttribute('aria-labelledby') ?? '');
      expect(title?.tagName.toLowerCase()).toBe('title');
      expect(title?.parentElement).toBe(chart);
      expect(title?.textContent).toMatch(/\d/);
    }
    const kinds = new Set(charts.map((chart) => chart.getAttribute('data-chart')));
    for (const kind of ['levels', 'star', 'distance', 'person', 'evidence', 'ladder', 'four-cos', 'follow-ups', 'rewards', 'monthly']) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('gives every chart its numbers as a table, except rewards, whose table follows it', () => {
    for (const figure of page.querySelectorAll('figure.coproduction-figure')) {
      if (figure.classList.contains('coproduction-figure-rewards')) {
        expect(figure.nextElementSibling?.tagName.toLowerCase()).toBe('table');
        continue;
      }
      const tables = figure.querySelectorAll('details.coproduction-chart-data table');
      expect(tables.length, figure.className).toBeGreaterThan(0);
      for (const table of tables) expect(table.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThan(0);
    }
  });

  it("keeps Rowan's shared roles as 2 then 3, and shows the latest round in the star, not the average", () => {
    const rowan = [...page.querySelectorAll('svg[data-chart="person"] title')].map((t) => t.textContent ?? '').find((t) => t.startsWith('Rowan'));
    expect(rowan).toContain('Shared roles 2 then 3');
    const distance = page.querySelector('svg[data-chart="distance"][aria-labelledby$="distance-shared-roles-name"] title')?.textContent;
    expect(distance).toBe('Shared roles: practitioners 4 then 5; participants 2 then 3.');
    const star = [...page.querySelectorAll('svg[data-chart="star"] title')].map((t) => t.textContent ?? '').find((t) => t.startsWith('Latest'));
    expect(star).toContain('Participants, 18 Nov 2026: Assets 5, Shared roles 3');
    expect(star).not.toContain('2.5');
  });

  it('never draws anything that runs, loads or links out', () => {
    expect(page.querySelectorAll('svg script, svg use, svg image, svg foreignObject, svg a').length).toBe(0);
    for (const element of page.querySelectorAll('svg *')) {
      for (const name of element.getAttributeNames()) expect(name).not.toMatch(/^on|^href$|^style$/);
    }
  });

  it('opens every panel in the export, and closes in the live view only the panels the reader closed', () => {
    const panels = [...page.querySelectorAll('details.coproduction-panel-details')];
    expect(panels.length).toBeGreaterThan(10);
    expect(panels.every((details) => details.hasAttribute('open'))).toBe(true);
    const live = parse(toHtml(renderDashboard(model, { standalone: false, closedPanels: new Set(['voices', 'rewards']) })));
    const state = Object.fromEntries(
      [...live.querySelectorAll('details[data-panel]')].map((details) => [details.getAttribute('data-panel'), details.hasAttribute('open')]),
    );
    expect(state).toMatchObject({ voices: false, rewards: false, assessment: true, ingredients: true, attention: true });
  });

  it('puts the headline first, with the needs as links to panels on the page', () => {
    const dashboard = page.querySelector('.coproduction-dashboard:not(.coproduction-page-header)')!;
    expect(dashboard.firstElementChild?.classList.contains('coproduction-headline')).toBe(true);
    const needs = [...dashboard.querySelectorAll('.coproduction-needs a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(needs).toHaveLength(4);
    expect(needs[0]![0]).toContain('1 consent check due');
    expect(needs[2]![0]).toContain(`${model.learning.followUps.open} open follow-ups`);
    for (const [, href] of needs) expect(page.getElementById(href!.slice(1))).not.toBeNull();
  });
});
