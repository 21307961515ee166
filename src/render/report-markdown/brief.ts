/** "The project in brief": dates, partners, who took part and the levels in one sentence. */
import { ROLE_IDS, type RoleId } from '../../domain';
import { joinWords } from '../../domain';
import type { ReportModel } from '../../analysis/report';
import { longDate, plural } from '../words';
import { escapeMarkdownInline, quoted, roleLabel, sentence, wikilink, type Push } from './text';

const ROLE_WORDS: Record<RoleId, [string, string]> = {
  'lived-experience': ['person with lived experience', 'people with lived experience'],
  practitioner: ['practitioner', 'practitioners'],
  'family-carer': ['family member or carer', 'family members or carers'],
  community: ['community member', 'community members'],
  other: ['other person', 'other people'],
};

const PERSONAL_LABELS: Record<string, string> = {
  'access-needs': 'access needs',
  contact: 'contact',
  format: 'format',
  'consent-told': 'told at consent',
};

export function brief(report: ReportModel, push: Push): void {
  const { project, people } = report;
  push('## The project in brief', '');
  push(`- **In short:** ${inShort(report)}`);
  if (project.aim) push(`- **Aim:** ${quoted(project.aim)}`);
  const dates = project.start
    ? project.end
      ? `${longDate(project.start)} to ${longDate(project.end)}`
      : `from ${longDate(project.start)}, no end date yet`
    : 'not recorded';
  push(`- **Dates:** ${dates}${project.phaseName ? `. Phase when this was written: ${project.phaseName}.` : '.'}`);
  push(`- **Partners:** ${project.partners.length > 0 ? `${joinWords(project.partners.map(escapeMarkdownInline))}.` : 'none recorded.'}`);
  const byRole = ROLE_IDS.filter((role) => people.participantsByRole[role] > 0).map((role) =>
    plural(people.participantsByRole[role], ...ROLE_WORDS[role]),
  );
  const total = ROLE_IDS.reduce((sum, role) => sum + people.participantsByRole[role], 0);
  push(
    `- **Who took part:** ${
      byRole.length > 0
        ? `${joinWords(byRole)} ${total === 1 ? 'has a participant note' : 'have participant notes'}.`
        : 'no participant notes yet.'
    }`,
  );
  const places = ROLE_IDS.filter((role) => people.placesByRole[role] > 0).map(
    (role) => `${roleLabel(role)} ${people.placesByRole[role]}`,
  );
  push(
    `- **Activities:** ${plural(people.activities, 'activity', 'activities')}.` +
      (places.length > 0 ? ` Places taken, by role: ${places.join(', ')} (one person can take many places).` : ''),
  );
  push(
    `- **Reflections:** ${
      people.reflections > 0
        ? `${plural(people.reflections, 'reflection')}, written by ${plural(people.reflectionAuthors, 'person', 'people')}.`
        : 'none yet.'
    }`,
  );
  push('');
  if (people.participants.length > 0) {
    push('People taking part, by pseudonym:', '');
    for (const person of people.participants) {
      const consent = person.consentDate ? `, consent recorded ${longDate(person.consentDate)}` : ', no consent date recorded';
      const personal = Object.entries(person.personal ?? {})
        .map(([property, value]) => `${PERSONAL_LABELS[property] ?? escapeMarkdownInline(property)}: ${escapeMarkdownInline(String(value))}`)
        .join('; ');
      push(`- ${wikilink({ path: person.path, title: person.pseudonym })} (${roleLabel(person.role)})${consent}${personal ? `. ${sentence(personal)}` : '.'}`);
    }
    push('');
  }
}

/** The levels in one sentence, strongest first, and how many follow-ups were put into practice. */
function inShort(report: ReportModel): string {
  const parts: string[] = [];
  for (let level = 3; level >= 0; level--) {
    const names = report.ingredients.filter((ingredient) => ingredient.level === level).map((ingredient) => ingredient.name);
    if (names.length === 0) continue;
    const levelName = report.ingredients.find((ingredient) => ingredient.level === level)!.levelName;
    parts.push(`${levelName}: ${joinWords(names)}.`);
  }
  const { applied, open, dropped } = report.learning;
  const followUps = applied.length + open.length + dropped.length;
  const learned =
    followUps === 0
      ? 'No follow-ups from reflections yet.'
      : `${applied.length} of ${plural(followUps, 'follow-up')} from reflections put into practice, ${open.length} still open.`;
  return `${parts.join(' ')} ${learned}`;
}
