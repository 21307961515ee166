/**
 * The appendix: the long lists the story refers to. Who took part, by pseudonym; every
 * activity by date with its decision and what came of what people said; and the quotes
 * waiting for a yes, by where they are (never by what they say).
 */
import { joinWords } from '../../domain';
import type { NoteLink } from '../../analysis/dashboard-types';
import type { ReportModel } from '../../analysis/report';
import { longDate, plural } from '../words';
import { escapeMarkdownInline, roleLabel, sentence, wikilink, type Push } from './text';
import { activityLines } from './journey';

const PERSONAL_LABELS: Record<string, string> = {
  'access-needs': 'access needs',
  contact: 'contact',
  format: 'format',
  'consent-told': 'told at consent',
};

const QUOTE_WORDS: Record<ReportModel['people']['participants'][number]['quotes'], string> = {
  yes: 'agreed to be quoted',
  no: 'asked not to be quoted',
  ask: 'not asked about quotes yet',
  withdrawn: 'withdrawn, never quoted',
};

export function appendix(report: ReportModel, push: Push): void {
  push('## Appendix', '');
  const { participants } = report.people;
  // With no participant notes the summary has said so already.
  if (participants.length > 0) {
    push('### People taking part, by pseudonym', '');
    for (const person of participants) {
      const consent = person.consentDate ? `consent recorded ${longDate(person.consentDate)}` : 'no consent date recorded';
      const personal = Object.entries(person.personal ?? {})
        .map(([property, value]) => `${PERSONAL_LABELS[property] ?? escapeMarkdownInline(property)}: ${escapeMarkdownInline(String(value))}`)
        .join('; ');
      push(
        `- ${wikilink({ path: person.path, title: person.pseudonym })} (${roleLabel(person.role)}), ${consent}, ${QUOTE_WORDS[person.quotes]}${personal ? `. ${sentence(personal.charAt(0).toUpperCase() + personal.slice(1))}` : '.'}`,
      );
    }
    push('');
  }

  const activities = report.journey.flatMap((stage) => stage.activities);
  if (activities.length > 0) {
    push('### Activities, by date', '');
    for (const activity of activities) push(...activityLines(activity));
    push('');
  }

  push('### Quotes waiting for a yes', '');
  if (report.quotesWaiting.length === 0) {
    push('None: every quote in this report comes from someone who agreed, or from the team.', '');
    return;
  }
  push('Ask each person before their words are shared. Once they agree, write `quotes: yes` in their participant note and make the report again.', '');
  for (const person of report.quotesWaiting) {
    push(`- **${escapeMarkdownInline(person.person)}:** ${plural(person.places.length, 'quote')}, in ${byNote(person.places).join('; ')}.`);
  }
  push('');
}

/** "[[Note]] (lines 15 and 18)": places in one note named once. Places come sorted by path and line. */
function byNote(places: readonly NoteLink[]): string[] {
  const groups: { link: NoteLink; lines: number[] }[] = [];
  for (const place of places) {
    const last = groups[groups.length - 1];
    const group = last?.link.path === place.path ? last : { link: place, lines: [] };
    if (group !== last) groups.push(group);
    if (place.line !== undefined && !group.lines.includes(place.line)) group.lines.push(place.line);
  }
  return groups.map(({ link, lines }) =>
    lines.length === 0 ? wikilink(link) : `${wikilink(link)} (${lines.length === 1 ? 'line' : 'lines'} ${joinWords(lines.map(String))})`,
  );
}
