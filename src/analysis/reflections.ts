/**
 * The reflection log: a project's reflections newest first, with filters, each with its
 * follow-up; the one prompt to offer when someone writes a new reflection; and the plan of
 * a new reflection note (a path and its text), which a host then creates.
 */
import {
  INGREDIENTS,
  PHASE_NAMES,
  ROLE_IDS,
  type FollowUpState,
  type IngredientId,
  type IsoDate,
  type PhaseId,
  type RoleId,
  compareText,
} from '../domain';
import { REFLECTION_PROMPTS } from '../domain/reflection-prompts';
import { parentFolder, quoteText, type RecordOfKind } from '../model';
import { joinPath, reflectionFileName, uniquePath } from '../model/file-names';
import { formatMomentStyle } from '../model/template';
import type { NoteWriter, ProjectIndex, ProjectRecord } from '../index';
import type { DashboardModel, EvidenceItem, NoteLink } from './dashboard-types';
import { learningSummary } from './panels';
import { collectProjectNotes, linkTo, noteAuthor } from './project-notes';

export interface ReflectionEntry extends NoteLink {
  date: IsoDate;
  author?: string;
  phase?: PhaseId;
  phaseName?: string;
  /** Listed, tagged or ticked: the three ways are equal. */
  ingredients: IngredientId[];
  /** Ingredients the reflection records falling short (`#gap/…`, `gaps:`). */
  gaps: IngredientId[];
  involved: RoleId[];
  /** First line of each body section, when written. */
  happened?: string;
  learned?: string;
  change?: string;
  /** The one thing to change, and where it stands. */
  followUp?: { text: string; state: FollowUpState; appliedHow?: string; appliedOn?: IsoDate };
}

export interface ReflectionFilter {
  ingredient?: IngredientId;
  phase?: PhaseId;
  /** Matched without regard to case. */
  author?: string;
  /** First day to include. */
  from?: IsoDate;
  /** Last day to include. */
  to?: IsoDate;
}

/** The project's reflections, newest first, that pass every filter given. */
export function listReflections(index: ProjectIndex, project: ProjectRecord, filter: ReflectionFilter = {}): ReflectionEntry[] {
  const notes = collectProjectNotes(index, project);
  const followUps = new Map(learningSummary(notes).items.map((item) => [item.path, item]));
  const entries = notes.reflections.map((record) => entryOf(record, followUps.get(record.path)));
  return entries
    .filter((entry) => passes(entry, filter))
    .sort((a, b) => compareText(b.date, a.date) || compareText(a.path, b.path));
}

function entryOf(
  record: RecordOfKind<'reflection'>,
  followUp: { text: string; state: FollowUpState; appliedHow?: string; appliedOn?: IsoDate } | undefined,
): ReflectionEntry {
  const props = record.props;
  const author = noteAuthor(record);
  const happened = firstLine(record.sections, /happened/i);
  const learned = firstLine(record.sections, /learn/i);
  const change = firstLine(record.sections, /will change|follow.?up/i);
  return {
    ...linkTo(record),
    date: props.date,
    ...(author ? { author } : {}),
    ...(props.phase ? { phase: props.phase, phaseName: PHASE_NAMES[props.phase] } : {}),
    ingredients: [...new Set([...((props.ingredients ?? []) as IngredientId[]), ...record.evidence.map((mark) => mark.ingredient)])],
    gaps: [...new Set(record.gaps.map((mark) => mark.ingredient))],
    involved: [...(props.involved ?? [])] as RoleId[],
    ...(happened ? { happened } : {}),
    ...(learned ? { learned } : {}),
    ...(change ? { change } : {}),
    ...(followUp
      ? {
          followUp: {
            text: followUp.text,
            state: followUp.state,
            ...(followUp.appliedHow ? { appliedHow: followUp.appliedHow } : {}),
            ...(followUp.appliedOn ? { appliedOn: followUp.appliedOn } : {}),
          },
        }
      : {}),
  };
}

function passes(entry: ReflectionEntry, filter: ReflectionFilter): boolean {
  if (filter.ingredient && !entry.ingredients.includes(filter.ingredient)) return false;
  if (filter.phase && entry.phase !== filter.phase) return false;
  if (filter.author && entry.author?.toLowerCase() !== filter.author.trim().toLowerCase()) return false;
  if (filter.from && entry.date < filter.from) return false;
  if (filter.to && entry.date > filter.to) return false;
  return true;
}

/**
 * The first written paragraph of the first section whose heading matches, as one line of
 * plain words: no tracker tags, list markers or link syntax. A list gives its first item.
 */
