/** The dashboard as plain text for a terminal: readable without colour, stable for approval tests. */
import { INGREDIENT_BY_ID, ROLE_IDS } from '../domain';
import type { DashboardModel, PortfolioRow } from '../analysis/dashboard-types';
import { evidenceFigures, hoursText, kindCount, levelBar, longDate, money, plural, roleName, rungName, starName } from './words';

const KIND_ORDER = ['activity', 'reflection', 'participant', 'reward', 'assessment', 'phase', 'note'];

export function renderTerminal(model: DashboardModel): string {
  const out: string[] = [];
  const { project } = model;
  out.push(project.name, '='.repeat(project.name.length));
  const dates = [project.start && `from ${longDate(project.start)}`, project.end && `to ${longDate(project.end)}`].filter(Boolean);
  out.push(`Phase: ${project.phaseName ?? 'not set'}${dates.length ? ` · ${dates.join(' ')}` : ''} · as of ${longDate(model.asOf)}`);
  if (project.partners.length > 0) out.push(`Partners: ${project.partners.join(', ')}`);
  const kinds = KIND_ORDER.filter((kind) => project.notesByKind[kind]).map((kind) => kindCount(kind, project.notesByKind[kind]!));
  out.push(`Notes: ${kinds.length > 0 ? kinds.join(', ') : 'none yet'}`);

  out.push('', `The six ingredients (recent means the last ${model.settings.recentDays} days)`);
  const width = Math.max(...model.ingredients.map((score) => score.name.length));
  for (const score of model.ingredients) {
    out.push(
      `  ${score.name.padEnd(width)}  ${levelBar(score.level)}  ${score.levelName.padEnd(12)}  ${evidenceFigures(score)}`,
    );
    if (score.gaps > 0) out.push(`  ${' '.repeat(width)}  Falling short: ${plural(score.gaps, 'piece')} (not counted as strength)`);
    if (score.nextStep) out.push(`  ${' '.repeat(width)}  ${score.nextStep}`);
  }

  out.push('', 'Phases');
  for (const phase of model.phases) {
    const checklist = phase.checklistTotal > 0 ? `, checklist ${phase.checklistDone} of ${phase.checklistTotal} done` : '';
    out.push(`  ${phase.current ? '▶' : ' '} ${phase.name}: ${plural(phase.notes, 'note')}${checklist}${phase.current ? ' (current)' : ''}`);
  }

  out.push('', 'Barriers to taking part');
  for (const barrier of model.barriers) {
    const first = barrier.by[0];
    out.push(
      `  ${barrier.addressed ? '✓ addressed    ' : '✗ not addressed'}  ${barrier.name}` +
        (first ? ` (${plural(barrier.notes, 'note')}, first: ${first.title})` : ''),
    );
  }

  const { voices } = model;
  out.push('', 'Voices and engagement');
  if (voices.activities === 0) {
    out.push('  No activities recorded yet. Add one after each meeting or session.');
  } else {
    out.push(`  ${plural(voices.activities, 'activity', 'activities')} over ${plural(voices.activitiesByMonth.length, 'month')}`);
    const people = ROLE_IDS.filter((role) => voices.peopleByRole[role] > 0).map((role) => `${roleName(role)} ${voices.peopleByRole[role]}`);
    out.push(`  Places taken at sessions, by role: ${people.join(', ') || 'none recorded'}`);
    const rungs = Object.entries(voices.rungs).filter(([, n]) => n > 0).map(([rung, n]) => `${rungName(rung)} ${n}`);
    out.push(`  Ladder rungs: ${rungs.join(', ') || 'none recorded'}`);
    const star = Object.entries(voices.star).filter(([, n]) => n > 0).map(([co, n]) => `${starName(co)} ${n}`);
    out.push(`  Co-production Star: ${star.join(', ') || 'none recorded'}`);
    if (voices.daysSinceFeedback !== undefined) {
      out.push(`  Last told what came of their input: ${plural(voices.daysSinceFeedback, 'day')} ago`);
    } else {
      out.push('  Participants have not yet been told what came of their input');
    }
    const longest = voices.awaitingFeedback[0];
    if (voices.feedbackWarning && longest) out.push(`  Warning: ${longest.title} has waited longest, ${plural(longest.daysWaiting, 'day')}`);
    for (const wait of voices.awaitingFeedback) out.push(`    waiting ${plural(wait.daysWaiting, 'day')}: ${wait.title}`);
  }

  const { rewards } = model;
  out.push('', 'Recognition and rewards');
  out.push(rewards.entries === 0 ? '  No rewards recorded yet.' : `  ${plural(rewards.entries, 'entry', 'entries')}, ${hoursText(rewards.hours)} given`);
  for (const group of rewards.byRole) {
    out.push(`  ${roleName(group.role)}: ${hoursText(group.hours)}, ${money(group.amounts)}`);
  }
  if (rewards.withoutBenefitsAdvice > 0) {
    out.push(`  ${plural(rewards.withoutBenefitsAdvice, 'payment or voucher', 'payments or vouchers')} with no benefits advice recorded`);
  }

  const { learning } = model;
  out.push('', 'Learning');
  if (learning.reflections === 0) out.push('  No reflections yet. Write one whenever something surprises you.');
  else {
    const by = learning.authors > 0 ? ` by ${plural(learning.authors, 'person', 'people')}` : ', no author recorded';
    out.push(`  ${plural(learning.reflections, 'reflection')}${by}`);
    out.push(`  Follow-ups: ${learning.followUps.open} open, ${learning.followUps.applied} applied, ${learning.followUps.dropped} dropped`);
  }
  for (const item of learning.items.filter((followUp) => followUp.state === 'open')) out.push(`    open: ${item.text} (${item.title})`);

  if (model.assessment.assessments > 0) {
    out.push('', `Self-assessment (${plural(model.assessment.assessments, 'rating sheet')}, 1 to 6)`);
    for (const comparison of model.assessment.comparisons) {
      const name = INGREDIENT_BY_ID.get(comparison.ingredient)?.name ?? comparison.ingredient;
      const practitioners = comparison.practitioners.average ?? '-';
      const participants = comparison.participants.average ?? '-';
      out.push(`  ${name.padEnd(width)}  practitioners ${practitioners}, participants ${participants}`);
      for (const sentence of comparison.disagreements) out.push(`  ${' '.repeat(width)}  ! ${sentence}`);
    }
  }

  if (model.suggestions.length > 0) {
    out.push('', 'Suggested ingredients (not counted until you add the tag)');
    for (const suggestion of model.suggestions) {
      const name = INGREDIENT_BY_ID.get(suggestion.ingredient)?.name ?? suggestion.ingredient;
      out.push(`  ${suggestion.title}: ${name}, because of "${suggestion.because.join('", "')}"`);
    }
  }

  out.push('', `Needs attention (${model.attention.length})`);
  if (model.attention.length === 0) out.push('  Nothing. Every note could be read.');
  for (const item of model.attention) {
    const where = item.line === undefined ? item.path : `${item.path}:${item.line}`;
    out.push(`  ${where}  ${item.message}${item.hint ? ` (${item.hint})` : ''}`);
  }

  return `${out.join('\n')}\n`;
}

/** One line per project, for a vault that holds several. */
export function renderPortfolioTerminal(rows: PortfolioRow[]): string {
  const out = ['All projects in this vault (levels in the order: assets, shared roles, capacity, mutuality, networks, catalysts)'];
  for (const row of rows) {
    const levels = Object.values(row.levels).map(levelBar).join(' ');
    const attention = row.attention > 0 ? `, needs attention: ${row.attention}` : '';
    out.push(`  ${row.name}: ${row.phaseName ?? 'no phase'}, ${plural(row.notes, 'note')}${attention}  ${levels}`);
  }
  return `${out.join('\n')}\n`;
}
