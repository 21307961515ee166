/** Dashboard panels about the project and its scores: header, portfolio, ingredients, trend, self-assessment. */
import { INGREDIENT_IDS, ingredientName } from '../../domain';
import { LEVEL_NAMES } from '../../analysis/thresholds';
import type { DashboardModel, EvidenceItem, IngredientScore, PortfolioRow } from '../../analysis/dashboard-types';
import { h, type Child, type ElementNode } from '../tree';
import { shortened } from '../../model/quote';
import { figuresText, kindCount, longDate, plural, roleName } from '../words';
import { compactTable, dataTable, emptyState, levelBoxes, levelText, noteRef, panel, scrollingTable, type RenderContext } from './common';
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
      item.livedExperience ? h('span', { class: 'coproduction-tag' }, ' · people with lived experience took part') : null,
    ),
    item.quotable
      ? h('blockquote', { class: 'coproduction-quote' }, item.text)
      : h('p', { class: 'coproduction-muted' }, item.text),
    h('p', { class: 'coproduction-evidence-source' }, ctx.standalone ? 'From ' : null, noteRef(ctx, item)),
  );
}

function ingredient(ctx: RenderContext, score: IngredientScore): ElementNode {
  const figures = figuresText(score);
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
        ? evidenceList(ctx, score, 'strength')
        : // The next step above already says how to record the first piece.
          emptyState(score.nextStep ? 'No evidence yet.' : 'No evidence yet. Tick a checklist line, add a tag or list this ingredient in a note.'),
      score.gapEvidence.length > 0
        ? [h('h4', null, `Falling short (${plural(score.gaps, 'piece')}, never counted as strength)`), evidenceList(ctx, score, 'gap')]
        : null,
    ),
  );
}

/** How many pieces each list shows in full: the newest. The rest are one click away. */
export const NEWEST_SHOWN = 5;

const SOURCE_SHORT: Record<string, string> = { property: 'listed', tag: 'tagged', checklist: 'ticked' };

function itemsOf(score: IngredientScore, sign: EvidenceSign): readonly EvidenceItem[] {
  return sign === 'gap' ? score.gapEvidence : score.evidence;
}

/** Strengths, or the pieces that show an ingredient falling short. */
export type EvidenceSign = 'strength' | 'gap';

/**
 * The newest pieces in full, then, when there are more, how many more and the whole list one
 * click away: in the export a compact table, in the live view an empty disclosure the host fills
 * when it is opened (`data-evidence-ingredient`, `data-evidence-sign`; see `evidenceTable`).
 */
function evidenceList(ctx: RenderContext, score: IngredientScore, sign: EvidenceSign): Child[] {
  const items = itemsOf(score, sign);
  const label = sign === 'gap' ? `Where ${score.name} falls short` : `Evidence for ${score.name}`;
  const newest = items.slice(0, NEWEST_SHOWN);
  const more = items.length - newest.length;
  return [
    h(
      'ul',
      { class: `coproduction-evidence-list${sign === 'gap' ? ' coproduction-gap-list' : ''}`, 'aria-label': more > 0 ? `${label}, the newest ${newest.length}` : label },
      newest.map((item) => evidenceItem(ctx, item)),
    ),
    more > 0
      ? h(
          'details',
          { class: 'coproduction-more coproduction-all-evidence', 'data-evidence-ingredient': score.id, 'data-evidence-sign': sign },
          h('summary', null, `And ${more} more: show all ${plural(items.length, 'piece')}`),
          ctx.standalone ? evidenceTable(ctx, score, sign) : null,
        )
      : null,
  ];
}

/** At most this many characters of a piece's words in the live view's table. */
const EXCERPT_LENGTH = 80;


/**
 * Every piece of one list, newest first, one short row each: the date, the note and how it was
 * recorded. The live view links each note and adds a short excerpt of the words; the export
 * leaves the words out, so it stays small (the newest pieces above are quoted in full).
 */
export function evidenceTable(ctx: RenderContext, score: IngredientScore, sign: EvidenceSign): ElementNode {
  const items = itemsOf(score, sign);
  const caption =
    sign === 'gap'
      ? `All ${plural(items.length, 'piece')} showing ${score.name} falling short, newest first`
      : `All ${plural(items.length, 'piece')} of evidence for ${score.name}, newest first`;
  const headers = ctx.standalone ? ['How'] : ['How', 'Words'];
  return compactTable(
    ctx,
    caption,
    headers,
    items.map((item) => ({
      note: item,
      cells: [
        // A listed piece's line is the line of the sentence it quotes, and finding that sentence runs the
        // suggestion scorer: the table, which quotes nothing, names only where the note lists it.
        item.source === 'property' ? 'listed in its properties' : `${SOURCE_SHORT[item.source] ?? item.source}, line ${item.line}`,
        ctx.standalone ? null : h('span', item.quotable ? null : { class: 'coproduction-muted' }, shortened(item.text, EXCERPT_LENGTH)),
      ],
    })),
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
