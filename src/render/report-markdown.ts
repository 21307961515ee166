/**
 * The end-of-project reflection as a markdown note. Same report model, same bytes: no
 * clock is read and every list is already in a fixed order. Links are wikilinks to the
 * notes; line numbers are plain text.
 */
import { ROLE_IDS, ROLE_NAMES, type IsoDate, type RoleId } from '../domain';
import type { NoteLink } from '../analysis/dashboard-types';
import type { Quote, ReportFollowUp, ReportIngredient, ReportModel } from '../analysis/report';
import { levelBar, longDate, money, plural, rungName } from './words';

export const REPORT_TITLE = 'End-of-project reflection';

const ROLE_WORDS: Record<RoleId, [string, string]> = {
  'lived-experience': ['person with lived experience', 'people with lived experience'],
  practitioner: ['practitioner', 'practitioners'],
  'family-carer': ['family member or carer', 'family members or carers'],
  community: ['community member', 'community members'],
  other: ['other person', 'other people'],
};

const ROLE_LABEL: Record<RoleId, string> = {
  'lived-experience': 'lived experience',
  practitioner: 'practitioner',
  'family-carer': 'family or carer',
  community: 'community',
  other: 'other',
};

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

const PERSONAL_LABELS: Record<string, string> = {
  'access-needs': 'access needs',
  contact: 'contact',
  format: 'format',
  'consent-told': 'told at consent',
};

/** "Folder/Note.md" -> "[[Folder/Note|Title]]". */
export function wikilink(link: NoteLink): string {
  return `[[${link.path.replace(/\.md$/i, '')}|${displayTitle(link.title)}]]`;
}

/** "2026-03-10 Kick-off workshop" -> "Kick-off workshop": the date is given beside it anyway. */
export function displayTitle(title: string): string {
  return title.replace(/^\d{4}-\d{2}-\d{2}\s+(?=\S)/, '');
}

function source(link: NoteLink & { date?: IsoDate; author?: string }, options: { author?: boolean } = {}): string {
  const parts = [wikilink(link)];
  if (options.author !== false && link.author) parts.push(`written by ${link.author}`);
  if (link.date) parts.push(longDate(link.date));
  if (link.line !== undefined) parts.push(`line ${link.line}`);
  return parts.join(', ');
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…"”)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

const NOTHING_YET = 'The notes say nothing about this yet.';

export function renderReportMarkdown(report: ReportModel): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push(
    '---',
    'coproduction: report',
    `project: ${JSON.stringify(`[[${report.project.title}]]`)}`,
    `as-of: ${report.asOf}`,
    '---',
    `# ${REPORT_TITLE}: ${report.project.name}`,
    '',
    `Written from the project's own notes, as they stood on ${longDate(report.asOf)}. ` +
      'Quotes are the words in the notes, each linked to the note it comes from. ' +
      'People are named by pseudonym or by role only.',
    '',
  );

  brief(report, push);
  journey(report, push);
  ingredients(report, push);
  barriers(report, push);
  rewards(report, push);
  learning(report, push);
  assessment(report, push);
  lessons(report, push);
  questions(report, push);

  push('## What the notes do not show yet', '');
  if (report.gaps.length === 0) push('Nothing obvious is missing.', '');
  else push(...report.gaps.map((gap) => `- ${gap}`), '');

  push(
    '---',
    '',
    '*This report was made by the Co-production Tracker from the notes in this vault. ' +
      'It is never counted as evidence itself, so making it again does not change any score.*',
    '',
  );
  return out.join('\n');
}

type Push = (...lines: string[]) => void;

