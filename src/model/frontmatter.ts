/** Finds the properties block at the top of a note, without parsing it. */
import { isWhiteSpace } from './white-space';

export interface FrontmatterBlock {
  /** The YAML text between the fences. */
  yaml: string;
  /** 1-based line of the first YAML line (the line after the opening `---`). */
  firstLine: number;
  /** 1-based line of the closing fence; the body starts after it. */
  closingLine: number;
}

/** What a host's YAML parser hands back: the data, or why it could not read it. */
export type YamlResult =
  | { ok: true; data: unknown }
  | {
      ok: false;
      message: string;
      /** 1-based line within the YAML text */
      line?: number;
      /** The top-level property the problem is about, when the reader can tell (a name given twice). */
      property?: string;
      /** The bracket that opens a list or group on `line` and is never closed, when the reader can tell. */
      unclosed?: '[' | '{';
    };

/** What went wrong in a properties block, in words for someone who has never seen YAML. Both hosts use these. */
export const YAML_PROBLEMS = {
  duplicate: 'a property name appears twice.',
  tab: 'a tab is used to indent a line; use spaces.',
  unclosed: 'a quote or bracket is not closed.',
  indent: 'a line is indented differently from the lines around it, or a value runs over two lines.',
  selfReference: 'a value refers to itself (with & and *), so it never ends.',
  unknownName: 'a * refers to a name that no & gave before it.',
  tooManyRepeats: 'values are repeated with * too many times; write them out instead.',
  twoBlocks: 'a line with only "---" or "..." splits the properties in two.',
  escape: 'a \\ inside double quotes is followed by a letter that means nothing there; write \\\\ for a backslash.',
  longName: 'a property name is longer than 1,024 characters.',
  other: 'some of the text is not written as "name: value" lines.',
  tooDeep: 'brackets [ ] or { } are nested more than 100 deep.',
} as const;

/**
 * The top-level property a "name appears twice" problem is about, for a reader that gives only
 * the line (Obsidian's parser): the name at the left margin of `line` (1-based, within the YAML),
 * when an earlier line at the margin starts with the same name. Undefined when that cannot be
 * told: a name inside a group or a { } map, or a line that holds no name.
 */
export function duplicatedName(yaml: string, line: number): string | undefined {
  const lines = yaml.split('\n');
  const name = topLevelName(lines[line - 1]);
  if (name === undefined) return undefined;
  for (let at = 0; at < line - 1; at++) if (topLevelName(lines[at]) === name) return name;
  return undefined;
}

/** The name a `name: value` line at the left margin starts with, quoted or not. */
function topLevelName(line: string | undefined): string | undefined {
  if (line === undefined) return undefined;
  // Linear: the name stops at the first colon, and a plain name's spaces before it are trimmed after.
  const match = /^(?:"([^"\\]*)" *|'([^']*)' *|([^\s"'#:?[\]{},&*!|>%@`-][^:]*)):(?:[ \t]|$)/.exec(line);
  if (!match) return undefined;
  const name = match[1] ?? match[2] ?? match[3]!.trimEnd();
  return name === '' ? undefined : name;
}

/** Hosts bring their own YAML parser: Obsidian's in the plugin, the `yaml` package in the CLI. */
export type YamlReader = (yaml: string) => YamlResult;

/** Splits on every line ending a note may carry: Windows, Unix and old Mac (CR alone). */
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** Every line ending made `\n`: the same lines `splitLines` gives, so a reader can walk the text by offsets. */
export function withNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** A note's properties block, found by offsets, and where its body starts. */
export interface NoteHead {
  /** What `findFrontmatter` finds in the note's lines. */
  block: FrontmatterBlock | undefined;
  /** Offset of the body's first line (0 without a block); past the end when the note stops at the closing fence. */
  bodyOffset: number;
  /** The note's first line is `---` (spaces after it aside), whether or not the block closes. */
  opens: boolean;
  /** The lines up to the closing fence, split when first asked for; every line when the block never closes. */
  readonly lines: () => readonly string[];
}

/**
 * `findFrontmatter` for text with `\n` line endings (see `withNewlines`), without splitting it:
 * the YAML is one cut of the text, and the lines are split only if a reader asks.
 */
export function readHead(text: string): NoteHead {
  let stop = lineStop(text, 0);
  const opens = isFenceLine(text, 0, stop, '---');
  let headEnd = text.length;
  let block: FrontmatterBlock | undefined;
  let bodyOffset = 0;
  const yamlStart = stop + 1;
  for (let line = 2; opens && stop < text.length; line++) {
    const start = stop + 1;
    stop = lineStop(text, start);
    if (isFenceLine(text, start, stop, '---') || isFenceLine(text, start, stop, '...')) {
      block = { yaml: start > yamlStart ? text.slice(yamlStart, start - 1) : '', firstLine: 2, closingLine: line };
      headEnd = stop;
      bodyOffset = stop + 1;
      break;
    }
  }
  let lines: string[] | undefined;
  return { block, bodyOffset, opens, lines: () => (lines ??= opens ? text.slice(0, headEnd).split('\n') : []) };
}

/** True when the line [start, stop) is `fence` and white space after it: what `trimEnd() === fence` tells, without a copy. */
function isFenceLine(text: string, start: number, stop: number, fence: string): boolean {
  if (stop - start < fence.length || !text.startsWith(fence, start)) return false;
  for (let at = start + fence.length; at < stop; at++) if (!isWhiteSpace(text.charCodeAt(at))) return false;
  return true;
}

/** Where the line starting at `start` ends: its `\n`, or the end of the text. */
export function lineStop(text: string, start: number): number {
  const stop = text.indexOf('\n', start);
  return stop === -1 ? text.length : stop;
}

/** Drops a byte-order mark some editors put at the start of a file. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when a note opens a properties block (`---`) that is never closed. */
export function hasUnclosedProperties(lines: readonly string[], block: FrontmatterBlock | undefined): boolean {
  if (block || lines[0]?.trimEnd() !== '---') return false;
  // A lone `---` can also be a dividing line; call it properties only when a "name:" line follows.
  for (let i = 1; i < lines.length && lines[i]!.trim() !== ''; i++) {
    if (/^[\p{L}\p{N}_-]+:/u.test(lines[i]!)) return true;
  }
  return false;
}

export function findFrontmatter(lines: readonly string[]): FrontmatterBlock | undefined {
  if (lines[0]?.trimEnd() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') {
      return { yaml: lines.slice(1, i).join('\n'), firstLine: 2, closingLine: i + 1 };
    }
  }
  return undefined;
}

/** The 1-based file line where a top-level property is written, if it can be found. */
export function propertyLine(lines: readonly string[], block: FrontmatterBlock, property: string): number | undefined {
  const pattern = new RegExp(`^["']?${property.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
  for (let line = block.firstLine; line < block.closingLine; line++) {
    if (pattern.test(lines[line - 1]!)) return line;
  }
  return undefined;
}
