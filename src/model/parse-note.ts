/** One markdown file -> a typed record, with every Problem it has. Never throws. */
import type * as z from 'zod/mini';
import {
  BARRIER_IDS,
  INGREDIENT_IDS,
  KIND_PROPERTY,
  NOTE_KINDS,
  SCHEMA_BY_KIND,
  nearestWord,
  normaliseWord,
  type IssueHint,
  type NoteKind,
} from '../domain';
import { readBody, readSections } from './body';
import { conflictMarkerLine, copyName } from './conflicts';
import { contentKeyOf } from './content-key';
import {
  findFrontmatter,
  hasUnclosedProperties,
  splitLines,
  withoutBom,
  type FrontmatterBlock,
  type YamlReader,
} from './frontmatter';
import { basename, linkTarget } from './links';
import { propertyLines } from './property-lines';
import { unfilledTemplateFields } from './unfilled-fields';
import type { Problem } from './problem';
import type { BarrierMark, EvidenceMark, NoteRecord, Section } from './record';

export interface ParseInput {
  path: string;
  text: string;
  /** Properties the host already parsed (Obsidian's metadata cache); skips YAML parsing. */
  frontmatter?: Record<string, unknown>;
  readYaml: YamlReader;
  /** The first look the caller already took (see `glanceAt`), so it is not taken twice. */
  glance?: NoteGlance;
}

export function parseNote(input: ParseInput): NoteRecord {
  const text = withoutBom(input.text);
  if (!(input.glance ?? glanceAt(text, input.frontmatter)).matters) return ordinaryNote(input.path, text);
  return withLazySections(parseTrackerNote(input, text));
}

