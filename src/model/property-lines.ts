/**
 * Where each top-level property of a note is written, found in one pass over the properties
 * block. `propertyLine` (frontmatter.ts) builds a pattern and scans the block for every
 * property it is asked about; a note with many properties and many problems made that
 * quadratic. This gives the same answers from one scan, for any number of questions.
 */
import type { FrontmatterBlock } from './frontmatter';

/**
 * Property name -> the 1-based file line where it is first written, for every line of the
 * block shaped like `name: …`, `"name": …` or `'name' : …` at the start of a line.
 * Linear in the block's size; no regular expression.
 */
export function propertyLines(lines: readonly string[], block: FrontmatterBlock): Map<string, number> {
  const found = new Map<string, number>();
  for (let line = block.firstLine; line < block.closingLine; line++) {
    const text = lines[line - 1];
    if (text === undefined) break;
    const name = propertyNameOf(text);
    if (name !== undefined && !found.has(name)) found.set(name, line);
  }
  return found;
}

/**
 * The name a line gives a property, or undefined. A name ends at the first colon followed by
 * a space or the end of the line, as in YAML (`time: 10:30` names "time"); quotes around the
 * name are dropped, as `propertyLine` allows them.
 */
function propertyNameOf(text: string): string | undefined {
  let colon = text.indexOf(':');
  while (colon !== -1 && colon + 1 < text.length && !isSpace(text.charAt(colon + 1))) colon = text.indexOf(':', colon + 1);
  if (colon <= 0) return undefined;
  let end = colon;
  while (end > 0 && isSpace(text.charAt(end - 1))) end--;
  const start = isQuote(text.charAt(0)) ? 1 : 0;
  if (end > start && isQuote(text.charAt(end - 1))) end--;
  return end > start ? text.slice(start, end) : undefined;
}

function isSpace(char: string): boolean {
  return /\s/.test(char);
}

function isQuote(char: string): boolean {
  return char === '"' || char === "'";
}

/** The line of one property, from a map made by `propertyLines`. */
export function lineOfProperty(found: ReadonlyMap<string, number>, property: string): number | undefined {
  return found.get(property);
}
