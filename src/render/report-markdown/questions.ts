/** "Lessons for others" and "Questions every project should answer", quoted from the notes. */
import type { Quote, ReportModel } from '../../analysis/report';
import { escapeMarkdownInline, NOTHING_YET, quoted, source, type Push } from './text';

function answerLine(quote: Quote): string {
  return `- ${quote.heading ? `**${escapeMarkdownInline(quote.heading)}** ` : ''}${quoted(quote.text)} (${source(quote)})`;
}

export function lessons(report: ReportModel, push: Push): void {
  push('## Lessons for others', '');
  if (report.lessons.length === 0) {
    push('The notes hold no lessons yet. The Learning phase note asks for them.', '');
    return;
  }
  for (const quote of report.lessons) push(`- **${escapeMarkdownInline(quote.heading ?? '')}** ${quoted(quote.text)} (${source(quote)})`);
  push('');
}

export function questions(report: ReportModel, push: Push): void {
  push('## Questions every project should answer', '');
  for (const question of report.questions) {
    push(`### ${question.question}`, '');
    if (question.answers.length === 0) push(NOTHING_YET);
    else push(...question.answers.map(answerLine));
    if (question.fromEvidence) push('', `From the evidence: ${escapeMarkdownInline(question.fromEvidence)}`);
    push('');
  }
}