/** Tracker tags in any case: a note without one, and without `coproduction:`, is an ordinary note. */
const TRACKER_TAG_TEXT = /#(?:ingredient|gap|barrier)\//i;

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
  const tagged = !header.tracker && TRACKER_TAG_TEXT.test(text);
  return { ...header, tagged, matters: header.tracker || tagged };
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
    if (/^["']?coproduction["']?\s*:/.test(line)) return { tracker: true, linked: true };
    if (/^["']?project["']?\s*:/.test(line)) linked = true;
    at = next;
  }
  // Never closed: read it fully, so `check` can say so if it looks like properties.
  return { tracker: true, linked };
}

/** An ordinary note: it belongs to a folder and is counted as a note, nothing more. */
export function ordinaryNote(path: string, text: string): NoteRecord {
  return { ...emptyRecord(path), kind: 'note', contentKey: text.trim() === '' ? '' : `ordinary:${path}` };
}

/** A note that could not be read at all (the host refused it): named with the reason, never counted. */
export function unreadableNote(path: string, problem: Problem): NoteRecord {
  return { ...emptyRecord(path), kind: 'unreadable', problems: [problem] };
}

function emptyRecord(path: string): Omit<NoteRecord, 'kind'> {
  return {
    path,
    title: basename(path),
    evidence: [],
    gaps: [],
    barrierMarks: [],
    checklist: [],
    sections: [],
    body: '',
    bodyStartLine: 1,
    problems: [],
    contentKey: '',
  };
}

/** Sections are worked out from the body when first asked for, then kept. */
function withLazySections(record: NoteRecord): NoteRecord {
  let sections: Section[] | undefined;
  const { bodyStartLine, body } = record;
  Object.defineProperty(record, 'sections', {
    enumerable: true,
    configurable: true,
    get: () =>
      (sections ??= readSections(body.split('\n'), 1).map((section) => ({ ...section, line: section.line + bodyStartLine - 1 }))),
  });
  return record;
}

/** The text after the properties, with `\n` line endings; a slice of the note when it has no other kind. */
function bodyText(text: string, lines: readonly string[], bodyStart: number): string {
  if (text.includes('\r')) return lines.slice(bodyStart - 1).join('\n');
  let offset = 0;
  for (let i = 0; i < bodyStart - 1; i++) offset += lines[i]!.length + 1;
  return text.slice(Math.min(offset, text.length));
}

function parseTrackerNote({ path, frontmatter, readYaml }: ParseInput, text: string): NoteRecord {
  const lines = splitLines(text);
  const block = findFrontmatter(lines);
  const bodyStart = block ? block.closingLine + 1 : 1;
  const body = readBody(path, lines, bodyStart);
  const copy = copyName(path);
  const base = {
    path,
    title: basename(path),
    evidence: body.evidence,
    gaps: body.gaps,
    barrierMarks: body.barrierMarks,
    checklist: body.checklist,
    sections: [] as Section[],
    body: bodyText(text, lines, bodyStart),
    bodyStartLine: bodyStart,
    problems: body.problems,
    contentKey: contentKeyOf(lines),
    ...(copy?.tool ? { conflictOf: { original: copy.original, tool: copy.tool } } : {}),
  };

  const markerLine = text.includes('<<<<<<<') ? conflictMarkerLine(lines) : undefined;
  if (markerLine !== undefined) {
    const problem: Problem = {
      path,
      line: markerLine,
      message: 'This note holds two versions side by side, left by git or jj after a clash. It is not counted.',
      hint: 'Keep the right lines and remove the marker lines (<<<<<<<, =======, >>>>>>> and the like).',
    };
    return { ...base, kind: 'unreadable', problems: [problem] };
  }

  if (hasUnclosedProperties(lines, block)) {
    return {
      ...base,
      kind: 'unreadable',
      problems: [
        {
          path,
          line: 1,
          message: 'The properties at the top of this note are never closed, so the note is not counted',
          hint: 'Add a line with only --- after the last property.',
        },
        ...base.problems,
      ],
    };
  }

  if (!block) return { ...base, kind: 'note' };

  let data: unknown = frontmatter;
  if (data === undefined) {
    const result = readYaml(block.yaml);
    if (!result.ok) {
      const line = result.line === undefined ? block.firstLine - 1 : block.firstLine + result.line - 1;
      return {
        ...base,
        kind: 'unreadable',
        problems: [
          {
            path,
            line,
            message: `The properties at the top of this note could not be read: ${result.message}`,
            hint: 'Look for a missing colon, an unclosed quote or a tab. The note is left as it is until this is fixed.',
          },
          ...base.problems,
        ],
      };
    }
    data = result.data;
  }
  if (data === null || data === undefined) return { ...base, kind: 'note' };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ...base,
      kind: 'unreadable',
      problems: [
        {
          path,
          line: block.firstLine,
          message: 'The top of this note should hold properties written as "name: value", one per line.',
          hint: 'Start each line with a property name and a colon.',
        },
        ...base.problems,
      ],
    };
  }

  // An empty property (`end:` with nothing after it) means "not given yet", as in the templates.
  // So does one still holding a template's `{{…}}`: it is named, then read as empty.
  const given = Object.fromEntries(
    Object.entries(data as Record<string, unknown>).filter(([, value]) => value !== null && value !== ''),
  );
  const unfilled = unfilledTemplateFields(given, lines, block, path);
  const props = unfilled.length === 0 ? given : withoutProperties(given, unfilled);
  base.problems = [...unfilled, ...base.problems];
  const lineOf = propertyLines(lines, block);
  const rawKind = props[KIND_PROPERTY];
  if (rawKind === undefined || rawKind === null) return { ...base, kind: 'note', ...projectOf(props) };
  const kind = typeof rawKind === 'string' ? normaliseWord(rawKind) : '';
  if (!(NOTE_KINDS as readonly string[]).includes(kind)) {
    const nearest = nearestWord(kind, NOTE_KINDS);
    return {
      ...base,
      kind: 'unreadable',
      problems: [
        {
          path,
          line: lineOf.get(KIND_PROPERTY),
          property: KIND_PROPERTY,
          message: `"${typeof rawKind === 'string' ? rawKind : JSON.stringify(rawKind)}" is not a kind of note the tracker knows`,
          hint: nearest ? `Did you mean "${nearest}"?` : `Use one of: ${NOTE_KINDS.join(', ')}.`,
        },
        ...base.problems,
      ],
    };
  }

  const schema = SCHEMA_BY_KIND[kind as NoteKind];
  const parsed = schema.safeParse({ ...props, [KIND_PROPERTY]: kind });
  if (!parsed.success) {
    // Keep reading what we can: a note with one bad property still shows its other evidence.
    const problems = parsed.error.issues.map((issue) => issueToProblem(path, lineOf, block, issue, props));
    const salvaged = schema.safeParse(dropProperties(props, kind, problems));
    if (salvaged.success) {
      return withPropertyEvidence(
        { ...base, kind, props: salvaged.data, problems: [...problems, ...base.problems], ...projectOf(props), propertyLines: Object.fromEntries(lineOf) } as NoteRecord,
        lineOf,
        block,
      );
    }
    return { ...base, kind: 'unreadable', problems: [...problems, ...base.problems] };
  }
  return withPropertyEvidence(
    { ...base, kind, props: parsed.data, ...projectOf(props), propertyLines: Object.fromEntries(lineOf) } as NoteRecord,
    lineOf,
    block,
  );
}

function withoutProperties(props: Record<string, unknown>, problems: readonly Problem[]): Record<string, unknown> {
  const dropped = new Set(problems.map((problem) => problem.property));
  return Object.fromEntries(Object.entries(props).filter(([key]) => !dropped.has(key)));
}

