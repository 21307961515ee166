/** Pieces every section of the report note shares: wikilinks, sources, sentences, table cells. */
import type { IsoDate, RoleId } from '../../domain';
import type { NoteLink } from '../../analysis/dashboard-types';
import type { Quote } from '../../analysis/report';
import { displayTitle } from '../../analysis/report';
import { longDate, roleName } from '../words';

/** Adds lines to the note being written. */
export type Push = (...lines: string[]) => void;

export const NOTHING_YET = 'The notes say nothing about this yet.';

/**
 * Note text made inert for a line of the report: it reads the same, but can never become a
 * link (a bare web address too), an embed, HTML, a tag, a comment, maths or emphasis. Every
 * character markdown or Obsidian gives a meaning in running text is escaped with a backslash
 * (CommonMark allows that before any ASCII punctuation, and it shows as the character alone);
 * so is the colon of "://" and the dot of "www.", which would make a bare address a link; line breaks
 * become spaces, so text cannot leave its line or quote. A few passes, each linear in the text.
 */
export function escapeMarkdownInline(text: string): string {
  return (
    text
      .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
      .replace(/[\\`*_[\]<>#|%$&~=^]/g, '\\$&')
      // A bare web address becomes a link in Obsidian and GitHub: "https\://…" and "www\.…" read the same and do not.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/\b(www)\./gi, '$1\\.')
  );
}

/** Text for inside `[[…|here]]`: the characters that would end or split the link are left out, the rest escaped. */
function linkText(text: string): string {
  return escapeMarkdownInline(text.replace(/[[\]|]+/g, ' ').replace(/ {2,}/g, ' ').trim());
}

/** Characters a wikilink's target cannot hold without ending or splitting the link. */
const UNLINKABLE_PATH = /[[\]|#^\r\n]/;

/**
 * "Folder/Note.md" -> "[[Folder/Note|Title]]". The title is note text (a pseudonym, a file
 * name), so it is made inert; a path that cannot be linked safely is named, not linked.
 */
export function wikilink(link: NoteLink): string {
  const title = linkText(displayTitle(link.title)) || escapeMarkdownInline(link.path);
  if (UNLINKABLE_PATH.test(link.path)) return title;
  return `[[${link.path.replace(/\.md$/i, '')}|${title}]]`;
}

/** A role in running text: "lived experience", "family or carer". */
export function roleLabel(role: RoleId): string {
  return roleName(role).toLowerCase();
}

/** Where words came from: the note, who wrote them (and their role), the date and the line. */
export function source(link: NoteLink & { date?: IsoDate; author?: string; role?: RoleId }, options: { author?: boolean } = {}): string {
  const parts = [wikilink(link)];
  if (options.author !== false && link.author) {
    parts.push(`written by ${escapeMarkdownInline(link.author)}${link.role ? ` (${roleLabel(link.role)})` : ''}`);
  }
  if (link.date) parts.push(longDate(link.date));
  if (link.line !== undefined) parts.push(`line ${link.line}`);
  return parts.join(', ');
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Note text as a sentence of the report: made inert, with a full stop at the end. */
export function quoted(text: string): string {
  return sentence(escapeMarkdownInline(text));
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

/** Why a participant's words are not shown, for the person they are: asked, said no, or left. */
export const NOT_SHOWN: Record<'ask' | 'no' | 'withdrawn', string> = {
  ask: 'Their words are not shown until they say yes.',
  no: 'They asked for their words not to be quoted.',
  withdrawn: 'They have since withdrawn, so their words are not shown.',
};

/** What the report says in place of words it may not show: "a participant", and why. */
export function withheldWords(why: 'ask' | 'no' | 'withdrawn'): string {
  if (why === 'no') return 'A participant spoke to this. They asked for their words not to be quoted.';
  if (why === 'withdrawn') return 'A participant who has since withdrawn spoke to this. Their words are not shown.';
  return 'A participant spoke to this. Their words are not shown until they say yes.';
}

/** A quote as a block: the words and where they came from, or "a participant" in their place. */
export function quoteBlock(quote: Quote): string[] {
  if (quote.withheld) return [`> ${withheldWords(quote.withheld)}`, ''];
  return [`> ${escapeMarkdownInline(quote.text)}`, `> — ${source(quote)}`, ''];
}

/** Markdown and Obsidian marks taken away, for counting words: what a reader reads. */
export function plainWords(markdown: string): string[] {
  const text = markdown
    .replace(/\[\[[^\]|[]*\|([^\][]*)\]\]/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/^[ \t]*(?:[-+]|\d+[.)])[ \t]+/gm, ' ')
    .replace(/[#>*|■□—]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** The text without the full stops, question or exclamation marks at its end. A plain loop: linear. */
export function withoutEndMark(text: string): string {
  let end = text.length;
  while (end > 0 && '.!?'.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
