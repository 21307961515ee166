/** The headline's "Needs attention" against the panel of the same name further down. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { openVault } from '../../src/cli/vault';
import { renderHtmlPage } from '../../src/render/html-page';

type JsdomClass = new (html: string) => { window: Window & typeof globalThis };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomClass };
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('needs attention, in the headline and in its panel', () => {
  let model: DashboardModel;
  let page: Document;
  beforeAll(async () => {
    const { index } = await openVault(path.join(root, 'vault-template'));
    model = buildDashboard(index, index.projects()[0]!, { asOf: '2026-11-22' });
    page = new JSDOM(renderHtmlPage([model], '')).window.document;
  });

  it('never gives one heading two different counts on one page', () => {
    const headings = [...page.querySelectorAll('h2, h3')].map((heading) => heading.textContent ?? '').filter((text) => text.startsWith('Needs attention'));
    // The headline and the panel: the demo has one consent check due and five open follow-ups.
    expect(headings).toHaveLength(2);
    const counts = new Set(headings.map((text) => /\((\d+)\)/.exec(text)?.[1]).filter((count) => count !== undefined));
    expect([...counts]).toEqual([String(model.attention.length)]);
  });

  it('keeps a count on each line of the headline', () => {
    const lines = [...page.querySelectorAll('.coproduction-needs li')].map((item) => item.textContent ?? '');
    expect(lines).toContain('!1 consent check due');
    expect(lines).toContain('!5 open follow-ups');
  });
});
