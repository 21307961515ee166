/**
 * "Summary": the report in at most 500 words, first. What the project set out to do, who took
 * part, each ingredient in one line with its best quote, what changed, and what is still open.
 * The full story after it says each of these things once, in detail.
 */
import { joinWords, ROLE_IDS, type RoleId } from '../../domain';
import type { Quote, ReportIngredient, ReportModel } from '../../analysis/report';
import { longDate, plural } from '../words';
import { escapeMarkdownInline, quoted, wikilink, withoutEndMark, type Push } from './text';

export const ROLE_WORDS: Record<RoleId, [string, string]> = {
  'lived-experience': ['person with lived experience', 'people with lived experience'],
  practitioner: ['practitioner', 'practitioners'],
  'family-carer': ['family member or carer', 'family members or carers'],
  community: ['community member', 'community members'],
  other: ['other person', 'other people'],
};

export function summary(report: ReportModel, push: Push): void {
  push('## Summary', '');
  push(`**What we set out to do.** ${setOut(report)}`, '');
  push(`**Who took part.** ${whoTookPart(report)}`, '');
  push('**The six ingredients.**', '');
  for (const ingredient of report.ingredients) {
    const best = ingredient.bestQuote;
    const evidence = levelBasis(ingredient, report.recentDays);
    const words = !best
      ? ''
      : best.withheld
        ? ' The best of it is in a participant\'s own words, not shown until they say yes.'
        : ` "${escapeMarkdownInline(best.text)}" (${shortSource(best)})`;
    push(`- **${ingredient.name}: ${ingredient.levelName.toLowerCase()}.** ${evidence}${words}`);
  }
  push('');
  push(`**What changed because of the project.** ${whatChanged(report)}`, '');
  push(`**What is still open.** ${stillOpen(report)}`, '');
}

/**
 * The figures a level rests on, as the dashboard counts them: all the pieces, then the recent
 * ones, the people behind them and how many come from lived experience.
 */
function levelBasis(ingredient: ReportIngredient, recentDays: number): string {
  const all = `${plural(ingredient.total, 'piece')} of evidence`;
  if (ingredient.total === 0) return 'No evidence yet.';
  if (ingredient.recent === 0) return `${all}, none from the last ${recentDays} days.`;
  const by = ingredient.voices > 0 ? `, by ${plural(ingredient.voices, 'person', 'people')}` : '';
  const lived = ingredient.recentLivedExperience > 0 ? `${ingredient.recentLivedExperience} of them` : 'none of them';
  return `${all}; ${ingredient.recent} from the last ${recentDays} days${by}, ${lived} from lived experience.`;
}

function setOut(report: ReportModel): string {
  const { project } = report;
  const parts: string[] = [project.aim ? quoted(project.aim) : 'The project note does not say what the project set out to do.'];
  const when = project.start ? (project.end ? `from ${longDate(project.start)} to ${longDate(project.end)}` : `from ${longDate(project.start)}`) : '';
  const withWhom = project.partners.length > 0 ? `with ${joinWords(project.partners.map(escapeMarkdownInline))}` : '';
  if (when || withWhom) parts.push(`It ran ${[when, withWhom].filter(Boolean).join(', ')}.`);
  return parts.join(' ');
}

