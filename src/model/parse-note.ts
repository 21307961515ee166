/** One markdown file -> a typed record, with every Problem it has. Never throws. */
import type * as z from 'zod/mini';
import {
  KIND_PROPERTY,
  NOTE_KINDS,
  SCHEMA_BY_KIND,
  nearestWord,
  normaliseWord,
  quickParse,
  type IssueHint,
  type NoteKind,
} from '../domain';
import { readBody, type BodyReading } from './body';
import { conflictMarkerLine, provenCopyName } from './conflicts';
import { contentShapeOfText } from './content-key';
import { NoteWords, type TextLoader } from './note-words';
import type { PackedMarks } from './line-mark';
import { glanceAt, type NoteGlance } from './glance';
import { propertyEvidence, type ListedEvidence, type PropertyPlaces } from './property-evidence';
import {
  YAML_PROBLEMS,
  duplicatedName,
  hasUnclosedProperties,
  readHead,
  splitLines,
  withNewlines,
  withoutBom,
  type FrontmatterBlock,
  type YamlReader,
  type YamlResult,
} from './frontmatter';
import { basename, linkTarget } from './links';
import { propertyLines } from './property-lines';
import { mayHoldTemplateField, unfilledTemplateFields } from './unfilled-fields';
import type { Problem } from './problem';
import type { BarrierMark, ChecklistItem, EvidenceMark, NoteRecord, Section } from './record';

export interface ParseInput {
  path: string;
  text: string;
  /** Properties the host already parsed (Obsidian's metadata cache); skips YAML parsing. */
  frontmatter?: Record<string, unknown>;
  readYaml: YamlReader;
  /** The first look the caller already took (see `glanceAt`), so it is not taken twice. */
  glance?: NoteGlance;
  /**
   * Reads the note again when its words are needed (see `NoteWords`). Given, the record keeps
   * no part of `text`: the CLI's way to read a big vault without holding every note.
   */
  readAgain?: TextLoader;
}

export function parseNote(input: ParseInput): NoteRecord {
  const text = withoutBom(input.text);
  if (!(input.glance ?? glanceAt(text, input.frontmatter)).matters) return ordinaryNote(input.path);
  return parseTrackerNote(input, text);
}


/** An ordinary note: it belongs to a folder and is counted as a note, nothing more. */
export function ordinaryNote(path: string, notReadYet?: true): NoteRecord {
  return emptyRecord(path, 'note', [], notReadYet);
}

/** A note that could not be read at all (the host refused it): named with the reason, never counted. */
export function unreadableNote(path: string, problem: Problem): NoteRecord {
  return emptyRecord(path, 'unreadable', [problem]);
}

/** One literal, no spreading: most notes of a team's vault are ordinary, and each gets one. */
function emptyRecord(path: string, kind: 'note' | 'unreadable', problems: Problem[], notReadYet?: true): NoteRecord {
  const record: NoteRecord = {
    kind,
    path,
    title: basename(path),
    evidence: [],
    gaps: [],
    barrierMarks: [],
    checklist: [],
    sections: [],
    body: '',
    bodyStartLine: 1,
    problems,
    contentKey: '',
    contentShape: '',
  };
  if (notReadYet) record.notReadYet = true;
  return record;
}

/** What every record of a tracker note shares, whatever its kind turns out to be. */
interface NoteParts {
  path: string;
  body: BodyReading;
  bodyStartLine: number;
  conflictOf: { original: string; tool: string } | undefined;
  words: NoteWords;
}

/** What the properties add: the kind, its checked properties and where each is written. */
interface Reading {
  kind: NoteRecord['kind'];
  problems: Problem[];
  projectLink?: string;
  props?: Record<string, unknown>;
  extra?: ListedEvidence;
}

/**
 * A tracker note's record. A class, so every record has one compact shape and the readers of
 * its words (body, sections, content key, property places) live once, on the prototype: with
 * ten thousand notes, per-record getters cost more memory than the marks.
 */