function brief(report: ReportModel, push: Push): void {
  const { project, people } = report;
  push('## The project in brief', '');
  push(`- **In short:** ${inShort(report)}`);
  if (project.aim) push(`- **Aim:** ${sentence(project.aim)}`);
  const dates = project.start
    ? project.end
      ? `${longDate(project.start)} to ${longDate(project.end)}`
      : `from ${longDate(project.start)}, no end date yet`
    : 'not recorded';
  push(`- **Dates:** ${dates}${project.phaseName ? `. Phase when this was written: ${project.phaseName}.` : '.'}`);
  push(`- **Partners:** ${project.partners.length > 0 ? `${joinWords(project.partners)}.` : 'none recorded.'}`);
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
    (role) => `${ROLE_LABEL[role]} ${people.placesByRole[role]}`,
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
        .map(([property, value]) => `${PERSONAL_LABELS[property] ?? property}: ${value}`)
        .join('; ');
      push(`- ${wikilink({ path: person.path, title: person.pseudonym })} (${ROLE_LABEL[person.role]})${consent}${personal ? `. ${sentence(personal)}` : '.'}`);
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

function journey(report: ReportModel, push: Push): void {
  push('## The journey', '');
  const stages = report.journey.filter((stage) => stage.note !== undefined || stage.activities.length > 0 || stage.reflections > 0);
  if (stages.length === 0) {
    push('The notes hold no phases or activities yet.', '');
    return;
  }
  for (const stage of report.journey) {
    const dates = stage.started
      ? `, ${longDate(stage.started)} to ${stage.finished ? longDate(stage.finished) : stage.current ? 'now' : 'no end date'}`
      : '';
    push(`### ${stage.name}${dates}`, '');
    if (!stage.note && stage.activities.length === 0 && stage.reflections === 0) {
      push('Nothing recorded for this phase yet.', '');
      continue;
    }
    const facts: string[] = [];
    if (stage.note) facts.push(`Phase note: ${wikilink(stage.note)}.`);
    else if (stage.id !== 'none') facts.push('No phase note.');
    if (stage.checklistTotal > 0) facts.push(`Signs we are on track: ${stage.checklistDone} of ${stage.checklistTotal} met.`);
    facts.push(`${plural(stage.activities.length, 'activity', 'activities')} and ${plural(stage.reflections, 'reflection')}.`);
    if (stage.current) facts.push('This is the current phase.');
    push(facts.join(' '), '');
    for (const activity of stage.activities) {
      const about = [
        activity.session ? (SESSION_WORDS[activity.session] ?? activity.session) : undefined,
        activity.tookPart > 0 ? plural(activity.tookPart, 'person', 'people') : undefined,
        activity.rung ? `rung: ${rungName(activity.rung)}` : undefined,
        activity.decidedBy ? DECIDED_WORDS[activity.decidedBy] ?? activity.decidedBy : undefined,
      ].filter((part): part is string => part !== undefined);
      push(`- **${longDate(activity.date)}:** ${wikilink(activity)}${about.length > 0 ? ` (${about.join(', ')})` : ''}`);
      if (activity.decision) push(`  - Decision: ${activity.decision}`);
      if (activity.youSaid) push(`  - You said, we did: ${activity.youSaid}`);
    }
    if (stage.activities.length > 0) push('');
  }
}

function ingredients(report: ReportModel, push: Push): void {
  push(
    '## The six ingredients',
    '',
    'Each level comes from the evidence in the notes, by the same rules as the dashboard: ' +
      'Not yet seen, Starting out, On the way, Going strong. Three filled boxes (■■■) mean going strong; three empty ones (□□□) mean not yet seen.',
    '',
  );
  for (const ingredient of report.ingredients) ingredientSection(ingredient, push);
}

function ingredientSection(ingredient: ReportIngredient, push: Push): void {
  push(`### ${ingredient.name}: ${ingredient.levelName} ${levelBar(ingredient.level)}`, '');
  push(`You have it when ${lowerFirst(sentence(ingredient.haveItWhen))}`, '');
  if (ingredient.total === 0) {
    push('No evidence yet.', '');
  } else {
    push(
      `${plural(ingredient.total, 'piece')} of evidence, ${ingredient.recent} of them recent. ` +
        `${ingredient.livedExperience} recorded by or with someone with lived experience.`,
    );
    push('');
    const { firstHalf, secondHalf } = ingredient;
    if (firstHalf && secondHalf) {
      const trend =
        secondHalf.count > firstHalf.count
          ? 'more in the second half'
          : secondHalf.count < firstHalf.count
            ? 'less in the second half'
            : 'the same in both halves';
      push(`How it changed: ${firstHalf.count} in ${firstHalf.label}, ${secondHalf.count} in ${secondHalf.label}, so ${trend}.`);
      push(`By quarter: ${ingredient.quarters.map((quarter) => `${quarter.label}: ${quarter.count}`).join(' · ')}.`);
      push('');
    }
  }
  if (ingredient.quotes.length > 0) {
    push('In the notes:', '');
    for (const quote of ingredient.quotes) {
      const who = quote.author ? `${quote.author}${quote.role ? ` (${ROLE_LABEL[quote.role]})` : ''}` : undefined;
      push(`> ${quote.text}`, `> — ${[wikilink(quote), who ? `written by ${who}` : undefined, quote.date ? longDate(quote.date) : undefined, quote.line !== undefined ? `line ${quote.line}` : undefined].filter(Boolean).join(', ')}`, '');
    }
  }
  if (ingredient.nextStep) push(`Next: ${ingredient.nextStep}`, '');
}

function barriers(report: ReportModel, push: Push): void {
  push('## Barriers and how they were removed', '');
  for (const barrier of report.barriers) {
    push(`**${barrier.name}: ${barrier.addressed ? 'dealt with' : 'nothing recorded yet'}.**`, '');
    const lines: string[] = [];
    for (const how of barrier.how.slice(0, 4)) lines.push(`- ${sentence(how.text)} (${source(how, { author: false })})`);
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
    for (const todo of barrier.stillToDo) lines.push(`- Not done yet: ${sentence(todo.text)} (${source(todo, { author: false })})`);
    if (lines.length > 0) push(...lines, '');
  }
  push('### In the organisation', '');
  if (report.organisationBarriers.length === 0) push(NOTHING_YET, '');
  else push(...report.organisationBarriers.map((quote) => `- ${sentence(quote.text)} (${source(quote, { author: false })})`), '');
}

function rewards(report: ReportModel, push: Push): void {
  const { rewards: summary } = report;
  push('## Recognition and rewards', '');
  if (summary.entries === 0) {
    push('No rewards are recorded in the notes.', '');
    return;
  }
  push(`${plural(summary.entries, 'reward')} recorded, for ${plural(summary.hours, 'hour')} of people's time.`, '');
  push('| Role | Hours | Money, vouchers and expenses | Rewards | Kinds |', '| --- | --- | --- | --- | --- |');
  for (const group of summary.byRole) {
    const kinds = Object.entries(group.types)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, count]) => `${type} ${count}`)
      .join(', ');
    push(`| ${cell(ROLE_NAMES[group.role])} | ${group.hours} | ${money(group.amounts)} | ${group.entries} | ${cell(kinds)} |`);
  }
  push('');
  if (summary.byParticipant.length > 0) {
    push(
      `By pseudonym: ${summary.byParticipant
        .map((person) => `${person.pseudonym} ${plural(person.hours, 'hour')} (${plural(person.entries, 'reward')})`)
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

function followUpLine(item: ReportFollowUp): string {
  const from = `${wikilink(item)}${item.author ? `, ${item.author}` : ''}, ${longDate(item.date)}`;
  const learned = item.learned ? ` We learned: ${sentence(item.learned)}` : '';
  return `- **${sentence(item.text)}** From ${from}.${learned}`;
}

function learning(report: ReportModel, push: Push): void {
  const { applied, open, dropped, learnedOnly } = report.learning;
  push('## What we learned and what changed', '');
  if (report.people.reflections === 0) {
    push('No reflections are recorded yet, so the notes do not say what was learned.', '');
    return;
  }
  push(`### Put into practice (${applied.length})`, '');
  if (applied.length === 0) push('No follow-up is marked as applied yet.');
  for (const item of applied) {
    const done = item.appliedHow ? ` What changed: ${sentence(item.appliedHow)}` : '';
    push(`${followUpLine(item)}${done}${item.appliedOn ? ` Applied on ${longDate(item.appliedOn)}.` : ''}`);
  }
  push('', `### Still open (${open.length})`, '');
  if (open.length === 0) push('None.');
  for (const item of open) push(followUpLine(item));
  if (dropped.length > 0) {
    push('', `### Tried and dropped (${dropped.length})`, '');
    for (const item of dropped) push(`${followUpLine(item)}${item.change ? ` What happened instead: ${sentence(item.change)}` : ''}`);
  }
  if (learnedOnly.length > 0) {
    push('', '### Other things we learned', '');
    for (const quote of learnedOnly) push(`- ${sentence(quote.text)} (${source(quote)})`);
  }
  push('');
}

function assessment(report: ReportModel, push: Push): void {
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

function answerLine(quote: Quote): string {
  return `- ${quote.heading ? `**${quote.heading}** ` : ''}${sentence(quote.text)} (${source(quote)})`;
}

function lessons(report: ReportModel, push: Push): void {
  push('## Lessons for others', '');
  if (report.lessons.length === 0) {
    push('The notes hold no lessons yet. The Learning phase note asks for them.', '');
    return;
  }
  for (const quote of report.lessons) push(`- **${quote.heading ?? ''}** ${sentence(quote.text)} (${source(quote)})`);
  push('');
}

function questions(report: ReportModel, push: Push): void {
  push('## Questions every project should answer', '');
  for (const question of report.questions) {
    push(`### ${question.question}`, '');
    if (question.answers.length === 0) push(NOTHING_YET);
    else push(...question.answers.map(answerLine));
    if (question.fromEvidence) push('', `From the evidence: ${question.fromEvidence}`);
    push('');
  }
}

/** The report note's path: `<project folder>/Reports/End-of-project reflection <as-of>.md`, before any " 2". */
export function reportLocation(projectPath: string, asOf: IsoDate): { folder: string; baseName: string } {
  const cut = projectPath.lastIndexOf('/');
  const projectFolder = cut === -1 ? '' : projectPath.slice(0, cut);
  return { folder: projectFolder === '' ? 'Reports' : `${projectFolder}/Reports`, baseName: `${REPORT_TITLE} ${asOf}` };
}
