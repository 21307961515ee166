/** Small text helpers the report model's sentences share (the renderer reuses them too). */
import { authorInFileName } from '../../model/file-names';

/**
 * "2026-03-10 Kick-off workshop" -> "Kick-off workshop": the date is given beside it anyway.
 * A reflection's "2026-03-10 14-05 Sam - Small tables" loses its time too, and its author
 * when `author` is given (shown beside it).
 */
export function displayTitle(title: string, author?: string): string {
  const rest = title.replace(/^\d{4}-\d{2}-\d{2}(?: \d{2}-\d{2}(?= \S))?\s+(?=\S)/, '');
  const who = author === undefined ? '' : authorInFileName(author);
  return who !== '' && rest.startsWith(`${who} - `) && rest.length > who.length + 3 ? rest.slice(who.length + 3) : rest;
}
