/** "What we set out to change": each outcome the project note states, and what the notes show of it. */
import type { ReportModel } from '../../analysis/report';
import { longDate, plural } from '../words';
import { escapeMarkdownInline, sentence, wikilink, type Push } from './text';

export function outcomes(report: ReportModel, push: Push): void {
  push('## What we set out to change', '');
  if (report.outcomes.length === 0) {
    push('The project note does not list its outcomes yet. Add them as a list under `outcomes:` in the project note.', '');
    return;
  }
  push(
    'The outcomes the project note lists, and what the notes show of each. A line shows an outcome when it holds all of its key words (in brackets); headings and unticked checklist lines do not count.',
    '',
  );
  for (const outcome of report.outcomes) {
    const keys = outcome.keyWords.length > 0 ? ` (${outcome.keyWords.join(', ')})` : '';
    const head = `- **${sentence(escapeMarkdownInline(outcome.text))}**${keys}`;
    if (outcome.notes.length === 0) {
      push(`${head} The notes do not show this yet.`);
      continue;
    }
    const dated = outcome.notes.filter((note) => note.date !== undefined);
    const span =
      dated.length > 0
        ? dated[0]!.date === dated[dated.length - 1]!.date
          ? `, on ${longDate(dated[0]!.date!)}`
          : `, from ${longDate(dated[0]!.date!)} to ${longDate(dated[dated.length - 1]!.date!)}`
        : '';
    const named = outcome.notes.slice(0, 3).map(wikilink).join(', ');
    const more = outcome.notes.length > 3 ? ` and ${outcome.notes.length - 3} more` : '';
    push(`${head} Shown in ${plural(outcome.lines, 'line')} of ${plural(outcome.notes.length, 'note')}${span}: ${named}${more}.`);
  }
  push('');
}
