/**
 * An ingredient's figures, checked against a small vault counted by hand: each figure in its
 * summary line must be one a reader can count again from the pieces listed under it.
 *
 * Assets, by hand (as of 22 Nov 2026, recent = the last 90 days):
 *   Cook-off, 1 Nov, Ana, 3 people with lived experience there      recent, lived experience
 *   Review, 15 Oct, Cy, involved: lived experience                   recent, lived experience
 *   Stall, 1 May, Ben, no one with lived experience there            not recent
 * = 3 pieces by 3 people, 2 of them recent, by 2 people (Ana, Cy), 2 from lived experience.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { openVault } from '../../src/cli/vault';
import { renderHtmlPage } from '../../src/render/html-page';
import { removeFolder, tempVault } from '../support/temp-vault';

type JsdomClass = new (html: string) => { window: Window & typeof globalThis };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomClass };

const FILES: Record<string, string> = {
  'Proj/Proj.md': ['---', 'coproduction: project', 'name: Proj', 'start: 2026-04-01', 'phase: engagement', '---', '# Proj', ''].join('\n'),
  'Proj/Activities/2026-11-01 Cook-off.md': [
    '---',
    'coproduction: activity',
    'project: "[[Proj]]"',
    'date: 2026-11-01',
    'phase: engagement',
    'lived-experience: 3',
    'practitioners: 1',
    'author: Ana',
    '---',
    '# Cook-off',
    '',
    "We used everyone's cooking skills. #ingredient/assets",
    '',
  ].join('\n'),
  'Proj/Activities/2026-05-01 Stall.md': [
    '---',
    'coproduction: activity',
    'project: "[[Proj]]"',
    'date: 2026-05-01',
    'phase: engagement',
    'lived-experience: 0',
    'practitioners: 2',
    'author: Ben',
    '---',
    '# Stall',
    '',
    'Ben ran the stall. #ingredient/assets',
    'Ben chose the recipes alone. #ingredient/catalysts',
    'Staff decided the menu without the group. #gap/shared-roles',
    '',
  ].join('\n'),
  'Proj/Reflections/2026-10-15 Review.md': [
    '---',
    'coproduction: reflection',
    'project: "[[Proj]]"',
    'date: 2026-10-15',
    'author: Cy',
    'phase: engagement',
    'ingredients: [assets]',
    'involved: [lived-experience]',
    '---',
    '# Review',
    '',
    'Cy led the review. #ingredient/assets',
    '',
  ].join('\n'),
};

describe('the figures of an ingredient, against a vault counted by hand', () => {
  let vault: string;
  let model: DashboardModel;
  let page: Document;

  beforeAll(async () => {
    vault = tempVault(FILES);
    const { index } = await openVault(vault);
    model = buildDashboard(index, index.projects()[0]!, { asOf: '2026-11-22' });
    page = new JSDOM(renderHtmlPage([model], '')).window.document;
  });

  afterAll(() => removeFolder(vault));

  function figures(id: string): string {
    return page.querySelector(`details[data-ingredient="${id}"] .coproduction-figures`)?.textContent ?? '';
  }

  function listed(id: string): { meta: string }[] {
    return [...page.querySelectorAll(`details[data-ingredient="${id}"] .coproduction-evidence-list:not(.coproduction-gap-list) .coproduction-evidence`)].map(
      (item) => ({ meta: item.querySelector('.coproduction-evidence-meta')?.textContent ?? '' }),
    );
  }

  it('counts what the hand count says', () => {
    const assets = model.ingredients.find((score) => score.id === 'assets')!;
    expect([assets.total, assets.recent, assets.voices, assets.livedExperience]).toEqual([3, 2, 2, 2]);
  });

  it('says that people and lived experience are counted among the recent pieces, as the list under it shows', () => {
    // Three people wrote the three pieces; "2 people" is true only of the recent ones, and must say so.
    expect(figures('assets')).toBe('3 pieces; 2 recent, by 2 people, 2 from lived experience');
    const items = listed('assets');
    expect(items).toHaveLength(3);
    const recent = items.filter((item) => item.meta.includes('· recent'));
    expect(recent).toHaveLength(2);
    expect(new Set(recent.map((item) => item.meta.split(' · ')[1])).size).toBe(2);
    expect(recent.filter((item) => item.meta.includes('· people with lived experience took part'))).toHaveLength(2);
  });

  it('does not count people for an ingredient with no recent piece', () => {
    // One old piece by Ben: "0 people" would deny the person named right under it.
    expect(figures('catalysts')).toBe('1 piece, none recent');
    expect(listed('catalysts')[0]?.meta).toContain('Ben');
  });

  it('says plainly when there is no piece at all', () => {
    expect(figures('mutuality')).toBe('No pieces yet');
    expect(figures('shared-roles')).toBe('No pieces yet; 1 piece shows it falling short');
  });
});
