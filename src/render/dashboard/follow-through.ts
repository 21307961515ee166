/** Dashboard panels about follow-through: rewards, learning, suggestions, needs attention. */
import { compareText, ingredientName } from '../../domain';
import type { AttentionItem, DashboardModel, Suggestion } from '../../analysis/dashboard-types';
import { h, type ElementNode } from '../tree';
import { hoursFigure, hoursText, longDate, money, plural, roleName } from '../words';
import { dataTable, emptyState, monthlyTable, noteRef, panel, warning, type RenderContext } from './common';
import { rewardsChart } from '../charts/engagement';
import { followUpsChart } from '../charts/follow-ups';

function types(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .sort(([a], [b]) => compareText(a, b))
    .map(([type, count]) => `${type} ${count}`);
  return parts.length > 0 ? parts.join(', ') : 'None';
}

export function rewards(ctx: RenderContext, model: DashboardModel): ElementNode {
  const r = model.rewards;
  if (r.entries === 0) {
    return panel(
      ctx,
      'rewards',
      'Recognition and rewards',
      emptyState('No rewards recorded yet. Add a reward note each time someone is paid, given a voucher or thanked for their time.'),
    );
  }
  const advice =
    r.withoutBenefitsAdvice > 0
      ? warning(
          `${plural(r.withoutBenefitsAdvice, 'payment or voucher', 'payments or vouchers')} with no benefits advice recorded. `,
          'Offer benefits advice before paying someone, and note it in the reward.',
        )
      : h('p', null, 'Benefits advice was recorded for every payment and voucher.');
  return panel(
    ctx,
    'rewards',
    'Recognition and rewards',
    h(
      'p',
      null,
      `${plural(r.entries, 'entry', 'entries')}, ${hoursText(r.hours)} given. Benefits advice offered ${plural(r.benefitsAdviceOffered, 'time')}.`,
    ),
    advice,
    rewardsChart(ctx.id('rewards-chart'), r.byRole.map((group) => ({ role: roleName(group.role), hours: group.hours, entries: group.entries, amount: money(group.amounts) }))),
    dataTable(
      'Rewards by role',
      ['Role', 'Hours', 'Entries', 'Amounts', 'Kinds'],
      r.byRole.map((group) => [roleName(group.role), hoursFigure(group.hours), String(group.entries), money(group.amounts), types(group.types)]),
    ),
    r.byParticipant.length > 0
      ? dataTable(
          'Rewards per participant (pseudonyms only)',
          ['Pseudonym', 'Role', 'Hours', 'Entries', 'Amounts'],
          r.byParticipant.map((person) => [
            person.pseudonym,
            person.role ? roleName(person.role) : 'Not recorded',
            hoursFigure(person.hours),
            String(person.entries),
            money(person.amounts),
          ]),
        )
      : null,
  );
}

export function learning(ctx: RenderContext, model: DashboardModel): ElementNode {
  const l = model.learning;
  if (l.reflections === 0) {
    return panel(ctx, 'learning', 'Learning', emptyState('No reflections yet. Use the reflection command to add one.'));
  }
  const open = l.items.filter((item) => item.state === 'open');
  const monthly = monthlyTable(ctx, 'Reflections per month', 'Reflections', l.reflectionsByMonth);
  return panel(
    ctx,
    'learning',
    'Learning',
    h('p', null, `${plural(l.reflections, 'reflection')}${l.authors > 0 ? ` by ${plural(l.authors, 'person', 'people')}` : ', no author recorded'}.`),
    h('h4', null, 'Follow-ups'),
    h(
      'ul',
      { class: 'coproduction-inline-list' },
      h('li', null, `${l.followUps.open} open`),
      h('li', null, `${l.followUps.applied} applied`),
      h('li', null, `${l.followUps.dropped} dropped`),
    ),
    h(
      'div',
      { class: 'coproduction-chart-grid' },
      h('div', null, followUpsChart(ctx.id('follow-ups-chart'), l.items, 12)),
      h('div', null, h('p', { class: 'coproduction-figure-caption' }, 'Reflections per month.'), monthly),
    ),
    open.length > 0 ? h('h4', null, `Open follow-ups (${open.length})`) : null,
    open.length > 0
      ? h(
          'ul',
          { class: 'coproduction-follow-ups', 'aria-label': 'Open follow-ups' },
          open.map((item) =>
            h(
              'li',
              null,
              h('p', null, item.text),
              h(
                'p',
                { class: 'coproduction-muted' },
                `${longDate(item.date)}${item.author ? ` · ${item.author}` : ''} · `,
                noteRef(ctx, item),
              ),
            ),
          ),
        )
      : h('p', { class: 'coproduction-muted' }, 'No open follow-ups. Every one was applied or dropped.'),
  );
}

function suggestion(ctx: RenderContext, item: Suggestion): ElementNode {
  const name = ingredientName(item.ingredient);
  return h(
    'li',
    { class: 'coproduction-suggestion' },
    h('p', null, h('strong', null, name), ` because of “${item.because.join('”, “')}”`),
    h('p', { class: 'coproduction-muted' }, 'In ', noteRef(ctx, item)),
    ctx.standalone
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'coproduction-accept',
            'data-accept-path': item.path,
            'data-accept-line': item.line,
            'data-accept-ingredient': item.ingredient,
          },
          `Add the tag #ingredient/${item.ingredient}`,
        ),
  );
}

export function suggestions(ctx: RenderContext, model: DashboardModel): ElementNode | null {
  if (model.suggestions.length === 0) return null;
  return panel(
    ctx,
    'suggestions',
    'Suggested ingredients (not counted)',
    h(
      'p',
      null,
      'These lines mention words linked to an ingredient. They are not counted until someone adds the tag, so check each one first.',
    ),
    h('ul', { class: 'coproduction-suggestions' }, model.suggestions.map((item) => suggestion(ctx, item))),
  );
}

/**
 * A message as a sentence of its own. A note's problems come without a full stop (the CLI's
 * check prints "message (hint)"); on the dashboard each stands above its hint.
 */
export function endSentence(message: string): string {
  const trimmed = message.trimEnd();
  // 'but it is "soon"' still needs its full stop; 'said "yes."' does not.
  return /[.!?…]["”')]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function attentionItem(ctx: RenderContext, item: AttentionItem): ElementNode {
  const place = item.line === undefined ? item.path : `${item.path}:${item.line}`;
  return h(
    'li',
    { class: `coproduction-attention coproduction-attention-${item.kind}` },
    h('p', null, h('code', null, place)),
    h('p', null, endSentence(item.message)),
    item.hint ? h('p', { class: 'coproduction-hint' }, item.hint) : null,
    ctx.standalone ? null : h('p', null, noteRef(ctx, item, `Open ${item.title}`)),
  );
}

export function attention(ctx: RenderContext, model: DashboardModel): ElementNode {
  const items = model.attention;
  return panel(
    ctx,
    'attention',
    `Needs attention (${items.length})`,
    items.length === 0
      ? emptyState('Nothing needs attention. Every note could be read.')
      : h('ul', { class: 'coproduction-attention-list' }, items.map((item) => attentionItem(ctx, item))),
  );
}
