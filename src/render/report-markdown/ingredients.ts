/** "The six ingredients": each level with its evidence, trend, quotes and next step. */
import type { ReportIngredient, ReportModel } from '../../analysis/report';
import { levelBar, plural } from '../words';
import { escapeMarkdownInline, lowerFirst, sentence, source, type Push } from './text';

export function ingredients(report: ReportModel, push: Push): void {
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
    for (const quote of ingredient.quotes) push(`> ${escapeMarkdownInline(quote.text)}`, `> — ${source(quote)}`, '');
  }
  if (ingredient.gaps > 0) {
    push(`What got in the way (${plural(ingredient.gaps, 'piece shows', 'pieces show')} it falling short):`, '');
    for (const quote of ingredient.shortfalls) push(`> ${escapeMarkdownInline(quote.text)}`, `> — ${source(quote)}`, '');
    if (ingredient.shortfalls.length === 0) push('');
  }
  if (ingredient.nextStep) push(`Next: ${ingredient.nextStep}`, '');
}