class TrackerNoteRecord {
  path: string;
  title: string;
  kind: NoteRecord['kind'];
  projectLink: string | undefined;
  bodyStartLine: number;
  problems: Problem[];
  conflictOf: { original: string; tool: string } | undefined;
  // Private: records compare equal by what they say, not by the copy of the note they read.
  readonly #words: NoteWords;
  readonly #marks: PackedMarks;
  readonly #listed: Reading['extra'];
  #evidence: EvidenceMark[] | undefined;
  #gaps: EvidenceMark[] | undefined;
  #barrierMarks: BarrierMark[] | undefined;
  #checklist: ChecklistItem[] | undefined;

  constructor(note: NoteParts, reading: Reading) {
    this.path = note.path;
    this.title = basename(note.path);
    this.kind = reading.kind;
    this.projectLink = reading.projectLink;
    this.bodyStartLine = note.bodyStartLine;
    this.problems = reading.problems;
    this.conflictOf = note.conflictOf;
    this.#words = note.words;
    this.#marks = note.body.marks;
    this.#listed = reading.extra;
    // Only kinds with properties have `props`: readers tell kinds apart by it.
    if (reading.props !== undefined) (this as { props?: Record<string, unknown> }).props = reading.props;
  }

  /** Pieces listed in the properties come first, then the lines', in the order written. */
  get evidence(): EvidenceMark[] {
    this.#evidence ??= listedFirst(this.#listed?.evidence, this.#marks.evidence(this.#words, false));
    return this.#evidence;
  }

  get gaps(): EvidenceMark[] {
    this.#gaps ??= listedFirst(this.#listed?.gaps, this.#marks.evidence(this.#words, true));
    return this.#gaps;
  }

  get barrierMarks(): BarrierMark[] {
    this.#barrierMarks ??= listedFirst(this.#listed?.barrierMarks, this.#marks.barrierMarks(this.#words));
    return this.#barrierMarks;
  }

  get checklist(): ChecklistItem[] {
    this.#checklist ??= this.#marks.checklist(this.#words);
    return this.#checklist;
  }

  get body(): string {
    return this.#words.body();
  }

  get sections(): Section[] {
    return this.#words.sections();
  }

  get contentShape(): string {
    return this.#words.shape();
  }

  get contentKey(): string {
    return this.#words.contentKey();
  }

  get propertyLines(): ReadonlyMap<string, number> {
    return this.#words.propertyLines();
  }
}

function listedFirst<T>(listed: readonly T[] | undefined, written: T[]): T[] {
  return listed && listed.length > 0 ? [...listed, ...written] : written;
}

/** A note that cannot be counted: why, then what its lines said. */
function unreadable(note: NoteParts, problem: Problem): NoteRecord {
  return recordOf(note, { kind: 'unreadable', problems: [problem, ...note.body.problems] });
}

function recordOf(note: NoteParts, reading: Reading): NoteRecord {
  return new TrackerNoteRecord(note, reading) as unknown as NoteRecord;
}

