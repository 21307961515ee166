/** "Barriers and how they were removed" and "Recognition and rewards". */
import type { ReportModel } from '../../analysis/report';
import { hoursFigure, hoursText, money, plural, roleName } from '../words';
import { cell, escapeMarkdownInline, NOTHING_YET, quoted, source, wikilink, type Push } from './text';
import { compareText } from '../../domain';

export function barriers(report: ReportModel, push: Push): void {
  push('## Barriers and how they were removed', '');
  for (const barrier of report.barriers) {
    push(`**${barrier.name}: ${barrier.addressed ? 'dealt with' : 'nothing recorded yet'}.**`, '');
    const lines: string[] = [];
    for (const how of barrier.how.slice(0, 4)) lines.push(`- ${quoted(how.text)} (${source(how, { author: false })})`);
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
    for (const todo of barrier.stillToDo) lines.push(`- Not done yet: ${quoted(todo.text)} (${source(todo, { author: false })})`);
    if (lines.length > 0) push(...lines, '');
  }
  push('### In the organisation', '');
  if (report.organisationBarriers.length === 0) push(NOTHING_YET, '');
  else push(...report.organisationBarriers.map((quote) => `- ${quoted(quote.text)} (${source(quote, { author: false })})`), '');
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
    push(
      `By pseudonym: ${summary.byParticipant
        .map((person) => `${escapeMarkdownInline(person.pseudonym)} ${hoursText(person.hours)} (${plural(person.entries, 'reward')})`)
        .join(', ')}.`,
      '',
    );
  }
  const advice = `Benefits advice was recorded as offered for ${plural(summary.benefitsAdviceOffered, 'reward')}.`;
  push(
    summary.withoutBenefitsAdvice > 0
      ? `${advice} ${plural(summary.withoutBenefitsAdvice, 'payment or voucher', 'payments or vouchers')} ${summary.withoutBenefitsAdvice === 1 ? 'has' : 'have'} no record of it.`
      : advice,
    '',
  );
}
