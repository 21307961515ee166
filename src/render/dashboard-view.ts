/**
 * The dashboard as an element tree: one renderer for the Obsidian view (through `toDom`)
 * and the HTML export (through `toHtml`). Panels live in ./dashboard/.
 *
 * Hooks for the host, all as data attributes on buttons (live view only):
 *   data-open-path, data-open-line                               open a note at a line
 *   data-accept-path, data-accept-line, data-accept-ingredient   add a suggested ingredient tag
 */
import type { DashboardModel } from '../analysis/dashboard-types';
import { h, type ElementNode } from './tree';
import type { RenderContext } from './dashboard/common';
import { about, assessment, ingredients, portfolio, trend } from './dashboard/scores';
import { headline } from './dashboard/headline';
import { barriers, phases, voices } from './dashboard/engagement';
import { attention, learning, rewards, suggestions } from './dashboard/follow-through';

export interface DashboardRenderOptions {
  /** True for the static HTML export: note references become text, and there are no buttons. */
  standalone: boolean;
  /** Prefix for element ids, so several dashboards can share a page. Defaults to one made from the project path. */
  idPrefix?: string;
  /** Show the table of all projects when the vault has more than one (default true). */
  portfolio?: boolean;
  /** Panels (by their data-panel name) the reader closed on this device; the rest start open. */
  closedPanels?: ReadonlySet<string>;
}

/** A stable id fragment from any text: lower case letters, digits and dashes. */
export function slug(value: string): string {
  const base = value
    .toLowerCase()
    .replace(/\.md$/, '')
    .replace(/[^a-z0-9]+/g, '-');
  // Runs of dashes became one above, so at most one is left at each end.
  const trimmed = base.slice(base.startsWith('-') ? 1 : 0, base.endsWith('-') ? -1 : undefined);
  return trimmed || 'project';
}

export function renderDashboard(model: DashboardModel, options: DashboardRenderOptions): ElementNode {
  const prefix = `coproduction-${options.idPrefix ?? slug(model.project.path)}`;
  const ctx: RenderContext = {
    standalone: options.standalone, id: (name) => `${prefix}-${name}`, titleId: `${prefix}-title`,
    projectName: model.project.name,
    ...(options.closedPanels ? { closedPanels: options.closedPanels } : {}),
  };
  const showPortfolio = (options.portfolio ?? true) && model.portfolio.length > 1;
  return h(
    'div',
    {
      class: `coproduction-dashboard${options.standalone ? ' coproduction-standalone' : ''}`,
      'data-project-path': model.project.path,
    },
    // The headline first: it fits one phone screen. Then the panels, each one opens and closes.
    headline(ctx, model),
    assessment(ctx, model),
    ingredients(ctx, model),
    trend(ctx, model),
    voices(ctx, model),
    learning(ctx, model),
    rewards(ctx, model),
    barriers(ctx, model),
    about(ctx, model),
    phases(ctx, model),
    suggestions(ctx, model),
    attention(ctx, model),
    showPortfolio ? portfolio(ctx, model.portfolio) : null,
  );
}
