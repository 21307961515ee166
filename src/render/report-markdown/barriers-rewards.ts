/** "Barriers and how they were removed" and "Recognition and rewards". */
import type { ReportModel } from '../../analysis/report';
import { hoursFigure, hoursText, money, plural, roleName } from '../words';
import { cell, escapeMarkdownInline, NOT_SHOWN, NOTHING_YET, quoted, source, wikilink, withheldWords, type Push } from './text';
import { compareText, joinWords } from '../../domain';

/**
 * A barrier's headline never says more than its lines: "dealt with" only when nothing about it
 * is still to do; "partly dealt with" when some steps are done and some are not.
 */
export function barrierHeadline(barrier: ReportModel['barriers'][number]): string {
  if (!barrier.addressed) return barrier.stillToDo.length > 0 ? 'not dealt with yet' : 'nothing recorded yet';
  if (barrier.stillToDo.length > 0) return `partly dealt with, ${plural(barrier.stillToDo.length, 'step', 'steps')} not done yet`;
  return 'dealt with';
}

export function barriers(report: ReportModel, push: Push): void {
  push('## Barriers and how they were removed', '');
  // Barriers the notes say nothing about are named once, together.
  const silent = report.barriers.filter((barrier) => barrier.how.length === 0 && barrier.listedIn.length === 0 && barrier.stillToDo.length === 0);
  for (const barrier of report.barriers) {
    if (silent.includes(barrier)) continue;
    push(`**${barrier.name}: ${barrierHeadline(barrier)}.**`, '');
    const lines: string[] = [];
    for (const how of barrier.how.slice(0, 4)) lines.push(how.withheld ? `- ${withheldWords(how.withheld)}` : `- ${quoted(how.text)} (${source(how, { author: false })})`);
    if (barrier.how.length > 4) lines.push(`- And ${plural(barrier.how.length - 4, 'more line')} in the notes.`);
    if (barrier.listedIn.length > 0) {
      const also = barrier.how.length > 0 ? 'Also named' : 'Named';
      const first = wikilink(barrier.listedIn[0]!);
      lines.push(
        barrier.listedIn.length === 1
          ? `- ${also} in ${first}.`
          : `- ${also} in ${barrier.listedIn.length} notes, starting with ${first}.`,
      );
    }
    for (const todo of barrier.stillToDo) {
      lines.push(todo.withheld ? `- Not done yet: a step a participant wrote down. ${NOT_SHOWN[todo.withheld]}` : `- Not done yet: ${quoted(todo.text)} (${source(todo, { author: false })})`);
    }
    if (lines.length > 0) push(...lines, '');
  }
  if (silent.length > 0) push(`**Nothing recorded yet:** ${joinWords(silent.map((barrier) => barrier.name.toLowerCase()))}.`, '');
  push('### In the organisation', '');
  if (report.organisationBarriers.length === 0) push(NOTHING_YET, '');
  else push(...report.organisationBarriers.map((quote) => (quote.withheld ? `- ${withheldWords(quote.withheld)}` : `- ${quoted(quote.text)} (${source(quote, { author: false })})`)), '');
}

export function rewards(report: ReportModel, push: Push): void {
  const { rewards: summary } = report;
  push('## Recognition and rewards', '');
  if (summary.entries === 0) {
    push('No rewards are recorded in the notes.', '');
    return;
  }
  push(`${plural(summary.entries, 'reward')} recorded, for ${hoursText(summary.hours)} of people's time.`, '');
  push('| Role | Hours | Money, vouchers and expenses | Rewards | Kinds |', '| --- | --- | --- | --- | --- |');
  for (const group of summary.byRole) {
    const kinds = Object.entries(group.types)
      .sort(([a], [b]) => compareText(a, b))
      // Reward types are note text: escaped, which also keeps a | from splitting the cell.
      .map(([type, count]) => `${escapeMarkdownInline(type)} ${count}`)
      .join(', ');
    push(`| ${cell(roleName(group.role))} | ${hoursFigure(group.hours)} | ${money(group.amounts)} | ${group.entries} | ${kinds} |`);
  }
  push('');
  if (summary.byParticipant.length > 0) {
    push('By pseudonym:', '', '| Pseudonym | Role | Hours | Rewards | Money, vouchers and expenses |', '| --- | --- | --- | --- | --- |');
    for (const person of summary.byParticipant) {
      push(
        `| ${cell(escapeMarkdownInline(person.pseudonym))} | ${person.role ? cell(roleName(person.role)) : 'not recorded'} | ${hoursFigure(person.hours)} | ${person.entries} | ${money(person.amounts)} |`,
      );
    }
    push('');
  }
  const advice = `Benefits advice was recorded as offered for ${plural(summary.benefitsAdviceOffered, 'reward')}.`;
  push(
    summary.withoutBenefitsAdvice > 0
      ? `${advice} ${plural(summary.withoutBenefitsAdvice, 'payment or voucher', 'payments or vouchers')} ${summary.withoutBenefitsAdvice === 1 ? 'has' : 'have'} no record of it.`
      : advice,
    '',
  );
}
