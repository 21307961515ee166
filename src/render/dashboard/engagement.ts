/** Dashboard panels about the work itself: phases, barriers, voices and engagement. */
import { DECIDED_BY, ROLE_IDS, RUNG_GROUP, RUNG_IDS, STAR_IDS } from '../../domain';
import type { BarrierStatus, DashboardModel, PhaseProgress } from '../../analysis/dashboard-types';
import { h, type Child, type ElementNode } from '../tree';
import { longDate, plural, roleName, rungName, starName } from '../words';
import { compactTable, counts, dataTable, emptyState, monthlyTable, noteRef, panel, warning, type RenderContext } from './common';
import { ladderChart, starOverTime } from '../charts/engagement';

/** How many months the charts over time show at most. */
const MONTHS_SHOWN = 12;

const DECIDED_WORDS: Record<string, string> = {
  together: 'Together',
  participants: 'By participants',
  practitioners: 'By practitioners',
  organisation: 'By the organisation',
  'no-decision': 'No decision needed',
};

function phase(ctx: RenderContext, item: PhaseProgress): ElementNode {
  const checklist =
    item.checklistTotal > 0
      ? h(
          'p',
          { class: 'coproduction-checklist' },
          h('progress', {
            max: item.checklistTotal,
            value: item.checklistDone,
            'aria-label': `${item.name} checklist`,
          }),
          ` Checklist: ${item.checklistDone} of ${item.checklistTotal} done`,
        )
      : h('p', { class: 'coproduction-muted' }, 'No checklist yet.');
  return h(
    'li',
    { class: `coproduction-phase${item.current ? ' is-current' : ''}`, 'aria-current': item.current ? 'step' : undefined },
    h(
      'p',
      { class: 'coproduction-phase-name' },
      h('strong', null, item.name),
      item.current ? h('span', { class: 'coproduction-badge' }, 'current') : null,
      ` · ${plural(item.notes, 'note')}`,
    ),
    checklist,
    item.note ? h('p', null, ctx.standalone ? 'Phase note: ' : null, noteRef(ctx, item.note, `Phase note: ${item.note.title}`)) : null,
  );
}

export function phases(ctx: RenderContext, model: DashboardModel): ElementNode {
  return panel(ctx, 'phases', 'Phases', h('ol', { class: 'coproduction-phases' }, model.phases.map((item) => phase(ctx, item))));
}

function barrier(ctx: RenderContext, item: BarrierStatus): ElementNode {
  const status = item.addressed
    ? h('span', { class: 'coproduction-status is-done' }, h('span', { 'aria-hidden': 'true' }, '✓ '), 'Addressed')
    : h('span', { class: 'coproduction-status is-missing' }, h('span', { 'aria-hidden': 'true' }, '✗ '), 'Not addressed yet');
  return h(
    'li',
    { class: 'coproduction-barrier' },
    h('p', null, status, ': ', h('strong', null, item.name)),
    item.by.length > 0
      ? h(
          'details',
          { class: 'coproduction-more' },
          h('summary', null, `How it was addressed (${plural(item.by.length, 'line')} in ${plural(item.notes, 'note')})`),
          barrierLines(ctx, item),
        )
      : h('p', { class: 'coproduction-muted' }, `No note mentions this yet. Tag a note with #barrier/${item.id} when you address it.`),
  );
}

/** How many lines a barrier shows in full, newest first, before the rest go into a table. */
const BARRIER_LINES_SHOWN = 3;

function barrierLine(ctx: RenderContext, link: BarrierStatus['by'][number]): ElementNode {
  return h(
    'li',
    null,
    link.date ? h('time', { datetime: link.date }, longDate(link.date)) : null,
    link.date ? ' · ' : null,
    link.text || link.title,
    ' ',
    noteRef(ctx, link),
  );
}

/** Every line when there are a few; otherwise the newest in full and all of them as a compact table. */
function barrierLines(ctx: RenderContext, item: BarrierStatus): Child[] {
  const newestFirst = [...item.by].reverse();
  if (newestFirst.length <= BARRIER_LINES_SHOWN + 2) return [h('ul', null, item.by.map((link) => barrierLine(ctx, link)))];
  const more = newestFirst.length - BARRIER_LINES_SHOWN;
  return [
    h('ul', { 'aria-label': `The newest ${BARRIER_LINES_SHOWN} lines that address ${item.name.toLowerCase()}` }, newestFirst.slice(0, BARRIER_LINES_SHOWN).map((link) => barrierLine(ctx, link))),
    h(
      'details',
      { class: 'coproduction-more' },
      h('summary', null, `And ${more} more: show all ${plural(newestFirst.length, 'line')}`),
      compactTable(
        ctx,
        `All ${plural(newestFirst.length, 'line')} that address ${item.name.toLowerCase()}, newest first`,
        ['Line'],
        newestFirst.map((link) => ({ note: link, cells: [String(link.line ?? '')] })),
      ),
    ),
  ];
}

