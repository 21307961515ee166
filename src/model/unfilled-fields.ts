/**
 * Finds template variables left as they were in a note's properties, such as
 * `phase: "{{phase}}"` from a template written for another plugin. The tracker's own
 * templates never leave one, but an older or hand-made template can.
 */
import { propertyLine, type FrontmatterBlock } from './frontmatter';
import type { Problem } from './problem';

/** `{{…}}` on one line. Linear: no nested quantifiers. */
const VARIABLE = /\{\{[^{}\n]*\}\}/;

/** The first `{{…}}` in a value, a list or a group of values. */
function firstVariable(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return VARIABLE.exec(value)?.[0];
  if (depth > 8 || value === null || typeof value !== 'object') return undefined;
  for (const item of Array.isArray(value) ? value : Object.values(value as Record<string, unknown>)) {
    const found = firstVariable(item, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A value can hold `{{` only if the text does, or spells a brace with a `\` escape. */
export function mayHoldTemplateField(block: FrontmatterBlock): boolean {
  return block.yaml.includes('{{') || block.yaml.includes('\\');
}

/** One Problem for each property that still holds a `{{…}}` left from a template. */
export function unfilledTemplateFields(
  props: Record<string, unknown>,
  lines: readonly string[],
  block: FrontmatterBlock,
  path: string,
): Problem[] {
  const problems: Problem[] = [];
  if (!mayHoldTemplateField(block)) return problems;
  for (const [property, value] of Object.entries(props)) {
    const variable = firstVariable(value);
    if (variable === undefined) continue;
    const line = propertyLine(lines, block, property);
    problems.push({
      path,
      ...(line === undefined ? {} : { line }),
      property,
      message: `The property "${property}" still holds ${variable} from a template, which was never filled in`,
      hint: `Write the real value after "${property}:", or leave it empty.`,
    });
  }
  return problems;
}
