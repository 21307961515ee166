import { isScalar, parseDocument, visit, type Document, type ErrorCode } from 'yaml';
import { YAML_PROBLEMS, type YamlReader } from '../model';
import { checkedYamlData } from '../model/yaml-data';
import { readSimpleYaml } from './simple-yaml';

/**
 * How many nodes aliases (`*name`) may expand to before a document is refused: the `yaml`
 * package's own default, written out so a "billion laughs" document is always refused quickly.
 */
const MAX_ALIAS_COUNT = 100;

/**
 * Deepest nesting of flow brackets read. The `yaml` package reads nesting by recursion, and
 * tens of thousands of `[` took seconds and could exhaust the stack; no note needs more than a few.
 */
export const MAX_FLOW_DEPTH = 100;

/**
 * The CLI's YAML parser; the plugin uses Obsidian's own instead. It never throws, and its
 * messages are the plain YAML_PROBLEMS sentences, never the library's own words.
 */
export const readYaml: YamlReader = (yaml) => {
  try {
    // Most notes hold plain properties: read those fast, and the rest with the full parser.
    const simple = readSimpleYaml(yaml);
    if (simple !== undefined) return { ok: true, data: simple };
    const deep = flowDepthOver(yaml, MAX_FLOW_DEPTH);
    if (deep !== undefined) return { ok: false, message: YAML_PROBLEMS.tooDeep, line: lineAt(yaml, deep) };
    // YAML 1.2 core schema: dates stay text, as they do in Obsidian. Warnings stay quiet:
    // the library would print them to the console. Its own check for a name given twice
    // compares every name with every other (40,000 properties took 22 s), so ours is below.
    const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
    const error = document.errors[0];
    if (error) {
      // A list or group never closed is named where it opens: the parser finds out lines later.
      const open = unclosedFlow(yaml, document, error.pos[0]);
      if (open !== undefined) {
        return { ok: false, message: YAML_PROBLEMS.unclosed, line: lineAt(yaml, open), unclosed: yaml.charAt(open) === '{' ? '{' : '[' };
      }
      // Count lines up to where the error was found; the position is a character offset.
      const line = lineAt(yaml, error.pos[0]);
      return { ok: false, message: plainYamlError(error.code, error.message), line };
    }
    const duplicate = firstDuplicateKey(document);
    if (duplicate !== undefined) {
      const { offset, property } = duplicate;
      return { ok: false, message: YAML_PROBLEMS.duplicate, line: lineAt(yaml, offset), ...(property !== undefined ? { property } : {}) };
    }
    // toJS() throws on some documents that parse: an alias (*name) with no anchor, or too many aliases.
    return checkedYamlData(document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown);
  } catch (error) {
    return { ok: false, message: plainThrown(error) };
  }
};

/**
 * Where the first name given twice in one mapping starts (a character offset), at any depth,
 * and the name when it is a top-level property. The same rule as the `yaml` package's
 * `uniqueKeys: true` (plain names equal by value), in one pass with a set per mapping.
 */
