/**
 * The dashboard as an element tree: one renderer for the Obsidian view (through `toDom`)
 * and the HTML export (through `toHtml`). Panels live in ./dashboard/.
 *
 * Hooks for the host, all as data attributes on buttons (live view only):
 *   data-open-path, data-open-line                               open a note at a line
 *   data-accept-path, data-accept-line, data-accept-ingredient   add a suggested ingredient tag
 */
import type { DashboardModel, IngredientScore } from '../analysis/dashboard-types';
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

/** The parts of a dashboard, top to bottom: the headline, then the panels (each named by its `data-panel`). */
export const DASHBOARD_PARTS = [
  'headline', 'assessment', 'ingredients', 'trend', 'voices', 'learning', 'rewards', 'barriers', 'about', 'phases',
  'suggestions', 'attention', 'portfolio',
] as const;

export type DashboardPart = (typeof DASHBOARD_PARTS)[number];

const DRAW: Record<DashboardPart, (ctx: RenderContext, model: DashboardModel) => ElementNode | null> = {
  // The headline first: it fits one phone screen. Then the panels, each one opens and closes.
  headline,
  assessment,
  ingredients,
  trend,
  voices,
  learning,
  rewards,
  barriers,
  about,
  phases,
  suggestions,
  attention,
  portfolio: (ctx, model) => portfolio(ctx, model.portfolio),
};

function contextOf(model: DashboardModel, options: DashboardRenderOptions): RenderContext {
  const prefix = `coproduction-${options.idPrefix ?? slug(model.project.path)}`;
  return {
    standalone: options.standalone, id: (name) => `${prefix}-${name}`, titleId: `${prefix}-title`,
    projectName: model.project.name,
    ...(options.closedPanels ? { closedPanels: options.closedPanels } : {}),
  };
}

/** The parts this model shows, in order (the table of all projects only when the vault has several). */
export function partsShown(model: DashboardModel, options: DashboardRenderOptions): DashboardPart[] {
  const showPortfolio = (options.portfolio ?? true) && model.portfolio.length > 1;
  return DASHBOARD_PARTS.filter((part) => (part !== 'portfolio' || showPortfolio) && (part !== 'suggestions' || model.suggestions.length > 0));
}

/** One part, marked with `data-part` so a host can replace it alone. */
export function renderPart(model: DashboardModel, options: DashboardRenderOptions, part: DashboardPart): ElementNode | null {
  const node = DRAW[part](contextOf(model, options), model);
  if (node) node.attrs['data-part'] = part;
  return node;
}

export function renderDashboard(model: DashboardModel, options: DashboardRenderOptions): ElementNode {
  return h(
    'div',
    {
      class: `coproduction-dashboard${options.standalone ? ' coproduction-standalone' : ''}`,
      'data-project-path': model.project.path,
    },
    partsShown(model, options).map((part) => renderPart(model, options, part)),
  );
}

/**
 * What one part of the dashboard shows, to tell cheaply whether it changed: `text` is the JSON of
 * the small figures it reads, `refs` the long lists it reads (pieces of evidence, barrier lines),
 * compared item by item by identity: the analysis keeps an unchanged note's items as the same objects.
 */
export interface PartKey {
  text: string;
  refs: readonly unknown[];
}

/** A score without its lists of pieces. */
function scoreFigures(score: IngredientScore): Omit<IngredientScore, 'evidence' | 'gapEvidence'> {
  const { evidence, gapEvidence, ...figures } = score;
  void evidence;
  void gapEvidence;
  return figures;
}

/** Each shown part's key. Each names every field of the model its panel reads (see ./dashboard/). */
export function partKeys(model: DashboardModel, parts: readonly DashboardPart[]): Map<DashboardPart, PartKey> {
  const { project, asOf, settings } = model;
  const scores = model.ingredients.map(scoreFigures);
  const pieces = (sign: 'evidence' | 'gapEvidence') => model.ingredients.flatMap((score) => score[sign]);
  const inputs = (part: DashboardPart): [unknown, unknown[]] => {
    switch (part) {
      case 'headline':
        return [[project, asOf, settings, scores, model.attention.map((item) => item.kind), model.learning.followUps], []];
      case 'assessment':
        return [[model.assessment, model.ingredients.map((score) => score.level)], []];
      case 'ingredients':
        return [[scores, settings], [...pieces('evidence'), ...pieces('gapEvidence')]];
      case 'trend':
        return [[model.trend, scores], pieces('gapEvidence')];
      case 'voices':
        return [[model.voices, settings, asOf], []];
      case 'learning':
        return [model.learning, []];
      case 'rewards':
        return [model.rewards, []];
      case 'barriers':
        return [model.barriers.map(({ by, ...rest }) => ({ ...rest, lines: by.length })), model.barriers.flatMap((barrier) => barrier.by)];
      case 'about':
        return [[project, asOf], []];
      case 'phases':
        return [model.phases, []];
      case 'suggestions':
        return [model.suggestions, []];
      case 'attention':
        return [model.attention, []];
      case 'portfolio':
        return [model.portfolio, []];
    }
  };
  return new Map(
    parts.map((part) => {
      const [figures, refs] = inputs(part);
      // The project's name and path label every panel.
      return [part, { text: JSON.stringify([project.path, project.name, figures]), refs }];
    }),
  );
}

export function samePartKey(a: PartKey | undefined, b: PartKey): boolean {
  if (a === undefined || a.text !== b.text || a.refs.length !== b.refs.length) return false;
  for (let i = 0; i < a.refs.length; i++) if (a.refs[i] !== b.refs[i]) return false;
  return true;
}