export function firstLine(sections: readonly { heading: string; text: string }[], heading: RegExp): string | undefined {
  for (const section of sections) {
    if (!heading.test(section.heading)) continue;
    const lines = section.text.split('\n').map((text) => text.trim());
    const start = lines.findIndex((text) => text !== '' && !isHint(text));
    if (start === -1) continue;
    const paragraph: string[] = [];
    for (let i = start; i < lines.length && lines[i] !== '' && !isHint(lines[i]!); i++) {
      if (i > start && /^(?:[-*+]|\d+[.)])\s/.test(lines[i]!)) break;
      paragraph.push(quoteText(lines[i]!));
      if (/^(?:[-*+]|\d+[.)])\s/.test(lines[start]!)) break;
    }
    const text = paragraph.filter(Boolean).join(' ');
    if (text) return text;
  }
  return undefined;
}

/** Template hints are whole lines in italics, such as "*What did you see or hear?*". */
function isHint(line: string): boolean {
  return /^(?:\*[^*].*\*|_[^_].*_)$/.test(line);
}

// ---------------------------------------------------------------------------------------
// The prompt

export interface ReflectionPrompt {
  ingredient: IngredientId;
  ingredientName: string;
  text: string;
}

/**
 * One question to reflect on, for the ingredient with the least recent evidence (fewest
 * recent pieces, then the longest since it was last seen). The same day gives the same
 * question; the question changes from day to day.
 */
export function promptFor(source: DashboardModel | readonly EvidenceItem[], asOf: IsoDate): ReflectionPrompt {
  const figures = INGREDIENTS.map((ingredient, order) => {
    if (isModel(source)) {
      const score = source.ingredients.find((entry) => entry.id === ingredient.id);
      return { ingredient, order, recent: score?.recent ?? 0, lastSeen: score?.lastSeen ?? '' };
    }
    const items = source.filter((item) => item.ingredient === ingredient.id);
    const dates = items.map((item) => item.date ?? '').sort();
    return { ingredient, order, recent: items.filter((item) => item.recent).length, lastSeen: dates[dates.length - 1] ?? '' };
  });
  figures.sort((a, b) => a.recent - b.recent || compareText(a.lastSeen, b.lastSeen) || a.order - b.order);
  const chosen = figures[0]!.ingredient;
  const prompts = REFLECTION_PROMPTS[chosen.id];
  return { ingredient: chosen.id, ingredientName: chosen.name, text: prompts[dayOfYear(asOf) % prompts.length]! };
}

function isModel(source: DashboardModel | readonly EvidenceItem[]): source is DashboardModel {
  return !Array.isArray(source);
}

