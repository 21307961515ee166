/** "What we learned and what changed" and "Self-assessment beside the evidence". */
import type { ReportFollowUp, ReportModel } from '../../analysis/report';
import { longDate, plural } from '../words';
import { cell, escapeMarkdownInline, NOT_SHOWN, quoted, source, wikilink, withheldWords, type Push } from './text';

function followUpLine(item: ReportFollowUp): string {
  const from = `${wikilink(item)}${item.author ? `, ${escapeMarkdownInline(item.author)}` : ''}, ${longDate(item.date)}`;
  if (item.withheld) {
    // The follow-up, what was learned and what was done are all in the participant's own note.
    return `- **A change from a participant's reflection.** From ${from}. ${NOT_SHOWN[item.withheld]}`;
  }
  const learned = item.learnedWithheld
    ? ` What was learned is in a participant's own words. ${NOT_SHOWN[item.learnedWithheld]}`
    : item.learned
      ? ` We learned: ${quoted(item.learned)}`
      : '';
  return `- **${quoted(item.text)}** From ${from}.${learned}`;
}

export function learning(report: ReportModel, push: Push): void {
  const { applied, open, dropped, learnedOnly } = report.learning;
  push('## What we learned and what changed', '');
  if (report.people.reflections === 0) {
    push('No reflections are recorded yet, so the notes do not say what was learned.', '');
    return;
  }
  push(`### Put into practice (${applied.length})`, '');
  if (applied.length === 0) push('No follow-up is marked as applied yet.');
  for (const item of applied) {
    const done = item.appliedHow ? ` What changed: ${quoted(item.appliedHow)}` : '';
    push(`${followUpLine(item)}${done}${item.appliedOn ? ` Applied on ${longDate(item.appliedOn)}.` : ''}`);
  }
  push('', `### Still open (${open.length})`, '');
  if (open.length === 0) push('None.');
  for (const item of open) push(followUpLine(item));
  if (dropped.length > 0) {
    push('', `### Tried and dropped (${dropped.length})`, '');
    for (const item of dropped) push(`${followUpLine(item)}${item.change ? ` What happened instead: ${quoted(item.change)}` : ''}`);
  }
  if (learnedOnly.length > 0) {
    push('', '### Other things we learned', '');
    for (const quote of learnedOnly) push(quote.withheld ? `- ${withheldWords(quote.withheld)}` : `- ${quoted(quote.text)} (${source(quote)})`);
  }
  push('');
}

export function assessment(report: ReportModel, push: Push): void {
  push('## Self-assessment beside the evidence', '');
  if (report.assessment.assessments === 0) {
    push('Nobody has filled in a self-assessment yet.', '');
    return;
  }
  push(
    `${plural(report.assessment.assessments, 'self-assessment')}, each rating the six ingredients from 1 (not at all) to 6 (fully). ` +
      'Averages by who gave them, beside what the notes show.',
    '',
    '| Ingredient | Practitioners | Participants | The notes show |',
    '| --- | --- | --- | --- |',
  );
  const notes: string[] = [];
  for (const row of report.assessment.rows) {
    push(`| ${cell(row.name)} | ${row.practitioners ?? 'none'} | ${row.participants ?? 'none'} | ${cell(row.evidencedLevelName)} |`);
    for (const disagreement of row.disagreements) notes.push(`- ${row.name}: ${disagreement}`);
  }
  push('');
  if (notes.length > 0) push('Where views and evidence differ:', '', ...notes, '');
}
