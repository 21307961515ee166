/**
 * The standalone HTML export: one self-contained page with the CSS inlined, no scripts and
 * no external URLs, so it works offline, prints well and can be emailed to a partner.
 * The same models always give byte-identical output.
 */
import type { DashboardModel } from '../analysis/dashboard-types';
import { renderDashboard } from './dashboard-view';
import { portfolio } from './dashboard/scores';
import { escapeHtml, h, toHtml } from './tree';
import { longDate } from './words';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Page-level rules: the only ones not scoped under .coproduction-dashboard (they style the page itself). */
const PAGE_CSS = `html, body { margin: 0; padding: 0; background: #fff; }
@media screen and (prefers-color-scheme: dark) { html, body { background: #1e1e1e; } }
@media print { html, body { background: none; } }
.coproduction-dashboard.coproduction-page-header h1 { font-size: clamp(1.25rem, 0.8rem + 2vw, 2rem); margin: 0.5em 0 0.25em; }`;

/** CSS goes inside <style>: it must never close the element early. */
function safeCss(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

function pageTitle(models: readonly DashboardModel[]): string {
  if (models.length === 1) return `${models[0]!.project.name}: co-production dashboard`;
  return 'Co-production dashboard';
}

export function renderHtmlPage(models: DashboardModel[], css = ''): string {
  const title = pageTitle(models);
  const first = models[0];
  const intro = h(
    'div',
    { class: 'coproduction-dashboard coproduction-standalone coproduction-page-header' },
    h('h1', null, title),
    first
      ? h(
          'p',
          { class: 'coproduction-muted' },
          `A snapshot as of ${longDate(first.asOf)}; it does not change when the notes do.`,
        )
      : h('p', null, 'No projects to show.'),
  );
  const dashboards = models.map((model, i) =>
    renderDashboard(model, { standalone: true, idPrefix: `p${i + 1}`, portfolio: false }),
  );
  // The table of all projects comes last, so the first screen shows a project's headline.
  const all =
    first && first.portfolio.length > 1
      ? h(
          'div',
          { class: 'coproduction-dashboard coproduction-standalone' },
          portfolio({ standalone: true, id: (name) => `coproduction-page-${name}`, panelHeading: 'h2' }, first.portfolio),
        )
      : null;
  const body = toHtml(h('main', null, intro, dashboards, all));
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="Co-production Tracker">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${safeCss(PAGE_CSS)}\n${safeCss(css)}\n</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