function firstDuplicateKey(document: Document): { offset: number; property?: string } | undefined {
  let found: { offset: number; property?: string } | undefined;
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = pair.key.value;
        if (seen.has(name)) {
          const topLevel = map === document.contents && (typeof name === 'string' || typeof name === 'number');
          found = { offset: pair.key.range?.[0] ?? 0, ...(topLevel ? { property: String(name) } : {}) };
          return visit.BREAK;
        }
        seen.add(name);
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Where flow brackets (`[`, `{`) first nest deeper than `limit`, outside quotes and comments,
 * or undefined. One pass. Quotes are followed roughly (an apostrophe in a plain word may hide
 * later brackets from the count), which can only let the parser see the text, never refuse
 * good text.
 */
function flowDepthOver(text: string, limit: number): number | undefined {
  let depth = 0;
  let quote = '';
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    if (quote === '"') {
      if (char === '\\') at++;
      else if (char === '"') quote = '';
    } else if (quote === "'") {
      if (char === "'") quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '#' && (at === 0 || /\s/.test(text.charAt(at - 1)))) {
      const end = text.indexOf('\n', at);
      if (end === -1) break;
      at = end;
    } else if (char === '[' || char === '{') {
      if (++depth > limit) return at;
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/**
 * Where the first list or group in brackets (`[`, `{`) opens that no bracket ever closes, when
 * it opens at or before `before` (where the parser gave up), or undefined. Only brackets the
 * parser read as opening one count at the top; inside one, every bracket outside quotes and
 * comments does, and a closing bracket of the other kind leaves the ones opened since its own
 * unclosed. A list closed on a line too far left is not this problem: its bracket is found. One
 * pass; undefined when a quote inside runs to the end (that is the quote's problem).
 */
function unclosedFlow(yaml: string, document: Document, before: number): number | undefined {
  const starts = new Set<number>();
  const note = (_: unknown, node: { flow?: boolean; range?: [number, number, number] | null }) => {
    if (node.flow && node.range) starts.add(node.range[0]);
  };
  visit(document, { Seq: note, Map: note });
  if (starts.size === 0) return undefined;
  const open: number[] = [];
  let first = Infinity;
  let valueStarts = true;
  for (let at = 0; at < yaml.length; at++) {
    const char = yaml.charAt(at);
    if (open.length === 0) {
      if ((char === '[' || char === '{') && starts.has(at)) open.push(at);
      valueStarts = true;
    } else if (char === '[' || char === '{') {
      open.push(at);
      valueStarts = true;
    } else if (char === ']' || char === '}') {
      const opener = char === ']' ? '[' : '{';
      while (open.length > 0 && yaml.charAt(open.at(-1)!) !== opener) first = Math.min(first, open.pop()!);
      open.pop();
      valueStarts = false;
    } else if (char === ',' || char === ':') {
      valueStarts = true;
    } else if (char === '#' && /\s/.test(yaml.charAt(at - 1))) {
      const end = yaml.indexOf('\n', at);
      at = end === -1 ? yaml.length : end;
    } else if (valueStarts && (char === '"' || char === "'")) {
      at = quoteEnd(yaml, at);
      if (at === -1) return undefined;
      valueStarts = false;
    } else if (!/\s/.test(char)) {
      valueStarts = false;
    }
  }
  for (const at of open) first = Math.min(first, at);
  return first <= before ? first : undefined;
}

/** Where the quoted text opening at `start` ends (its closing quote), or -1 when it never does. */
function quoteEnd(text: string, start: number): number {
  const quote = text.charAt(start);
  for (let at = start + 1; at < text.length; at++) {
    const char = text.charAt(at);
    if (quote === '"' && char === '\\') at++;
    else if (char === quote) {
      // In single quotes, '' is a quote mark written inside.
      if (quote === "'" && text.charAt(at + 1) === "'") at++;
      else return at;
    }
  }
  return -1;
}

/** The 1-based line of a character offset, counted without copying the text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

function plainYamlError(code: ErrorCode | 'MISSING_QUOTE', message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return YAML_PROBLEMS.duplicate;
    case 'MISSING_CHAR':
    case 'MISSING_QUOTE':
      return YAML_PROBLEMS.unclosed;
    case 'TAB_AS_INDENT':
      return YAML_PROBLEMS.tab;
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return YAML_PROBLEMS.indent;
    case 'BAD_ALIAS':
      return YAML_PROBLEMS.unknownName;
    case 'RESOURCE_EXHAUSTION':
      return /call stack/i.test(message) ? YAML_PROBLEMS.tooDeep : YAML_PROBLEMS.tooManyRepeats;
    case 'MULTIPLE_DOCS':
      return YAML_PROBLEMS.twoBlocks;
    case 'BAD_DQ_ESCAPE':
      return YAML_PROBLEMS.escape;
    case 'KEY_OVER_1024_CHARS':
      return YAML_PROBLEMS.longName;
    default:
      return YAML_PROBLEMS.other;
  }
}

/** What toJS() threw, in plain words: the library's message is never shown. */
function plainThrown(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/excessive alias|resource exhaustion/i.test(message)) return YAML_PROBLEMS.tooManyRepeats;
  if (/unresolved alias/i.test(message)) return YAML_PROBLEMS.unknownName;
  if (error instanceof RangeError) return YAML_PROBLEMS.tooDeep;
  return YAML_PROBLEMS.other;
}
