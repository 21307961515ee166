/**
 * What a piece of evidence quotes. A tagged line quotes itself. An ingredient listed only
 * in a note's properties quotes the note's sentence that best shows that ingredient (the
 * suggestion word list, limited to it); when no sentence does, it says where it was listed.
 * Never an arbitrary first line, heading or template hint.
 */
import type { IngredientId } from '../domain';
import { quoteText, type NoteRecord } from '../model';
import { suggestIngredients } from './suggest';

export interface Quote {
  /** The words shown for this evidence. */
  text: string;
  /** 1-based file line of the words, when they come from one line. */
  line?: number;
  /** True when `text` is the note's own words, fit to quote. */
  quotable: boolean;
}

export function listedQuote(record: NoteRecord): Quote {
  return { text: `Listed in the properties of "${record.title}".`, quotable: false };
}

/** The note's sentence that best shows `ingredient`, or where it was listed. */
export function propertyQuote(record: NoteRecord, ingredient: IngredientId): Quote {
  const suggestion = suggestIngredients(record.body, { minScore: 0, limit: 6 }).find((s) => s.ingredient === ingredient);
  if (!suggestion || suggestion.reasons.length === 0) return listedQuote(record);
  const weightByLine = new Map<number, number>();
  for (const reason of suggestion.reasons) weightByLine.set(reason.line, (weightByLine.get(reason.line) ?? 0) + reason.weight);
  let bestLine = 0;
  let bestWeight = 0;
  for (const [line, weight] of weightByLine) {
    if (weight > bestWeight || (weight === bestWeight && line < bestLine)) [bestLine, bestWeight] = [line, weight];
  }
  const lineText = record.body.split('\n')[bestLine - 1] ?? '';
  const phrases = suggestion.reasons.filter((reason) => reason.line === bestLine).map((reason) => reason.phrase);
  const sentence = bestSentence(lineText, phrases);
  const text = quoteText(sentence);
  if (text === '') return listedQuote(record);
  return { text, line: bestLine + record.bodyStartLine - 1, quotable: true };
}

/** The sentence of a line holding the most of the given phrases; the first one on a tie. */
function bestSentence(line: string, phrases: readonly string[]): string {
  // Every character belongs to exactly one match, so this runs in one pass.
  const sentences = line.match(/[^.!?]+[.!?]*\s*/g) ?? [line];
  let best = sentences[0] ?? line;
  let bestHits = -1;
  for (const sentence of sentences) {
    const lower = sentence.toLowerCase();
    const hits = phrases.filter((phrase) => lower.includes(phrase)).length;
    if (hits > bestHits) [best, bestHits] = [sentence, hits];
  }
  return best;
}
