/**
 * The headline: what a reader needs on the first screen, phone or desktop. The project, its
 * phase and dates, the six levels as one chart, and what needs attention (consent reviews,
 * overdue feedback, open follow-ups, problems), each a link to the panel that says more.
 */
import type { AttentionKind, DashboardModel } from '../../analysis/dashboard-types';
import { h, type ElementNode } from '../tree';
import { longDate, plural } from '../words';
import { levelsChart } from '../charts/levels';
import type { RenderContext } from './common';

interface Need {
  count: number;
  /** What the count is of, already with its number: "2 consent reviews due". */
  text: string;
  none: string;
  /** The panel that says more. */
  target: string;
}

function countOf(model: DashboardModel, kinds: readonly AttentionKind[]): number {
  return model.attention.filter((item) => kinds.includes(item.kind)).length;
}

export function needs(model: DashboardModel): Need[] {
  const consent = countOf(model, ['consent', 'consent-review']);
  const feedback = countOf(model, ['feedback']);
  const problems = countOf(model, ['problem', 'no-project', 'conflict']);
  const open = model.learning.followUps.open;
  return [
    { count: consent, text: `${plural(consent, 'consent check', 'consent checks')} due`, none: 'Consent: all up to date', target: 'attention' },
    {
      count: feedback,
      text: `${plural(feedback, 'session', 'sessions')} waiting over ${model.settings.feedbackWarningDays} days for feedback`,
      none: 'Feedback: none overdue',
      target: 'voices',
    },
    { count: open, text: `${plural(open, 'open follow-up', 'open follow-ups')}`, none: 'Follow-ups: none open', target: 'learning' },
    { count: problems, text: `${plural(problems, 'problem', 'problems')} in notes`, none: 'Notes: no problems', target: 'attention' },
  ];
}

export function headline(ctx: RenderContext, model: DashboardModel): ElementNode {
  const { project } = model;
  const dates = [project.start && `${longDate(project.start)}`, project.end && `${longDate(project.end)}`].filter(Boolean).join(' to ');
  const list = needs(model);
  return h(
    'header',
    { class: 'coproduction-header coproduction-headline' },
    h('h2', { id: ctx.id('title') }, project.name),
    h(
      'p',
      { class: 'coproduction-headline-facts' },
      h('span', null, h('strong', null, 'Phase: '), project.phaseName ?? 'not set yet'),
      dates ? h('span', null, h('strong', null, 'Dates: '), dates) : null,
      h('span', null, h('strong', null, 'As of: '), h('time', { datetime: model.asOf }, longDate(model.asOf))),
    ),
    h(
      'div',
      { class: 'coproduction-headline-grid' },
      h(
        'div',
        { class: 'coproduction-headline-levels' },
        h('h3', { class: 'coproduction-headline-heading', id: ctx.id('levels-heading') }, 'The six ingredients'),
        levelsChart(ctx.id('levels-chart'), model.ingredients),
      ),
      h(
        'div',
        { class: 'coproduction-headline-needs' },
        // No count here: each line has its own, and the panel of this name further down counts its items.
        h('h3', { class: 'coproduction-headline-heading', id: ctx.id('needs-heading') }, 'Needs attention'),
        h(
          'ul',
          { class: 'coproduction-needs', 'aria-labelledby': ctx.id('needs-heading') },
          list.map((need) =>
            h(
              'li',
              { class: `coproduction-need ${need.count > 0 ? 'is-waiting' : 'is-clear'}` },
              h(
                'a',
                { href: `#${ctx.id(need.target)}`, class: 'coproduction-jump', 'data-jump': ctx.id(need.target) },
                h('span', { class: 'coproduction-need-mark', 'aria-hidden': 'true' }, need.count > 0 ? '!' : '✓'),
                h('span', null, need.count > 0 ? need.text : need.none),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