export function barriers(ctx: RenderContext, model: DashboardModel): ElementNode {
  const done = model.barriers.filter((item) => item.addressed).length;
  return panel(
    ctx,
    'barriers',
    'Barriers to taking part',
    h('p', { class: 'coproduction-muted' }, `${done} of ${model.barriers.length} addressed.`),
    h('ul', { class: 'coproduction-barriers' }, model.barriers.map((item) => barrier(ctx, item))),
  );
}

function feedback(ctx: RenderContext, model: DashboardModel): ElementNode[] {
  const { voices, settings } = model;
  const out: ElementNode[] = [];
  const sentence =
    voices.daysSinceFeedback === undefined || voices.lastFeedback === undefined
      ? 'Participants have not yet been told what came of their input.'
      : `Participants were last told what came of their input ${plural(voices.daysSinceFeedback, 'day')} ago, on ${longDate(voices.lastFeedback)}.`;
  const longest = voices.awaitingFeedback[0];
  out.push(
    voices.feedbackWarning && longest
      ? warning(
          sentence,
          ` ${longest.title} has waited longest, ${plural(longest.daysWaiting, 'day')}. Tell people what happened within ${settings.feedbackWarningDays} days, then note it in the activity.`,
        )
      : h('p', null, sentence),
  );
  if (voices.awaitingFeedback.length > 0) {
    out.push(
      h('h4', null, 'Activities still waiting for feedback'),
      h(
        'ul',
        { class: 'coproduction-waiting' },
        voices.awaitingFeedback.map((wait) =>
          h('li', null, `${plural(wait.daysWaiting, 'day')} waiting since ${longDate(wait.date)}: `, noteRef(ctx, wait)),
        ),
      ),
    );
  }
  return out;
}

export function voices(ctx: RenderContext, model: DashboardModel): ElementNode {
  const { voices: v } = model;
  if (v.activities === 0) {
    return panel(
      ctx,
      'voices',
      'Voices and engagement',
      // Feedback is counted on activities: with none, there is nothing anyone waits to hear about.
      emptyState('No activities yet. Add an activity note after each meeting, workshop or event.'),
    );
  }
  const monthly = monthlyTable(ctx, 'Activities per month', 'Activities', v.activitiesByMonth);
  const roles = dataTable(
    'People by role',
    ['Role', 'Places taken at sessions', 'Participant notes'],
    ROLE_IDS.filter((role) => v.peopleByRole[role] > 0 || v.participantsByRole[role] > 0).map((role) => [
      roleName(role),
      String(v.peopleByRole[role]),
      String(v.participantsByRole[role]),
    ]),
  );
  const rungs = RUNG_IDS.map((rung): [string, number] => [`${rungName(rung)} (${RUNG_GROUP[rung]})`, v.rungs[rung]]);
  const star = STAR_IDS.map((co): [string, number] => [starName(co), v.star[co]]);
  const ladder = ladderChart(ctx.id, v.byMonth, MONTHS_SHOWN);
  const cos = starOverTime(ctx.id, v.byMonth, MONTHS_SHOWN);
  const decided = DECIDED_BY.map((who): [string, number] => [DECIDED_WORDS[who] ?? who, v.decidedBy[who] ?? 0]);
  return panel(
    ctx,
    'voices',
    'Voices and engagement',
    h('p', null, `${plural(v.activities, 'activity', 'activities')} over ${plural(v.activitiesByMonth.length, 'month')}.`),
    ...feedback(ctx, model),
    h(
      'div',
      { class: 'coproduction-chart-grid' },
      h('div', null, h('h4', null, 'Ladder of participation'), ladder ?? counts(rungs, 'No rungs recorded yet.')),
      h('div', null, h('h4', null, 'The four Co’s'), cos ?? counts(star, 'None recorded yet.')),
      h('div', null, h('h4', null, 'Activities per month'), monthly),
      h('div', null, h('h4', null, 'Who made the decisions'), counts(decided, 'No decisions recorded yet.')),
    ),
    roles,
  );
}