function parseTrackerNote({ path, frontmatter, readYaml, readAgain }: ParseInput, text: string): NoteRecord {
  // The properties are found and the body walked by offsets; lines are split only when asked for.
  const flat = withNewlines(text);
  const head = readHead(flat);
  const block = head.block;
  const bodyStart = block ? block.closingLine + 1 : 1;
  // A note read again later (the CLI) must match the shape it was counted with; a held text
  // (the plugin) works its shape out only when copies are looked for.
  const words = readAgain ? new NoteWords(readAgain, bodyStart, contentShapeOfText(flat), true) : new NoteWords(textLoader(text), bodyStart, undefined, false);
  const body = readBody(path, flat, block ? head.bodyOffset : 0, bodyStart);
  const copy = provenCopyName(path);
  const note: NoteParts = {
    path,
    body,
    bodyStartLine: bodyStart,
    conflictOf: copy?.tool === undefined ? undefined : { original: copy.original, tool: copy.tool },
    words,
  };

  const markerLine = text.includes('<<<<<<<') ? conflictMarkerLine(splitLines(flat)) : undefined;
  if (markerLine !== undefined) {
    return recordOf(note, {
      kind: 'unreadable',
      problems: [
        {
          path,
          line: markerLine,
          message: 'This note holds two versions side by side, left by git or jj after a clash. It is not counted.',
          hint: 'Keep the right lines and remove the marker lines (<<<<<<<, =======, >>>>>>> and the like).',
        },
      ],
    });
  }

  if (!block && head.opens && hasUnclosedProperties(head.lines(), block)) {
    return unreadable(note, {
      path,
      line: 1,
      message: 'The properties at the top of this note are never closed, so the note is not counted',
      hint: 'Add a line with only --- after the last property.',
    });
  }

  if (!block) return recordOf(note, { kind: 'note', problems: body.problems });

  let data: unknown = frontmatter;
  if (data === undefined) {
    const result = readYaml(block.yaml);
    if (!result.ok) return unreadable(note, unreadProperties(path, block, result));
    data = result.data;
  }
  if (data === null || data === undefined) return recordOf(note, { kind: 'note', problems: body.problems });
  if (typeof data !== 'object' || Array.isArray(data)) {
    return unreadable(note, {
      path,
      line: block.firstLine,
      message: 'The top of this note should hold properties written as "name: value", one per line.',
      hint: 'Start each line with a property name and a colon.',
    });
  }

  // An empty property (`end:` with nothing after it) means "not given yet", as in the templates.
  // So does one still holding a template's `{{…}}`: it is named, then read as empty.
  const given = givenProperties(data as Record<string, unknown>);
  const unfilled = mayHoldTemplateField(block) ? unfilledTemplateFields(given, head.lines(), block, path) : [];
  const props = unfilled.length === 0 ? given : withoutProperties(given, unfilled);
  const notFilled = unfilled.length === 0 ? body.problems : [...unfilled, ...body.problems];
  const lineOf = placesWhenAsked(head.lines, block);
  const rawKind = props[KIND_PROPERTY];
  if (rawKind === undefined || rawKind === null) return recordOf(note, { kind: 'note', problems: notFilled, projectLink: projectLinkOf(props) });
  const kind = typeof rawKind === 'string' ? normaliseWord(rawKind) : '';
  if (!(NOTE_KINDS as readonly string[]).includes(kind)) {
    const nearest = nearestWord(kind, NOTE_KINDS);
    return recordOf(note, {
      kind: 'unreadable',
      problems: [
        {
          path,
          line: lineOf.get(KIND_PROPERTY),
          property: KIND_PROPERTY,
          message: `"${typeof rawKind === 'string' ? rawKind : JSON.stringify(rawKind)}" is not a kind of note the tracker knows${NOT_COUNTED}`,
          hint: nearest ? `Did you mean "${nearest}"?` : `Use one of: ${NOTE_KINDS.join(', ')}.`,
        },
        ...notFilled,
      ],
    });
  }

  const schema = SCHEMA_BY_KIND[kind as NoteKind];
  props[KIND_PROPERTY] = kind;
  // Plain valid properties take the quick path; anything else is zod's to check and word.
  const quick = quickParse(schema, props);
  const parsed = quick !== undefined ? ({ success: true, data: quick } as const) : schema.safeParse(props);
  let checked: Record<string, unknown>;
  let problems = notFilled;
  if (parsed.success) checked = parsed.data;
  else {
    // Keep reading what we can: a note with one bad property still shows its other evidence.
    const found = parsed.error.issues.map((issue) => issueToProblem(path, lineOf, block, issue, props));
    const salvaged = schema.safeParse(dropProperties(props, kind, found));
    if (!salvaged.success) return recordOf(note, { kind: 'unreadable', problems: [...sayNotCounted(found, salvaged.error.issues), ...notFilled] });
    checked = salvaged.data;
    problems = [...found, ...notFilled];
  }
  return recordOf(note, {
    kind: kind as NoteKind,
    problems,
    projectLink: projectLinkOf(props),
    props: checked,
    extra: propertyEvidence(checked, body, lineOf, block),
  });
}

