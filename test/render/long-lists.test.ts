/**
 * Long lists in the dashboard (issue 11): the newest pieces in full, a count of the rest, and the
 * whole list one click away (a compact table in the export). Every count shown must equal the
 * list behind it.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/analysis/dashboard';
import type { DashboardModel } from '../../src/analysis/dashboard-types';
import { renderDashboard } from '../../src/render/dashboard-view';
import { NEWEST_SHOWN } from '../../src/render/dashboard/scores';
import { renderHtmlPage } from '../../src/render/html-page';
import { toDom } from '../../src/render/tree';
import { indexOf, note } from '../support/memory-vault';

const NOTES = 24;

/** A project whose notes each hold two pieces for Assets, one gap for Networks and a barrier line. */
async function bigProject(): Promise<DashboardModel> {
  const files: Record<string, string> = {
    'Big/Big.md': note({ coproduction: 'project', name: 'Big', start: '2026-01-01' }),
  };
  for (let i = 1; i <= NOTES; i++) {
    const day = `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`;
    files[`Big/Reflections/${day} Note ${i}.md`] = note(
      { coproduction: 'reflection', project: '"[[Big]]"', date: day, author: i % 2 ? 'Ash' : 'Sky' },
      `People shared what they are good at, time ${i}. #ingredient/assets\n\nWe cooked together, time ${i}. #ingredient/assets\n\nNobody from the council came, time ${i}. #gap/networks\n\nWe paid bus fares, time ${i}. #barrier/financial\n`,
    );
  }
  const index = await indexOf(files);
  return buildDashboard(index, index.findProject('Big')!, { asOf: '2026-11-22' });
}

function count(text: string | null | undefined, pattern: RegExp): number {
  const found = pattern.exec(text ?? '');
  expect(found, `"${text ?? ''}" should match ${String(pattern)}`).not.toBeNull();
  return Number(found![1]);
}

describe('long lists', () => {
  it('in the export: the newest pieces, how many more, and a table of every piece that recounts', async () => {
    const model = await bigProject();
    const { document } = new JSDOM(renderHtmlPage([model])).window;
    const assets = document.querySelector('details.coproduction-ingredient[data-ingredient="assets"]')!;
    const total = count(assets.querySelector('.coproduction-figures')?.textContent, /^(\d+) pieces/);
    expect(total).toBe(NOTES * 2);
    const shown = assets.querySelectorAll('ul.coproduction-evidence-list:not(.coproduction-gap-list) > li');
    expect(shown).toHaveLength(NEWEST_SHOWN);
    // The newest first: the first piece shown is the newest piece of all.
    expect(shown[0]!.querySelector('time')?.getAttribute('datetime')).toBe(model.ingredients[0]!.evidence[0]!.date);
    const more = assets.querySelector('details.coproduction-all-evidence[data-evidence-sign="strength"]')!;
    const summary = more.querySelector('summary')?.textContent ?? '';
    expect(count(summary, /^And (\d+) more/)).toBe(total - NEWEST_SHOWN);
    expect(count(summary, /show all (\d+) pieces/)).toBe(total);
    const rows = more.querySelectorAll('table.coproduction-compact > tbody > tr');
    expect(rows).toHaveLength(total);
    expect(count(more.querySelector('caption')?.textContent, /^All (\d+) pieces/)).toBe(total);
    // Two pieces per note: the note's date and name are written once and span its two rows.
    expect(more.querySelectorAll('td[rowspan="2"]')).toHaveLength(NOTES * 2);
    // No quote is repeated in the table.
    expect(more.querySelector('table')?.textContent).not.toContain('People shared');

    const gaps = document.querySelector('details.coproduction-ingredient[data-ingredient="networks"]')!;
    const gapTotal = count(gaps.querySelector('h4')?.textContent, /\((\d+) pieces/);
    expect(gapTotal).toBe(NOTES);
    expect(gaps.querySelectorAll('ul.coproduction-gap-list > li')).toHaveLength(NEWEST_SHOWN);
    const gapRows = gaps.querySelectorAll('details.coproduction-all-evidence[data-evidence-sign="gap"] tbody > tr');
    expect(gapRows).toHaveLength(gapTotal);
  });

  it('in the export: a barrier names its lines and notes, and its table recounts them', async () => {
    const model = await bigProject();
    const { document } = new JSDOM(renderHtmlPage([model])).window;
    const money = [...document.querySelectorAll('li.coproduction-barrier')].find((li) => li.textContent?.includes('Money'))!;
    const summary = money.querySelector('summary')?.textContent ?? '';
    expect(count(summary, /\((\d+) lines/)).toBe(NOTES);
    expect(count(summary, /in (\d+) notes/)).toBe(NOTES);
    const table = money.querySelector('table.coproduction-compact')!;
    expect(table.querySelectorAll('tbody > tr')).toHaveLength(NOTES);
    const more = count(money.querySelector(':scope details details > summary')?.textContent, /^And (\d+) more/);
    expect(more + money.querySelectorAll(':scope details > ul > li').length).toBe(NOTES);
  });

  it('in the live view: the full list is left for the host to draw when it is opened', async () => {
    const model = await bigProject();
    const { document } = new JSDOM('<!doctype html><body></body>').window;
    document.body.append(toDom(renderDashboard(model, { standalone: false }), document));
    const more = document.querySelector('details.coproduction-all-evidence[data-evidence-ingredient="assets"][data-evidence-sign="strength"]')!;
    expect(more).not.toBeNull();
    expect(more.querySelector('table')).toBeNull();
    expect(document.querySelectorAll('[data-ingredient="assets"] ul.coproduction-evidence-list > li')).toHaveLength(NEWEST_SHOWN);
  });
});
