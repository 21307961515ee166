/**
 * "The six ingredients": one table of the figures and how they changed, then each ingredient
 * with its quotes (the summary's best quote is not repeated), what got in the way and the next step.
 */
import type { ReportIngredient, ReportModel } from '../../analysis/report';
import { joinWords } from '../../domain';
import { LEVEL_RULES } from '../../analysis/thresholds';
import { levelBar, plural } from '../words';
import { cell, lowerFirst, quoteBlock, sentence, type Push } from './text';

export function ingredients(report: ReportModel, push: Push): void {
  push(
    '## The six ingredients',
    '',
    'Each level comes from the evidence in the notes, by the same rules as the dashboard: Not yet seen, Starting out, On the way, Going strong. ' +
      levelRules(report.recentDays) +
      ' Three filled boxes (■■■) mean going strong; three empty ones (□□□) mean not yet seen.',
    '',
  );
  trendTable(report, push);
  // Ingredients with nothing at all are named once, not given six sections saying the same thing.
  const empty = report.ingredients.filter((ingredient) => ingredient.total === 0 && ingredient.gaps === 0);
  for (const ingredient of report.ingredients) if (!empty.includes(ingredient)) ingredientSection(ingredient, push);
  if (empty.length > 0) {
    push(
      `### Not yet seen: ${joinWords(empty.map((ingredient) => ingredient.name))}`,
      '',
      ...empty.map((ingredient) => `- **${ingredient.name}:** you have it when ${lowerFirst(sentence(ingredient.haveItWhen))}`),
      '',
      `No evidence yet for ${empty.length === 1 ? 'it' : 'these'}. ${empty[0]!.nextStep}`,
      '',
    );
  }
}

/** What each level needs, from the rules the scores use, so a reader can check a level against its figures. */
function levelRules(recentDays: number): string {
  const { startingOut, onTheWay, goingStrong } = LEVEL_RULES;
  const recent = (count: number) => `${plural(count, 'piece')} from the last ${recentDays} days`;
  return (
    `Starting out needs ${startingOut.total === 1 ? 'one piece' : plural(startingOut.total, 'piece')} of evidence of any age. ` +
    `On the way needs ${recent(onTheWay.recent)}, by ${plural(onTheWay.voices, 'person', 'people')} or more. ` +
    `Going strong needs ${recent(goingStrong.recent)}, by ${plural(goingStrong.voices, 'person', 'people')} or more, with at least ${goingStrong.livedExperience === 1 ? 'one' : goingStrong.livedExperience} from lived experience.`
  );
}

function trend(ingredient: ReportIngredient): string {
  const { firstHalf, secondHalf } = ingredient;
  if (!firstHalf || !secondHalf) return 'too early to say';
  if (ingredient.total === 0) return 'none yet';
  // The halves split the months, the columns by quarter: the counts compared are said, so the
  // words can be checked and never seem to contradict the columns beside them.
  const counts = ` (${firstHalf.count}, then ${secondHalf.count})`;
  if (secondHalf.count > firstHalf.count) return `more in the second half${counts}`;
  if (secondHalf.count < firstHalf.count) return `less in the second half${counts}`;
  return `the same in both halves${counts}`;
}

/** The figures of all six at once, so no sentence about them repeats six times. */
function trendTable(report: ReportModel, push: Push): void {
  const quarters = report.ingredients[0]?.quarters ?? [];
  push(
    `| Ingredient | Level | Evidence | Recent | From lived experience | ${quarters.map((quarter) => cell(quarter.label)).join(' | ')}${quarters.length > 0 ? ' | ' : ''}How it changed |`,
    `| --- | --- | --- | --- | --- | ${quarters.map(() => '---').join(' | ')}${quarters.length > 0 ? ' | ' : ''}--- |`,
  );
  for (const ingredient of report.ingredients) {
    const counts = ingredient.quarters.map((quarter) => String(quarter.count));
    push(
      `| ${cell(ingredient.name)} | ${levelBar(ingredient.level)} | ${ingredient.total} | ${ingredient.recent} | ${ingredient.livedExperience} | ${counts.join(' | ')}${counts.length > 0 ? ' | ' : ''}${trend(ingredient)} |`,
    );
  }
  const first = report.ingredients[0];
  const halves = first?.firstHalf && first.secondHalf ? ` The halves are ${first.firstHalf.label} and ${first.secondHalf.label}.` : '';
  // The dashboard counts lived experience among recent pieces only; this table counts it among all.
  push('', `Recent means from the last ${report.recentDays} days. "From lived experience" counts all the evidence, recent or not, from notes that record someone with lived experience taking part.${halves}`, '');
}

function ingredientSection(ingredient: ReportIngredient, push: Push): void {
  push(`### ${ingredient.name}: ${ingredient.levelName} ${levelBar(ingredient.level)}`, '');
  push(`You have it when ${lowerFirst(sentence(ingredient.haveItWhen))}`, '');
  if (ingredient.total === 0) push('No evidence yet.', '');
  if (ingredient.quotes.length > 0) {
    push(ingredient.bestQuote ? 'More in the notes (the best quote is in the summary):' : 'In the notes:', '');
    for (const quote of ingredient.quotes) push(...quoteBlock(quote));
  }
  if (ingredient.gaps > 0) {
    push(`What got in the way (${plural(ingredient.gaps, 'piece shows', 'pieces show')} it falling short):`, '');
    for (const quote of ingredient.shortfalls) push(...quoteBlock(quote));
    if (ingredient.shortfalls.length === 0) push('The words are quoted elsewhere in this report, or not fit to quote.', '');
  }
  if (ingredient.nextStep) push(`Next: ${ingredient.nextStep}`, '');
}
