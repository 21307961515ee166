import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { LEVEL_NAMES } from '../../src/analysis/thresholds';
import { openVault } from '../../src/cli/vault';
import { INGREDIENTS } from '../../src/domain';
import { renderHtmlPage } from '../../src/render/html-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CSS = readFileSync(path.join(root, 'styles.css'), 'utf8');

async function demoModels(): Promise<DashboardModel[]> {
  const { index } = await openVault(path.join(root, 'vault-template'));
  return index.projects().map((project) => buildDashboard(index, project, { asOf: '2026-11-22' }));
}

describe('renderHtmlPage', () => {
  let html: string;
  beforeAll(async () => {
    html = renderHtmlPage(await demoModels(), CSS);
  });

  it('is byte-identical for the same vault and date', async () => {
    expect(renderHtmlPage(await demoModels(), CSS)).toBe(html);
  });

  it('is a complete page with a restrictive content security policy', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('name="viewport"');
    expect(html).toContain(`content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:"`);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html.match(/<main>/g)).toHaveLength(1);
    expect(html).toContain('.coproduction-dashboard');
  });

  it('has no scripts, no event handlers and no web addresses', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/\bsrc=/i);
    // The only links are jumps within the page, from the headline to a panel that exists.
    const hrefs = [...html.matchAll(/\bhref="([^"]*)"/gi)].map((match) => match[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href).toMatch(/^#[a-z0-9-]+$/);
      expect(html).toContain(`id="${href.slice(1)}"`);
    }
    expect(html).not.toContain('data-open-path');
    expect(html).not.toContain('<button');
  });

  it('names all six ingredients and every level', () => {
    for (const ingredient of INGREDIENTS) expect(html).toContain(ingredient.name);
    for (const level of LEVEL_NAMES) expect(html).toContain(level);
    expect(html).toContain('Going strong');
  });

  it('gives every element id once', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cannot be broken out of its style element by the CSS', () => {
    const page = renderHtmlPage([], 'p { color: red } </style><script>alert(1)</script>');
    expect(page).not.toContain('</style><script>');
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page).toContain('No projects to show.');
  });
});
