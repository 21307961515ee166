/** "Lessons for others" and "Questions every project should answer", quoted from the notes. */
import type { Quote, ReportModel } from '../../analysis/report';
import { escapeMarkdownInline, NOTHING_YET, quoted, source, withheldWords, type Push } from './text';

function answerLine(quote: Quote): string {
  const heading = quote.heading ? `**${escapeMarkdownInline(quote.heading)}** ` : '';
  return quote.withheld ? `- ${heading}${withheldWords(quote.withheld)}` : `- ${heading}${quoted(quote.text)} (${source(quote)})`;
}

export function lessons(report: ReportModel, push: Push): void {
  push('## Lessons for others', '');
  if (report.lessons.length === 0) {
    push('The notes hold no lessons yet. The Learning phase note asks for them.', '');
    return;
  }
  for (const quote of report.lessons) push(answerLine(quote));
  push('');
}

export function questions(report: ReportModel, push: Push): void {
  push('## Questions every project should answer', '');
  // Questions with no answer at all are named once, together.
  const silent = report.questions.filter((question) => question.answers.length === 0 && !question.fromEvidence);
  for (const question of report.questions) {
    if (silent.includes(question)) continue;
    push(`### ${question.question}`, '');
    if (question.answers.length === 0) push(NOTHING_YET);
    else push(...question.answers.map(answerLine));
    if (question.fromEvidence) push('', `From the evidence: ${escapeMarkdownInline(question.fromEvidence)}`);
    push('');
  }
  if (silent.length > 0) {
    push('### Not answered yet', '', 'The notes say nothing yet about these:', '', ...silent.map((question) => `- ${question.question}`), '');
  }
}
