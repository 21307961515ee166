/**
 * The easy-read version of the end-of-project reflection, for the people who took part: short
 * sentences, plain words, one idea a line, no tables. It comes from the same report model, so
 * it says nothing the full report does not, and it quotes only people who said yes.
 */
import type { IngredientId } from '../../domain';
import type { ReportFollowUp, ReportModel } from '../../analysis/report';
import { longDate, plural } from '../words';
import { escapeMarkdownInline, sentence, withoutEndMark, type Push } from './text';

/** The six ingredients in plain words. */
const EASY_NAMES: Record<IngredientId, string> = {
  assets: 'Everyone is an equal partner',
  'shared-roles': 'Staff and members share the work',
  capacity: 'People grow their skills',
  mutuality: 'Everyone gives and gets',
  networks: 'People help each other',
  catalysts: 'We help change happen',
};

/**
 * A level in plain words. It says what the notes show, not how well the work went: the levels
 * count recent evidence (the last `days` days), and that is all they can claim.
 */
function easyLevel(level: number, days: number): string {
  if (level >= 3) return `Our notes show a lot of this in the last ${days} days.`;
  if (level === 2) return `Our notes show some of this in the last ${days} days.`;
  if (level === 1) return 'Our notes show a little of this.';
  return 'Our notes do not show this yet.';
}

/** Barrier names in plain words. */
const EASY_BARRIERS: Record<string, string> = {
  accessibility: 'Getting in and around',
  financial: 'Money',
  availability: 'Times that suit you',
  language: 'Plain words',
};

/** The longest quote an easy read gives, in words. */
const SHORT_QUOTE = 16;

/** A follow-up as a list line; one whose words may not be shown says so instead. */
function easyFollowUp(item: ReportFollowUp): string {
  if (item.withheld) return '- A change someone asked for. We do not show their words here.';
  return `- ${sentence(escapeMarkdownInline(withoutEndMark(item.text.trim())))}`;
}

export function renderEasyRead(report: ReportModel): string {
  const out: string[] = [];
  const push: Push = (...lines) => out.push(...lines);
  push(
    '---',
    'coproduction: report',
    `project: ${JSON.stringify(`[[${report.project.title}]]`)}`,
    `as-of: ${report.asOf}`,
    'version: easy read',
    '---',
    `# ${escapeMarkdownInline(report.project.name)}: the easy read`,
    '',
    'This is the story of our project in short words.',
    `It comes from our notes, up to ${longDate(report.asOf)}.`,
    'We use made up names. We never use real names.',
    '',
  );

  push('## What we wanted to do', '');
  if (report.project.aim) push(sentence(escapeMarkdownInline(report.project.aim)));
  if (report.outcomes.length > 0) {
    push('', 'We hoped for these things:', '');
    for (const outcome of report.outcomes) {
      push(`- ${sentence(escapeMarkdownInline(withoutEndMark(outcome.text)))} ${outcome.notes.length > 0 ? 'Our notes show this.' : 'Our notes do not show this yet.'}`);
    }
  }
  push('');

  push('## Who took part', '');
  const { people } = report;
  const count = (role: keyof typeof people.participantsByRole) => people.participantsByRole[role];
  const total = Object.values(people.participantsByRole).reduce((sum, n) => sum + n, 0);
  // Participant notes, not everyone who came: a session can have many more people at it.
  if (total > 0) push(`We have notes about ${plural(total, 'person', 'people')} who took part.`);
  if (count('lived-experience') > 0) push(`${plural(count('lived-experience'), 'person knows', 'people know')} this from their own life.`);
  if (count('family-carer') > 0) push(`${plural(count('family-carer'), 'person is', 'people are')} a family carer.`);
  if (count('practitioner') > 0) push(`${plural(count('practitioner'), 'person is', 'people are')} staff.`);
  if (people.activities > 0) push(`We met ${plural(people.activities, 'time', 'times')}.`);
  if (people.reflections > 0) push(`${people.reflections === 1 ? 'Once' : `${people.reflections} times`}, someone wrote down what they learned.`);
  push('');

  push('## How we did', '');
  for (const ingredient of report.ingredients) push(`- ${EASY_NAMES[ingredient.id]}. ${easyLevel(ingredient.level, report.recentDays)}`);
  push('');

  // "Your words": only people with a participant note (their role is known), never a staff note given as theirs.
  const words = report.ingredients
    .map((ingredient) => ingredient.bestQuote)
    .filter((quote) => quote !== undefined && !quote.withheld && quote.role !== undefined && quote.text.split(/\s+/).length <= SHORT_QUOTE);
  if (words.length > 0) {
    push('## In your words', '');
    for (const quote of words.slice(0, 3)) push(`> ${sentence(escapeMarkdownInline(quote!.text))}`, `> ${quote!.author ? `${escapeMarkdownInline(quote!.author)} said this.` : 'From our notes.'}`, '');
  }

  const { applied, open } = report.learning;
  if (applied.length > 0) {
    push('## What we changed', '', 'You told us things. We changed these:', '');
    for (const item of applied) push(easyFollowUp(item));
    push('');
  }

  push('## What got in the way', '');
  const hard = report.barriers.filter((barrier) => barrier.stillToDo.length > 0 || !barrier.addressed);
  const fixed = report.barriers.filter((barrier) => barrier.addressed && barrier.stillToDo.length === 0);
  if (fixed.length > 0) push(`We fixed these: ${fixed.map((barrier) => (EASY_BARRIERS[barrier.id] ?? barrier.name).toLowerCase()).join(', ')}.`);
  for (const barrier of hard) {
    const name = EASY_BARRIERS[barrier.id] ?? barrier.name;
    push(barrier.stillToDo.length > 0 ? `${name}: ${plural(barrier.stillToDo.length, 'thing is', 'things are')} not done yet.` : `${name}: our notes say nothing about this yet.`);
  }
  const shortfalls = report.ingredients.reduce((sum, ingredient) => sum + ingredient.gaps, 0);
  if (shortfalls > 0) push(`Our notes show ${plural(shortfalls, 'time', 'times')} when things did not go well.`);
  push('');

  push('## Thank you', '');
  const { rewards } = report;
  if (rewards.entries === 0) push('Our notes do not show how we thanked people yet.');
  else {
    push(`We paid or thanked people ${plural(rewards.entries, 'time', 'times')}.`);
    push(`That was for ${plural(rewards.hours, 'hour')} of your time.`);
    if (rewards.withoutBenefitsAdvice > 0) {
      push('Pay can change your benefits. We should check first.');
      push(`For ${plural(rewards.withoutBenefitsAdvice, 'payment')}, we did not write down that we checked.`);
    }
  }
  push('');

  push('## What is next', '');
  if (open.length > 0) {
    push('We still need to do these:', '');
    for (const item of open) push(easyFollowUp(item));
    push('');
  }
  if (report.quotesWaiting.length > 0) push('We will ask you before we use your words.');
  push('Ask us if you want to know more.', '');
  return out.join('\n');
}
