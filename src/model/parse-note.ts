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
import { readBody } from './body';
import { conflictCopyService, gitConflictLine, originalPathOfConflict } from './conflicts';
import { findFrontmatter, propertyLine, splitLines, type FrontmatterBlock, type YamlReader } from './frontmatter';
import { basename, linkTarget } from './links';
import type { Problem } from './problem';
import type { BarrierMark, EvidenceMark, NoteRecord } from './record';

export interface ParseInput {
  path: string;
  text: string;
  /** Properties the host already parsed (Obsidian's metadata cache); skips YAML parsing. */
  frontmatter?: Record<string, unknown>;
  readYaml: YamlReader;
}

export function parseNote({ path, text, frontmatter, readYaml }: ParseInput): NoteRecord {
  const lines = splitLines(text);
  const block = findFrontmatter(lines);
  const bodyStart = block ? block.closingLine + 1 : 1;
  const body = readBody(path, lines, bodyStart);
  const base = {
    path,
    title: basename(path),
    evidence: body.evidence,
    barrierMarks: body.barrierMarks,
    checklist: body.checklist,
    sections: body.sections,
    body: lines.slice(bodyStart - 1).join('\n'),
    bodyStartLine: bodyStart,
    problems: body.problems,
  };

  const conflictService = conflictCopyService(path);
  const gitMarker = gitConflictLine(lines);
  if (conflictService || gitMarker !== undefined) {
    const problem: Problem = conflictService
      ? {
          path,
          message: `This is a copy ${conflictService} made when two people changed the same note at once. It is not counted.`,
          hint: 'Compare it with the original, keep what you need, then delete the copy.',
        }
      : {
          path,
          line: gitMarker,
          message: 'This note holds two versions side by side, left by git after a clash. It is not counted.',
          hint: 'Keep the right lines and remove the <<<<<<<, ======= and >>>>>>> lines.',
        };
    return { ...base, kind: 'unreadable', problems: [problem], conflictOf: originalPathOfConflict(path) ?? path };
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
  const props = Object.fromEntries(
    Object.entries(data as Record<string, unknown>).filter(([, value]) => value !== null && value !== ''),
  );
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
          line: propertyLine(lines, block, KIND_PROPERTY),
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
    const problems = parsed.error.issues.map((issue) => issueToProblem(path, lines, block, issue, props));
    const salvaged = schema.safeParse(dropProperties(props, kind, problems));
    if (salvaged.success) {
      return withPropertyEvidence(
        { ...base, kind, props: salvaged.data, problems: [...problems, ...base.problems], ...projectOf(props) } as NoteRecord,
        lines,
        block,
      );
    }
    return { ...base, kind: 'unreadable', problems: [...problems, ...base.problems] };
  }
  return withPropertyEvidence(
    { ...base, kind, props: parsed.data, ...projectOf(props) } as NoteRecord,
    lines,
    block,
  );
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
  lines: readonly string[],
  block: FrontmatterBlock,
  issue: z.core.$ZodIssue,
  props: Record<string, unknown>,
): Problem {
  const property = String(issue.path[0] ?? '');
  const hint = (issue as { params?: IssueHint }).params?.hint;
  const missing = props[property] === undefined;
  const line = propertyLine(lines, block, property) ?? block.firstLine - 1;
  if (missing) {
    return { path, line, property, message: `The property "${property}" is missing`, hint: `Add "${property}:" to the properties.` };
  }
  return { path, line, property, message: `The property "${property}" ${issue.message}`, ...(hint ? { hint } : {}) };
}

/** The `ingredients`, `barriers` and `tags` properties are evidence too, placed on their property's line. */
function withPropertyEvidence(record: NoteRecord, lines: readonly string[], block: FrontmatterBlock): NoteRecord {
  if (record.kind === 'unreadable' || record.kind === 'note') return record;
  const props = record.props as { ingredients?: string[]; barriers?: string[]; tags?: unknown };
  const evidence: EvidenceMark[] = [];
  const barrierMarks: BarrierMark[] = [];
  const summary = record.sections.find((section) => section.text !== '')?.text.split('\n')[0] ?? record.title;
  const ingredientLine = propertyLine(lines, block, 'ingredients') ?? block.firstLine;
  for (const ingredient of new Set(props.ingredients ?? [])) {
    if ((INGREDIENT_IDS as readonly string[]).includes(ingredient)) {
      evidence.push({ ingredient: ingredient as EvidenceMark['ingredient'], line: ingredientLine, source: 'property', text: summary });
    }
  }
  const barrierLine = propertyLine(lines, block, 'barriers') ?? block.firstLine;
  for (const barrier of new Set(props.barriers ?? [])) {
    if ((BARRIER_IDS as readonly string[]).includes(barrier)) {
      barrierMarks.push({ barrier: barrier as BarrierMark['barrier'], line: barrierLine, source: 'property', text: summary });
    }
  }
  const tags = Array.isArray(props.tags) ? props.tags : typeof props.tags === 'string' ? props.tags.split(/[\s,]+/) : [];
  const tagLine = propertyLine(lines, block, 'tags') ?? block.firstLine;
  for (const tag of tags) {
    const match = typeof tag === 'string' ? /^#?ingredient\/(.+)$/.exec(tag.trim()) : null;
    const id = match ? normaliseWord(match[1]!) : undefined;
    if (id && (INGREDIENT_IDS as readonly string[]).includes(id) && !evidence.some((mark) => mark.ingredient === id)) {
      evidence.push({ ingredient: id as EvidenceMark['ingredient'], line: tagLine, source: 'property', text: summary });
    }
  }
  return { ...record, evidence: [...evidence, ...record.evidence], barrierMarks: [...barrierMarks, ...record.barrierMarks] };
}
