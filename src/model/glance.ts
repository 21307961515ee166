/**
 * The first look at a note, before any parsing: is it a tracker note, does it name its project,
 * does it carry a tracker tag. Most notes of a team's vault are none of these, and stop here.
 */
import { KIND_PROPERTY } from '../domain';
import { withoutBom } from './frontmatter';
import { mentionsTrackerTag } from './tag-scan';

/** What a first look at a note tells, without parsing it. */
export interface NoteGlance {
  /** It says `coproduction:` (or its properties never close, so only a full read can tell). */
  tracker: boolean;
  /** It names its project in a `project:` property. */
  linked: boolean;
  /** It carries a tracker tag somewhere (looked for only when it is not a tracker note). */
  tagged: boolean;
  /** A tracker note, or a tagged one: worth reading in full. Most notes in a team's vault are neither. */
  matters: boolean;
}

export function glanceAt(rawText: string, frontmatter?: Record<string, unknown>): NoteGlance {
  const text = withoutBom(rawText);
  const header = frontmatter !== undefined ? { tracker: KIND_PROPERTY in frontmatter, linked: 'project' in frontmatter } : readHeader(text);
  // A tracker note is read in full anyway: no need to look for tags first.
  // Tracker tags in any case: a note without one, and without `coproduction:`, is an ordinary note.
  const tagged = !header.tracker && mentionsTrackerTag(text);
  // Built field by field: spreading `header` took a slow path, on every note.
  return { tracker: header.tracker, linked: header.linked, tagged, matters: header.tracker || tagged };
}

/** Looks through the properties block (if any) for lines starting `coproduction` and `project`. */
function readHeader(text: string): { tracker: boolean; linked: boolean } {
  if (!text.startsWith('---')) return { tracker: false, linked: false };
  let linked = false;
  let at = text.indexOf('\n');
  while (at !== -1) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next === -1 ? text.length : next);
    if (line.startsWith('---') || line.startsWith('...')) return { tracker: false, linked };
    if (namesProperty(line, KIND_PROPERTY)) return { tracker: true, linked: true };
    if (namesProperty(line, 'project')) linked = true;
    at = next;
  }
  // Never closed: read it fully, so `check` can say so if it looks like properties.
  return { tracker: true, linked };
}

/** True when the line starts `name:`, `"name":` or `'name' :`: what `readHeader` looks for, without an expression per line. */
function namesProperty(line: string, name: string): boolean {
  let at = line.charCodeAt(0) === 34 || line.charCodeAt(0) === 39 ? 1 : 0;
  if (!line.startsWith(name, at)) return false;
  at += name.length;
  if (line.charCodeAt(at) === 34 || line.charCodeAt(at) === 39) at++;
  while (at < line.length && /\s/.test(line.charAt(at))) at++;
  return line.charCodeAt(at) === 58;
}
