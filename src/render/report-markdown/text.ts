/** Pieces every section of the report note shares: wikilinks, sources, sentences, table cells. */
import type { IsoDate, RoleId } from '../../domain';
import type { NoteLink } from '../../analysis/dashboard-types';
import { displayTitle } from '../../analysis/report';
import { longDate, roleName } from '../words';

/** Adds lines to the note being written. */
export type Push = (...lines: string[]) => void;

export const NOTHING_YET = 'The notes say nothing about this yet.';

/** "Folder/Note.md" -> "[[Folder/Note|Title]]". */
export function wikilink(link: NoteLink): string {
  return `[[${link.path.replace(/\.md$/i, '')}|${displayTitle(link.title)}]]`;
}

/** A role in running text: "lived experience", "family or carer". */
export function roleLabel(role: RoleId): string {
  return roleName(role).toLowerCase();
}

/** Where words came from: the note, who wrote them (and their role), the date and the line. */
export function source(link: NoteLink & { date?: IsoDate; author?: string; role?: RoleId }, options: { author?: boolean } = {}): string {
  const parts = [wikilink(link)];
  if (options.author !== false && link.author) parts.push(`written by ${link.author}${link.role ? ` (${roleLabel(link.role)})` : ''}`);
  if (link.date) parts.push(longDate(link.date));
  if (link.line !== undefined) parts.push(`line ${link.line}`);
  return parts.join(', ');
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The text with a full stop at the end, unless it already ends a sentence. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…"”)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Text safe inside a markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
