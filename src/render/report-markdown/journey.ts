/** "The journey": each phase with its dates and facts, and its activities by date. */
import { joinWords, RUNG_IDS } from '../../domain';
import type { ReportActivity, ReportModel } from '../../analysis/report';
import { longDate, plural, rungName } from '../words';
import { escapeMarkdownInline, wikilink, type Push } from './text';

const DECIDED_WORDS: Record<string, string> = {
  together: 'decided together',
  participants: 'participants decided',
  practitioners: 'staff decided',
  organisation: 'the organisation decided',
  'no-decision': 'no decision made',
};

const SESSION_WORDS: Record<string, string> = {
  'one-to-one': 'one-to-one',
  online: 'online session',
};

export function journey(report: ReportModel, push: Push): void {
  push('## The journey', '');
  const stages = report.journey.filter((stage) => stage.note !== undefined || stage.activities.length > 0 || stage.reflections > 0);
  if (stages.length === 0) {
    push('The notes hold no phases or activities yet.', '');
    return;
  }
  push('Each phase, with what the notes hold for it. Every activity is listed by date in the appendix.', '');
  const idle = report.journey.filter((stage) => !stage.note && stage.activities.length === 0 && stage.reflections === 0);
  for (const stage of report.journey) {
    if (idle.includes(stage)) continue;
    const dates = stage.started
      ? `, ${longDate(stage.started)} to ${stage.finished ? longDate(stage.finished) : stage.current ? 'now' : 'no end date'}`
      : '';
    const facts: string[] = [];
    {
      if (stage.note) facts.push(`Phase note: ${wikilink(stage.note)}.`);
      else if (stage.id !== 'none') facts.push('No phase note.');
      if (stage.checklistTotal > 0) facts.push(`Checklist lines in this phase's notes: ${stage.checklistDone} of ${stage.checklistTotal} ticked.`);
      facts.push(`${plural(stage.activities.length, 'activity', 'activities')} and ${plural(stage.reflections, 'reflection')}.`);
      const rungs = stage.activities.map((activity) => activity.rung).filter((rung) => rung !== undefined);
      const highest = rungs.reduce<(typeof rungs)[number] | undefined>((best, rung) => (best === undefined || RUNG_IDS.indexOf(rung) > RUNG_IDS.indexOf(best) ? rung : best), undefined);
      if (highest) facts.push(`Highest rung of the ladder: ${rungName(highest)}.`);
      if (stage.current) facts.push('This is the current phase.');
    }
    push(`- **${stage.name}${dates}.** ${facts.join(' ')}`);
  }
  if (idle.length > 0) push(`- Nothing recorded yet for ${joinWords(idle.map((stage) => stage.name))}.`);
  push('');
}

/** One activity for the appendix: its date, what kind of session it was, its decision and what came of what people said. */
export function activityLines(activity: ReportActivity): string[] {
  const about = [
    activity.session ? (SESSION_WORDS[activity.session] ?? escapeMarkdownInline(activity.session)) : undefined,
    activity.tookPart > 0 ? plural(activity.tookPart, 'person', 'people') : undefined,
    activity.rung ? `rung: ${rungName(activity.rung)}` : undefined,
    activity.decidedBy ? DECIDED_WORDS[activity.decidedBy] ?? escapeMarkdownInline(activity.decidedBy) : undefined,
  ].filter((part): part is string => part !== undefined);
  const lines = [`- **${longDate(activity.date)}:** ${wikilink(activity)}${about.length > 0 ? ` (${about.join(', ')})` : ''}`];
  if (activity.decision) lines.push(`  - Decision: ${escapeMarkdownInline(activity.decision)}`);
  if (activity.youSaid) lines.push(`  - You said, we did: ${escapeMarkdownInline(activity.youSaid)}`);
  return lines;
}