function lowerFirstWord(text: string): string {
  // "A new menu" -> "a new menu"; a name or an acronym keeps its capitals.
  return /^(?:A |[A-Z][a-z])/.test(text) && !/^[A-Z][a-z]*[A-Z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function whoTookPart(report: ReportModel): string {
  const { people } = report;
  const byRole = ROLE_IDS.filter((role) => people.participantsByRole[role] > 0).map((role) => plural(people.participantsByRole[role], ...ROLE_WORDS[role]));
  const total = ROLE_IDS.reduce((sum, role) => sum + people.participantsByRole[role], 0);
  const who =
    byRole.length > 0
      ? `${joinWords(byRole)} ${total === 1 ? 'has a participant note' : 'have participant notes'}.`
      : 'No participant notes yet.';
  const what = `The notes hold ${people.activities === 0 ? 'no activities' : plural(people.activities, 'activity', 'activities')} and ${
    people.reflections === 0
      ? 'no reflections yet'
      : `${plural(people.reflections, 'reflection')}${people.reflectionAuthors > 0 ? ` by ${plural(people.reflectionAuthors, 'person', 'people')}` : ', with no author recorded'}`
  }.`;
  return `${who} ${what}`;
}

function whatChanged(report: ReportModel): string {
  const parts: string[] = [];
  const shown = report.outcomes.filter((outcome) => outcome.notes.length > 0);
  if (report.outcomes.length > 0) {
    parts.push(
      shown.length === 0
        ? 'The notes do not yet show any of the outcomes.'
        : `Of its ${plural(report.outcomes.length, 'outcome')}, the notes show ${shown.length}: ${joinWords(
            shown.map((outcome) => `${lowerFirstWord(escapeMarkdownInline(withoutEndMark(outcome.text)))} (${plural(outcome.notes.length, 'note')})`),
          )}.`,
    );
  }
  const { applied } = report.learning;
  if (applied.length > 0) {
    // Only words that may be shown are given as examples.
    const examples = applied
      .filter((item) => !item.withheld)
      .slice(0, 3)
      .map((item) => `"${escapeMarkdownInline(withoutEndMark(item.text.trim()))}"`);
    const made = `${plural(applied.length, 'change was', 'changes were')} made because of what people said`;
    parts.push(examples.length > 0 ? `${made}, such as ${joinWords(examples)}.` : `${made}.`);
  } else {
    parts.push('No follow-up from a reflection is marked as put into practice yet.');
  }
  return parts.join(' ');
}

function stillOpen(report: ReportModel): string {
  const parts: string[] = [];
  const missed = report.outcomes.filter((outcome) => outcome.notes.length === 0);
  if (missed.length > 0) parts.push(`The notes do not show ${joinWords(missed.map((outcome) => `"${escapeMarkdownInline(withoutEndMark(outcome.text))}"`))} yet.`);
  const open = report.learning.open.length;
  if (open > 0) parts.push(`${plural(open, 'follow-up is', 'follow-ups are')} still open.`);
  const partly = report.barriers.filter((barrier) => barrier.stillToDo.length > 0);
  for (const barrier of partly) {
    parts.push(`${barrier.name}: ${plural(barrier.stillToDo.length, 'step is', 'steps are')} not done yet.`);
  }
  const untouched = report.barriers.filter((barrier) => !barrier.addressed && barrier.stillToDo.length === 0);
  if (untouched.length > 0) parts.push(`Nothing records how ${joinWords(untouched.map((barrier) => barrier.name.toLowerCase()))} ${untouched.length === 1 ? 'was' : 'were'} dealt with.`);
  if (report.rewards.withoutBenefitsAdvice > 0) {
    parts.push(`${plural(report.rewards.withoutBenefitsAdvice, 'payment or voucher has', 'payments or vouchers have')} no record of benefits advice.`);
  }
  const waiting = report.quotesWaiting;
  if (waiting.length > 0) {
    const places = waiting.reduce((sum, person) => sum + person.places.length, 0);
    parts.push(`${plural(places, 'quote waits', 'quotes wait')} for a yes from ${plural(waiting.length, 'person', 'people')}.`);
  }
  if (report.gaps.length > 0) {
    parts.push(`${report.gaps.length === 1 ? 'One more thing the notes do not show is' : `${report.gaps.length} more things the notes do not show are`} listed near the end.`);
  }
  return parts.length > 0 ? parts.join(' ') : 'Nothing the notes record is still open.';
}

/** Who said it and where, briefly: "Robin, in [[…|My words, not yours]]". The full source is one click away. */
function shortSource(quote: Quote): string {
  return `${quote.author ? `${escapeMarkdownInline(quote.author)}, in ` : ''}${wikilink(quote)}`;
}
