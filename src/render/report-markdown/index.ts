/**
 * The end-of-project reflection as a markdown note. Same report model, same bytes: no
 * clock is read and every list is already in a fixed order. Links are wikilinks to the
 * notes; line numbers are plain text. One module a section; this one puts them together.
 */
import type { IsoDate } from '../../domain';
import type { ReportModel } from '../../analysis/report';
import { longDate } from '../words';
import { escapeMarkdownInline } from './text';
import { barriers, rewards } from './barriers-rewards';
import { appendix } from './brief';
import { outcomes } from './outcomes';
import { summary } from './summary';
import { ingredients } from './ingredients';
import { journey } from './journey';
import { assessment, learning } from './learning';
import { lessons, questions } from './questions';

export { displayTitle } from '../../analysis/report';
export { escapeMarkdownInline, wikilink } from './text';
export { renderEasyRead } from './easy-read';

export const REPORT_TITLE = 'End-of-project reflection';

export function renderReportMarkdown(report: ReportModel): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push(
    '---',
    'coproduction: report',
    `project: ${JSON.stringify(`[[${report.project.title}]]`)}`,
    `as-of: ${report.asOf}`,
    '---',
    `# ${REPORT_TITLE}: ${escapeMarkdownInline(report.project.name)}`,
    '',
    `Written from the project's own notes, as they stood on ${longDate(report.asOf)}. ` +
      'People are named by pseudonym or by role only. ' +
      "A participant's words are quoted only when they have said yes; otherwise the report says \"a participant\". " +
      'Each quote links to the note it comes from. Long lists are in the appendix at the end.',
    '',
  );

  summary(report, push);
  outcomes(report, push);
  journey(report, push);
  ingredients(report, push);
  barriers(report, push);
  rewards(report, push);
  learning(report, push);
  assessment(report, push);
  lessons(report, push);
  questions(report, push);

  push('## What the notes do not show yet', '');
  if (report.gaps.length === 0) push('Nothing more than the sections above already say.', '');
  // Gaps name notes by their titles: note text, so made inert like every quote.
  else push(...report.gaps.map((gap) => `- ${escapeMarkdownInline(gap)}`), '');

  appendix(report, push);

  push(
    '---',
    '',
    '*This report was made by the Co-production Tracker from the notes in this vault. ' +
      'It is never counted as evidence itself, so making it again does not change any score.*',
    '',
  );
  return out.join('\n');
}

/**
 * The report note's path: `<project folder>/Reports/End-of-project reflection <as-of>.md`, before
 * any " 2"; the easy-read version is "End-of-project reflection, easy read <as-of>".
 */
export function reportLocation(projectPath: string, asOf: IsoDate, options: { easyRead?: boolean } = {}): { folder: string; baseName: string } {
  const cut = projectPath.lastIndexOf('/');
  const projectFolder = cut === -1 ? '' : projectPath.slice(0, cut);
  const name = options.easyRead ? `${REPORT_TITLE}, easy read` : REPORT_TITLE;
  return { folder: projectFolder === '' ? 'Reports' : `${projectFolder}/Reports`, baseName: `${name} ${asOf}` };
}