/** Why the properties could not be read: naming the property or the bracket when the reader can tell, in general words otherwise. */
function unreadProperties(path: string, block: FrontmatterBlock, result: Extract<YamlResult, { ok: false }>): Problem {
  const line = result.line === undefined ? block.firstLine - 1 : block.firstLine + result.line - 1;
  // Obsidian's parser gives only the line of a name given twice; the name is read from it.
  const twice =
    result.message !== YAML_PROBLEMS.duplicate
      ? undefined
      : (result.property ?? (result.line === undefined ? undefined : duplicatedName(block.yaml, result.line)));
  if (twice !== undefined) {
    return {
      path,
      line,
      property: twice,
      message: `The property "${twice}" appears twice${NOT_COUNTED}`,
      hint: `Keep the "${twice}:" line that is right and delete the other.`,
    };
  }
  if (result.unclosed !== undefined && result.line !== undefined) {
    const list = result.unclosed === '[';
    return {
      path,
      line,
      message: `The ${list ? 'list' : 'group'} that starts with "${result.unclosed}" on line ${line} is never closed${NOT_COUNTED}`,
      hint: list ? 'Add "]" after the last item of the list, as in [Sam, Jo].' : 'Add "}" after the last value of the group, as in {name: Sam}.',
    };
  }
  return {
    path,
    line,
    message: `The properties at the top of this note could not be read: ${result.message}`,
    hint: 'Look for a missing colon, an unclosed quote or a tab. The note is left as it is until this is fixed.',
  };
}

/**
 * Hands the text back. Made out here, not as an arrow inside `parseTrackerNote`: a kept arrow
 * keeps every variable any closure there shares (the head, the block, the marks' builder).
 */
function textLoader(text: string): TextLoader {
  return () => text;
}

/** The properties that hold a value: an empty one (`end:`) is read as not given yet. */
function givenProperties(data: Record<string, unknown>): Record<string, unknown> {
  const given: Record<string, unknown> = {};
  for (const key in data) {
    if (!Object.hasOwn(data, key)) continue;
    const value = data[key];
    if (value === null || value === '') continue;
    // A property named __proto__ stays a property: plain assignment would change the object's prototype.
    if (key === '__proto__') Object.defineProperty(given, key, { value, enumerable: true, writable: true, configurable: true });
    else given[key] = value;
  }
  return given;
}

function placesWhenAsked(lines: () => readonly string[], block: FrontmatterBlock): PropertyPlaces {
  let places: ReadonlyMap<string, number> | undefined;
  return { get: (property) => (places ??= propertyLines(lines(), block)).get(property) };
}

function withoutProperties(props: Record<string, unknown>, problems: readonly Problem[]): Record<string, unknown> {
  const dropped = new Set(problems.map((problem) => problem.property));
  return Object.fromEntries(Object.entries(props).filter(([key]) => !dropped.has(key)));
}

function projectLinkOf(props: Record<string, unknown>): string | undefined {
  const project = props.project;
  if (typeof project !== 'string' || project.trim() === '') return undefined;
  // Most notes of a project link it the same way: worked out once, and one copy of the name kept.
  let target = PROJECT_LINKS.get(project);
  if (target === undefined) {
    target = linkTarget(project);
    if (PROJECT_LINKS.size < MAX_PROJECT_LINKS) PROJECT_LINKS.set(project, target);
  }
  return target;
}

/** `project:` values met so far and the project each names; a pure lookup, so never stale. */
const PROJECT_LINKS = new Map<string, string>();
const MAX_PROJECT_LINKS = 1000;

/** Said after a problem that keeps the whole note, its evidence included, out of the counts. */
const NOT_COUNTED = ', so this note is not counted until it is fixed';

/**
 * A note that could not be salvaged says so in the problems that stop it: those whose property
 * the note cannot do without (the salvage failed on them). A property that could be set aside
 * says nothing more, as in a note that is counted. When the salvage failed on something no
 * problem names, every problem says it.
 */
function sayNotCounted(found: Problem[], issues: readonly z.core.$ZodIssue[]): Problem[] {
  const stopping = new Set(issues.map((issue) => String(issue.path[0] ?? '')));
  const named = found.some((problem) => stopping.has(problem.property ?? ''));
  return found.map((problem) =>
    named && !stopping.has(problem.property ?? '') ? problem : { ...problem, message: `${problem.message}${NOT_COUNTED}` },
  );
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
  lineOf: PropertyPlaces,
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
