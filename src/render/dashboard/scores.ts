/** Dashboard panels about the project and its scores: header, portfolio, ingredients, trend, self-assessment. */
import { INGREDIENT_IDS, ingredientName } from '../../domain';
import { LEVEL_NAMES } from '../../analysis/thresholds';
import type { DashboardModel, EvidenceItem, IngredientScore, PortfolioRow } from '../../analysis/dashboard-types';
import { h, type ElementNode } from '../tree';
import { kindCount, longDate, plural, roleName } from '../words';
import { dataTable, emptyState, levelBoxes, levelText, noteRef, panel, scrollingTable, type RenderContext } from './common';
import { starCharts } from '../charts/star';
import { distanceCharts } from '../charts/distance';
import { evidenceCharts } from '../charts/evidence';
import { numbers } from '../charts/svg';

const KIND_ORDER = ['activity', 'reflection', 'participant', 'reward', 'assessment', 'phase', 'note'];
const SOURCE_WORDS: Record<string, string> = { property: 'listed in its ingredients', tag: 'tagged', checklist: 'ticked checklist line' };
/** How many months the trend table shows at most. */
const TREND_MONTHS = 12;

/** What the project is: its aim, partners and notes (the headline has the name, phase and dates). */
export function about(ctx: RenderContext, model: DashboardModel): ElementNode {
  const { project } = model;
  const dates = [project.start && `from ${longDate(project.start)}`, project.end && `to ${longDate(project.end)}`]
    .filter(Boolean)
    .join(' ');
  const kinds = KIND_ORDER.filter((kind) => project.notesByKind[kind]).map((kind) => kindCount(kind, project.notesByKind[kind]!));
  return panel(
    ctx,
    'about',
    'About the project',
    project.aim ? h('p', { class: 'coproduction-aim' }, project.aim) : null,
    h(
      'dl',
      { class: 'coproduction-facts' },
      h('dt', null, 'Phase'),
      h('dd', null, project.phaseName ?? 'Not set yet'),
      dates ? [h('dt', null, 'Dates'), h('dd', null, dates)] : null,
      h('dt', null, 'Partners'),
      h('dd', null, project.partners.length > 0 ? project.partners.join(', ') : 'None listed yet'),
      h('dt', null, 'Notes'),
      h('dd', null, kinds.length > 0 ? kinds.join(', ') : 'None yet'),
      h('dt', null, 'As of'),
      h('dd', null, longDate(model.asOf)),
    ),
  );
}

export function portfolio(ctx: RenderContext, rows: readonly PortfolioRow[]): ElementNode {
  const headers = ['Project', 'Phase', 'Notes', ...INGREDIENT_IDS.map(ingredientName), 'Needs attention'];
  const table = dataTable(
    'Each project in this vault, with the level of each ingredient',
    headers,
    rows.map((row) => [
      row.name,
      row.phaseName ?? 'Not set',
      String(row.notes),
      ...INGREDIENT_IDS.map((id) => levelText(row.levels[id], LEVEL_NAMES[row.levels[id]])),
      String(row.attention),
    ]),
  );
  return panel(ctx, 'portfolio', 'All projects in this vault', scrollingTable(ctx, 'All projects, scrolls sideways', table));
}

function evidenceItem(ctx: RenderContext, item: EvidenceItem): ElementNode {
  const who = item.author ? `${item.author}${item.role ? ` (${roleName(item.role)})` : ''}` : 'Author not recorded';
  const meta = [item.date ? longDate(item.date) : 'No date', who, SOURCE_WORDS[item.source] ?? item.source];
  return h(
    'li',
    { class: 'coproduction-evidence' },
    h(
      'p',
      { class: 'coproduction-evidence-meta' },
      item.date ? h('time', { datetime: item.date }, meta[0]) : meta[0],
      ` · ${meta[1]} · ${meta[2]}`,
      item.recent ? h('span', { class: 'coproduction-tag' }, ' · recent') : null,
      item.livedExperience ? h('span', { class: 'coproduction-tag' }, ' · lived experience') : null,
    ),
    item.quotable
      ? h('blockquote', { class: 'coproduction-quote' }, item.text)
      : h('p', { class: 'coproduction-muted' }, item.text),
    h('p', { class: 'coproduction-evidence-source' }, ctx.standalone ? 'From ' : null, noteRef(ctx, item)),
  );
}