/** 1 for 1 January; counted from the date's own digits, so no time zone can shift it. */
export function dayOfYear(day: IsoDate): number {
  const year = Number(day.slice(0, 4));
  return (Date.UTC(year, Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

// ---------------------------------------------------------------------------------------
// A new reflection note

export interface ReflectionDraft {
  project: ProjectRecord;
  /**
   * When it is written: a Date from the host's clock, or a day as YYYY-MM-DD, optionally with
   * the time as YYYY-MM-DDTHH:mm. The time goes into the file name (see `reflectionFileName`).
   */
  now: Date | string;
  author?: string;
  happened?: string;
  learned: string;
  change?: string;
  ingredients?: readonly IngredientId[];
  phase?: PhaseId;
  involved?: readonly RoleId[];
  /** Paths already taken in the vault, so the new note gets a name of its own. */
  taken?: (path: string) => boolean;
}

export interface PlannedNote {
  /** The first free path (as far as `taken` could tell). */
  path: string;
  folder: string;
  /** The file name without `.md`, before any " 2". */
  baseName: string;
  text: string;
}

export const REFLECTIONS_FOLDER = 'Reflections';

/** Plans one new reflection note in the project's Reflections folder. Writes nothing. */
export function planReflection(draft: ReflectionDraft): PlannedNote {
  const date = typeof draft.now === 'string' ? draft.now.slice(0, 10) : formatMomentStyle(draft.now, 'YYYY-MM-DD');
  const time = typeof draft.now === 'string' ? timeOf(draft.now) : formatMomentStyle(draft.now, 'HH-mm');
  const learned = draft.learned.trim();
  const change = draft.change?.trim() ?? '';
  const happened = draft.happened?.trim() ?? '';
  const title = titleFrom(learned || happened) || 'Reflection';
  const folder = [parentFolder(draft.project.path), REFLECTIONS_FOLDER].filter((part) => part !== '').join('/');
  const author = draft.author?.trim() ?? '';
  const baseName = reflectionFileName({ day: date, ...(time ? { time } : {}), author, words: title });
  const path = uniquePath(`${joinPath(folder, baseName)}.md`, draft.taken ?? (() => false));
  const ingredients = INGREDIENTS.map((ingredient) => ingredient.id).filter((id) => draft.ingredients?.includes(id));
  const involved = ROLE_IDS.filter((role) => draft.involved?.includes(role));
  const properties = [
    'coproduction: reflection',
    `project: ${yamlText(`[[${draft.project.title}]]`)}`,
    `date: ${date}`,
    // The name as written: "1/2" or "Ana / Bo" is a name, not a link to take apart.
    ...(author ? [`author: ${yamlName(author)}`] : []),
    ...(draft.phase ? [`phase: ${draft.phase}`] : []),
    `ingredients: [${ingredients.join(', ')}]`,
    `involved: [${involved.join(', ')}]`,
    ...(change ? [`follow-up: ${yamlText(firstOf(change))}`, 'follow-up-state: open'] : []),
  ];
  const body = [
    `# ${title}`,
    '',
    '## What happened',
    '',
    ...(happened ? [happened, ''] : []),
    '## What we learned',
    '',
    learned,
    '',
    '## What we will change',
    '',
    ...(change ? [change, ''] : []),
  ];
  return { path, folder, baseName, text: `---\n${properties.join('\n')}\n---\n${body.join('\n')}` };
}

/**
 * Creates a planned note at the first free path, through the host's writer, which never
 * overwrites. If another device took the name meanwhile, the next number is tried.
 * Returns the path written.
 */
export async function createUnique(writer: NoteWriter, folder: string, baseName: string, text: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const path = await uniquePath(folder, baseName, (candidate) => writer.exists(candidate));
    try {
      await writer.createNote(path, text);
      return path;
    } catch (error) {
      // Only a name taken in the meantime is worth another try.
      if (attempt >= 5 || !(await writer.exists(path))) throw error;
    }
  }
}

/** "HH-mm" from "YYYY-MM-DDTHH:mm…", or undefined when the text holds no time. */
function timeOf(when: string): string | undefined {
  const match = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/.exec(when);
  return match ? `${match[1]}-${match[2]}` : undefined;
}

/** Longest title taken from the first words, in characters. */
const TITLE_LENGTH = 60;

const isSentenceEnd = (char: string) => char === '.' || char === '!' || char === '?';
const isTitleTrail = (char: string) => ',;:–—-'.includes(char);

/**
 * A short title from the first sentence: all of it when short, else cut at a word near 60
 * characters. Plain loops, linear in the text however it is written (a long run of dots
 * made the regular expression this replaces quadratic).
 */
export function titleFrom(text: string): string {
  const newline = text.indexOf('\n');
  const firstLineText = newline === -1 ? text : text.slice(0, newline);
  // The first sentence ends at a run of . ! ? followed by a space or the end of the line.
  let end = firstLineText.length;
  for (let at = 0; at < firstLineText.length; at++) {
    if (!isSentenceEnd(firstLineText.charAt(at))) continue;
    let after = at;
    while (after < firstLineText.length && isSentenceEnd(firstLineText.charAt(after))) after++;
    if (after === firstLineText.length || /\s/.test(firstLineText.charAt(after))) {
      end = at;
      break;
    }
    at = after - 1;
  }
  let sentence = firstLineText.slice(0, end);
  let last = sentence.length;
  while (last > 0 && isSentenceEnd(sentence.charAt(last - 1))) last--;
  sentence = sentence.slice(0, last).trim();
  if (sentence.length <= TITLE_LENGTH) return sentence;
  let title = '';
  for (const word of sentence.split(/\s+/)) {
    if (title !== '' && title.length + 1 + word.length > TITLE_LENGTH) break;
    title = title === '' ? firstCharacters(word, TITLE_LENGTH) : `${title} ${word}`;
  }
  let kept = title.length;
  while (kept > 0 && isTitleTrail(title.charAt(kept - 1))) kept--;
  return title.slice(0, kept);
}

/** At most `count` UTF-16 units of a word, never half a surrogate pair. */
function firstCharacters(word: string, count: number): string {
  if (word.length <= count) return word;
  const code = word.charCodeAt(count - 1);
  return word.slice(0, code >= 0xd800 && code <= 0xdbff ? count - 1 : count);
}

function firstOf(text: string): string {
  return text.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? '';
}

/** A plain first name or pseudonym is written as it is, like the rest of the vault; anything else is quoted. */
function yamlName(value: string): string {
  const plain = /^\p{L}[\p{L}\p{N} '’-]*$/u.test(value) && !/^(?:yes|no|true|false|null|on|off|y|n)$/i.test(value);
  return plain && value.trim() === value ? value : yamlText(value);
}

/** Text as a YAML double-quoted value: JSON's escapes are YAML's too. */
function yamlText(value: string): string {
  return JSON.stringify(oneLine(value));
}

/**
 * The text on one line: each line break, with the spaces around it, becomes one space.
 * A loop, not `/\s*\n\s*\/`, which is quadratic on a long run of spaces.
 */
function oneLine(value: string): string {
  if (!value.includes('\n')) return value;
  const lines = value.split('\n');
  const middle = lines.slice(1, -1).map((line) => line.trim()).filter((line) => line !== '');
  return [lines[0]!.trimEnd(), ...middle, lines[lines.length - 1]!.trimStart()].join(' ');
}