function projectOf(props: Record<string, unknown>): { projectLink?: string } {
  const project = props.project;
  return typeof project === 'string' && project.trim() !== '' ? { projectLink: linkTarget(project) } : {};
}

/** Drops the properties that failed so the rest of the note can still be used. */
function dropProperties(props: Record<string, unknown>, kind: string, problems: Problem[]): Record<string, unknown> {
  const bad = new Set(problems.map((problem) => problem.property));
  const kept: Record<string, unknown> = { [KIND_PROPERTY]: kind };
  for (const [key, value] of Object.entries(props)) if (!bad.has(key) && key !== KIND_PROPERTY) kept[key] = value;
  return kept;
}

function issueToProblem(
  path: string,
  lineOf: ReadonlyMap<string, number>,
  block: FrontmatterBlock,
  issue: z.core.$ZodIssue,
  props: Record<string, unknown>,
): Problem {
  const property = String(issue.path[0] ?? '');
  const hint = (issue as { params?: IssueHint }).params?.hint;
  const missing = props[property] === undefined;
  const line = lineOf.get(property) ?? block.firstLine - 1;
  if (missing) {
    return { path, line, property, message: `The property "${property}" is missing`, hint: `Add "${property}:" to the properties.` };
  }
  return { path, line, property, message: `The property "${property}" ${issue.message}`, ...(hint ? { hint } : {}) };
}

/**
 * The `ingredients`, `gaps`, `barriers` and `tags` properties are evidence too, placed on
 * their property's line, but only for what no line of the note already shows: one note
 * never counts twice for one ingredient. Their quote is chosen later, from the note's words.
 */
function withPropertyEvidence(record: NoteRecord, lineOf: ReadonlyMap<string, number>, block: FrontmatterBlock): NoteRecord {
  if (record.kind === 'unreadable' || record.kind === 'note') return record;
  const props = record.props as { ingredients?: string[]; gaps?: string[]; barriers?: string[]; tags?: unknown };
  if (!props.ingredients?.length && !props.gaps?.length && !props.barriers?.length && props.tags === undefined) return record;
  const tags = tagsOf(props.tags);
  const tagLine = lineOf.get('tags') ?? block.firstLine;
  /** What the property (or a `family/value` in `tags`) adds that no line already shows, with its line. */
  const listedOnly = (property: string, family: string, known: readonly string[], shown: Iterable<string>) => {
    const seen = new Set(shown);
    const out: { id: string; line: number }[] = [];
    const line = lineOf.get(property) ?? block.firstLine;
    const listed = (props as Record<string, unknown>)[property];
    const candidates = [
      ...(Array.isArray(listed) ? (listed as string[]).map((id) => ({ id, line })) : []),
      ...tags.filter((tag) => tag.family === family).map((tag) => ({ id: tag.value, line: tagLine })),
    ];
    for (const candidate of candidates) {
      if (!known.includes(candidate.id) || seen.has(candidate.id)) continue;
      seen.add(candidate.id);
      out.push(candidate);
    }
    return out;
  };
  const asMark = ({ id, line }: { id: string; line: number }): EvidenceMark => ({
    ingredient: id as EvidenceMark['ingredient'],
    line,
    source: 'property',
    text: '',
  });
  const evidence = listedOnly('ingredients', 'ingredient', INGREDIENT_IDS, record.evidence.map((m) => m.ingredient)).map(asMark);
  const gaps = listedOnly('gaps', 'gap', INGREDIENT_IDS, record.gaps.map((m) => m.ingredient)).map(asMark);
  const barrierMarks: BarrierMark[] = listedOnly('barriers', 'barrier', BARRIER_IDS, record.barrierMarks.map((m) => m.barrier)).map(
    ({ id, line }) => ({ barrier: id as BarrierMark['barrier'], line, source: 'property', text: '' }),
  );
  return {
    ...record,
    evidence: [...evidence, ...record.evidence],
    gaps: [...gaps, ...record.gaps],
    barrierMarks: [...barrierMarks, ...record.barrierMarks],
  };
}

/** Obsidian's `tags` property: a list or a line of words, each `family/value`, `#` optional, any case. */
function tagsOf(value: unknown): { family: string; value: string }[] {
  const words = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const tags: { family: string; value: string }[] = [];
  for (const word of words) {
    if (typeof word !== 'string') continue;
    const slash = word.indexOf('/');
    if (slash === -1) continue;
    const family = word.slice(0, slash).replace(/^#/, '').trim().toLowerCase();
    tags.push({ family, value: normaliseWord(word.slice(slash + 1)) });
  }
  return tags;
}