function ingredient(ctx: RenderContext, score: IngredientScore): ElementNode {
  const figures = [
    plural(score.total, 'piece'),
    `${score.recent} recent`,
    plural(score.voices, 'person', 'people'),
    `${plural(score.livedExperience, 'piece')} from lived experience`,
    ...(score.gaps > 0 ? [`${plural(score.gaps, 'piece')} show it falling short`] : []),
  ].join(', ');
  return h(
    'details',
    { class: `coproduction-ingredient coproduction-level-${score.level}`, 'data-ingredient': score.id },
    h(
      'summary',
      { class: 'coproduction-ingredient-summary' },
      h('span', { class: 'coproduction-ingredient-name' }, score.name),
      levelBoxes(score.level),
      h('span', { class: 'coproduction-level-name' }, score.levelName),
      h('span', { class: 'coproduction-visually-hidden' }, `, level ${score.level} of 3, `),
      h('span', { class: 'coproduction-figures' }, figures),
    ),
    h(
      'div',
      { class: 'coproduction-ingredient-body' },
      h('p', null, h('strong', null, 'You have it when: '), score.haveItWhen),
      score.nextStep ? h('p', { class: 'coproduction-next-step' }, score.nextStep) : h('p', null, 'This is the top level. Keep it going.'),
      score.lastSeen ? h('p', { class: 'coproduction-muted' }, `Last seen ${longDate(score.lastSeen)}.`) : null,
      score.evidence.length > 0
        ? h(
            'ul',
            { class: 'coproduction-evidence-list', 'aria-label': `Evidence for ${score.name}` },
            score.evidence.map((item) => evidenceItem(ctx, item)),
          )
        : emptyState('No evidence yet. Tick a checklist line, add a tag or list this ingredient in a note.'),
      score.gapEvidence.length > 0
        ? [
            h('h4', null, `Falling short (${plural(score.gaps, 'piece')}, never counted as strength)`),
            h(
              'ul',
              { class: 'coproduction-evidence-list coproduction-gap-list', 'aria-label': `Where ${score.name} falls short` },
              score.gapEvidence.map((item) => evidenceItem(ctx, item)),
            ),
          ]
        : null,
    ),
  );
}

export function ingredients(ctx: RenderContext, model: DashboardModel): ElementNode {
  const summary = model.ingredients.map((score) => `${score.name}: ${score.levelName} (level ${score.level} of 3)`).join('; ');
  return panel(
    ctx,
    'ingredients',
    'The six ingredients',
    h(
      'p',
      { class: 'coproduction-muted' },
      `Each level runs from 0 (not yet seen) to 3 (going strong). Recent means the last ${model.settings.recentDays} days. Open an ingredient to see its evidence.`,
    ),
    h(
      'figure',
      { class: 'coproduction-chart' },
      h('figcaption', { class: 'coproduction-visually-hidden' }, `Levels of the six ingredients. ${summary}.`),
      model.ingredients.map((score) => ingredient(ctx, score)),
    ),
  );
}

export function trend(ctx: RenderContext, model: DashboardModel): ElementNode {
  const charts = evidenceCharts(ctx.id, model, TREND_MONTHS);
  if (charts === null) {
    return panel(ctx, 'trend', 'Evidence and gaps month by month', emptyState('No dated evidence yet. Evidence appears here by the month it happened.'));
  }
  return panel(ctx, 'trend', 'Evidence and gaps month by month', charts);
}

function average(group: { count: number; average?: number }): string {
  if (group.count === 0 || group.average === undefined) return 'No ratings';
  return `${group.average} (${plural(group.count, 'rating')})`;
}

export function assessment(ctx: RenderContext, model: DashboardModel): ElementNode {
  const { assessments, comparisons } = model.assessment;
  if (assessments === 0) {
    return panel(
      ctx,
      'assessment',
      'Self-assessment beside the evidence',
      emptyState('No self-assessments yet. Add one from the self-assessment template to compare views with the evidence.'),
    );
  }
  const rows = comparisons.map((comparison) => [
    ingredientName(comparison.ingredient),
    levelText(comparison.evidencedLevel, LEVEL_NAMES[comparison.evidencedLevel]),
    average(comparison.practitioners),
    average(comparison.participants),
  ]);
  const differences = comparisons.flatMap((comparison) =>
    comparison.disagreements.map((sentence) =>
      h(
        'li',
        null,
        h('strong', { class: 'coproduction-mark', 'aria-hidden': 'true' }, '! '),
        h('strong', null, `${ingredientName(comparison.ingredient)}: `),
        sentence,
      ),
    ),
  );
  const { rounds, people } = model.assessment;
  return panel(
    ctx,
    'assessment',
    'Self-assessment beside the evidence',
    h(
      'p',
      { class: 'coproduction-muted' },
      `From ${plural(assessments, 'rating sheet')} in ${plural(rounds.length, 'round')}. Ratings run from 1 to 6.`,
    ),
    starCharts(ctx.id, model),
    h('h4', null, 'Distance travelled'),
    distanceCharts(ctx.id, rounds, people),
    h('h4', null, 'Where views differ'),
    differences.length > 0
      ? h('ul', { class: 'coproduction-disagreements' }, differences)
      : h('p', null, 'Practitioners, participants and the evidence broadly agree on every ingredient.'),
    numbers('every rating together', [
      dataTable(
        'Levels shown by the evidence, and the average of all ratings of each group (every round together)',
        ['Ingredient', 'Evidenced level', "Practitioners' average", "Participants' average"],
        rows,
      ),
    ]),
  );
}
